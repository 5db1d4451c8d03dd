"""The forty-first blind set's part JL (two layouts per role, `JL1` and `JL2`), written by someone who
neither ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`; held out and measured
once (0.813 over 126 files when first measured at the registering commit, 2026-12-07), then moved to the tuning
layouts to be studied.

Theme: electronic waste and end-of-life equipment. Kazakhstan: a licensed plant in Almaty dismantling waste electrical and
electronic equipment (CRT televisions and monitors, LCD screens, system units, small appliances) with its CRT cutting,
desoldering, circuit-board shredding and cable granulating, a line in Astana recycling refrigerators and air conditioners
that recovers their refrigerants (R-12, R-22, R-134a, R-600a, R-410A) and degasses the polyurethane foam blown with R-11
or cyclopentane, and collection points of spent solar panels and lithium-ion batteries in the south (a recycler's card for
the operator of extended producer responsibility typed as a form of two label–value pairs a row, the comparison table of a
procurement with the bidders as columns, an НДВ project's calculation sheets turned on their side with the refrigerants as
columns, an НДВ table printed in two halves side by side, the balance of dismantling by categories of equipment, a
declaration whose quantities carry their units in the cell, a control protocol of outlets judged against the norm of
their receiver, a protocol of the air with the single and the daily concentrations, a cost estimate of a ПЭК programme, a
ПЭК programme whose frequencies stand only in the tables' captions, a check-list grouped by frequency, a matrix of checks,
the protocol of a meeting at the ministry and a plan grouped by the responsible units). Vietnam: the craft villages of
Bùi Dâu (Xuân Lâm, Thuận Thành, Bắc Ninh) and Tề Lỗ (Yên Lạc, Vĩnh Phúc) that dismantle e-waste and burn cables and
boards, a licensed hazardous-waste treatment company at Đại Đồng – Hoàn Sơn dismantling electronics, refrigerators and
air conditioners, a printed-circuit-board recycler at Đồng Văn II recovering copper and precious metals, and a solar farm
sending its broken panels away (phiếu thông tin cơ sở, bảng so sánh năng lực đơn vị xử lý, báo cáo đề xuất cấp GPMT, cân
bằng vật chất, báo cáo công tác bảo vệ môi trường, kết quả quan trắc đất và không khí làng nghề, dự toán kinh phí quan
trắc, chương trình quan trắc làng nghề, quy trình kiểm tra, ma trận kiểm tra, biên bản làm việc, kế hoạch bảo vệ môi
trường). Every firm, person and figure is invented; the pollutant and waste codes are real.

Facility: a recycler's card for the operator of extended producer responsibility laid out as a form of four columns — two
label–value pairs a row — under section rows, the BIN beside the name, the KATO beside the site's name, the coordinates
beside the address in decimal degrees with the hemisphere words after them, the category beside the permit, the bank's
ИИК, the registration date, a cadastral number and the licence's number as look-alikes, the equipment in a table of no
role (VI: a hazardous-waste treatment company's information sheet of the same four columns, the enterprise number beside
the owner's name, the hazardous-waste management code and the permit's number as look-alikes, group I) (JL1); the
comparison table of a procurement of collecting spent solar panels and lithium-ion batteries, the bidders as columns and
the criteria as rows, each bidder's collection point with its BIN, KATO, latitude and longitude on rows of their own and
its category, the price and the score beneath, the winner only in the paragraph after it (VI: a solar farm's comparison of
three treatment companies to take its broken panels, their plants, enterprise numbers and coordinates in columns) (JL2).

Emissions: an НДВ project's calculation sheets for a refrigerator and air-conditioner recycling line, one table per
source turned on its side — the parameters of the calculation as rows (units a year, charge, residual share, recovery
efficiency, gross emission, hours, greatest g/s, hazard class), the refrigerants as columns under a three-row header of
agent, code and name, R-410A merged over its two components R-32 and R-125 — then the shredder's sheet with the foam's
blowing agents and the dusts; the refrigerants' ODP and GWP in a table of no role (VI: the same sheets of a treatment
company's line, no codes, no classes, the stacks named KT2 and KT3) (JL1); an e-waste plant's list of sources as a table
of its own and then its emissions printed in two halves side by side — `№ ИЗА | код | вещество | класс | г/с | т/год`
twice — each half with its sources merged down over their substances, the plant's total across the bottom (VI: a circuit-
board recycler's loads of its pyrolysis furnace, shredder and leaching scrubber in two halves, hydrogen bromide among
them, no source numbers) (JL2).

Wastes: an e-waste plant's balance of dismantling for the year, the fractions as rows under the sections of hazardous and
non-hazardous wastes and the categories of the equipment received as columns under a merged header, the tonnes of the
year — the amount — in a total column, the same code on several fractions (VI: a treatment company's material balance of
its dismantling line, hazardous wastes with their CTNH codes and ordinary scrap without codes) (JL1); a collection
point's declaration of impact whose quantities carry their own units in the cell — pieces with the tonnes in brackets,
kilograms, tonnes, cubic metres with the tonnes, lamps in pieces alone — to be brought to tonnes where the cell allows
(VI: a circuit-board recycler's annual report with a unit column of its own — tấn, kg, chiếc, lít — then its ordinary
wastes in a second table) (JL2).

Limits: an e-waste plant's protocol of its outlets in which each outlet's receiver — the city sewer or an irrigation ditch
— stands in a column and two rows of norms under the header give the sewer's allowed concentrations and the ditch's
permitted ones, each outlet judged against its receiver's row, a dry outlet written across its row (VI: the soil of Bùi
Dâu against QCVN 03-MT:2015/BTNMT, the land use of each point in a column choosing between the rows of agricultural and of
industrial land) (JL1); a protocol of the air at the protection zone of a refrigerator recycling line, the points merged
down over the refrigerants and the dust, the greatest single concentration beside the ПДК м.р. and the daily one beside
the ПДК с.с., isobutane with no daily norm, values below the range written with `<` (VI: Tề Lỗ's air against QCVN
05:2023/BTNMT for one hour and for 24 hours, PM10 with no hourly norm, µg/m3) (JL2).

Monitoring: a refrigerator recycling line's cost estimate of its ПЭК programme, where the frequency is only the number of
samplings a year beside the number of parameters, the price and the sum — 4, 2, 1 — two rows for one stack at two
frequencies (VI: a treatment company's estimate of its periodic monitoring, `Số lần/năm`, with a groundwater well) (JL1);
an e-waste plant's ПЭК programme in four small tables — stacks, the protection zone's points with their coordinates,
the storm-water outlet, soil — whose frequencies stand only in each table's caption (VI: Tề Lỗ's monitoring programme
with VN-2000 coordinates and the frequency in the caption of each table) (JL2).

Inspections: a collection point's check-list of its lithium-battery store grouped under rows spanning the table that
carry the frequency — daily at the start of the shift, weekly on Fridays, monthly, quarterly — and a last group checked
at each incoming batch, which is no frequency (VI: a treatment company's procedure of checking its store and lines, the
last group upon an incident or after heavy rain) (JL1); an e-waste plant's matrix of internal checks, its areas as rows
and the subjects of checking as columns, each cell a frequency or a dash, who checks in the last column (VI: a circuit-
board recycler's matrix) (JL2).

Tasks: the protocol of a meeting at the ministry on refrigerants and batteries from end-of-life equipment, the decisions
as rows in which the one who must act opens the text with the person in brackets, the term in its own column (VI: the
record of a commune's working session with the households of Bùi Dâu, `UBND xã Xuân Lâm: …`) (JL1); a refrigerator
recycling line's plan of measures grouped under rows naming the responsible unit, which is the only place the actor stands,
numbered `1.1` with the term and the cost (VI: a circuit-board recycler's plan grouped by department) (JL2).
"""
from __future__ import annotations

from . import vocab
from .common import Doc, distractor, make_bin, make_msdn, num
from .limits_data import SOIL_VN, add, limit
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
    r = doc.rng
    rest = 9 - len(prefix) - 3
    return f"{prefix}{r.randint(10 ** (rest - 1), 10**rest - 1)}{r.choice(('000', '100'))}"


def _kind(number: str) -> str:
    return "unorganized" if number.startswith("6") else "organized"


# code: (RU, KK, VI, hazard class as the list gives it) of pollutants the vocabulary does not name
EXTRA = {
    "0857": ("Дифтордихлорметан (Фреон-12)", "Дифтордихлорметан (фреон-12)", "Diclodiflometan (CFC-12)", 4),
    "0859": ("Дифторхлорметан (Фреон-22)", "Дифторхлорметан (фреон-22)", "Clodiflometan (HCFC-22)", 4),
    "0938": ("1,1,1,2-Тетрафторэтан (Фреон-134А)", "1,1,1,2-Тетрафторэтан (фреон-134А)", "1,1,1,2-Tetrafloetan (HFC-134a)", None),
    "0412": ("Изобутан", "Изобутан", "Isobutan (R-600a)", 4),
    "0957": ("Дифторметан (Фреон-32)", "Дифторметан (фреон-32)", "Diflometan (HFC-32)", 4),
    "0967": ("Пентафторэтан (Хладон-125)", "Пентафторэтан (хладон-125)", "Pentafloetan (HFC-125)", 4),
    "0901": ("Трихлорфторметан (Фреон-11)", "Трихлорфторметан (фреон-11)", "Tricloflometan (CFC-11)", 4),
    "0409": ("Циклопентан", "Циклопентан", "Xyclopentan", None),
    "2990": ("Пыль полистирола", "Полистирол шаңы", "Bụi polystyren (HIPS)", None),
    "0168": ("Олово оксид /в пересчете на олово/", "Қалайы оксиді /қалайыға шаққанда/", "Thiếc oxit (tính theo Sn)", 3),
    "0183": ("Ртуть (Ртуть металлическая)", "Сынап (металл сынабы)", "Thủy ngân (Hg)", 1),
    "0146": ("Медь оксид /в пересчете на медь/", "Мыс оксиді /мысқа шаққанда/", "Đồng oxit (tính theo Cu)", 2),
    "2907": ("Пыль неорганическая, содержащая двуокись кремния более 70%",
             "Құрамында 70%-дан астам кремний қостотығы бар бейорганикалық шаң", "", 3),
    "2916": ("Пыль стеклопластика", "Шыныпластик шаңы", "Bụi sợi thủy tinh – nhựa epoxy", None),
    "2921": ("Пыль поливинилхлорида", "Поливинилхлорид шаңы", "Bụi PVC", None),
    "2932": ("Пыль акрилонитрилбутадиенстирольных пластиков (АБС)", "Акрилонитрилбутадиенстирол пластиктерінің (АБС) шаңы", "Bụi nhựa ABS", None),
    "0313": ("Гидробромид (Водород бромистый)", "Гидробромид (бромды сутек)", "Hydro bromua (HBr)", 2),
}  # fmt: skip


def _air(doc: Doc, code: str, variant: int = 0) -> str:
    if code in EXTRA:
        return EXTRA[code][vocab.LANGS.index(doc.lang)]
    return vocab.air(code, doc.lang, variant)


def _hazard(code: str) -> int | None:
    return EXTRA[code][3] if code in EXTRA else vocab.hazard(code)


def _maybe(doc: Doc, kinds: tuple[str, ...], share: float = 0.35) -> None:
    """Now and then a table of no role of a kind that fits the document."""
    if doc.rng.random() < share:
        distractor(doc, doc.pick(kinds))


def _hz(code: str) -> str:
    h = _hazard(code)
    return str(h) if h else "–"


# the firms of the set: (RU, KK)
ALATAU = ("ТОО «Алатау Э-Ресайклинг»", "«Алатау Э-Ресайклинг» ЖШС")
ALATAU_PLANT = ("Завод по переработке отходов электрического и электронного оборудования",
                "Электр және электрондық жабдық қалдықтарын қайта өңдеу зауыты")
HLADO = ("ТОО «ХладоРесурс Казахстан»", "«ХладоРесурс Қазақстан» ЖШС")
HLADO_LINE = ("Линия переработки холодильников и кондиционеров", "Тоңазытқыштар мен кондиционерлерді қайта өңдеу желісі")
DAIDONG = ("Công ty TNHH Môi trường Công nghệ Đại Đồng", "Nhà máy xử lý chất thải công nghiệp và chất thải điện tử Đại Đồng",
           "Lô CN-05, Khu công nghiệp Đại Đồng – Hoàn Sơn, xã Tri Phương, huyện Tiên Du, tỉnh Bắc Ninh")
VIETA = ("Công ty TNHH Tái chế Bo mạch Việt Á", "Nhà máy tái chế bo mạch điện tử và thu hồi kim loại Việt Á",
         "Lô D2, Khu công nghiệp Đồng Văn II, thị xã Duy Tiên, tỉnh Hà Nam")


# ---------------------------------------------------------------- facility


def facility_jl1(doc: Doc) -> None:
    """A recycler's card for the operator of extended producer responsibility, a form of four columns — two label–value
    pairs a row — under three section rows (the organisation, the production site, the permits): the BIN beside the full
    name, the bank's ИИК and the registration date as look-alikes, the KATO beside the site's name, the coordinates in
    decimal degrees with `с.ш.`/`в.д.` after them beside the address, the cadastral number inside the area's cell and the
    category beside the permit; the main equipment in a table of no role after it (VI: a hazardous-waste treatment
    company's information sheet of four columns, the enterprise number beside the owner, the management code `QLCTNH`
    and the permit's number as look-alikes, group I in words)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_jl1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    bin_ = make_bin(r)
    kato = _kato(doc, "7517")
    lat, lon = round(43.305 + r.uniform(-0.006, 0.006), 5), round(76.837 + r.uniform(-0.008, 0.008), 5)
    permit = f"KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1):08d}"
    iban = f"KZ{r.randint(10, 99)}601A{r.randint(10**12, 10**13 - 1)}"
    cadastre = f"20-315-{r.randint(10, 99):03d}-{r.randint(100, 999)}"
    licence = f"{r.randint(24000000, 24999999)}"
    cap = r.choice((4500, 6000, 7200))
    doc.h(g("Карточка организации, осуществляющей переработку отходов электрического и электронного оборудования",
            "Электр және электрондық жабдық қалдықтарын қайта өңдейтін ұйымның карточкасы", ""))
    doc.p(g("Приложение 3 к договору на оказание услуг по переработке отходов, образовавшихся после утраты потребительских свойств "
            "продукции, на которую распространяются расширенные обязательства производителей (импортеров).",
            "Өндірушілердің (импорттаушылардың) кеңейтілген міндеттемелері қолданылатын өнімнің тұтынушылық қасиеттерін жоғалтқаннан "
            "кейін түзілген қалдықтарды қайта өңдеу жөніндегі қызметтер көрсетуге арналған шартқа 3-қосымша.", ""))
    rows: list = []
    merges: list = []
    _span(rows, merges, g("1. Сведения об организации", "1. Ұйым туралы мәліметтер", ""), 4)
    rows += [[g("Полное наименование", "Толық атауы", ""), ALATAU[L], g("БИН", "БСН", ""), bin_],
             [g("Руководитель", "Басшы", ""), g("Директор Касымов Ерлан Бакытович", "Директор Қасымов Ерлан Бақытұлы", ""),
              g("Телефон, e-mail", "Телефон, e-mail", ""), "+7 727 390 14 52, info@alatau-recycling.kz"],
             [g("Юридический адрес", "Заңды мекенжайы", ""),
              g("г. Алматы, Медеуский район, пр. Достык, 132, офис 45", "Алматы қ., Медеу ауданы, Достық даңғ., 132, 45-кеңсе", ""),
              g("Дата государственной регистрации", "Мемлекеттік тіркелген күні", ""), f"{r.randint(1, 28):02d}.03.2019"],
             [g("Обслуживающий банк", "Қызмет көрсететін банк", ""), g("АО «Народный Банк Казахстана»", "«Қазақстан Халық Банкі» АҚ", ""),
              g("ИИК", "ЖСК", ""), iban]]
    _span(rows, merges, g("2. Сведения о производственной площадке", "2. Өндірістік алаң туралы мәліметтер", ""), 4)
    rows += [[g("Наименование площадки", "Алаңның атауы", ""), ALATAU_PLANT[L], g("Код КАТО", "ҚАТО коды", ""), kato],
             [g("Фактический адрес", "Нақты мекенжайы", ""),
              g("г. Алматы, Алатауский район, Индустриальная зона, ул. Шаршы, 14", "Алматы қ., Алатау ауданы, Индустриялық аймақ, Шаршы к-сі, 14", ""),
              g("Координаты (WGS-84)", "Координаттары (WGS-84)", ""),
              g(f"{num(lat, 'ru')}° с.ш., {num(lon, 'ru')}° в.д.", f"{num(lat, 'kk')}° с.е., {num(lon, 'kk')}° ш.б.", "")],
             [g("Площадь участка", "Учаске ауданы", ""),
              g(f"2,4 га (кадастровый номер {cadastre})", f"2,4 га (кадастрлық нөмірі {cadastre})", ""),
              g("Проектная мощность", "Жобалық қуаты", ""), g(f"{num(cap, 'ru')} т отходов ЭЭО в год", f"жылына {num(cap, 'kk')} т ЭЭЖ қалдықтары", "")]]
    _span(rows, merges, g("3. Разрешительные документы", "3. Рұқсат беру құжаттары", ""), 4)
    rows += [[g("Категория объекта (ст. 12 Экологического кодекса РК)", "Объект санаты (ҚР Экология кодексінің 12-бабы)", ""),
              g("II категория", "II санат", ""),
              g("Экологическое разрешение на воздействие", "Әсер етуге арналған экологиялық рұқсат", ""),
              g(f"№ {permit} от {r.randint(1, 28):02d}.06.2024", f"{r.randint(1, 28):02d}.06.2024 ж. № {permit}", "")],
             [g("Лицензия на выполнение работ (оказание услуг) в области охраны окружающей среды", "Қоршаған ортаны қорғау саласындағы жұмыстарды "
                "орындауға (қызметтер көрсетуге) лицензия", ""),
              g(f"№ {licence}, подвид: переработка, обезвреживание, утилизация и (или) уничтожение опасных отходов",
                f"№ {licence}, кіші түрі: қауіпті қалдықтарды қайта өңдеу, залалсыздандыру, кәдеге жарату және (немесе) жою", ""),
              g("Договор с оператором РОП", "КМӨ операторымен шарт", ""), g(f"№ {r.randint(100, 400)}-П от 20.01.2025", f"20.01.2025 ж. № {r.randint(100, 400)}-П", "")]]  # fmt: skip
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": "Алатау Э-Ресайклинг", "kato": kato, "category": "II", "lat": lat, "lon": lon})
    doc.table(g("Основное технологическое оборудование", "Негізгі технологиялық жабдық", ""),
              [g(["№", "Наименование", "Кол-во", "Производительность"], ["№", "Атауы", "Саны", "Өнімділігі"], []),
               ["1", g("Установка резки кинескопов горячей нитью", "Кинескоптарды ыстық жіппен кесу қондырғысы", ""), "2",
                g("до 60 ЭЛТ/ч", "сағатына 60 ЭСТ-ға дейін", "")],
               ["2", g("Шредер двухвальный для печатных плат", "Баспа платаларына арналған екі білікті шредер", ""), "1", "1,2 т/ч"],
               ["3", g("Кабельный гранулятор с сепаратором", "Сепараторы бар кабель грануляторы", ""), "1", "0,5 т/ч"],
               ["4", g("Пресс пакетировочный", "Пакеттеуші пресс", ""), "1", "8 т/ч"]], role="other")


def _facility_jl1_vi(doc: Doc) -> None:
    r = doc.rng
    company, plant, place = DAIDONG
    msdn = make_msdn(r)
    lat, lon = round(21.1234 + r.uniform(-0.003, 0.003), 5), round(106.0086 + r.uniform(-0.003, 0.003), 5)
    qlctnh = f"1-2-3-4-5-6.{r.randint(10, 199):03d}.VX"
    doc.p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM – Độc lập - Tự do - Hạnh phúc")
    doc.h("PHIẾU THÔNG TIN CƠ SỞ XỬ LÝ CHẤT THẢI NGUY HẠI")
    doc.p("(Kèm theo hồ sơ đề nghị cấp điều chỉnh giấy phép môi trường – bổ sung dây chuyền tháo dỡ tủ lạnh, điều hòa không khí thải)")
    rows: list = []
    merges: list = []
    _span(rows, merges, "I. THÔNG TIN VỀ CHỦ CƠ SỞ", 4)
    rows += [["Tên chủ cơ sở", company, "Mã số doanh nghiệp", msdn],
             ["Người đại diện theo pháp luật", "Ông Nguyễn Đức Thịnh – Giám đốc", "Điện thoại", "0222 3712 468"],
             ["Địa chỉ trụ sở chính", "Số 18 đường Lý Thái Tổ, phường Suối Hoa, thành phố Bắc Ninh, tỉnh Bắc Ninh", "Ngày đăng ký lần đầu",
              f"{r.randint(1, 28):02d}/08/2016"]]
    _span(rows, merges, "II. THÔNG TIN VỀ CƠ SỞ", 4)
    rows += [["Tên cơ sở", plant, "Mã số quản lý CTNH", qlctnh],
             ["Địa điểm", place, "Tọa độ trung tâm (WGS-84)", f"Vĩ độ {num(lat, 'vi')}° B; kinh độ {num(lon, 'vi')}° Đ"],
             ["Diện tích", "3,2 ha", "Công suất tháo dỡ thiết bị điện, điện tử thải", "4.500 tấn/năm"]]
    _span(rows, merges, "III. HỒ SƠ PHÁP LÝ VỀ MÔI TRƯỜNG", 4)
    rows += [["Phân loại theo Luật Bảo vệ môi trường năm 2020", "Cơ sở nhóm I (Phụ lục III Nghị định số 08/2022/NĐ-CP)",
              "Giấy phép môi trường", f"Số {r.randint(100, 480)}/GPMT-BTNMT ngày {r.randint(1, 28):02d}/09/2023 của Bộ Tài nguyên và Môi trường"]]
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": "Đại Đồng", "category": "I", "lat": lat, "lon": lon})
    doc.table("Danh mục thiết bị chính của dây chuyền bổ sung",
              [["TT", "Tên thiết bị", "Số lượng", "Công suất"],
               ["1", "Máy hút môi chất lạnh (thu hồi vào bình chứa)", "4", "0,5 kg/phút"],
               ["2", "Máy nghiền kín vỏ tủ lạnh có bơm khí nitơ", "1", "40 chiếc/giờ"],
               ["3", "Tháp hấp phụ than hoạt tính", "1", "12.000 m³/giờ"]], role="other")


# (RU operator, KK operator, core, RU point, KK point, RU address, KK address, KATO prefix, lat, lon, category, m2)
POINTS = (
    ("ТОО «Күн Қалдық Жинау»", "«Күн Қалдық Жинау» ЖШС", "Күн Қалдық Жинау",
     "Пункт приема отработанных солнечных панелей и аккумуляторов", "Пайдаланылған күн панельдері мен аккумуляторларды қабылдау пункті",
     "Туркестанская область, г. Кентау, промзона, ул. Өнеркәсіп, 3", "Түркістан облысы, Кентау қ., өнеркәсіптік аймақ, Өнеркәсіп к-сі, 3",
     "6120", 43.522, 68.508, "III", 1800),
    ("ТОО «EcoBattery Almaty»", "«EcoBattery Almaty» ЖШС", "EcoBattery Almaty",
     "Площадка сбора и временного хранения литий-ионных аккумуляторов", "Литий-иондық аккумуляторларды жинау және уақытша сақтау алаңы",
     "Алматинская область, Илийский район, п. Байсерке, ул. Заводская, 11", "Алматы облысы, Іле ауданы, Байсерке к., Заводская к-сі, 11",
     "1950", 43.471, 76.934, "IV", 950),
    ("ТОО «Жетісу Энерго Ресайкл»", "«Жетісу Энерго Ресайкл» ЖШС", "Жетісу Энерго Ресайкл",
     "Пункт сбора отходов ВИЭ", "ЖЭК қалдықтарын жинау пункті",
     "область Жетісу, г. Талдыкорган, ул. Индустриальная, 40", "Жетісу облысы, Талдықорған қ., Индустриальная к-сі, 40",
     "3315", 45.006, 78.391, "III", 2400),
)  # fmt: skip


def facility_jl2(doc: Doc) -> None:
    """The comparison table of a procurement of the services of collecting spent solar panels and lithium-ion batteries:
    the bidders as columns, the criteria as numbered rows — name, BIN, the collection point, its address, KATO, latitude
    and longitude on rows of their own, the category, the area, the price a tonne and the score — the organiser named only
    by its function in the lead-in and the winner only in the paragraph after the table (VI: a solar farm's comparison of
    three hazardous-waste treatment companies that could take its broken panels, the plants, enterprise numbers, latitude
    and longitude, the group and the price in the companies' columns)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_jl2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    bids = []
    for p in POINTS:
        bids.append({"bin": make_bin(r), "kato": _kato(doc, p[7]), "lat": round(p[8] + r.uniform(-0.004, 0.004), 5),
                     "lon": round(p[9] + r.uniform(-0.004, 0.004), 5), "price": r.randint(38, 75) * 1000, "score": r.randint(62, 94)})
    lot = f"{r.randint(1000, 9999)}-ЗЦП-{r.randint(1, 9)}"
    doc.h(g(f"Протокол об итогах закупа способом запроса ценовых предложений № {lot}",
            f"Баға ұсыныстарын сұрату тәсілімен сатып алу қорытындылары туралы № {lot} хаттама", ""))
    doc.p(g("Организатор закупа – оператор расширенных обязательств производителей (импортеров). Предмет закупа: услуги по сбору, "
            "накоплению и транспортировке отработанных солнечных (фотоэлектрических) панелей и литий-ионных аккумуляторов в южном регионе "
            "на 2026 год. Заявки представили три потенциальных поставщика; сведения о них приведены в сравнительной таблице.",
            "Сатып алуды ұйымдастырушы – өндірушілердің (импорттаушылардың) кеңейтілген міндеттемелерінің операторы. Сатып алу нысанасы: "
            "2026 жылға оңтүстік өңірде пайдаланылған күн (фотоэлектрлік) панельдері мен литий-иондық аккумуляторларды жинау, жинақтау "
            "және тасымалдау қызметтері. Өтінімдерді үш әлеуетті өнім беруші ұсынды; олар туралы мәліметтер салыстырмалы кестеде келтірілген.", ""))
    rows = [[g("№", "№", ""), g("Сведения / критерий", "Мәліметтер / өлшемшарт", ""), *(p[L] for p in POINTS)]]
    crit = [
        (g("БИН потенциального поставщика", "Әлеуетті өнім берушінің БСН", ""), [b["bin"] for b in bids]),
        (g("Наименование пункта приема", "Қабылдау пунктінің атауы", ""), [p[3 + L] for p in POINTS]),
        (g("Адрес пункта приема", "Қабылдау пунктінің мекенжайы", ""), [p[5 + L] for p in POINTS]),
        (g("Код КАТО", "ҚАТО коды", ""), [b["kato"] for b in bids]),
        (g("Широта, град. с.ш.", "Ендік, с.е. градус", ""), [num(b["lat"], doc.lang) for b in bids]),
        (g("Долгота, град. в.д.", "Бойлық, ш.б. градус", ""), [num(b["lon"], doc.lang) for b in bids]),
        (g("Категория объекта по Экологическому кодексу", "Экология кодексі бойынша объект санаты", ""), [p[10] for p in POINTS]),
        (g("Площадь площадки накопления, м²", "Жинақтау алаңының ауданы, м²", ""), [num(p[11], doc.lang) for p in POINTS]),
        (g("Ценовое предложение, тенге за 1 т без НДС", "Баға ұсынысы, 1 т үшін теңге, ҚҚС-сыз", ""), [num(b["price"], doc.lang) for b in bids]),
        (g("Итоговый балл", "Қорытынды балл", ""), [str(b["score"]) for b in bids]),
    ]
    for k, (label, cells) in enumerate(crit, 1):
        rows.append([str(k), label, *cells])
    doc.table(g("Сравнительная таблица заявок потенциальных поставщиков", "Әлеуетті өнім берушілер өтінімдерінің салыстырмалы кестесі", ""),
              rows, role="facility")
    for p, b in zip(POINTS, bids, strict=True):
        doc.add("facilities", {"bin": b["bin"], "name_contains": p[2], "kato": b["kato"], "category": p[10], "lat": b["lat"], "lon": b["lon"]})
    win = max(range(3), key=lambda i: bids[i]["score"])
    doc.p(g(f"Комиссия решила: признать победителем {POINTS[win][0]}, набравшее наибольший итоговый балл, и заключить с ним договор "
            "в течение десяти рабочих дней.",
            f"Комиссия шешті: ең жоғары қорытынды балл жинаған {POINTS[win][1]} жеңімпаз деп танылсын және онымен он жұмыс күні ішінде "
            "шарт жасалсын.", ""))
    _maybe(doc, ("approval", "contacts"), 0.5)


# (company, plant, place, lat, lon, capacity t/year)
VN_TREATERS = (
    ("Công ty TNHH Xử lý Chất thải Tân Phú Đông", "Nhà máy xử lý chất thải nguy hại Tân Phú Đông",
     "Khu công nghiệp Nhơn Trạch 6, huyện Nhơn Trạch, tỉnh Đồng Nai", 10.708, 106.872, 1200),
    ("Công ty Cổ phần Môi trường Biển Xanh Ninh Thuận", "Khu xử lý chất thải công nghiệp Biển Xanh",
     "xã Phước Nam, huyện Thuận Nam, tỉnh Ninh Thuận", 11.452, 108.913, 600),
    ("Công ty TNHH Tái chế Năng lượng Sạch Bình Dương", "Nhà máy tái chế tấm quang điện và pin lưu trữ Nam Tân Uyên",
     "Khu công nghiệp Nam Tân Uyên mở rộng, thành phố Tân Uyên, tỉnh Bình Dương", 11.071, 106.741, 2500),
)  # fmt: skip


def _facility_jl2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BẢNG SO SÁNH, ĐÁNH GIÁ NĂNG LỰC CÁC ĐƠN VỊ THU GOM, XỬ LÝ TẤM QUANG ĐIỆN THẢI")
    doc.p("Nhà máy điện mặt trời Mỹ Sơn Xanh (huyện Ninh Sơn, tỉnh Ninh Thuận) cần chuyển giao khoảng 1.600 tấm quang điện bị vỡ, hư hỏng "
          "sau bão năm 2024. Phòng Kỹ thuật – Môi trường đã tổng hợp hồ sơ năng lực của ba đơn vị như sau:")
    firms = []
    for c in VN_TREATERS:
        firms.append({"msdn": make_msdn(r), "lat": round(c[3] + r.uniform(-0.004, 0.004), 5), "lon": round(c[4] + r.uniform(-0.004, 0.004), 5),
                      "permit": f"{r.randint(20, 450)}/GPMT-BTNMT", "price": r.randint(28, 65) * 100_000, "score": r.randint(60, 95)})
    rows = [["TT", "Nội dung so sánh", *(c[0] for c in VN_TREATERS)]]
    crit = [("Mã số doanh nghiệp", [f["msdn"] for f in firms]),
            ("Cơ sở xử lý", [c[1] for c in VN_TREATERS]),
            ("Địa chỉ cơ sở xử lý", [c[2] for c in VN_TREATERS]),
            ("Vĩ độ (WGS-84)", [num(f["lat"], "vi") for f in firms]),
            ("Kinh độ (WGS-84)", [num(f["lon"], "vi") for f in firms]),
            ("Phân loại cơ sở theo Luật BVMT 2020", ["Nhóm I"] * 3),
            ("Giấy phép môi trường", [f["permit"] for f in firms]),
            ("Công suất xử lý tấm quang điện (tấn/năm)", [num(c[5], "vi") for c in VN_TREATERS]),
            ("Đơn giá thu gom, vận chuyển, xử lý (đồng/tấn)", [num(f["price"], "vi") for f in firms]),
            ("Điểm đánh giá tổng hợp", [str(f["score"]) for f in firms])]
    for k, (label, cells) in enumerate(crit, 1):
        rows.append([str(k), label, *cells])
    doc.table("Bảng 1. So sánh hồ sơ năng lực", rows, role="facility")
    for c, f in zip(VN_TREATERS, firms, strict=True):
        doc.add("facilities", {"bin": f["msdn"], "name_contains": c[1], "category": "I", "lat": f["lat"], "lon": f["lon"]})
    win = max(range(3), key=lambda i: firms[i]["score"])
    doc.p(f"Đề xuất: lựa chọn {VN_TREATERS[win][0]} là đơn vị thu gom, vận chuyển và xử lý tấm quang điện thải của Nhà máy.")
    _maybe(doc, ("approval",), 0.5)


# ---------------------------------------------------------------- emissions

# refrigerants recovered at the line: (label, codes of its components, share of each, units a year (low, high), charge g, kind)
AGENTS = (
    ("R-12", ("0857",), (1.0,), (9, 14), 140, "fridge"),
    ("R-22", ("0859",), (1.0,), (5, 8), 950, "ac"),
    ("R-134a", ("0938",), (1.0,), (18, 26), 120, "fridge"),
    ("R-600a", ("0412",), (1.0,), (12, 20), 55, "fridge"),
    ("R-410A", ("0957", "0967"), (0.5, 0.5), (3, 6), 1200, "ac"),
)
# (code, RU/KK/VI label of the foam or dust it comes from)
FOAM = {"0901": 11, "0409": 5}
DUSTS = {"2902": (1400, 2200, 1.5), "2990": (900, 1500, 0.9)}


def _agent_sheet(doc: Doc) -> tuple[list, list, list[tuple[str, float, float]]]:
    """The sheet of source 0001 (VI: KT2): rows, merges and (code, g/s, t/y) of each component."""
    r = doc.rng
    g = doc.v
    vi = doc.lang == "vi"
    cols = [(a, c, share) for a in AGENTS for c, share in zip(a[1], a[2], strict=True)]
    width = 4 + len(cols)
    head0 = [g("№", "№", "TT"), g("Показатель", "Көрсеткіш", "Thông số tính toán"), g("Обозн.", "Белгі", "Ký hiệu"),
             g("Ед. изм.", "Өлш. бірл.", "Đơn vị"), g("Хладагент / загрязняющее вещество", "Хладагент / ластаушы зат", "Môi chất lạnh")] + [None] * (len(cols) - 1)
    head1 = [None] * 4
    head2 = [None] * 4
    merges = [(0, c, 2, c) for c in range(4)] + [(0, 4, 0, width - 1)]
    col = 4
    for a in AGENTS:
        head1 += [a[0] + (" (50/50)" if len(a[1]) > 1 else "")] + [None] * (len(a[1]) - 1)
        if len(a[1]) > 1:
            merges.append((1, col, 1, col + len(a[1]) - 1))
        col += len(a[1])
    for _a, c, _share in cols:
        head2.append(_air(doc, c) if vi else f"{c} – {_air(doc, c)}")
    rows = [head0, head1, head2]
    units = {a[0]: r.randint(*a[3]) * 1000 for a in AGENTS}
    resid = {a[0]: round(r.uniform(0.6, 0.85), 2) for a in AGENTS}
    eff = {a[0]: r.randint(90, 97) for a in AGENTS}
    hours = r.choice((3600, 3900, 4000))

    def per_agent(label, sym, unit, cells):
        """A row whose cells are given per agent, merged over an agent's components."""
        line = [None, label, sym, unit]
        c0 = 4
        for a in AGENTS:
            line += [cells[a[0]]] + [None] * (len(a[1]) - 1)
            if len(a[1]) > 1:
                merges.append((len(rows), c0, len(rows), c0 + len(a[1]) - 1))
            c0 += len(a[1])
        rows.append(line)

    per_agent(g("Количество единиц оборудования, поступающего с хладагентом", "Хладагентпен түсетін жабдық бірліктерінің саны",
                "Số thiết bị tiếp nhận còn môi chất lạnh"), "N", g("шт./год", "дана/жыл", "chiếc/năm"),
              {a: num(n, doc.lang) for a, n in units.items()})
    per_agent(g("Средняя заводская заправка хладагентом", "Хладагенттің орташа зауыттық толтырмасы", "Lượng nạp môi chất trung bình"),
              "m", g("г", "г", "g"), {a[0]: num(a[4], doc.lang) for a in AGENTS})
    line = [None, g("Массовая доля компонента в хладагенте", "Хладагенттегі компоненттің массалық үлесі", "Tỷ lệ khối lượng cấu tử"), "w", "–"]
    line += [num(share, doc.lang) for _a, _c, share in cols]
    rows.append(line)
    per_agent(g("Доля хладагента, оставшегося в оборудовании к моменту поступления", "Түскен кезде жабдықта қалған хладагент үлесі",
                "Tỷ lệ môi chất còn lại trong thiết bị"), "k", "–", {a: num(v, doc.lang) for a, v in resid.items()})
    per_agent(g("Эффективность извлечения хладагента установкой", "Қондырғының хладагентті алу тиімділігі", "Hiệu suất thu hồi môi chất"),
              "η", "%", {a: str(v) for a, v in eff.items()})
    out = []
    gross, peak = [], []
    for a, c, share in cols:
        t = _sig(units[a[0]] * a[4] * share * resid[a[0]] * (1 - eff[a[0]] / 100) / 1e6, 3)
        gs = _sig(t * 1e6 / (3600 * hours), 3)
        gross.append(num(t, doc.lang))
        peak.append(num(gs, doc.lang))
        out.append((c, gs, t))
    rows.append([None, g("Валовый выброс G = N·m·w·k·(1 – η/100)·10⁻⁶", "Жалпы шығарынды G = N·m·w·k·(1 – η/100)·10⁻⁶",
                         "Tải lượng năm G = N·m·w·k·(1 – η/100)·10⁻⁶"), "G", g("т/год", "т/жыл", "tấn/năm"), *gross])
    rows.append([None, g("Время работы установки", "Қондырғының жұмыс уақыты", "Thời gian vận hành"), "T", g("ч/год", "сағ/жыл", "giờ/năm"),
                 num(hours, doc.lang)] + [None] * (len(cols) - 1))
    merges.append((len(rows) - 1, 4, len(rows) - 1, width - 1))
    rows.append([None, g("Максимальный разовый выброс M = G·10⁶/(3600·T)", "Ең жоғары бір реттік шығарынды M = G·10⁶/(3600·T)",
                         "Tải lượng M = G·10⁶/(3600·T)"), "M", g("г/с", "г/с", "g/s"), *peak])
    if not vi:
        rows.append([None, g("Класс опасности", "Қауіптілік сыныбы", ""), "–", "–", *(_hz(c) for _a, c, _s in cols)])
    for k, row in enumerate(rows[3:], 1):
        row[0] = str(k)
    return rows, merges, out


def _foam_sheet(doc: Doc) -> tuple[list, list, list[tuple[str, float, float]]]:
    """The sheet of the shredder with foam degassing: blowing agents and dusts as columns."""
    r = doc.rng
    g = doc.v
    vi = doc.lang == "vi"
    codes = [*FOAM, *DUSTS]
    rows = [[g("№", "№", "TT"), g("Показатель", "Көрсеткіш", "Thông số tính toán"), g("Ед. изм.", "Өлш. бірл.", "Đơn vị"),
             *((_air(doc, c) if vi else f"{c} – {_air(doc, c)}") for c in codes)]]
    foam = {c: r.randint(28, 52) * 10 for c in FOAM}
    content = {c: r.randint(FOAM[c] - 2, FOAM[c] + 2) for c in FOAM}
    mass = {c: r.randint(lo // 10, hi // 10) * 10 for c, (lo, hi, _q) in DUSTS.items()}
    eff = {"0901": r.randint(92, 97), "0409": r.randint(85, 92), "2902": 99, "2990": 99}
    hours = r.choice((3000, 3200, 3400))
    dash = "–"
    rows.append(["1", g("Масса перерабатываемого пенополиуретана (по вспенивателю)", "Қайта өңделетін пенополиуретан массасы (көпірткіш бойынша)",
                        "Khối lượng xốp PU cách nhiệt được xử lý"), g("т/год", "т/жыл", "tấn/năm"), *(num(foam[c], doc.lang) for c in FOAM), dash, dash])
    rows.append(["2", g("Содержание вспенивателя в пенополиуретане", "Пенополиуретандағы көпірткіштің құрамы", "Hàm lượng chất tạo bọt trong xốp"),
                 "%", *(str(content[c]) for c in FOAM), dash, dash])
    rows.append(["3", g("Масса измельчаемых корпусов и внутренних панелей", "Ұсақталатын корпустар мен ішкі панельдердің массасы",
                        "Khối lượng vỏ, tấm nhựa lòng tủ được nghiền"), g("т/год", "т/жыл", "tấn/năm"), dash, dash,
                 *(num(mass[c], doc.lang) for c in DUSTS)])
    rows.append(["4", g("Удельное выделение пыли при измельчении", "Ұсақтау кезіндегі шаңның меншікті бөлінуі", "Hệ số phát sinh bụi khi nghiền"),
                 g("кг/т", "кг/т", "kg/tấn"), dash, dash, *(num(DUSTS[c][2], doc.lang) for c in DUSTS)])
    rows.append(["5", g("Степень очистки (угольный адсорбер / рукавный фильтр)", "Тазарту дәрежесі (көмір адсорбері / жеңді сүзгі)",
                        "Hiệu suất xử lý (tháp than hoạt tính / lọc bụi túi vải)"), "%", *(str(eff[c]) for c in codes)])
    out = []
    gross, peak = [], []
    for c in codes:
        if c in FOAM:
            t = _sig(foam[c] * content[c] / 100 * (1 - eff[c] / 100), 3)
        else:
            t = _sig(mass[c] * DUSTS[c][2] / 1000 * (1 - eff[c] / 100), 3)
        gs = _sig(t * 1e6 / (3600 * hours), 3)
        gross.append(num(t, doc.lang))
        peak.append(num(gs, doc.lang))
        out.append((c, gs, t))
    rows.append(["6", g("Валовый выброс", "Жалпы шығарынды", "Tải lượng năm"), g("т/год", "т/жыл", "tấn/năm"), *gross])
    rows.append(["7", g("Время работы шредера", "Шредердің жұмыс уақыты", "Thời gian vận hành máy nghiền"), g("ч/год", "сағ/жыл", "giờ/năm"),
                 num(hours, doc.lang), None, None, None])
    merges = [(len(rows) - 1, 3, len(rows) - 1, 6)]
    rows.append(["8", g("Максимальный разовый выброс", "Ең жоғары бір реттік шығарынды", "Tải lượng"), g("г/с", "г/с", "g/s"), *peak])
    if not vi:
        rows.append(["9", g("Класс опасности", "Қауіптілік сыныбы", ""), "–", *(_hz(c) for c in codes)])
    return rows, merges, out


def emissions_jl1(doc: Doc) -> None:
    """An НДВ project's calculation sheets for a refrigerator and air-conditioner recycling line, one table per source turned
    on its side: the parameters of the calculation as numbered rows (units a year, factory charge, the component's share,
    the residual share, the recovery efficiency, the gross emission with its formula, the hours merged across, the greatest
    g/s, the hazard class) and the refrigerants as columns under a three-row header — agent, then `code – name` — R-410A
    merged over its two components R-32 and R-125 in every row given per agent; then the shredder's sheet with the foam's
    blowing agents R-11 and cyclopentane and two dusts, dashes where a parameter does not apply; the refrigerants' ODP and
    GWP in a table of no role before them (VI: the same sheets of a treatment company's line, names only, no classes, the
    stacks named KT2 and KT3, no source numbers)."""
    g = doc.v
    vi = doc.lang == "vi"
    if vi:
        doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP ĐIỀU CHỈNH GIẤY PHÉP MÔI TRƯỜNG – {DAIDONG[1].upper()}")
        doc.h("3.2.3. Tải lượng môi chất lạnh, chất tạo bọt và bụi phát sinh tại dây chuyền tháo dỡ tủ lạnh, điều hòa không khí")
        doc.p("Dây chuyền bổ sung có công suất khoảng 60.000 tủ lạnh và 15.000 điều hòa không khí mỗi năm. Môi chất lạnh được hút vào bình chứa "
              "và chuyển giao xử lý; lượng thất thoát được dẫn ra ống thải KT2. Xốp PU và vỏ nhựa được nghiền trong buồng kín, khí thải qua "
              "tháp hấp phụ than hoạt tính và lọc bụi túi vải rồi thoát ra ống thải KT3.")
    else:
        doc.h(g(f"Проект нормативов допустимых выбросов. {HLADO[0]}. {HLADO_LINE[0]}", f"{HLADO[1]}. {HLADO_LINE[1]}. Жол берілетін шығарындылар "
                "нормативтерінің жобасы", ""))
        doc.h(g("3.3. Расчет выбросов загрязняющих веществ", "3.3. Ластаушы заттар шығарындыларын есептеу", ""))
        doc.p(g("Линия расположена в г. Астане (Индустриальный парк № 1) и рассчитана на переработку до 60 000 холодильников и 15 000 "
                "кондиционеров в год. Хладагенты откачиваются установками рекуперации в баллоны и передаются на регенерацию; потери при "
                "откачке удаляются через трубу ИЗА 0001. Корпуса измельчаются в герметичном шредере с инертизацией азотом, газы дегазации "
                "пенополиуретана проходят угольный адсорбер и рукавный фильтр и удаляются через трубу ИЗА 0002.",
                "Желі Астана қаласында (№ 1 Индустриялық парк) орналасқан және жылына 60 000 тоңазытқыш пен 15 000 кондиционерді қайта "
                "өңдеуге есептелген. Хладагенттер рекуперация қондырғыларымен баллондарға сорылып, регенерацияға беріледі; сору кезіндегі "
                "шығындар 0001 ЛШК құбыры арқылы шығарылады. Корпустар азотпен инерттелетін герметикалық шредерде ұсақталады, пенополиуретанды "
                "газсыздандыру газдары көмір адсорбері мен жеңді сүзгіден өтіп, 0002 ЛШК құбыры арқылы шығарылады.", ""))
    doc.table(g("Таблица 3.1 – Характеристика хладагентов и вспенивателей", "3.1-кесте – Хладагенттер мен көпірткіштердің сипаттамасы",
                "Bảng 3.8. Đặc tính môi chất lạnh và chất tạo bọt"),
              [g(["Обозначение", "Формула / состав", "ODP", "GWP (100 лет)"], ["Белгіленуі", "Формуласы / құрамы", "ODP", "GWP (100 жыл)"],
                 ["Ký hiệu", "Công thức / thành phần", "ODP", "GWP (100 năm)"]),
               ["R-11", "CCl3F", "1", "4750"], ["R-12", "CCl2F2", "1", "10900"], ["R-22", "CHClF2", "0,055", "1810"],
               ["R-134a", "CH2FCF3", "0", "1430"], ["R-600a", "C4H10", "0", "3"],
               ["R-410A", g("R-32/R-125 (50/50 %)", "R-32/R-125 (50/50 %)", "R-32/R-125 (50/50 %)"), "0", "2088"]], role="other")
    rows, merges, out = _agent_sheet(doc)
    doc.table(g("Таблица 3.2 – Расчет выбросов при извлечении хладагентов (ИЗА 0001 – труба участка рекуперации, Н = 12 м)",
                "3.2-кесте – Хладагенттерді алу кезіндегі шығарындыларды есептеу (0001 ЛШК – рекуперация учаскесінің құбыры, Н = 12 м)",
                "Bảng 3.9. Tính toán tải lượng môi chất lạnh thất thoát tại công đoạn thu hồi (ống thải KT2, cao 12 m)"), rows, merges, role="emissions")
    for c, gs, t in out:
        doc.add("emissions", emission(c, gs, t, None if vi else "0001", None if vi else _hazard(c)))
    rows, merges, out = _foam_sheet(doc)
    doc.table(g("Таблица 3.3 – Расчет выбросов при измельчении корпусов и дегазации пенополиуретана (ИЗА 0002 – труба после адсорбера, Н = 15 м)",
                "3.3-кесте – Корпустарды ұсақтау және пенополиуретанды газсыздандыру кезіндегі шығарындыларды есептеу (0002 ЛШК – адсорберден "
                "кейінгі құбыр, Н = 15 м)",
                "Bảng 3.10. Tính toán tải lượng tại công đoạn nghiền vỏ và tách khí xốp PU (ống thải KT3, cao 15 m)"), rows, merges, role="emissions")
    for c, gs, t in out:
        doc.add("emissions", emission(c, gs, t, None if vi else "0002", None if vi else _hazard(c)))
    if not vi:
        doc.add("sources", {"number": "0001", "type": "organized"}, {"number": "0002", "type": "organized"})
        doc.p(g("Для веществ, имеющих только ОБУВ (1,1,1,2-тетрафторэтан, циклопентан, пыль полистирола), класс опасности не установлен.",
                "Тек ҚӘБД белгіленген заттар үшін (1,1,1,2-тетрафторэтан, циклопентан, полистирол шаңы) қауіптілік сыныбы белгіленбеген.", ""))
    else:
        doc.p("Ghi chú: tải lượng R-410A được tính riêng cho từng cấu tử HFC-32 và HFC-125 theo tỷ lệ khối lượng 50/50.")


# e-waste plant's sources: (number, RU, KK, type RU, KK, height, diameter, RU cleaning, KK cleaning, {code: ((g/s low, high), (t/y low, high))})
EW_SOURCES = (
    ("0001", "Аспирация участка резки кинескопов", "Кинескоптарды кесу учаскесінің аспирациясы", 14, 0.4, "рукавный фильтр + HEPA", "жеңді сүзгі + HEPA",
     {"0184": ((0.00004, 0.0002), (0.0004, 0.002)), "2907": ((0.002, 0.008), (0.02, 0.08))}),
    ("0002", "Аспирация шредера печатных плат", "Баспа платалары шредерінің аспирациясы", 15, 0.5, "циклон + рукавный фильтр", "циклон + жеңді сүзгі",
     {"2916": ((0.003, 0.012), (0.03, 0.12)), "0146": ((0.0002, 0.0008), (0.002, 0.008)), "0184": ((0.00002, 0.0001), (0.0002, 0.001))}),
    ("0003", "Аспирация кабельного гранулятора", "Кабель грануляторының аспирациясы", 12, 0.4, "рукавный фильтр", "жеңді сүзгі",
     {"2921": ((0.002, 0.009), (0.02, 0.09)), "2902": ((0.001, 0.005), (0.01, 0.05))}),
    ("0004", "Местные отсосы постов демонтажа компонентов (выпайка)", "Компоненттерді бөлшектеу (дәнекерден ажырату) посттарының жергілікті сорғыштары",
     10, 0.3, "угольный фильтр", "көмір сүзгісі", {"0168": ((0.00005, 0.0002), (0.0004, 0.0018)), "0184": ((0.00001, 0.00006), (0.0001, 0.0005))}),
    ("0005", "Камера извлечения ламп подсветки ЖК-панелей", "СК-панельдердің жарықтандыру шамдарын алу камерасы", 9, 0.25,
     "адсорбер с сероиодированным углем", "күкірт-йодталған көмірі бар адсорбер", {"0183": ((0.000002, 0.00001), (0.00002, 0.0001))}),
    ("6001", "Площадка разгрузки и сортировки", "Түсіру және сұрыптау алаңы", 2, None, "–", "–", {"2902": ((0.004, 0.015), (0.03, 0.12))}),
    ("6002", "Участок дробления пластиковых корпусов", "Пластик корпустарды ұсақтау учаскесі", 5, None, "–", "–",
     {"2932": ((0.003, 0.01), (0.02, 0.08)), "2902": ((0.002, 0.006), (0.01, 0.05))}),
)  # fmt: skip


def _two_up(doc: Doc, head: list[str], left: list[tuple], right: list[tuple], total: list[str], total_label: str):
    """Rows of a table printed in two halves side by side: each half a list of (source, [cells…]) groups."""
    w = len(head)

    def flat(groups):
        out, spans = [], []
        for src, lines in groups:
            start = len(out)
            for j, cells in enumerate(lines):
                out.append([src if j == 0 else None, *cells])
            if len(lines) > 1:
                spans.append((start, len(out) - 1))
        return out, spans

    lrows, lspans = flat(left)
    rrows, rspans = flat(right)
    n = max(len(lrows), len(rrows))
    rows = [head + head]
    merges = []
    for i in range(n):
        rows.append((lrows[i] if i < len(lrows) else [""] * w) + (rrows[i] if i < len(rrows) else [""] * w))
    merges += [(1 + a, 0, 1 + b, 0) for a, b in lspans] + [(1 + a, w, 1 + b, w) for a, b in rspans]
    rows.append([total_label] + [None] * (2 * w - 3) + total)
    merges.append((len(rows) - 1, 0, len(rows) - 1, 2 * w - 3))
    return rows, merges


def emissions_jl2(doc: Doc) -> None:
    """An e-waste plant's НДВ section: first the list of its sources as a table of its own (number, name, type, height,
    diameter, gas cleaning), then its emissions printed in two halves side by side to fit a portrait page — `№ ИЗА | код |
    наименование | класс | г/с | т/год` twice — each half with its sources merged down over their substances, the
    organised sources 0001–0003 on the left and 0004, 0005, 6001, 6002 on the right, the shorter half padded with empty
    cells, the plant's total across the bottom (VI: a circuit-board recycler's loads of its pyrolysis furnace, shredder and
    leaching scrubber in two halves, hydrogen bromide among them, stacks named KT1–KT3, no source numbers)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_jl2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g(f"Раздел 3. Нормативы допустимых выбросов. {ALATAU[0]}", f"3-бөлім. Жол берілетін шығарындылар нормативтері. {ALATAU[1]}", ""))
    doc.p(g("Завод перерабатывает отходы ЭЭО: разборка телевизоров и мониторов с ЭЛТ, ЖК-мониторов, системных блоков и мелкой бытовой "
            "техники. Работа в две смены, 250 дней в году.",
            "Зауыт ЭЭЖ қалдықтарын қайта өңдейді: ЭСТ бар теледидарлар мен мониторларды, СК-мониторларды, жүйелік блоктарды және ұсақ "
            "тұрмыстық техниканы бөлшектеу. Жұмыс екі ауысыммен, жылына 250 күн.", ""))
    org, unorg = g("организованный", "ұйымдастырылған", ""), g("неорганизованный", "ұйымдастырылмаған", "")
    src_rows = [g(["№ ИЗА", "Наименование источника", "Тип", "Высота, м", "Диаметр устья, м", "Газоочистка"],
                  ["ЛШК №", "Көздің атауы", "Түрі", "Биіктігі, м", "Сағасының диаметрі, м", "Газ тазарту"], [])]
    for s in EW_SOURCES:
        src_rows.append([s[0], s[1 + L], org if _kind(s[0]) == "organized" else unorg, str(s[3]), num(s[4], doc.lang) if s[4] else "–", s[5 + L]])
    doc.table(g("Таблица 3.1 – Перечень источников выбросов", "3.1-кесте – Шығарынды көздерінің тізбесі", ""), src_rows, role="sources")
    doc.add("sources", *({"number": s[0], "type": _kind(s[0])} for s in EW_SOURCES))
    groups = []
    all_g, all_t = [], []
    for s in EW_SOURCES:
        lines = []
        for c, ((glo, ghi), (tlo, thi)) in s[7].items():
            gs, ty = _sig(r.uniform(glo, ghi), 2), _sig(r.uniform(tlo, thi), 2)
            lines.append([c, _air(doc, c), _hz(c), num(gs, doc.lang), num(ty, doc.lang)])
            doc.add("emissions", emission(c, gs, ty, s[0], _hazard(c)))
            all_g.append(gs)
            all_t.append(ty)
        groups.append((s[0], lines))
    head = g(["№ ИЗА", "Код ЗВ", "Наименование ЗВ", "Класс опасн.", "г/с", "т/год"], ["ЛШК №", "ЛЗ коды", "ЛЗ атауы", "Қауіпт. сыныбы", "г/с", "т/жыл"], [])
    rows, merges = _two_up(doc, head, groups[:3], groups[3:], [num(round(sum(all_g), 6), doc.lang), num(round(sum(all_t), 6), doc.lang)],
                           g("Всего по предприятию", "Кәсіпорын бойынша барлығы", ""))
    doc.table(g("Таблица 3.2 – Выбросы загрязняющих веществ по источникам на 2026–2035 годы",
                "3.2-кесте – 2026–2035 жылдарға арналған көздер бойынша ластаушы заттар шығарындылары", ""), rows, merges, role="emissions")
    doc.p(g("Таблица приведена в две колонки; источники 0004–6002 – в правой части.", "Кесте екі бағанмен берілген; 0004–6002 көздері – оң жақ бөлігінде.", ""))
    _maybe(doc, ("approval", "contacts"))


# (stack, VI source, {code: (g/s low, high)}), hours a year
VN_PCB_STACKS = (
    ("KT1", "Lò nhiệt phân bo mạch (sau tháp hấp thụ kiềm)", 6000,
     {"2902": (0.02, 0.06), "0337": (0.03, 0.09), "0330": (0.01, 0.04), "0301": (0.02, 0.07), "0316": (0.002, 0.008),
      "0313": (0.001, 0.005), "0184": (0.00005, 0.0003)}),
    ("KT2", "Hệ thống nghiền, phân tách bo mạch (sau lọc bụi túi vải)", 4800, {"2902": (0.01, 0.04), "0184": (0.00003, 0.0002)}),
    ("KT3", "Tháp hấp thụ khí từ bể hòa tách kim loại", 6000, {"0316": (0.002, 0.01), "0301": (0.004, 0.015)}),
)
VN_PCB_LABEL = {"2902": "Bụi tổng", "0337": "CO", "0330": "SO2", "0301": "NOx (tính theo NO2)", "0316": "HCl", "0313": "HBr",
                "0184": "Chì và hợp chất (tính theo Pb)"}


def _emissions_jl2_vi(doc: Doc) -> None:
    r = doc.rng
    company, plant, place = VIETA
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – {plant.upper()}")
    doc.h("3.2. Tải lượng các chất ô nhiễm trong khí thải")
    doc.p(f"Chủ cơ sở: {company}. Địa điểm: {place}. Cơ sở tái chế khoảng 3.000 tấn bo mạch điện tử thải/năm bằng phương pháp nhiệt phân, "
          "nghiền – phân tách tĩnh điện và hòa tách thu hồi đồng, vàng, bạc. Tải lượng tính từ kết quả đo đạc tại các ống thải năm 2024.")
    groups = []
    for stack, name, hours, codes in VN_PCB_STACKS:
        lines = []
        for c, (lo, hi) in codes.items():
            gs = _sig(r.uniform(lo, hi), 3)
            ty = _sig(gs * 3600 * hours / 1e6, 3)
            lines.append([VN_PCB_LABEL[c], num(gs, "vi"), num(ty, "vi")])
            doc.add("emissions", emission(c, gs, ty))
        groups.append((f"{stack} – {name}", lines))
    head = ["Nguồn thải", "Thông số", "Tải lượng (g/s)", "Tải lượng (tấn/năm)"]
    w = len(head)
    lrows, rrows, merges = [], [], []
    for target, part in ((lrows, groups[:1]), (rrows, groups[1:])):
        for src, lines in part:
            start = len(target)
            for j, cells in enumerate(lines):
                target.append([src if j == 0 else None, *cells])
            if len(lines) > 1:
                off = 0 if target is lrows else w
                merges.append((1 + start, off, len(target), off))
    rows = [head + head]
    for i in range(max(len(lrows), len(rrows))):
        rows.append((lrows[i] if i < len(lrows) else [""] * w) + (rrows[i] if i < len(rrows) else [""] * w))
    doc.table("Bảng 3.5. Tải lượng khí thải tại các ống thải của cơ sở", rows, merges, role="emissions")
    doc.p("Thời gian vận hành: lò nhiệt phân và bể hòa tách 6.000 giờ/năm; hệ thống nghiền 4.800 giờ/năm.")
    _maybe(doc, ("approval", "contacts"))


# ---------------------------------------------------------------- wastes

# categories of equipment received: (RU, KK, (low, high) t a year)
EW_CATS = (
    ("Телевизоры и мониторы с ЭЛТ", "ЭСТ бар теледидарлар мен мониторлар", (600, 900)),
    ("ЖК-мониторы, телевизоры и ноутбуки", "СК-мониторлар, теледидарлар және ноутбуктер", (250, 420)),
    ("Системные блоки и оргтехника", "Жүйелік блоктар және кеңсе техникасы", (700, 1000)),
    ("Мелкая бытовая техника", "Ұсақ тұрмыстық техника", (300, 500)),
)
# (code, RU, KK, share of each category's mass, RU destination, KK destination)
EW_FRACTIONS = (
    ("16 02 15*", "Печатные платы, извлеченные из оборудования", "Жабдықтан алынған баспа платалары", (0.06, 0.12, 0.14, 0.05), "lic"),
    ("16 02 15*", "Конусное стекло ЭЛТ, содержащее свинец", "Құрамында қорғасын бар ЭСТ конустық шынысы", (0.22, 0, 0, 0), "lic"),
    ("16 02 15*", "Электролитические конденсаторы", "Электролиттік конденсаторлар", (0.003, 0.002, 0.005, 0.002), "lic"),
    ("20 01 21*", "Ртутьсодержащие лампы подсветки ЖК-панелей", "Құрамында сынап бар СК-панельдердің жарықтандыру шамдары", (0, 0.004, 0, 0), "lic"),
    ("16 06 01*", "Свинцово-кислотные аккумуляторы источников бесперебойного питания",
     "Үздіксіз қоректендіру көздерінің қорғасын-қышқыл аккумуляторлары", (0, 0, 0.03, 0), "lic"),
    ("16 06 05", "Литий-ионные аккумуляторы ноутбуков", "Ноутбуктердің литий-иондық аккумуляторлары", (0, 0.05, 0, 0.01), "rec"),
    ("19 12 05", "Экранное стекло ЭЛТ и стекло ЖК-панелей", "ЭСТ экрандық шынысы және СК-панельдер шынысы", (0.38, 0.08, 0, 0), "rec"),
    ("19 12 04", "Пластмасса корпусов", "Корпустардың пластмассасы", (0.18, 0.32, 0.12, 0.36), "rec"),
    ("19 12 02", "Черные металлы", "Қара металдар", (0.08, 0.15, 0.55, 0.33), "sale"),
    ("19 12 03", "Цветные металлы (медь, алюминий)", "Түсті металдар (мыс, алюминий)", (0.05, 0.05, 0.08, 0.12), "sale"),
    ("17 04 11", "Кабели и провода", "Кабельдер мен сымдар", (0.02, 0.03, 0.04, 0.06), "rec"),
)  # fmt: skip
DEST = {"lic": ("передача лицензированной организации", "лицензиясы бар ұйымға беру"),
        "rec": ("передача на переработку", "қайта өңдеуге беру"), "sale": ("реализация как вторсырья", "қайталама шикізат ретінде өткізу")}


def _t1(x: float) -> float:
    return round(x, 1) if x >= 1 else round(x, 2)


def wastes_jl1(doc: Doc) -> None:
    """An e-waste plant's balance of dismantling for 2025: the fractions as rows under two sections (hazardous, non-hazardous),
    the categories of equipment received as columns under a merged `получено при разборке, т` over four sub-columns, a dash
    where a category gives nothing, the year's tonnes — the amount — in a total column and the destination last; code 16
    02 15* on three fractions; what was received only in the lead-in (VI: a treatment company's material balance of its
    dismantling line for 2024, CTNH with their codes under one section and scrap without codes under the other)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_jl1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    received = [r.randint(lo, hi) for _n, _k, (lo, hi) in EW_CATS]
    doc.h(g(f"Отчет об обращении с отходами за 2025 год. {ALATAU[0]}", f"{ALATAU[1]}. 2025 жылғы қалдықтармен жұмыс істеу туралы есеп", ""))
    doc.p(g("В 2025 году на завод поступило и разобрано: " + "; ".join(f"{n[0][0].lower()}{n[0][1:]} – {num(q, 'ru')} т" for n, q in zip(EW_CATS, received, strict=True))
            + ". Ниже приведен баланс образования фракций по категориям оборудования.",
            "2025 жылы зауытқа түсіп, бөлшектелді: " + "; ".join(f"{n[1][0].lower()}{n[1][1:]} – {num(q, 'kk')} т" for n, q in zip(EW_CATS, received, strict=True))
            + ". Төменде жабдық санаттары бойынша фракциялардың түзілу балансы келтірілген.", ""))
    rows = [g(["№", "Код отхода", "Наименование отхода (фракции)", "Получено при разборке, т", None, None, None, "Всего за год, т", "Направление"],
              ["№", "Қалдық коды", "Қалдықтың (фракцияның) атауы", "Бөлшектеу кезінде алынды, т", None, None, None, "Жыл бойы барлығы, т", "Бағыты"], []),
            [None, None, None, *(c[L] for c in EW_CATS), None, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6), (0, 7, 1, 7), (0, 8, 1, 8)]
    k = 0
    for hazardous, title in ((True, g("Опасные отходы", "Қауіпті қалдықтар", "")), (False, g("Неопасные отходы", "Қауіпті емес қалдықтар", ""))):
        _span(rows, merges, title, 9)
        for code, n_ru, n_kk, shares, dest in EW_FRACTIONS:
            if code.endswith("*") != hazardous:
                continue
            k += 1
            vals = [_t1(q * s) if s else None for q, s in zip(received, shares, strict=True)]
            total = _t1(sum(v for v in vals if v))
            name = (n_ru, n_kk)[L]
            rows.append([str(k), code, name, *(num(v, doc.lang) if v else "–" for v in vals), num(total, doc.lang), DEST[dest][L]])
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": hazardous, "amount_t": total, "name_contains": _words(name, 3)})
    doc.table(g("Таблица 2 – Баланс образования отходов при разборке оборудования", "2-кесте – Жабдықты бөлшектеу кезіндегі қалдықтардың түзілу балансы", ""),
              rows, merges, role="wastes")
    doc.p(g("Расхождение между массой поступившего оборудования и суммой фракций (до 2 %) обусловлено влагой и пылью, уловленной фильтрами.",
            "Түскен жабдық массасы мен фракциялар сомасы арасындағы айырма (2 %-ға дейін) ылғалмен және сүзгілер ұстаған шаңмен байланысты.", ""))
    _maybe(doc, ("approval", "contacts"))


VN_EW_CATS = (("Tivi, màn hình CRT", (500, 800)), ("Màn hình LCD, máy tính xách tay", (200, 350)),
              ("Máy tính để bàn, thiết bị văn phòng", (600, 900)), ("Tủ lạnh, điều hòa không khí", (1800, 2600)))
VN_EW_FRACTIONS = (
    ("16 01 13", "Bản mạch điện tử thải", (0.06, 0.12, 0.14, 0.01)),
    ("16 01 06", "Thủy tinh hoạt tính thải (kính côn màn hình CRT có chì)", (0.22, 0, 0, 0)),
    ("16 01 06", "Bóng đèn huỳnh quang CCFL tháo từ màn hình LCD", (0, 0.004, 0, 0)),
    ("19 06 01", "Ắc quy chì thải từ bộ lưu điện", (0, 0, 0.03, 0)),
    ("17 02 03", "Dầu máy nén thải (tủ lạnh, điều hòa)", (0, 0, 0, 0.004)),
    (None, "Nhựa vỏ thiết bị", (0.18, 0.32, 0.12, 0.16)),
    (None, "Sắt thép phế liệu", (0.08, 0.15, 0.55, 0.48)),
    (None, "Đồng, nhôm phế liệu", (0.05, 0.05, 0.08, 0.07)),
    (None, "Kính màn hình không chứa chì", (0.38, 0.08, 0, 0.02)),
    (None, "Xốp PU cách nhiệt đã tách khí", (0, 0, 0, 0.1)),
)


def _wastes_jl1_vi(doc: Doc) -> None:
    r = doc.rng
    company, plant, _place = DAIDONG
    received = [r.randint(lo, hi) for _n, (lo, hi) in VN_EW_CATS]
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2024 – {company.upper()}")
    doc.h("2.4. Cân bằng vật chất của dây chuyền tháo dỡ thiết bị điện, điện tử thải")
    doc.p(f"Năm 2024, {plant} đã tiếp nhận và tháo dỡ: " + "; ".join(f"{n[0].lower()}{n[1:]} {num(q, 'vi')} tấn" for (n, _), q in zip(VN_EW_CATS, received, strict=True))
          + ". Các thành phần sau tháo dỡ được phân loại như sau:")
    rows = [["TT", "Thành phần sau tháo dỡ", "Mã CTNH", "Khối lượng theo nhóm thiết bị (tấn)", None, None, None, "Tổng (tấn/năm)"],
            [None, None, None, *(c[0] for c in VN_EW_CATS), None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6), (0, 7, 1, 7)]
    k = 0
    for hazardous, title in ((True, "A. CHẤT THẢI NGUY HẠI (chuyển sang khu xử lý của Công ty)"), (False, "B. PHẾ LIỆU, CHẤT THẢI RẮN THÔNG THƯỜNG")):
        _span(rows, merges, title, 8)
        for code, name, shares in VN_EW_FRACTIONS:
            if (code is not None) != hazardous:
                continue
            k += 1
            vals = [_t1(q * s) if s else None for q, s in zip(received, shares, strict=True)]
            total = _t1(sum(v for v in vals if v))
            rows.append([str(k), name, code or "", *(num(v, "vi") if v else "-" for v in vals), num(total, "vi")])
            if hazardous:
                doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": total, "name_contains": name})
            else:
                doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": total, "name_contains": name})
    doc.table("Bảng 2.4. Khối lượng các thành phần thu được sau tháo dỡ năm 2024", rows, merges, role="wastes")
    _maybe(doc, ("contacts",))


def wastes_jl2(doc: Doc) -> None:
    """A collection point's declaration of impact, section of the declared wastes, whose quantity cell carries its own unit:
    solar panels in pieces with the tonnes in brackets, lithium-ion batteries and inverters in kilograms, lead batteries in
    tonnes, the household waste in cubic metres with the tonnes in brackets and the fluorescent lamps in pieces alone, which
    give no tonnes; the operation last (VI: a circuit-board recycler's annual report with a unit column of its own — tấn,
    kg, chiếc, lít — the lamps and the oil giving no tonnes, then its ordinary wastes in a second table)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_jl2_vi(doc)
        return
    g = doc.v
    p = POINTS[0]
    doc.h(g("Декларация о воздействии на окружающую среду", "Қоршаған ортаға әсер ету туралы декларация", ""))
    doc.p(g(f"Оператор: {p[0]}. Объект III категории: {p[3].lower()}, {p[5]}. Срок действия декларации: 2026–2035 годы.",
            f"Оператор: {p[1]}. III санаттағы объект: {p[4].lower()}, {p[6]}. Декларацияның қолданылу мерзімі: 2026–2035 жылдар.", ""))
    doc.h(g("5. Декларируемое количество опасных и неопасных отходов", "5. Қауіпті және қауіпті емес қалдықтардың декларацияланатын мөлшері", ""))
    n_pv = r.randint(15, 25) * 100
    t_pv = round(n_pv * r.uniform(18.5, 21.5) / 1000, 1)
    kg_li = r.randint(80, 160) * 100
    t_pb = round(r.uniform(2, 6), 1)
    kg_inv = r.randint(40, 120) * 10
    n_lamp = r.randint(6, 20) * 10
    m3 = r.randint(8, 20)
    t_tbo = round(m3 * 0.2, 1)
    kg_rag = r.randint(20, 60)
    acc = g("накопление до 6 месяцев, передача на переработку", "6 айға дейін жинақтау, қайта өңдеуге беру", "")
    items = [
        ("16 02 14", g("Отработанные солнечные (фотоэлектрические) панели", "Пайдаланылған күн (фотоэлектрлік) панельдері", ""),
         g(f"{num(n_pv, 'ru')} шт. ({num(t_pv, 'ru')} т)", f"{num(n_pv, 'kk')} дана ({num(t_pv, 'kk')} т)", ""), t_pv, acc),
        ("16 06 05", g("Отработанные литий-ионные аккумуляторы", "Пайдаланылған литий-иондық аккумуляторлар", ""),
         g(f"{num(kg_li, 'ru')} кг", f"{num(kg_li, 'kk')} кг", ""), kg_li / 1000, acc),
        ("16 06 01*", g("Свинцово-кислотные аккумуляторы автономных солнечных систем", "Автономды күн жүйелерінің қорғасын-қышқыл аккумуляторлары", ""),
         g(f"{num(t_pb, 'ru')} т", f"{num(t_pb, 'kk')} т", ""), t_pb, acc),
        ("16 02 14", g("Инверторы и контроллеры заряда", "Инверторлар және заряд контроллерлері", ""),
         g(f"{num(kg_inv, 'ru')} кг", f"{num(kg_inv, 'kk')} кг", ""), kg_inv / 1000, acc),
        ("20 01 21*", g("Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", ""),
         g(f"{n_lamp} шт.", f"{n_lamp} дана", ""), None, g("передача демеркуризационной организации", "демеркуризациялау ұйымына беру", "")),
        ("20 03 01", g("Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", ""),
         g(f"{m3} м³ ({num(t_tbo, 'ru')} т)", f"{m3} м³ ({num(t_tbo, 'kk')} т)", ""), t_tbo, g("вывоз на полигон ТБО", "ҚТҚ полигонына шығару", "")),
        ("15 02 02*", g("Промасленная ветошь", "Майланған шүберек", ""), g(f"{kg_rag} кг", f"{kg_rag} кг", ""), kg_rag / 1000,
         g("передача лицензированной организации", "лицензиясы бар ұйымға беру", "")),
    ]
    rows = [g(["№", "Наименование отхода", "Код отхода", "Декларируемое количество в год", "Операция"],
              ["№", "Қалдықтың атауы", "Қалдық коды", "Жылына декларацияланатын мөлшері", "Операция"], [])]
    for k, (code, name, qty, t, op) in enumerate(items, 1):
        rows.append([str(k), name, code, qty, op])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": _words(name, 3)})
    doc.table(g("Таблица 5.1", "5.1-кесте", ""), rows, role="wastes")
    doc.p(g("Поврежденные литий-ионные аккумуляторы хранятся отдельно в металлических контейнерах с вермикулитом.",
            "Зақымдалған литий-иондық аккумуляторлар вермикулиті бар металл контейнерлерде бөлек сақталады.", ""))
    _maybe(doc, ("contacts", "approval"))


def _wastes_jl2_vi(doc: Doc) -> None:
    r = doc.rng
    company, plant, _place = VIETA
    doc.p("Mẫu số 05.A – Phụ lục VI ban hành kèm theo Thông tư số 02/2022/TT-BTNMT")
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2024 – {company.upper()}")
    doc.p(f"Cơ sở: {plant}.")
    sludge = round(r.uniform(9, 22), 1)
    carbon = r.randint(50, 120) * 10
    cans = r.randint(20, 45) * 10
    lamps = r.randint(20, 70)
    oil = r.randint(8, 30) * 10
    rags = r.randint(60, 140)
    items = [("Bùn thải có các thành phần nguy hại từ quá trình xử lý nước thải công nghiệp", "12 06 05", "Bùn", "tấn", sludge, sludge),
             ("Chất hấp thụ, vật liệu lọc (than hoạt tính thải từ tháp hấp phụ)", "18 02 01", "Rắn", "kg", carbon, carbon / 1000),
             ("Bao bì cứng thải bằng nhựa (can đựng axit)", "18 01 03", "Rắn", "kg", cans, cans / 1000),
             ("Bóng đèn huỳnh quang thải", "16 01 06", "Rắn", "chiếc", lamps, None),
             ("Dầu thủy lực, dầu bôi trơn tổng hợp thải", "17 02 03", "Lỏng", "lít", oil, None),
             ("Giẻ lau, găng tay dính dầu thải", "18 02 01", "Rắn", "kg", rags, rags / 1000)]
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Trạng thái tồn tại", "Đơn vị tính", "Số lượng", "Tổ chức tiếp nhận"]]
    for k, (name, code, state, unit, qty, t) in enumerate(items, 1):
        rows.append([str(k), name, code, state, unit, num(qty, "vi"), "Công ty TNHH Môi trường Công nghệ Đại Đồng"])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": t, "name_contains": name})
    doc.table("Bảng 4. Khối lượng chất thải nguy hại phát sinh năm 2024", rows, role="wastes")
    powder = round(r.uniform(700, 1100), 1)
    paper = r.randint(150, 400) * 10
    rows = [["TT", "Tên chất thải", "Đơn vị tính", "Khối lượng", "Đơn vị tiếp nhận"],
            ["1", "Bột phi kim loại (sợi thủy tinh – nhựa epoxy) sau phân tách tĩnh điện", "tấn", num(powder, "vi"), "Công ty Cổ phần Vật liệu xây dựng Duy Tiên"],
            ["2", "Bao bì giấy, carton thải", "kg", num(paper, "vi"), "Cơ sở thu mua phế liệu Hòa Mạc"]]
    doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": powder, "name_contains": "Bột phi kim loại"},
            {"code": None, "code_system": None, "hazardous": False, "amount_t": paper / 1000, "name_contains": "Bao bì giấy, carton thải"})
    doc.table("Bảng 5. Khối lượng chất thải rắn công nghiệp thông thường năm 2024", rows, role="wastes")


# ---------------------------------------------------------------- limits

WW_KEYS = ("pH", "TSS", "COD", "TPH", "Pb", "Cu", "Zn")
SEWER_DK = {"pH": (6.5, 9.0), "TSS": 300, "COD": 500, "TPH": 10, "Pb": 0.1, "Cu": 0.5, "Zn": 1.0}
DITCH_NDS = {"pH": (6.5, 8.5), "TSS": 20, "COD": 30, "TPH": 0.3, "Pb": 0.006, "Cu": 0.001, "Zn": 0.01}
# (point, RU kind, KK kind, receiver: sewer or ditch or None for a dry outlet)
OUTLETS = (
    ("КК-1", "хозяйственно-бытовые", "шаруашылық-тұрмыстық", "sewer"),
    ("КК-2", "производственные после ЛОС (мойка пластиковой дробленки)", "ЖТҚ-дан кейінгі өндірістік (ұсақталған пластикті жуу)", "sewer"),
    ("ЛВ-1", "ливневые с площадки сортировки после нефтеловушки", "мұнай ұстағыштан кейінгі сұрыптау алаңының нөсер сулары", "ditch"),
    ("ЛВ-2", "ливневые с кровли склада", "қойма шатырының нөсер сулары", None),
)


def _range(doc: Doc, v) -> str:
    return f"{num(v[0], doc.lang)}–{num(v[1], doc.lang)}" if isinstance(v, tuple) else num(v, doc.lang)


def limits_jl1(doc: Doc) -> None:
    """An e-waste plant's protocol of its outlets, `выпуск | вид сточных вод | приемник | pH … Zn`, a units row, then two
    rows of norms under the header — the city sewer's allowed concentrations and the ditch's permitted discharge — each
    outlet judged against the row of the receiver named in its own column, a dry storm outlet written across its row (VI:
    the soil of Bùi Dâu against QCVN 03-MT:2015/BTNMT, the land use of each point in a column choosing between the rows of
    agricultural and of industrial land, mg/kg)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_jl1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g(f"Протокол испытаний сточных вод № {r.randint(100, 900)}-В. {ALATAU[0]}", f"{ALATAU[1]}. Сарқынды суларды сынау хаттамасы № {r.randint(100, 900)}-В", ""))
    doc.p(g(f"Дата отбора проб: {r.randint(3, 26):02d}.{r.choice((5, 6, 9)):02d}.2025. Пробы отобраны на выпусках завода аккредитованной лабораторией. "
            "Хозяйственно-бытовые и производственные стоки отводятся в городскую канализацию, ливневые – в арык по ул. Шаршы.",
            f"Сынама алу күні: {r.randint(3, 26):02d}.{r.choice((5, 6, 9)):02d}.2025. Сынамаларды зауыт шығарылымдарында аккредиттелген зертхана алды. "
            "Шаруашылық-тұрмыстық және өндірістік ағындар қалалық кәрізге, нөсер сулары Шаршы к-сіндегі арыққа бұрылады.", ""))
    names = [vocab.water(s, doc.lang) for s in WW_KEYS]
    rows = [[g("Выпуск", "Шығарылым", ""), g("Вид сточных вод", "Сарқынды сулардың түрі", ""), g("Приемник", "Қабылдағыш", ""), *names],
            [g("Единица измерения", "Өлшем бірлігі", ""), None, None, *("–" if s == "pH" else g("мг/дм³", "мг/дм³", "") for s in WW_KEYS)],
            [g("ДК для сброса в городскую канализацию (технические условия ГКП «Алматы Су»)",
               "Қалалық кәрізге ағызу үшін жол берілетін концентрациялар («Алматы Су» МКК техникалық шарттары)", ""), None, None,
             *(_range(doc, SEWER_DK[s]) for s in WW_KEYS)],
            [g("Нормативы допустимого сброса в арык (экологическое разрешение)", "Арыққа жол берілетін төгінді нормативтері (экологиялық рұқсат)", ""),
             None, None, *(_range(doc, DITCH_NDS[s]) for s in WW_KEYS)]]
    merges = [(1, 0, 1, 2), (2, 0, 2, 2), (3, 0, 3, 2)]
    recv = {"sewer": g("городская канализация", "қалалық кәріз", ""), "ditch": g("арык", "арық", "")}
    for pid, k_ru, k_kk, where in OUTLETS:
        if where is None:
            rows.append([pid, (k_ru, k_kk)[L], g("арык", "арық", ""), g("сток отсутствовал, проба не отбиралась", "ағын болмады, сынама алынбады", "")]
                        + [None] * (len(WW_KEYS) - 1))
            merges.append((len(rows) - 1, 3, len(rows) - 1, 2 + len(WW_KEYS)))
            continue
        norms = SEWER_DK if where == "sewer" else DITCH_NDS
        line = [pid, (k_ru, k_kk)[L], recv[where]]
        for s in WW_KEYS:
            lim = norms[s]
            if s == "pH":
                v = round(r.uniform(6.9, 8.3), 1)
            elif where == "sewer":
                v = _sig(lim * r.uniform(0.08, 0.7), 2)
            elif s in ("Cu", "Zn"):
                v = _sig(lim * r.uniform(1.3, 2.6), 2)
            else:
                v = _sig(lim * r.uniform(0.3, 0.9), 2)
            line.append(num(v, doc.lang))
            add(doc, limit(("symbol", s), "waste_water", lim, "mg/l", None, pid, v))
        rows.append(line)
    doc.table(g("Таблица 1 – Результаты испытаний", "1-кесте – Сынау нәтижелері", ""), rows, merges, role="limits")
    doc.p(g("Превышения нормативов на выпуске ЛВ-1 отмечены по меди и цинку; причина – смыв с площадки сортировки.",
            "ЛВ-1 шығарылымында мыс пен мырыш бойынша нормативтерден асу байқалды; себебі – сұрыптау алаңынан шайылу.", ""))
    _maybe(doc, ("approval", "contacts"))


VN_SOIL_POINTS = (
    ("Đ1", "Ruộng lúa giáp bãi đốt dây cáp, cánh đồng thôn Bùi Dâu", 0, (1.1, 2.2)),
    ("Đ2", "Ruộng lúa cách khu dân cư 300 m về phía Nam", 0, (0.3, 0.9)),
    ("Đ3", "Khu tập kết phế liệu điện tử trong cụm công nghiệp làng nghề Xuân Lâm", 1, (0.5, 1.3)),
    ("Đ4", "Bãi đất trống cạnh xưởng tháo dỡ bo mạch", 1, (0.4, 1.1)),
    ("Đ5", "Ruộng màu ven kênh tiêu thôn Bùi Dâu", 0, (0.5, 1.4)),
)
LAND = ("Đất nông nghiệp", "Đất công nghiệp")


def _limits_jl1_vi(doc: Doc) -> None:
    r = doc.rng
    keys = ("As", "Cd", "Pb", "Cu", "Zn")
    doc.h("BÁO CÁO KẾT QUẢ QUAN TRẮC CHẤT LƯỢNG MÔI TRƯỜNG ĐẤT LÀNG NGHỀ TÁI CHẾ PHẾ LIỆU ĐIỆN TỬ BÙI DÂU, XÃ XUÂN LÂM, THỊ XÃ THUẬN THÀNH")
    doc.p(f"Ngày lấy mẫu: {r.randint(5, 25):02d}/{r.choice((3, 4, 10)):02d}/2024. Mẫu đất tầng mặt (0 – 20 cm). Giới hạn áp dụng theo mục đích "
          "sử dụng đất của từng vị trí lấy mẫu.")
    rows = [["Ký hiệu", "Vị trí lấy mẫu", "Mục đích sử dụng đất", *(vocab.soil(s, "vi") for s in keys)],
            ["QCVN 03-MT:2015/BTNMT – Đất nông nghiệp", None, None, *(num(SOIL_VN[s][0], "vi") for s in keys)],
            ["QCVN 03-MT:2015/BTNMT – Đất công nghiệp", None, None, *(num(SOIL_VN[s][1], "vi") for s in keys)]]
    merges = [(1, 0, 1, 2), (2, 0, 2, 2)]
    for pid, place, use, (lo, hi) in VN_SOIL_POINTS:
        line = [pid, place, LAND[use]]
        for s in keys:
            lim = SOIL_VN[s][use]
            f = r.uniform(lo, hi) if s in ("Pb", "Cu") else r.uniform(0.1, 0.6)
            v = _sig(SOIL_VN[s][0] * f, 3)
            line.append(num(v, "vi"))
            add(doc, limit(("symbol", s), "soil", lim, "mg/kg", LAND[use], pid, v))
        rows.append(line)
    doc.table("Bảng 3. Kết quả phân tích kim loại nặng trong đất (đơn vị: mg/kg đất khô)", rows, merges, role="limits")
    doc.p("Nhận xét: hàm lượng Pb, Cu tại các vị trí ruộng lúa gần bãi đốt dây cáp vượt giới hạn đối với đất nông nghiệp.")
    _maybe(doc, ("contacts",))


# code: (м.р., с.с.) at a refrigerator recycling line's protection zone
FRIDGE_PDK = {"0857": (100, 10), "0859": (100, 10), "0412": (15, None), "2902": (0.5, 0.15)}
SIDES = (("север", "солтүстік"), ("восток", "шығыс"), ("юг", "оңтүстік"), ("запад", "батыс"))


def limits_jl2(doc: Doc) -> None:
    """A protocol of the air at the protection zone of a refrigerator recycling line: the points `Т-1 (север, …)` merged
    down over their substances, the greatest single concentration beside the ПДК м.р. and the daily concentration beside
    the ПДК с.с. under two merged headers, isobutane with no daily norm and no daily value, values below the range written
    `< 0,5` (VI: Tề Lỗ's air against QCVN 05:2023/BTNMT for one hour and for 24 hours, PM10 with no hourly norm, µg/m3)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_jl2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g(f"Протокол измерений атмосферного воздуха на границе СЗЗ. {HLADO[0]}", f"{HLADO[1]}. СҚА шекарасындағы атмосфералық ауаны өлшеу хаттамасы", ""))
    doc.p(g(f"Измерения выполнены {r.randint(10, 20)}–{r.randint(21, 27)}.07.2025 при работе линии в штатном режиме. Разовые концентрации – "
            "максимальные из серии 20-минутных отборов, среднесуточные – по 24-часовому отбору.",
            f"Өлшеулер 2025 жылғы {r.randint(10, 20)}–{r.randint(21, 27)} шілдеде желі қалыпты режимде жұмыс істеген кезде орындалды. Бір реттік "
            "концентрациялар – 20 минуттық сынамалар сериясының ең жоғарысы, орташа тәуліктік – 24 сағаттық сынама бойынша.", ""))
    mr, ss = g("м.р.", "м.б.", ""), g("с.с.", "о.т.", "")
    rows = [[g("Точка отбора", "Сынама алу нүктесі", ""), g("Загрязняющее вещество", "Ластаушы зат", ""),
             g("Максимальная разовая концентрация, мг/м³", "Ең жоғары бір реттік концентрация, мг/м³", ""), None,
             g("Среднесуточная концентрация, мг/м³", "Орташа тәуліктік концентрация, мг/м³", ""), None],
            [None, None, g("результат", "нәтиже", ""), g("ПДК м.р.", "ШЖК м.б.", ""), g("результат", "нәтиже", ""), g("ПДК с.с.", "ШЖК о.т.", "")]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 0, 5)]
    for k, side in enumerate(SIDES, 1):
        pid = f"Т-{k}"
        start = len(rows)
        for j, (c, (pmr, pss)) in enumerate(FRIDGE_PDK.items()):
            label = f"{pid} ({side[L]}, {g('граница СЗЗ', 'СҚА шекарасы', '')} 300 м)"
            line = [label if j == 0 else None, f"{_air(doc, c)} ({c})"]
            single = _sig(pmr * r.uniform(0.003, 0.05) if c != "2902" else pmr * r.uniform(0.15, 0.8), 2)
            if c in ("0857", "0859") and single < 0.5:
                line += [f"< {num(0.5, doc.lang)}", num(pmr, doc.lang)]
                add(doc, {x: y for x, y in limit(("code", c), "air", pmr, "mg/m3", mr, pid).items() if x != "value"})
            else:
                line += [num(single, doc.lang), num(pmr, doc.lang)]
                add(doc, limit(("code", c), "air", pmr, "mg/m3", mr, pid, single))
            if pss is None:
                line += ["–", "–"]
                rows.append(line)
                continue
            daily = _sig(single * r.uniform(0.25, 0.6), 2)
            if c in ("0857", "0859") and daily < 0.1:
                line += [f"< {num(0.1, doc.lang)}", num(pss, doc.lang)]
                add(doc, {x: y for x, y in limit(("code", c), "air", pss, "mg/m3", ss, pid).items() if x != "value"})
            else:
                line += [num(daily, doc.lang), num(pss, doc.lang)]
                add(doc, limit(("code", c), "air", pss, "mg/m3", ss, pid, daily))
            rows.append(line)
        merges.append((start, 0, len(rows) - 1, 0))
    doc.table(g("Таблица 1 – Результаты измерений", "1-кесте – Өлшеу нәтижелері", ""), rows, merges, role="limits")
    doc.p(g("«<» – ниже нижней границы диапазона измерений. Для изобутана ПДК с.с. не установлена, среднесуточные измерения не проводились.",
            "«<» – өлшеу ауқымының төменгі шегінен төмен. Изобутан үшін ШЖК о.т. белгіленбеген, орташа тәуліктік өлшеулер жүргізілген жоқ.", ""))
    _maybe(doc, ("approval", "contacts"))


# code: (VI label, 1 hour, 24 hours) — QCVN 05:2023/BTNMT, µg/m3
QC05 = {"2902": ("Tổng bụi lơ lửng (TSP)", 300, 200), "0008": ("Bụi PM10", None, 100), "0330": ("SO2", 350, 125), "0301": ("NO2", 200, 100)}
VN_TELO = (("KK1", "Nhà văn hóa thôn Tề Lỗ"), ("KK2", "Khu vực đốt, nấu nhựa ven đê"), ("KK3", "Trường tiểu học Tề Lỗ"),
           ("KK4", "Cuối hướng gió, cánh đồng phía Đông Nam làng"))


def _limits_jl2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("KẾT QUẢ QUAN TRẮC KHÔNG KHÍ XUNG QUANH LÀNG NGHỀ TÁI CHẾ TỀ LỖ, XÃ TỀ LỖ, HUYỆN YÊN LẠC, TỈNH VĨNH PHÚC – ĐỢT II NĂM 2024")
    doc.p("Quan trắc liên tục 24 giờ tại mỗi vị trí; giá trị trung bình 1 giờ là giá trị lớn nhất trong 24 giờ đo.")
    rows = [["Ký hiệu", "Vị trí quan trắc", "Thông số", "Trung bình 1 giờ", None, "Trung bình 24 giờ", None],
            [None, None, None, "Kết quả", "QCVN 05:2023/BTNMT", "Kết quả", "QCVN 05:2023/BTNMT"]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 0, 6)]
    for pid, place in VN_TELO:
        start = len(rows)
        hot = 1.3 if pid == "KK2" else 1.0
        for c, (label, h1, h24) in QC05.items():
            line = [pid if len(rows) == start else None, place if len(rows) == start else None, label]
            if h1 is None:
                line += ["-", "-"]
                v = float(round(h24 * r.uniform(0.3, 0.8) * hot))
            else:
                top = float(round(h1 * r.uniform(0.3, 0.85) * hot))
                line += [num(top, "vi"), num(h1, "vi")]
                add(doc, limit(("code", c), "air", h1, "µg/m3", "1 giờ", pid, top))
                v = float(round(top * r.uniform(0.35, 0.7)))
            line += [num(v, "vi"), num(h24, "vi")]
            add(doc, limit(("code", c), "air", h24, "µg/m3", "24 giờ", pid, v))
            rows.append(line)
        merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table("Bảng 2. Kết quả quan trắc không khí xung quanh (đơn vị: µg/m³)", rows, merges, role="limits")
    doc.p("Ghi chú: \"-\" – quy chuẩn không quy định giá trị trung bình 1 giờ.")
    _maybe(doc, ("contacts",))


# ---------------------------------------------------------------- monitoring

PER_YEAR = {12: "monthly", 4: "quarterly", 2: "semiannual", 1: "yearly"}


def _name(doc: Doc, kind: str, key: str) -> str:
    if kind == "code":
        return f"{key} {_air(doc, key)}" if doc.lang != "vi" else _air(doc, key, 0 if key == "2902" else 1)
    if kind == "soil":
        return vocab.soil(key, doc.lang)
    return vocab.water(key, doc.lang)


def monitoring_jl1(doc: Doc) -> None:
    """A refrigerator recycling line's cost estimate of its ПЭК programme for 2026 under section rows (stacks, the protection
    zone, the sewer outlet, soil): the place, the parameters, then only figures — the number of samplings a year (4, 2,
    1), the number of parameters, the price of one analysis and the sum — so that the frequency is the count a year; one
    stack on two rows, its dust of polystyrene sampled less often (VI: a treatment company's estimate of its periodic
    monitoring, `Số lần/năm` beside `Số thông số`, a groundwater well)."""
    r = doc.rng
    g = doc.v
    vi = doc.lang == "vi"
    if vi:
        doc.h(f"DỰ TOÁN KINH PHÍ THỰC HIỆN CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ NĂM 2025 – {DAIDONG[1].upper()}")
        doc.p("Đơn giá theo báo giá của đơn vị quan trắc có chứng nhận VIMCERTS; chưa bao gồm thuế giá trị gia tăng.")
        plan = (
            ("I. KHÍ THẢI", [("KT1", "Ống thải lò đốt chất thải nguy hại", [("code", c) for c in ("2902", "0337", "0330", "0301", "0316")], 4),
                             ("KT2", "Ống thải khu thu hồi môi chất lạnh, nghiền vỏ tủ lạnh", [("code", "2902")], 4),
                             ("KT3", "Ống thải khu cắt màn hình CRT", [("code", "2902"), ("code", "0184")], 2)]),
            ("II. NƯỚC THẢI", [("NT1", "Nước thải sau hệ thống xử lý nước thải tập trung", [("symbol", s) for s in ("pH", "COD", "TSS", "Pb", "Cu", "Zn", "Hg")], 4)]),
            ("III. NƯỚC DƯỚI ĐẤT", [("NN1", "Giếng quan trắc phía Đông Nam nhà máy", [("symbol", s) for s in ("pH", "Pb", "Cd", "As", "Hg")], 2)]),
        )
        rows = [["TT", "Vị trí quan trắc", "Ký hiệu", "Thông số", "Số lần/năm", "Số thông số", "Đơn giá (đồng/thông số)", "Thành tiền (đồng)"]]
        merges: list = []
        total = 0
        k = 0
        for section, items in plan:
            _span(rows, merges, section, 8)
            for pid, place, keys, times in items:
                k += 1
                price = r.randint(25, 90) * 10_000
                money = times * len(keys) * price
                total += money
                rows.append([str(k), place, pid, ", ".join(_name(doc, kind, key) for kind, key in keys), str(times), str(len(keys)),
                             num(price, "vi"), num(money, "vi")])
                for kind, key in keys:
                    doc.add("monitoring", {"point": pid, kind: key, "frequency": PER_YEAR[times]})
        rows.append(["", "Tổng cộng", "", "", "", "", "", num(total, "vi")])
        doc.table("Bảng 1. Dự toán kinh phí quan trắc định kỳ", rows, merges, role="monitoring")
        _maybe(doc, ("approval",))
        return
    L = _L(doc)
    sides = SIDES
    plan = (
        (g("1. Контроль на источниках выбросов (инструментальный)", "1. Шығарынды көздеріндегі бақылау (аспаптық)", ""), [
            ("0001", g("ИЗА 0001 – труба участка рекуперации хладагентов", "0001 ЛШК – хладагенттерді рекуперациялау учаскесінің құбыры", ""),
             [("code", c) for c in ("0857", "0859", "0938", "0412")], 4),
            ("0002", g("ИЗА 0002 – труба после адсорбера и рукавного фильтра", "0002 ЛШК – адсорбер мен жеңді сүзгіден кейінгі құбыр", ""),
             [("code", c) for c in ("0901", "0409", "2902")], 4),
            ("0002", g("ИЗА 0002 – труба после адсорбера и рукавного фильтра", "0002 ЛШК – адсорбер мен жеңді сүзгіден кейінгі құбыр", ""),
             [("code", "2990")], 2)]),
        (g("2. Атмосферный воздух на границе СЗЗ", "2. СҚА шекарасындағы атмосфералық ауа", ""), [
            (f"Т-{k}", f"Т-{k} – {g('граница СЗЗ', 'СҚА шекарасы', '')}, {s[L]}", [("code", c) for c in ("0857", "0859", "2902")], 2)
            for k, s in enumerate(sides, 1)]),
        (g("3. Сточные воды", "3. Сарқынды сулар", ""), [
            ("КК-1", g("КК-1 – колодец на выпуске в городскую канализацию", "КК-1 – қалалық кәрізге шығарылымдағы құдық", ""),
             [("symbol", s) for s in ("pH", "TSS", "COD", "TPH")], 4)]),
        (g("4. Почва", "4. Топырақ", ""), [
            ("П-1", g("П-1 – у площадки хранения баллонов с хладагентами", "П-1 – хладагент баллондарын сақтау алаңының жанында", ""),
             [("soil", "TPH")], 1)]),
    )
    doc.h(g(f"Смета затрат на выполнение программы производственного экологического контроля на 2026 год. {HLADO[0]}",
            f"{HLADO[1]}. 2026 жылға арналған өндірістік экологиялық бақылау бағдарламасын орындауға арналған шығындар сметасы", ""))
    doc.p(g("Смета составлена по прейскуранту аккредитованной лаборатории ТОО «ЭкоАналитика Астана» на 2026 год; цены без НДС.",
            "Смета «ЭкоАналитика Астана» ЖШС аккредиттелген зертханасының 2026 жылғы прейскуранты бойынша жасалды; бағалар ҚҚС-сыз.", ""))
    rows = [g(["№", "Объект контроля (место отбора)", "Определяемые показатели", "Количество отборов в год", "Количество показателей",
               "Стоимость одного анализа, тенге", "Сумма, тенге"],
              ["№", "Бақылау объектісі (сынама алу орны)", "Анықталатын көрсеткіштер", "Жылына сынама алу саны", "Көрсеткіштер саны",
               "Бір талдаудың құны, теңге", "Сомасы, теңге"], [])]
    merges = []
    pairs, total, k = [], 0, 0
    for section, items in plan:
        _span(rows, merges, section, 7)
        for pid, place, keys, times in items:
            k += 1
            price = r.randint(9, 36) * 500
            money = times * len(keys) * price
            total += money
            rows.append([str(k), place, "; ".join(_name(doc, kind, key) for kind, key in keys), str(times), str(len(keys)),
                         num(price, doc.lang), num(money, doc.lang)])
            for kind, key in keys:
                if pid[0].isdigit():
                    doc.add("monitoring", {"source_number": pid, "code": key, "frequency": PER_YEAR[times]})
                    pairs.append((pid, key))
                else:
                    doc.add("monitoring", {"point": pid, ("code" if kind == "code" else "symbol"): key, "frequency": PER_YEAR[times]})
    rows.append(["", g("Итого", "Барлығы", ""), "", "", "", "", num(total, doc.lang)])
    doc.table(g("Таблица 1 – Расчет стоимости работ", "1-кесте – Жұмыстар құнының есебі", ""), rows, merges, role="monitoring")
    doc.add("sources", {"number": "0001", "type": "organized"}, {"number": "0002", "type": "organized"})
    doc.add("emissions", *(emission(c, None, None, n) for n, c in pairs))
    _maybe(doc, ("approval",))


def monitoring_jl2(doc: Doc) -> None:
    """An e-waste plant's ПЭК programme in four small tables — its stacks, the protection zone's points with latitude and
    longitude, the storm-water outlet, soil — whose frequencies stand only in each table's caption (`периодичность – 1 раз
    в квартал`, `2 раза в год: январь, июль`, `ежемесячно в период с апреля по октябрь`, `1 раз в год, сентябрь`), the
    tables themselves holding the places, the substances and the methods (VI: Tề Lỗ's programme of monitoring with
    VN-2000 coordinates and the frequency in the caption of each table)."""
    r = doc.rng
    if doc.lang == "vi":
        _monitoring_jl2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g(f"Программа производственного экологического контроля на 2026–2035 годы. {ALATAU[0]}",
            f"{ALATAU[1]}. 2026–2035 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.h(g("4. Мониторинг эмиссий и воздействия", "4. Эмиссиялар мен әсер ету мониторингі", ""))
    doc.p(g("Отбор проб и анализ выполняются аккредитованной лабораторией по договору; результаты включаются в квартальные отчеты по ПЭК.",
            "Сынама алу мен талдауды шарт бойынша аккредиттелген зертхана орындайды; нәтижелер ӨЭБ бойынша тоқсандық есептерге енгізіледі.", ""))
    method = g("инструментальный", "аспаптық", "")
    rows = [g(["№ ИЗА", "Источник выброса", "Контролируемые вещества", "Метод контроля"], ["ЛШК №", "Шығарынды көзі", "Бақыланатын заттар", "Бақылау әдісі"], [])]
    pairs = []
    for s in EW_SOURCES:
        if _kind(s[0]) != "organized":
            continue
        rows.append([s[0], s[1 + L], "; ".join(f"{_air(doc, c)} ({c})" for c in s[7]), method])
        for c in s[7]:
            doc.add("monitoring", {"source_number": s[0], "code": c, "frequency": "quarterly"})
            pairs.append((s[0], c))
    doc.table(g("Таблица 4.1 – Контроль на источниках выбросов. Периодичность – 1 раз в квартал",
                "4.1-кесте – Шығарынды көздеріндегі бақылау. Кезеңділігі – тоқсанына 1 рет", ""), rows, role="monitoring")
    doc.add("sources", *({"number": n, "type": "organized"} for n in dict.fromkeys(n for n, _ in pairs)))
    doc.add("emissions", *(emission(c, None, None, n) for n, c in pairs))
    rows = [g(["Точка", "Расположение", "Широта", "Долгота", "Показатели"], ["Нүкте", "Орналасуы", "Ендік", "Бойлық", "Көрсеткіштер"], [])]
    for k, side in enumerate(SIDES, 1):
        lat, lon = 43.305 + r.uniform(-0.006, 0.006), 76.837 + r.uniform(-0.008, 0.008)
        rows.append([f"Т-{k}", g(f"граница СЗЗ (100 м), {side[0]}", f"СҚА шекарасы (100 м), {side[1]}", ""), f"{num(round(lat, 5), doc.lang)}° N",
                     f"{num(round(lon, 5), doc.lang)}° E", f"{_air(doc, '0184')} (0184); {_air(doc, '2902')} (2902)"])
        for c in ("0184", "2902"):
            doc.add("monitoring", {"point": f"Т-{k}", "code": c, "frequency": "semiannual"})
    doc.table(g("Таблица 4.2 – Мониторинг атмосферного воздуха на границе СЗЗ (2 раза в год: январь, июль)",
                "4.2-кесте – СҚА шекарасындағы атмосфералық ауа мониторингі (жылына 2 рет: қаңтар, шілде)", ""), rows, role="monitoring")
    keys = ("pH", "TSS", "TPH", "Pb", "Cu", "Zn")
    rows = [g(["Выпуск", "Место отбора", "Показатели"], ["Шығарылым", "Сынама алу орны", "Көрсеткіштер"], []),
            ["ЛВ-1", g("колодец после нефтеловушки перед сбросом в арык", "арыққа ағызар алдындағы мұнай ұстағыштан кейінгі құдық", ""),
             ", ".join(vocab.water(s, doc.lang) for s in keys)]]
    for s in keys:
        doc.add("monitoring", {"point": "ЛВ-1", "symbol": s, "frequency": "monthly"})
    doc.table(g("Таблица 4.3 – Мониторинг ливневых сточных вод (ежемесячно в период с апреля по октябрь)",
                "4.3-кесте – Нөсер сарқынды суларының мониторингі (сәуірден қазанға дейінгі кезеңде ай сайын)", ""), rows, role="monitoring")
    rows = [g(["Точка", "Место отбора", "Показатели"], ["Нүкте", "Сынама алу орны", "Көрсеткіштер"], [])]
    for pid, p_ru, p_kk in (("П-1", "у площадки разгрузки и сортировки", "түсіру және сұрыптау алаңының жанында"),
                            ("П-2", "у склада опасных компонентов", "қауіпті компоненттер қоймасының жанында")):
        rows.append([pid, (p_ru, p_kk)[L], ", ".join(vocab.soil(s, doc.lang) for s in ("Pb", "Cu", "Zn"))])
        for s in ("Pb", "Cu", "Zn"):
            doc.add("monitoring", {"point": pid, "symbol": s, "frequency": "yearly"})
    doc.table(g("Таблица 4.4 – Мониторинг почв (1 раз в год, сентябрь)", "4.4-кесте – Топырақ мониторингі (жылына 1 рет, қыркүйек)", ""), rows,
              role="monitoring")
    _maybe(doc, ("contacts",))


def _monitoring_jl2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG LÀNG NGHỀ TÁI CHẾ TỀ LỖ NĂM 2024")
    doc.p("Đơn vị thực hiện: Trung tâm Quan trắc tài nguyên và môi trường tỉnh Vĩnh Phúc. Tọa độ các điểm theo hệ VN-2000, kinh tuyến trục "
          "105°00', múi chiếu 3°.")

    def xy() -> tuple[str, str]:
        return num(r.randint(2_346_000, 2_349_500), "vi"), num(r.randint(561_000, 564_500), "vi")

    rows = [["Ký hiệu", "Vị trí", "X (m)", "Y (m)", "Thông số"]]
    air = ("2902", "0330", "0301", "0337")
    for pid, place in (("KK1", "Nhà văn hóa thôn Tề Lỗ"), ("KK2", "Khu vực đốt, nấu nhựa ven đê"), ("KK3", "Trường tiểu học Tề Lỗ")):
        rows.append([pid, place, *xy(), "TSP, SO2, NO2, CO"])
        for c in air:
            doc.add("monitoring", {"point": pid, "code": c, "frequency": "quarterly"})
    doc.table("Bảng 1. Quan trắc không khí xung quanh – tần suất 03 tháng/lần", rows, role="monitoring")
    water = ("pH", "BOD5", "COD", "TSS", "NH4+", "Pb")
    rows = [["Ký hiệu", "Vị trí", "X (m)", "Y (m)", "Thông số"]]
    for pid, place in (("NM1", "Kênh tiêu đầu làng Tề Lỗ"), ("NM2", "Kênh tiêu cuối làng, trước khi đổ vào sông Phan")):
        rows.append([pid, place, *xy(), ", ".join(vocab.water(s, "vi") for s in water)])
        for s in water:
            doc.add("monitoring", {"point": pid, "symbol": s, "frequency": "semiannual"})
    doc.table("Bảng 2. Quan trắc nước mặt – tần suất 06 tháng/lần (mùa khô và mùa mưa)", rows, role="monitoring")
    soil = ("Pb", "Cu", "Zn", "Cd")
    rows = [["Ký hiệu", "Vị trí", "X (m)", "Y (m)", "Thông số"]]
    for pid, place in (("Đ1", "Ruộng lúa cạnh bãi tập kết phế liệu"), ("Đ2", "Vườn hộ gia đình tháo dỡ đồ điện tử, xóm Đình")):
        rows.append([pid, place, *xy(), ", ".join(vocab.soil(s, "vi") for s in soil)])
        for s in soil:
            doc.add("monitoring", {"point": pid, "symbol": s, "frequency": "yearly"})
    doc.table("Bảng 3. Quan trắc chất lượng đất – tần suất 01 lần/năm", rows, role="monitoring")
    _maybe(doc, ("contacts",))


# ---------------------------------------------------------------- inspections

# (frequency or None, RU section, KK section, [(RU object, KK object, RU what, KK what, RU who, KK who)])
BATTERY_CHECKS = (
    ("daily", "I. Ежедневно (в начале смены)", "I. Күн сайын (ауысым басында)", [
        ("Стеллажи хранения литий-ионных аккумуляторов", "Литий-иондық аккумуляторларды сақтау сөрелері",
         "целостность упаковки, отсутствие вздутия корпусов и подтеков электролита", "орамның бүтіндігі, корпустардың ісінбеуі, электролит ағуының болмауы",
         "кладовщик", "қоймашы"),
        ("Контейнеры-изоляторы для поврежденных аккумуляторов", "Зақымдалған аккумуляторларға арналған оқшаулағыш контейнерлер",
         "наличие вермикулита, закрытые крышки, температура корпуса", "вермикулиттің болуы, қақпақтардың жабық болуы, корпус температурасы",
         "кладовщик", "қоймашы"),
        ("Датчики температуры и дыма в помещении хранения", "Сақтау үй-жайындағы температура және түтін датчиктері",
         "исправность, показания на пульте", "жарамдылығы, пульттегі көрсеткіштер", "мастер площадки", "алаң шебері")]),
    ("weekly", "II. Еженедельно (по пятницам)", "II. Апта сайын (жұма күндері)", [
        ("Площадка хранения солнечных панелей", "Күн панельдерін сақтау алаңы",
         "устойчивость штабелей на поддонах, отсутствие боя стекла вне контейнера", "тұғырықтардағы қатарлардың орнықтылығы, контейнерден тыс шыны сынықтарының болмауы",
         "мастер площадки", "алаң шебері"),
        ("Первичные средства пожаротушения", "Өрт сөндірудің бастапқы құралдары",
         "огнетушители опломбированы, запас песка, огнестойкие покрывала", "өрт сөндіргіштердің пломбалануы, құм қоры, отқа төзімді жамылғылар",
         "ответственный за пожарную безопасность", "өрт қауіпсіздігіне жауапты адам")]),
    ("monthly", "III. Ежемесячно", "III. Ай сайын", [
        ("Журнал учета поступления и передачи отходов", "Қалдықтардың түсуі мен берілуін есепке алу журналы",
         "полнота записей, соответствие фактическим остаткам", "жазбалардың толықтығы, нақты қалдықтарға сәйкестігі", "инженер-эколог", "инженер-эколог"),
        ("Маркировка тары с отходами", "Қалдықтар салынған ыдыстың таңбалануы",
         "код отхода, дата начала накопления, знак опасности", "қалдық коды, жинақтаудың басталған күні, қауіптілік белгісі", "инженер-эколог", "инженер-эколог")]),
    ("quarterly", "IV. Ежеквартально", "IV. Тоқсан сайын", [
        ("Сроки накопления отходов на площадке", "Алаңдағы қалдықтарды жинақтау мерзімдері",
         "отсутствие отходов, хранящихся более 6 месяцев", "6 айдан астам сақталатын қалдықтардың болмауы", "директор", "директор")]),
    (None, "V. При поступлении каждой партии", "V. Әрбір партия түскен кезде", [
        ("Входной контроль партии отходов", "Қалдықтар партиясын кіріс бақылау",
         "сопроводительные документы, отсутствие механических повреждений аккумуляторов", "ілеспе құжаттар, аккумуляторлардың механикалық зақымдарының болмауы",
         "кладовщик", "қоймашы")]),
)  # fmt: skip
VN_STORE_CHECKS = (
    ("daily", "I. KIỂM TRA HẰNG NGÀY (đầu mỗi ca)", [
        ("Kho lưu giữ chất thải nguy hại số 1", "Tình trạng bao bì, nhãn CTNH, rò rỉ", "Thủ kho"),
        ("Khu vực thu hồi môi chất lạnh", "Rò rỉ tại đầu nối, áp suất bình chứa", "Tổ trưởng ca"),
        ("Hệ thống xử lý khí thải lò đốt", "Nhiệt độ buồng đốt thứ cấp, pH dung dịch hấp thụ", "Tổ trưởng ca")]),
    ("weekly", "II. KIỂM TRA HẰNG TUẦN (thứ Bảy)", [
        ("Hố thu gom nước tràn đổ của kho", "Mức nước, cặn lắng", "Cán bộ môi trường"),
        ("Biển cảnh báo và dấu hiệu cảnh báo CTNH", "Đầy đủ, rõ ràng, đúng vị trí", "Cán bộ môi trường")]),
    ("monthly", "III. KIỂM TRA HẰNG THÁNG", [
        ("Sổ giao nhận và chứng từ chất thải nguy hại", "Đầy đủ, khớp số lượng thực tế", "Phòng An toàn – Môi trường"),
        ("Thiết bị ứng phó sự cố tràn đổ", "Vật liệu thấm hút, xẻng, bao chứa dự phòng", "Phòng An toàn – Môi trường")]),
    ("semiannual", "IV. KIỂM TRA 06 THÁNG/LẦN", [
        ("Hệ thống chống sét và phòng cháy chữa cháy của kho", "Điện trở tiếp đất, bình chữa cháy, đầu báo khói", "Phòng Kỹ thuật")]),
    (None, "V. KIỂM TRA KHI CÓ SỰ CỐ HOẶC SAU MƯA LỚN", [
        ("Rãnh thoát nước mưa và hố ga", "Tắc nghẽn, váng dầu, nước có màu bất thường", "Cán bộ môi trường")]),
)


def inspections_jl1(doc: Doc) -> None:
    """A collection point's check-list of its lithium-battery and solar-panel store, `№ | объект осмотра | что проверяется |
    исполнитель | отметка`, whose frequencies stand only in the rows spanning the table that group the checks — daily at the
    start of the shift, weekly on Fridays, monthly, quarterly — and a last group checked at each incoming batch, which is
    no frequency; the numbering runs through the groups (VI: a treatment company's procedure of checking its hazardous-
    waste store and lines, the last group upon an incident or after heavy rain)."""
    g = doc.v
    vi = doc.lang == "vi"
    rows = [[g("№", "№", "TT"), g("Объект осмотра", "Тексеру объектісі", "Hạng mục kiểm tra"), g("Что проверяется", "Не тексеріледі", "Nội dung kiểm tra"),
             g("Исполнитель", "Орындаушы", "Người thực hiện"), g("Отметка о выполнении", "Орындалғаны туралы белгі", "Ghi chú")]]
    merges: list = []
    k = 0
    if vi:
        doc.h(f"QUY TRÌNH KIỂM TRA KHU LƯU GIỮ CHẤT THẢI NGUY HẠI VÀ DÂY CHUYỀN THÁO DỠ – {DAIDONG[0].upper()}")
        doc.p("Ban hành kèm theo Quyết định của Giám đốc Công ty. Kết quả kiểm tra ghi vào sổ theo dõi; phát hiện bất thường báo ngay Phòng An toàn – Môi trường.")
        for word, section, checks in VN_STORE_CHECKS:
            _span(rows, merges, section, 5)
            for obj, what, who in checks:
                k += 1
                rows.append([str(k), obj, what, who, ""])
                item = {"kind": "inspection", "text_contains": _words(obj, 4), "actor_contains": who}
                if word:
                    item["frequency"] = word
                doc.add("obligations", item)
        doc.table("Phụ lục 1. Danh mục, tần suất kiểm tra", rows, merges, role="inspections")
        _maybe(doc, ("approval",))
        return
    L = _L(doc)
    p = POINTS[0]
    doc.h(g(f"Чек-лист осмотров площадки накопления отходов. {p[0]}", f"{p[1]}. Қалдықтарды жинақтау алаңын тексеру чек-парағы", ""))
    doc.p(g(f"{p[3]} ({p[5]}). Утвержден приказом директора. Выявленные нарушения записываются в журнал и устраняются в течение смены.",
            f"{p[4]} ({p[6]}). Директордың бұйрығымен бекітілген. Анықталған бұзушылықтар журналға жазылады және ауысым ішінде жойылады.", ""))
    for word, s_ru, s_kk, checks in BATTERY_CHECKS:
        _span(rows, merges, (s_ru, s_kk)[L], 5)
        for c in checks:
            k += 1
            obj, what, who = c[L], c[2 + L], c[4 + L]
            rows.append([str(k), obj, what, who, ""])
            item = {"kind": "inspection", "text_contains": _words(obj, 3), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
    doc.table(g("Приложение 1", "1-қосымша", ""), rows, merges, role="inspections")
    distractor(doc, "approval")


FREQ_WORD = {
    "ru": {"daily": "ежедневно", "weekly": "еженедельно", "monthly": "ежемесячно", "quarterly": "ежеквартально"},
    "kk": {"daily": "күн сайын", "weekly": "апта сайын", "monthly": "ай сайын", "quarterly": "тоқсан сайын"},
    "vi": {"daily": "Hằng ngày", "weekly": "Hằng tuần", "monthly": "Hằng tháng", "quarterly": "Hằng quý"},
}
# (RU area, KK area, RU checker, KK checker, frequencies of the four subjects)
EW_AREAS = (
    ("Участок приемки и сортировки", "Қабылдау және сұрыптау учаскесі", "мастер смены", "ауысым шебері", ("daily", None, "weekly", "daily")),
    ("Участок ручной разборки", "Қолмен бөлшектеу учаскесі", "мастер смены", "ауысым шебері", ("daily", "weekly", "monthly", "daily")),
    ("Участок резки кинескопов", "Кинескоптарды кесу учаскесі", "инженер-эколог", "инженер-эколог", ("daily", "daily", "weekly", None)),
    ("Участок измельчения печатных плат", "Баспа платаларын ұсақтау учаскесі", "инженер-эколог", "инженер-эколог", ("weekly", "daily", "weekly", None)),
    ("Кабельный участок", "Кабель учаскесі", "мастер смены", "ауысым шебері", ("weekly", "weekly", "monthly", None)),
    ("Склад опасных компонентов", "Қауіпті компоненттер қоймасы", "начальник склада", "қойма бастығы", ("daily", None, "weekly", "weekly")),
    ("Локальные очистные сооружения ливневых стоков", "Нөсер ағындарының жергілікті тазарту құрылыстары", "главный механик", "бас механик",
     ("quarterly", None, "monthly", "weekly")),
)  # fmt: skip
EW_SUBJECTS = (("Обращение с отходами, маркировка тары", "Қалдықтармен жұмыс, ыдысты таңбалау"), ("Работа ГОУ и аспирации", "ГТҚ мен аспирацияның жұмысы"),
               ("Журналы учета", "Есепке алу журналдары"), ("Утечки, проливы, чистота", "Ағып кетулер, төгілулер, тазалық"))
VN_PCB_AREAS = (
    ("Khu tiếp nhận, lưu giữ bo mạch thải", "Thủ kho", ("daily", "weekly", "daily")),
    ("Xưởng nghiền, phân tách tĩnh điện", "Quản đốc xưởng", ("daily", None, "weekly")),
    ("Xưởng nhiệt phân", "Quản đốc xưởng", ("daily", "daily", "daily")),
    ("Xưởng hòa tách thu hồi kim loại", "Quản đốc xưởng", ("daily", "daily", "weekly")),
    ("Hệ thống xử lý khí thải", "Cán bộ môi trường", ("daily", None, "monthly")),
    ("Hệ thống xử lý nước thải", "Cán bộ môi trường", ("daily", "weekly", "monthly")),
    ("Kho chất thải nguy hại", "Thủ kho", ("weekly", "weekly", "monthly")),
)
VN_PCB_SUBJECTS = ("Vận hành thiết bị", "Rò rỉ, tràn đổ hóa chất", "Sổ sách, chứng từ")


def inspections_jl2(doc: Doc) -> None:
    """An e-waste plant's matrix of internal environmental checks: its areas as rows, the subjects of checking (wastes and
    labelling, gas cleaning, logs, leaks and cleanliness) as columns, each cell a frequency in words or a dash where the
    subject does not apply, who checks in the last column; one check per filled cell (VI: a circuit-board recycler's matrix
    of its workshops and treatment systems against three subjects)."""
    g = doc.v
    dash = "—"
    if doc.lang == "vi":
        doc.h(f"MA TRẬN KIỂM TRA NỘI BỘ VỀ BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {VIETA[0].upper()}")
        doc.p("Ô có ghi tần suất là nội dung phải kiểm tra tại khu vực; \"-\" – không áp dụng. Kết quả kiểm tra ghi vào sổ nhật ký của từng khu vực.")
        rows = [["Khu vực", *VN_PCB_SUBJECTS, "Người kiểm tra"]]
        for area, who, words in VN_PCB_AREAS:
            rows.append([area, *(FREQ_WORD["vi"][w] if w else "-" for w in words), who])
            for w in words:
                if w:
                    doc.add("obligations", {"kind": "inspection", "frequency": w, "text_contains": area, "actor_contains": who})
        doc.table("Bảng 1. Ma trận kiểm tra", rows, role="inspections")
        _maybe(doc, ("approval", "contacts"))
        return
    L = _L(doc)
    doc.h(g(f"Матрица внутреннего экологического контроля на 2026 год. {ALATAU[0]}", f"{ALATAU[1]}. 2026 жылға арналған ішкі экологиялық бақылау матрицасы", ""))
    doc.p(g("В ячейках указана периодичность проверки; «—» – проверка по данному направлению на участке не проводится. Результаты заносятся "
            "в журнал внутреннего контроля.",
            "Ұяшықтарда тексеру кезеңділігі көрсетілген; «—» – учаскеде осы бағыт бойынша тексеру жүргізілмейді. Нәтижелер ішкі бақылау "
            "журналына енгізіледі.", ""))
    rows = [[g("Участок / объект", "Учаске / объект", ""), *(s[L] for s in EW_SUBJECTS), g("Проверяет", "Тексереді", "")]]
    for a in EW_AREAS:
        area, who, words = a[L], a[2 + L], a[4]
        rows.append([area, *(FREQ_WORD[doc.lang][w] if w else dash for w in words), who])
        for w in words:
            if w:
                doc.add("obligations", {"kind": "inspection", "frequency": w, "text_contains": _words(area, 3), "actor_contains": who})
    doc.table(g("Таблица 1 – Матрица проверок", "1-кесте – Тексерулер матрицасы", ""), rows, role="inspections")
    _maybe(doc, ("approval",))


# ---------------------------------------------------------------- tasks

# (RU actor as it opens the text, KK actor, key, RU action, KK action, RU term, KK term)
MEETING = (
    ("ТОО «ХладоРесурс Казахстан» (Ержанов Т.С.)", "«ХладоРесурс Қазақстан» ЖШС (Ержанов Т.С.)", "ХладоРесурс",
     "представить в Комитет баланс извлеченных хладагентов за 2025 год по маркам R-12, R-22, R-134a, R-600a, R-410A.",
     "Комитетке 2025 жылы алынған хладагенттердің R-12, R-22, R-134a, R-600a, R-410A маркалары бойынша балансын ұсынсын.",
     "до 01.03.2026", "01.03.2026 дейін"),
    ("ТОО «ХладоРесурс Казахстан» (Ержанов Т.С.)", "«ХладоРесурс Қазақстан» ЖШС (Ержанов Т.С.)", "ХладоРесурс",
     "установить стационарный течеискатель хладагентов на участке рекуперации.",
     "рекуперациялау учаскесіне хладагенттердің стационарлық ағып кету іздегішін орнатсын.", "до 30.06.2026", "30.06.2026 дейін"),
    ("ТОО «Алатау Э-Ресайклинг» (Касымов Е.Б.)", "«Алатау Э-Ресайклинг» ЖШС (Қасымов Е.Б.)", "Алатау Э-Ресайклинг",
     "организовать раздельное накопление ламп подсветки ЖК-панелей в герметичной таре и их передачу на демеркуризацию.",
     "СК-панельдердің жарықтандыру шамдарын герметикалық ыдыста бөлек жинақтауды және оларды демеркуризацияға беруді ұйымдастырсын.",
     "до 01.04.2026", "01.04.2026 дейін"),
    ("ТОО «Күн Қалдық Жинау» (Тұрсынов Б.А.)", "«Күн Қалдық Жинау» ЖШС (Тұрсынов Б.А.)", "Күн Қалдық Жинау",
     "оборудовать помещение хранения литий-ионных аккумуляторов автоматической установкой пожаротушения.",
     "литий-иондық аккумуляторларды сақтау үй-жайын автоматты өрт сөндіру қондырғысымен жабдықтасын.", "до 01.09.2026", "01.09.2026 дейін"),
    ("Оператору расширенных обязательств производителей (импортеров) (Сарсенова А.К.)",
     "Өндірушілердің (импорттаушылардың) кеңейтілген міндеттемелерінің операторы (Сәрсенова А.Қ.)", None,
     "проработать вопрос включения солнечных панелей и литий-ионных аккумуляторов в перечень продукции, на которую распространяются "
     "расширенные обязательства.",
     "күн панельдері мен литий-иондық аккумуляторларды кеңейтілген міндеттемелер қолданылатын өнімдер тізбесіне енгізу мәселесін пысықтасын.",
     "II квартал 2026 г.", "2026 жылғы II тоқсан"),
    ("Департаментам экологии по городам Астане и Алматы", "Астана және Алматы қалалары бойынша экология департаменттері", None,
     "включить объекты переработки холодильного оборудования и отходов ЭЭО в график профилактического контроля на 2026 год.",
     "тоңазытқыш жабдықтарын және ЭЭЖ қалдықтарын қайта өңдеу объектілерін 2026 жылға арналған профилактикалық бақылау кестесіне енгізсін.",
     "до 15.02.2026", "15.02.2026 дейін"),
)  # fmt: skip
MEETING_KEYS = {4: ("Оператору расширенных обязательств", "кеңейтілген міндеттемелерінің операторы"), 5: ("Департаментам экологии", "экология департаменттері")}
VN_MEETING = (
    ("UBND xã Xuân Lâm", "thành lập tổ kiểm tra liên ngành, xử lý dứt điểm tình trạng đốt dây cáp, bo mạch ngoài trời trên cánh đồng.", "Tháng 5/2024"),
    ("Thôn Bùi Dâu", "đưa nội dung không đốt phế liệu điện tử vào hương ước của thôn, tuyên truyền trên loa truyền thanh.", "Tháng 6/2024"),
    ("Các hộ tháo dỡ phế liệu điện tử", "ký cam kết bảo vệ môi trường; lưu giữ bo mạch, màn hình CRT trong khu vực có mái che, nền chống thấm.",
     "Trước 30/6/2024"),
    ("Hợp tác xã Dịch vụ môi trường Xuân Lâm", "bố trí điểm tập kết chất thải nguy hại của làng nghề và ký hợp đồng chuyển giao cho đơn vị có chức năng.",
     "Quý III/2024"),
    ("Phòng Tài nguyên và Môi trường thị xã Thuận Thành", "hướng dẫn các hộ phân loại, lưu giữ chất thải nguy hại theo quy định.", "Tháng 7/2024"),
    ("Công an xã", "phối hợp kiểm tra, xử lý các phương tiện chở phế liệu đổ trộm ra cánh đồng, bờ kênh.", "Từ tháng 5/2024"),
)


def tasks_jl1(doc: Doc) -> None:
    """The protocol of a meeting at the ministry's committee on refrigerants and batteries from end-of-life equipment: the
    participants in a table of no role, then the decisions as rows `№ | поручение | срок исполнения` in which the one who
    must act opens the text with the person in brackets — a firm, the operator of extended producer responsibility, two
    departments of ecology — and the action follows (VI: the record of a commune's working session on Bùi Dâu, each
    conclusion opened by the body or the households it is given to, `UBND xã Xuân Lâm: …`)."""
    r = doc.rng
    g = doc.v
    if doc.lang == "vi":
        doc.p("ỦY BAN NHÂN DÂN XÃ XUÂN LÂM – CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        doc.h("BIÊN BẢN LÀM VIỆC VỀ CÔNG TÁC BẢO VỆ MÔI TRƯỜNG TẠI LÀNG NGHỀ TÁI CHẾ PHẾ LIỆU ĐIỆN TỬ BÙI DÂU")
        doc.p(f"Hôm nay, ngày {r.randint(2, 26):02d}/04/2024, tại trụ sở UBND xã Xuân Lâm, thị xã Thuận Thành, tỉnh Bắc Ninh, đại diện Sở Tài nguyên "
              "và Môi trường, Phòng Tài nguyên và Môi trường thị xã, UBND xã, Ban công tác mặt trận thôn Bùi Dâu và đại diện các hộ tháo dỡ đã "
              "làm việc về tình trạng đốt dây cáp, bo mạch điện tử ngoài trời. Sau khi thảo luận, các bên thống nhất như sau:")
        rows = [["TT", "Nội dung thống nhất, phân công thực hiện", "Thời hạn"]]
        for k, (actor, action, term) in enumerate(VN_MEETING, 1):
            rows.append([str(k), f"{actor}: {action}", term])
            doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(action, 4), "actor_contains": actor})
        doc.table("III. KẾT LUẬN VÀ PHÂN CÔNG NHIỆM VỤ", rows, role="tasks")
        doc.p("Biên bản được lập thành 05 bản, các bên đã đọc lại, thống nhất và ký tên.")
        return
    L = _L(doc)
    doc.h(g("Протокол совещания в Комитете экологического регулирования и контроля по вопросам обращения с хладагентами и аккумуляторами "
            "из отработанного оборудования",
            "Пайдаланылған жабдықтан алынған хладагенттермен және аккумуляторлармен жұмыс істеу мәселелері жөніндегі Экологиялық реттеу және "
            "бақылау комитетіндегі кеңестің хаттамасы", ""))
    doc.p(g(f"г. Астана, {r.randint(2, 27):02d}.01.2026. Председательствовал: заместитель председателя Комитета.",
            f"Астана қ., {r.randint(2, 27):02d}.01.2026. Төрағалық еткен: Комитет төрағасының орынбасары.", ""))
    doc.table(g("Присутствовали", "Қатысқандар", ""),
              [g(["Ф.И.О.", "Организация, должность"], ["Аты-жөні", "Ұйымы, лауазымы"], []),
               [g("Ержанов Т.С.", "Ержанов Т.С.", ""), g(f"{HLADO[0]}, директор", f"{HLADO[1]}, директор", "")],
               [g("Касымов Е.Б.", "Қасымов Е.Б.", ""), g(f"{ALATAU[0]}, директор", f"{ALATAU[1]}, директор", "")],
               ["Тұрсынов Б.А.", g(f"{POINTS[0][0]}, директор", f"{POINTS[0][1]}, директор", "")],
               [g("Сарсенова А.К.", "Сәрсенова А.Қ.", ""), g("оператор РОП, директор департамента", "КМӨ операторы, департамент директоры", "")]],
              role="other")
    doc.p(g("Заслушав информацию участников, ПОСТАНОВИЛИ:", "Қатысушылардың ақпаратын тыңдап, ҚАУЛЫ ЕТТІ:", ""))
    rows = [g(["№", "Поручение", "Срок исполнения"], ["№", "Тапсырма", "Орындау мерзімі"], [])]
    for k, (a_ru, a_kk, key, x_ru, x_kk, t_ru, t_kk) in enumerate(MEETING, 1):
        actor, action, term = (a_ru, a_kk)[L], (x_ru, x_kk)[L], (t_ru, t_kk)[L]
        rows.append([str(k), f"{actor} {action}", term])
        who = key if key else MEETING_KEYS[k - 1][L]
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(action, 4), "actor_contains": who})
    doc.table(None, rows, role="tasks")
    doc.p(g("Контроль за исполнением протокола возложить на Управление государственного экологического контроля Комитета.",
            "Хаттаманың орындалуын бақылау Комитеттің Мемлекеттік экологиялық бақылау басқармасына жүктелсін.", ""))


# ((RU unit, KK unit), (RU key, KK key), [(RU task, KK task, RU term, KK term, thousand tenge or None)])
HLADO_PLAN = (
    (("Производственный участок (начальник участка Ким В.А.)", "Өндірістік учаске (учаске бастығы Ким В.А.)"), ("Производственный участок", "Өндірістік учаске"), [
        ("Заменить уплотнения и быстроразъемные соединения установок рекуперации хладагентов",
         "Хладагенттерді рекуперациялау қондырғыларының тығыздағыштары мен жылдам ажыратылатын қосылыстарын ауыстыру", "I квартал 2026 г.", "2026 жылғы I тоқсан", 1850),
        ("Организовать взвешивание каждого баллона с хладагентом до и после заполнения",
         "Хладагенті бар әрбір баллонды толтыруға дейін және кейін өлшеуді ұйымдастыру", "январь 2026 г.", "2026 жылғы қаңтар", None)]),
    (("Служба главного механика", "Бас механик қызметі"), ("главного механика", "Бас механик"), [
        ("Заменить загрузку угольного адсорбера на трубе ИЗА 0002", "0002 ЛШК құбырындағы көмір адсорберінің жүктемесін ауыстыру",
         "II квартал 2026 г.", "2026 жылғы II тоқсан", 4200),
        ("Провести ревизию рукавного фильтра шредера с заменой рукавов", "Шредердің жеңді сүзгісін жеңдерін ауыстыра отырып тексеру",
         "до 30 июня 2026 г.", "2026 жылғы 30 маусымға дейін", 2600)]),
    (("Отдел охраны труда и экологии", "Еңбекті қорғау және экология бөлімі"), ("охраны труда и экологии", "Еңбекті қорғау және экология"), [
        ("Актуализировать паспорта опасных отходов (хладагенты, компрессорные масла, ртутные выключатели)",
         "Қауіпті қалдықтардың паспорттарын өзектендіру (хладагенттер, компрессор майлары, сынапты ажыратқыштар)", "до 1 марта 2026 г.",
         "2026 жылғы 1 наурызға дейін", None),
        ("Обучить персонал участка рекуперации обращению с озоноразрушающими веществами",
         "Рекуперациялау учаскесінің персоналын озон қабатын бұзатын заттармен жұмыс істеуге оқыту", "апрель 2026 г.", "2026 жылғы сәуір", 450)]),
    (("Отдел материально-технического снабжения", "Материалдық-техникалық жабдықтау бөлімі"),
     ("материально-технического снабжения", "Материалдық-техникалық жабдықтау"), [
        ("Заключить договор на передачу извлеченных хладагентов на регенерацию", "Алынған хладагенттерді регенерацияға беру шартын жасасу",
         "январь 2026 г.", "2026 жылғы қаңтар", None),
        ("Закупить 40 баллонов-рекуператоров для сбора хладагентов", "Хладагенттерді жинауға арналған 40 рекуператор-баллон сатып алу",
         "февраль 2026 г.", "2026 жылғы ақпан", 3100)]),
)  # fmt: skip
VN_PCB_PLAN = (
    ("I. PHÒNG AN TOÀN – MÔI TRƯỜNG (chủ trì)", "Phòng An toàn – Môi trường", [
        ("Thuê đơn vị có chứng nhận VIMCERTS quan trắc định kỳ khí thải, nước thải", "Quý I/2025", 180),
        ("Lập báo cáo công tác bảo vệ môi trường năm 2025 gửi cơ quan chuyên môn về bảo vệ môi trường cấp tỉnh", "Tháng 01/2026", None)]),
    ("II. XƯỞNG HÒA TÁCH THU HỒI KIM LOẠI", "Xưởng hòa tách thu hồi kim loại", [
        ("Thay vật liệu đệm tại tháp hấp thụ khí của bể hòa tách", "Quý II/2025", 240),
        ("Lắp đặt mái che và rãnh thu gom tại khu lưu giữ dung dịch axit", "Tháng 6/2025", 310)]),
    ("III. XƯỞNG NHIỆT PHÂN", "Xưởng nhiệt phân", [
        ("Bảo dưỡng buồng đốt thứ cấp, kiểm định thiết bị đo nhiệt độ", "Tháng 4/2025", 95),
        ("Lắp đặt hệ thống quan trắc khí thải tự động, liên tục tại ống thải KT1", "Quý IV/2025", 1850)]),
    ("IV. PHÒNG HÀNH CHÍNH – NHÂN SỰ", "Phòng Hành chính – Nhân sự", [
        ("Tổ chức diễn tập ứng phó sự cố hóa chất, tràn đổ axit", "Tháng 9/2025", 60),
        ("Trồng bổ sung cây xanh dải cách ly phía Bắc nhà máy", "Tháng 3/2025", 45)]),
)


def tasks_jl2(doc: Doc) -> None:
    """A refrigerator recycling line's plan of environmental measures for 2026 grouped under rows spanning the table that
    name the responsible unit — the production area with its head, the chief mechanic's service, the department of safety
    and ecology, the supply department — which is the only place the actor stands; measures numbered `1.1` with the term,
    the cost in thousands of tenge or a dash and an empty column for the mark of completion (VI: a circuit-board recycler's
    plan for 2025 grouped by department and workshop, the cost in millions of đồng)."""
    g = doc.v
    rows = [[g("№", "№", "TT"), g("Мероприятие", "Іс-шара", "Nội dung công việc"), g("Срок", "Мерзімі", "Thời gian thực hiện"),
             g("Затраты, тыс. тенге", "Шығындар, мың теңге", "Kinh phí dự kiến (triệu đồng)"), g("Отметка о выполнении", "Орындалғаны туралы белгі", "Ghi chú")]]
    merges: list = []
    if doc.lang == "vi":
        doc.h(f"KẾ HOẠCH BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {VIETA[0].upper()}")
        doc.p("Các đơn vị được giao chủ động triển khai, báo cáo kết quả về Phòng An toàn – Môi trường trước ngày 25 hằng tháng.")
        for s, (section, key, tasks) in enumerate(VN_PCB_PLAN, 1):
            _span(rows, merges, section, 5)
            for k, (text, term, money) in enumerate(tasks, 1):
                rows.append([f"{s}.{k}", text, term, num(money, "vi") if money else "-", ""])
                doc.add("obligations", {"kind": "task", "number": f"{s}.{k}", "text_contains": _words(text, 5), "actor_contains": key})
        doc.table("Bảng 1. Danh mục công việc", rows, merges, role="tasks")
        _maybe(doc, ("budget", "approval"))
        return
    L = _L(doc)
    doc.h(g(f"План мероприятий по охране окружающей среды на 2026 год. {HLADO[0]}", f"{HLADO[1]}. 2026 жылға арналған қоршаған ортаны қорғау жөніндегі іс-шаралар жоспары", ""))
    doc.p(g("Утвержден директором. Ответственные подразделения ежеквартально представляют информацию о выполнении в отдел охраны труда и экологии.",
            "Директор бекітті. Жауапты бөлімшелер орындалуы туралы ақпаратты тоқсан сайын еңбекті қорғау және экология бөліміне ұсынады.", ""))
    for s, (unit, key, tasks) in enumerate(HLADO_PLAN, 1):
        _span(rows, merges, f"{s}. {unit[L]}", 5)
        for k, t in enumerate(tasks, 1):
            text, term, money = t[L], t[2 + L], t[4]
            rows.append([f"{s}.{k}", text, term, num(money, doc.lang) if money else "–", ""])
            doc.add("obligations", {"kind": "task", "number": f"{s}.{k}", "text_contains": _words(text, 4), "actor_contains": key[L]})
    doc.table(g("Таблица 1 – Перечень мероприятий", "1-кесте – Іс-шаралар тізбесі", ""), rows, merges, role="tasks")
    _maybe(doc, ("budget", "approval"))


LAYOUTS = [Layout(role, f"JL{k}", globals()[f"{role}_jl{k}"]) for role in ROLES for k in (1, 2)]
