"""The thirty-fifth blind set's part IJ (two layouts per role, `IJ1` and `IJ2`), written by someone who
neither ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`; held out and measured
once (0.852 over 126 files when first measured at the registering commit, 2026-12-07), then moved to the tuning
layouts to be studied.

Theme: nuclear and radiation facilities and the bodies over them. Kazakhstan: the Ulba metallurgical plant at
Ust-Kamenogorsk with its uranium (fuel pellets), beryllium and tantalum productions, its ТЭЦ, sludge ponds and store of
radioactive wastes, the Ulba-TVS fuel-assembly plant, the research reactors ВВР-К of the Institute of Nuclear Physics at
Alatau and ИГР, ИВГ.1М of the Institute of Atomic Energy at Kurchatov with the «Байкал-1» complex and its waste store, the
former Semipalatinsk test site's fenced sites (Опытное поле, Балапан, Дегелен, the Чаган lake) under the Institute of
Radiation Safety and Ecology, oncology and nuclear-medicine centres at Almaty and Semey with their cyclotron, a gamma
radiography firm and a carrier of uranium (an extract from the state register of licences for the use of atomic energy,
a radiation-hygiene passport, an НДВ project of a reactor site with radionuclides beside the chemical substances, a
plant's list of substances, a waste programme of non-radioactive wastes, an oncology centre's wastes by medical class,
the air at a protection zone, the groundwater of a waste store, programmes of radiation and chemical control, a
plan-graph by substance, a programme of radiation control with its schedule of checks, an order of rounds of the test
site, a plan of measures of the test site's rehabilitation, a reactor institute's plan of meeting its permit). Vietnam:
the Đà Lạt research reactor of the Nuclear Research Institute, the cyclotron centre and nuclear-medicine departments of
hospitals in Hà Nội and Thành phố Hồ Chí Minh, a rare-earth separation plant processing thorium-bearing ore, an NDT
company doing industrial radiography, a carrier of radioactive material and a province's plan of responding to radiation
incidents (the Agency for Radiation and Nuclear Safety's list of licensees, a phiếu khai báo, báo cáo đề xuất cấp GPMT,
ĐTM, báo cáo công tác bảo vệ môi trường, kết quả quan trắc, chương trình quan trắc, giấy phép môi trường, kế hoạch kiểm
tra an toàn bức xạ, quy trình kiểm tra hồ chứa bã thải, kế hoạch ứng phó sự cố bức xạ, kế hoạch khắc phục). Dose rates,
activities in Bq, Bq/m³ and Bq/dm³, radon and thoron stand beside the ordinary substances everywhere; they are no
substance of the project's lists and give no item.

Facility: an extract from the state register of licences for the use of atomic energy, a row per licence with the
licensee, its BIN, the licence's number and date on two lines, the subtype, the place and the status, a licensee with two
licences merged down over both rows, the licensor named only in the paragraph (VI: the Agency's list of organisations
licensed for radiation work with their tax codes, one organisation holding two licences) (IJ1); the first section of a
radiation-hygiene passport printed as a form, a row of labels over a row of values three fields wide, long fields over
two columns, the category by potential radiation hazard beside the environmental one, coordinates in degrees and decimal
minutes, staff and source counts among the fields (VI: a declaration form of a radiation facility in the same pairs of
rows, `Nhóm I`, decimal coordinates) (IJ2).

Emissions: a reactor site's emissions by source, a row spanning the table per source (`ИЗА № 0001 – …`) and a unit column
of its own on every row, `г/с; т/год` for the chemical substances and `Бк/с; Бк/год` for the radionuclides whose figures
stand in powers of ten in the same columns, the reactor's stacks with radionuclides only (VI: the Đà Lạt reactor's GPMT
application, `Dòng khí thải số 01 …` rows, no source numbers) (IJ1); a uranium, beryllium and tantalum plant's list of
substances for the whole plant with the ПДК, ОБУВ and class columns and a row of column numbers, beryllium in powers of
ten, tantalum and niobium pentoxide with an ОБУВ and no class, subtotals, then a row spanning the table opening the
uranium isotopes in Bq/s and Bq/year under the g/s and t/year columns (VI: a rare-earth plant's ĐTM loads by pollutant
with radon, thoron and radioactive aerosols under a row of their own units) (IJ2).

Wastes: the non-radioactive wastes of a uranium and beryllium plant with the specific effective activity in Bq/kg
(`< 50`), the actual tonnes of 2025 for reference and the accumulation limit for 2026–2035, which is the amount, the
radioactive wastes left to another section in the text (VI: a rare-earth plant's CTNH and ordinary wastes with the
activity of U + Th in Bq/g, `KPH`, the thorium-bearing residues only in the paragraph) (IJ1); an oncology centre's
wastes by the classes of medical wastes, the class merged down the second column, kilograms a day before the tonnes a
year, class Д a row spanning the table that counts nothing (VI: a hospital's nuclear-medicine wastes under group rows, the
month's mean before the year's kilograms, the radioactive group a row that counts nothing) (IJ2).

Limits: the air at a uranium and beryllium plant's protection zone and living zone, points under two rows spanning the
table, substances as columns headed by name and code, the ПДК in the last row with beryllium's daily value starred,
beryllium in powers of ten, `< 1·10⁻⁶`, a column of uranium's alpha activity with no ПДК (VI: a rare-earth plant's
ambient air against QCVN 05:2023/BTNMT in µg/m³ beside gamma dose rate and radon with no limit) (IJ1); the groundwater of
a radioactive-waste store as a turned table, parameters as rows under a chemical and a radiation row spanning the table,
the wells as columns under a merged header, the ПДК and intervention levels in the last column (VI: a reactor's decay
tanks and treatment plant as columns against QCVN 40:2011/BTNMT column B with Kq and Kf, activity rows against the
radiation licence) (IJ2).

Monitoring: a research reactor's programme of radiation and chemical control, the kind of control merged down, the
points listed with commas or a source in a column of their own, frequencies as intervals (`1 раз в 3 месяца`, `12 айда 1
рет`), radiation rows and a survey after each campaign giving nothing (VI: the Đà Lạt reactor's programme, `Quan trắc
phóng xạ` and `Quan trắc môi trường`) (IJ1); a uranium, beryllium and tantalum plant's plan-graph by substance, the
sources of each as a list with ranges (`0301–0306, 0311`), the uranium row with sources and no substance of the lists,
the ТЭЦ's stacks measured continuously (VI: a rare-earth plant's GPMT programme with stacks as ranges `KT1 ÷ KT3`) (IJ2).

Inspections: a gamma radiography firm's programme of radiation control, its flaw detectors in a table of no role, then
the checks under rows spanning the table per object with the instrument, the frequency and who checks, checks before
every trip or transport without a frequency (VI: an NDT company's plan of radiation-safety checks) (IJ1); the order of
rounds of the former Semipalatinsk test site's sites, two frequency columns under a merged header for May–October and
November–April, `не проводится` under snow and a frequency merged over both for a round kept all year (VI: a rare-earth
plant's checks of its tailings pond in the dry and the rainy season) (IJ2).

Tasks: a plan of measures of radiation safety and rehabilitation of the test site under section rows, items `1.1`, the
form of completion before the executors, several bodies in one cell with the one answerable first, abbreviations
explained under the table, costs with `не требуется` (VI: a province's plan of responding to radiation incidents, `Chủ
trì: …; phối hợp: …` in one cell) (IJ1); a reactor institute's plan of meeting the conditions of its permit, the permit's
clause in a column of its own (`п. 3.2`, `3.2-т.`), the responsible units as abbreviations explained only in a line under
the table, an empty column for the mark of completion (VI: a hospital's corrective plan after the radiation-safety
inspection, the shortcoming first and merged down over its measures, the number in the second column) (IJ2).
"""

from __future__ import annotations

from . import vocab
from .common import Doc, distractor, make_bin, make_msdn, maybe_distractor, num
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


SUP = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def _pow(x: float, lang: str, digits: int = 2) -> str:
    """A figure as radiation documents print it, `2,1·10⁻⁵`, `3,4·10⁹`."""
    mant, _, exp = f"{x:.{digits - 1}e}".partition("e")
    if -2 <= int(exp) <= 2:
        return num(float(f"{x:.{digits}g}"), lang)
    return f"{num(float(mant), lang)}·10{str(int(exp)).translate(SUP)}"


def _share(pc: float, lang: str) -> str:
    return f"< {num(0.01, lang)}" if pc < 0.01 else num(round(pc, 2), lang)


def _dm(value: float, lat: bool, lang: str) -> tuple[str, float]:
    """Degrees and decimal minutes, `49°57,31′ с.ш.`, and the decimal degrees they stand for."""
    d = int(value)
    m = round((value - d) * 60, 2)
    hemi = {"ru": ("с.ш.", "в.д."), "kk": ("с.е.", "ш.б."), "vi": ("B", "Đ")}[lang][0 if lat else 1]
    return f"{d}°{num(m, lang)}′ {hemi}", d + m / 60


# code: (RU, KK, VI, hazard class as the list gives it) of the pollutants the vocabulary does not name
EXTRA = {
    "0109": ("Бериллий и его соединения (в пересчете на бериллий)", "Бериллий және оның қосылыстары (бериллийге шаққанда)", "", 1),
    "0275": ("диНиобий пентаоксид", "диНиобий пентаоксиді", "", None),
    "0283": ("Тантал", "Тантал", "", None),
    "0302": ("Азотная кислота (по молекуле HNO3)", "Азот қышқылы (HNO3 молекуласы бойынша)", "", 2),
    "0322": ("Серная кислота", "Күкірт қышқылы", "", 2),
    "0342": ("Фтористые газообразные соединения (в пересчете на фтор)", "Газ тәрізді фторлы қосылыстар (фторға шаққанда)", "", 2),
    "0344": ("Фториды неорганические плохо растворимые", "Нашар еритін бейорганикалық фторидтер", "", 2),
}  # fmt: skip


def _air(doc: Doc, code: str, variant: int = 0) -> str:
    if code in EXTRA:
        return EXTRA[code][("ru", "kk", "vi").index(doc.lang)]
    return vocab.air(code, doc.lang, variant)


def _hazard(code: str) -> int | None:
    return EXTRA[code][3] if code in EXTRA else vocab.hazard(code)


# ---------------------------------------------------------------- facility

# licence subtypes of the use of atomic energy: key -> (RU, KK)
SUBTYPES = {
    "nm": ("Обращение с ядерными материалами", "Ядролық материалдармен жұмыс істеу"),
    "rv": ("Обращение с радиоактивными веществами, приборами и установками, содержащими радиоактивные вещества",
           "Радиоактивті заттармен, құрамында радиоактивті заттар бар аспаптармен және қондырғылармен жұмыс істеу"),
    "rw": ("Обращение с радиоактивными отходами", "Радиоактивті қалдықтармен жұмыс істеу"),
    "rr": ("Эксплуатация исследовательских ядерных установок", "Зерттеу ядролық қондырғыларын пайдалану"),
    "tr": ("Транспортировка ядерных материалов, радиоактивных веществ, радиоизотопных источников ионизирующего излучения",
           "Ядролық материалдарды, радиоактивті заттарды, радиоизотоптық иондаушы сәулелену көздерін тасымалдау"),
    "gen": ("Обращение с приборами и установками, генерирующими ионизирующее излучение",
            "Иондаушы сәуле шығаратын аспаптармен және қондырғылармен жұмыс істеу"),
}  # fmt: skip
# (RU licensee, KK licensee, (RU core, KK core), [(subtype, RU place, KK place)])
LICENSEES = (
    ("АО «Ульбинский металлургический завод»", "«Үлбі металлургия зауыты» АҚ", ("Ульбинский металлургический завод", "Үлбі металлургия зауыты"),
     [("nm", "ВКО, г. Усть-Каменогорск, пр. Абая, 102 (урановое производство)", "ШҚО, Өскемен қ., Абай даңғ., 102 (уран өндірісі)"),
      ("rw", "ВКО, г. Усть-Каменогорск, пр. Абая, 102 (хранилище РАО цеха № 9)", "ШҚО, Өскемен қ., Абай даңғ., 102 (№ 9 цехтың РАҚ қоймасы)")]),
    ("РГП на ПХВ «Институт ядерной физики» Министерства энергетики Республики Казахстан",
     "Қазақстан Республикасы Энергетика министрлігінің «Ядролық физика институты» ШЖҚ РМК", ("Институт ядерной физики", "Ядролық физика институты"),
     [("rr", "г. Алматы, пос. Алатау, ул. Ибрагимова, 1 (реактор ВВР-К, критический стенд)",
       "Алматы қ., Алатау кенті, Ибрагимов к-сі, 1 (ВВР-К реакторы, сындық стенд)")]),
    ("Филиал «Институт атомной энергии» РГП «Национальный ядерный центр Республики Казахстан»",
     "«Қазақстан Республикасының Ұлттық ядролық орталығы» РМК «Атом энергиясы институты» филиалы",
     ("Институт атомной энергии", "Атом энергиясы институты"),
     [("rr", "область Абай, г. Курчатов, комплекс «Байкал-1» (реакторы ИВГ.1М, РА), комплекс ИГР",
       "Абай облысы, Курчатов қ., «Байкал-1» кешені (ИВГ.1М, РА реакторлары), ИГР кешені"),
      ("rw", "область Абай, г. Курчатов, комплекс «Байкал-1», хранилище отработавшего ядерного топлива",
       "Абай облысы, Курчатов қ., «Байкал-1» кешені, пайдаланылған ядролық отын қоймасы")]),
    ("АО «Казахский научно-исследовательский институт онкологии и радиологии»",
     "«Қазақ онкология және радиология ғылыми-зерттеу институты» АҚ", ("онкологии и радиологии", "онкология және радиология"),
     [("gen", "г. Алматы, пр. Абая, 91 (отделение лучевой терапии, линейные ускорители)",
       "Алматы қ., Абай даңғ., 91 (сәулелік терапия бөлімшесі, сызықтық үдеткіштер)")]),
    ("ТОО «ШығысДефектоскопия»", "«ШығысДефектоскопия» ЖШС", ("ШығысДефектоскопия", "ШығысДефектоскопия"),
     [("rv", "ВКО, г. Усть-Каменогорск, ул. Бажова, 333/1 (хранилище гамма-дефектоскопов), объекты заказчиков",
       "ШҚО, Өскемен қ., Бажов к-сі, 333/1 (гамма-дефектоскоптар қоймасы), тапсырыс берушілердің объектілері")]),
    ("ТОО «Атом Транс Логистик»", "«Атом Транс Логистик» ЖШС", ("Атом Транс Логистик", "Атом Транс Логистик"),
     [("tr", "территория Республики Казахстан (природный уран, закись-окись урана), база: г. Шымкент, ул. Капал батыра, 5",
       "Қазақстан Республикасының аумағы (табиғи уран, уранның шала тотығы), база: Шымкент қ., Қапал батыр к-сі, 5")]),
)  # fmt: skip


def facility_ij1(doc: Doc) -> None:
    """An extract from the state register of licences for the use of atomic energy: one row per licence, the licensee,
    its BIN, the licence's number and date, the subtype of activity, the place of activity and the status, a licensee
    holding two licences merged down over both rows (name and BIN once), the licensor named only in the paragraph (VI:
    the Agency for Radiation and Nuclear Safety's list of organisations licensed to conduct radiation work, the tax code
    beside the licence's number, a hospital with two licences)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_ij1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    chosen = [LICENSEES[0]] + r.sample(LICENSEES[1:], 3)
    r.shuffle(chosen)
    doc.h(g("Выписка из государственного реестра лицензий и приложений к ним", "Лицензиялар мен оларға қосымшалардың мемлекеттік тізілімінен үзінді", ""))
    doc.p(g("Лицензиар: Комитет атомного и энергетического надзора и контроля Министерства энергетики Республики Казахстан. Вид деятельности: "
            "деятельность, связанная с использованием атомной энергии. Сведения по состоянию на 01.02.2026.",
            "Лицензиар: Қазақстан Республикасы Энергетика министрлігінің Атомдық және энергетикалық қадағалау мен бақылау комитеті. Қызмет "
            "түрі: атом энергиясын пайдалануға байланысты қызмет. Мәліметтер 01.02.2026 жағдай бойынша.", ""))
    rows = [g(["№ п/п", "Лицензиат", "БИН", "Номер лицензии, дата выдачи", "Подвид лицензируемого вида деятельности",
               "Место осуществления деятельности", "Статус"],
              ["Р/с №", "Лицензиат", "БСН", "Лицензия нөмірі, берілген күні", "Лицензияланатын қызмет түрінің кіші түрі",
               "Қызметті жүзеге асыру орны", "Мәртебесі"], [])]
    merges = []
    for k, (n_ru, n_kk, cores, lic) in enumerate(chosen, 1):
        bin_ = make_bin(r)
        start = len(rows)
        for j, (sub, p_ru, p_kk) in enumerate(lic):
            number = f"{r.choice(('14', '16', '19', '21', '23'))}0{r.randint(10000, 99999)}"
            date = f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.20{r.randint(14, 25)}"
            status = g("действующая", "қолданыста", "") if r.random() < 0.85 else g("переоформлена", "қайта ресімделді", "")
            rows.append([str(k) if j == 0 else None, (n_ru, n_kk)[L] if j == 0 else None, bin_ if j == 0 else None,
                         f"№ {number}\n{date}", SUBTYPES[sub][L], (p_ru, p_kk)[L], status])
        if len(lic) > 1:
            merges += [(start, c, len(rows) - 1, c) for c in range(3)]
        doc.add("facilities", {"bin": bin_, "name_contains": cores[L]})
    doc.table(None, rows, merges, role="facility")
    doc.p(g("Примечание: лицензии, действие которых прекращено, в выписку не включены. Выписка носит информационный характер.",
            "Ескертпе: қолданылуы тоқтатылған лицензиялар үзіндіге енгізілмеген. Үзінді ақпараттық сипатта болады.", ""))
    maybe_distractor(doc, 0.3)


# (organisation, core, [(work, place)])
VN_LICENSEES = (
    ("Viện Nghiên cứu hạt nhân", "Viện Nghiên cứu hạt nhân",
     [("Vận hành lò phản ứng hạt nhân nghiên cứu; sản xuất đồng vị phóng xạ", "Số 01 Nguyên Tử Lực, phường Lâm Viên – Đà Lạt, tỉnh Lâm Đồng"),
      ("Lưu giữ tạm thời chất thải phóng xạ, nguồn phóng xạ đã qua sử dụng", "Kho lưu giữ chất thải phóng xạ, số 01 Nguyên Tử Lực, tỉnh Lâm Đồng")]),
    ("Bệnh viện Trung ương Quân đội 108", "Bệnh viện Trung ương Quân đội 108",
     [("Vận hành máy gia tốc cyclotron; sản xuất dược chất phóng xạ F-18", "Số 1 Trần Hưng Đạo, phường Hai Bà Trưng, thành phố Hà Nội"),
      ("Sử dụng chất phóng xạ trong y học hạt nhân (PET/CT, SPECT)", "Khoa Y học hạt nhân, số 1 Trần Hưng Đạo, thành phố Hà Nội")]),
    ("Bệnh viện Chợ Rẫy", "Bệnh viện Chợ Rẫy",
     [("Sử dụng chất phóng xạ trong y học hạt nhân; sử dụng thiết bị xạ trị", "201B Nguyễn Chí Thanh, phường Chợ Lớn, Thành phố Hồ Chí Minh")]),
    ("Công ty TNHH Kiểm định NDT Phương Nam", "NDT Phương Nam",
     [("Sử dụng nguồn phóng xạ trong chụp ảnh phóng xạ công nghiệp (Ir-192, Se-75)",
       "Kho nguồn: Lô C12, Khu công nghiệp Nhơn Trạch 2, tỉnh Đồng Nai; công trình của khách hàng")]),
    ("Công ty Cổ phần Đất hiếm Việt Bắc", "Đất hiếm Việt Bắc",
     [("Chế biến quặng phóng xạ (quặng đất hiếm chứa thori, urani)", "Nhà máy tuyển, tách đất hiếm Yên Phú, xã Yên Phú (cũ), tỉnh Lào Cai")]),
    ("Công ty TNHH Vận tải Hàng nguy hiểm Sao Mai", "Vận tải Hàng nguy hiểm Sao Mai",
     [("Vận chuyển chất phóng xạ (kiện hàng loại A, loại B(U))", "Trên lãnh thổ Việt Nam; bãi xe: KCN Tân Tạo, Thành phố Hồ Chí Minh")]),
)  # fmt: skip


def _facility_ij1_vi(doc: Doc) -> None:
    r = doc.rng
    chosen = [VN_LICENSEES[0]] + r.sample(VN_LICENSEES[1:], 3)
    r.shuffle(chosen)
    doc.p("BỘ KHOA HỌC VÀ CÔNG NGHỆ – CỤC AN TOÀN BỨC XẠ VÀ HẠT NHÂN")
    doc.h("DANH SÁCH TỔ CHỨC ĐƯỢC CẤP GIẤY PHÉP TIẾN HÀNH CÔNG VIỆC BỨC XẠ (CẬP NHẬT ĐẾN NGÀY 31/01/2026)")
    doc.p("Danh sách được công bố theo quy định của Luật Năng lượng nguyên tử; không bao gồm các giấy phép đã hết hiệu lực hoặc bị thu hồi.")
    rows = [["STT", "Tổ chức được cấp giấy phép", "Mã số thuế", "Số giấy phép", "Công việc bức xạ", "Địa điểm tiến hành", "Ngày hết hạn"]]
    merges = []
    for k, (org, core, lic) in enumerate(chosen, 1):
        tax = make_msdn(r)
        start = len(rows)
        for j, (work, place) in enumerate(lic):
            number = f"{r.randint(100, 980)}/GP-ATBXHN"
            until = f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/20{r.randint(26, 30)}"
            rows.append([str(k) if j == 0 else None, org if j == 0 else None, tax if j == 0 else None, number, work, place, until])
        if len(lic) > 1:
            merges += [(start, c, len(rows) - 1, c) for c in range(3)]
        doc.add("facilities", {"bin": tax, "name_contains": core})
    doc.table(None, rows, merges, role="facility")
    maybe_distractor(doc, 0.3)


# (RU org, KK org, RU object, KK object, (RU core, KK core), RU legal address, KK legal address, RU place, KK place, KATO prefix,
#  OKED, environmental category, radiation category, lat, lon, SZZ m, staff A, staff B, sources)
RAD_OBJECTS = (
    ("ТОО «Ульба-ТВС»", "«Ульба-ТВС» ЖШС", "Завод по производству тепловыделяющих сборок", "Жылу бөлгіш жинақтар өндіру зауыты",
     ("Ульба-ТВС", "Ульба-ТВС"), "ВКО, г. Усть-Каменогорск, пр. Абая, 102", "ШҚО, Өскемен қ., Абай даңғ., 102",
     "ВКО, г. Усть-Каменогорск, пр. Абая, 102/1, промплощадка АО «УМЗ»", "ШҚО, Өскемен қ., Абай даңғ., 102/1, «ҮМЗ» АҚ өнеркәсіптік алаңы",
     "6310", "24460", "II", "III", 49.963, 82.641, 300, (110, 160), (30, 60), (2, 6)),
    ("Филиал «Институт атомной энергии» РГП «Национальный ядерный центр Республики Казахстан»",
     "«Қазақстан Республикасының Ұлттық ядролық орталығы» РМК «Атом энергиясы институты» филиалы",
     "Комплекс исследовательских реакторов «Байкал-1»", "«Байкал-1» зерттеу реакторлары кешені", ("Байкал-1", "Байкал-1"),
     "область Абай, г. Курчатов, ул. Бейбіт атом, 10", "Абай облысы, Курчатов қ., Бейбіт атом к-сі, 10",
     "область Абай, территория бывшего Семипалатинского испытательного полигона, 65 км к югу от г. Курчатова",
     "Абай облысы, бұрынғы Семей сынақ полигонының аумағы, Курчатов қ. оңтүстігіне қарай 65 км", "1014", "72190", "I", "I",
     50.148, 78.322, 1000, (90, 140), (40, 80), (8, 20)),
    ("КГП на ПХВ «Центр ядерной медицины и онкологии» Управления здравоохранения области Абай",
     "Абай облысы Денсаулық сақтау басқармасының «Ядролық медицина және онкология орталығы» ШЖҚ КМК",
     "Отделение ПЭТ/КТ с циклотронно-радиохимическим комплексом", "Циклотрондық-радиохимиялық кешені бар ПЭТ/КТ бөлімшесі",
     ("Центр ядерной медицины и онкологии", "Ядролық медицина және онкология орталығы"),
     "область Абай, г. Семей, ул. Сеченова, 1", "Абай облысы, Семей қ., Сеченов к-сі, 1",
     "область Абай, г. Семей, ул. Сеченова, 1, корпус 4", "Абай облысы, Семей қ., Сеченов к-сі, 1, 4-корпус", "1010", "86101", "III", "III",
     50.412, 80.251, 50, (25, 45), (15, 30), (3, 9)),
)  # fmt: skip


def facility_ij2(doc: Doc) -> None:
    """The first section of a radiation-hygiene passport of an organisation laid out as a printed form: a row of labels
    and under it a row of values, three fields to a pair of rows, the long ones over two columns, the organisation's BIN
    beside its name and the object's KATO beside the object, the category by potential radiation hazard and the
    environmental category side by side, coordinates in degrees and decimal minutes (`49°57,78′ с.ш.`), the staff of
    groups A and B and the count of sources as figures among them (VI: a radiation facility's declaration form in the
    same pairs of rows, the environmental group under the 2020 Law, decimal coordinates)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_ij2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    o = doc.pick(RAD_OBJECTS)
    org, obj, cores, legal, place = o[L], o[2 + L], o[4], o[5 + L], o[7 + L]
    prefix, oked, cat, rcat, lat0, lon0, szz, sa, sb, srcs = o[9:]
    bin_, kato = make_bin(r), _kato(doc, prefix)
    lat, lat_v = _dm(lat0 + r.uniform(-0.004, 0.004), True, doc.lang)
    lon, lon_v = _dm(lon0 + r.uniform(-0.004, 0.004), False, doc.lang)
    lic_no, lic_date = f"{r.choice(('16', '19', '21'))}0{r.randint(10000, 99999)}", f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.20{r.randint(15, 24)}"
    lic = g(f"№ {lic_no} от {lic_date}", f"{lic_date} № {lic_no}", "")
    permit = f"KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1):08d}"
    doc.h(g("Радиационно-гигиенический паспорт организации за 2025 год", "Ұйымның 2025 жылға арналған радиациялық-гигиеналық паспорты", ""))
    doc.p(g("Паспорт заполняется организацией, осуществляющей деятельность с источниками ионизирующего излучения, и представляется в "
            "территориальное подразделение санитарно-эпидемиологического контроля до 1 апреля года, следующего за отчетным.",
            "Паспортты иондаушы сәулелену көздерімен қызметті жүзеге асыратын ұйым толтырады және есепті жылдан кейінгі жылдың 1 "
            "сәуіріне дейін санитариялық-эпидемиологиялық бақылаудың аумақтық бөлімшесіне ұсынады.", ""))
    fields = [
        ((g("Наименование организации (полностью)", "Ұйымның атауы (толық)", ""), 2, org), (g("БИН", "БСН", ""), 1, bin_)),
        ((g("Юридический адрес", "Заңды мекенжайы", ""), 2, legal), (g("Код ОКЭД (основной вид деятельности)", "ЭҚЖЖ коды (негізгі қызмет түрі)", ""), 1, oked)),
        ((g("Наименование объекта (структурного подразделения)", "Объектінің (құрылымдық бөлімшенің) атауы", ""), 2, obj),
         (g("Код КАТО места нахождения объекта", "Объект орналасқан жердің ҚАТО коды", ""), 1, kato)),
        ((g("Местонахождение объекта", "Объектінің орналасқан жері", ""), 2, place),
         (g("Географические координаты центра площадки (WGS-84)", "Алаң орталығының географиялық координаттары (WGS-84)", ""), 1, f"{lat}\n{lon}")),
        ((g("Категория объекта по потенциальной радиационной опасности", "Әлеуетті радиациялық қауіптілігі бойынша объект санаты", ""), 1, rcat),
         (g("Категория объекта, оказывающего негативное воздействие на окружающую среду (ст. 12 ЭК РК)",
            "Қоршаған ортаға теріс әсер ететін объект санаты (ҚР ЭК 12-бабы)", ""), 1, cat),
         (g("Размер санитарно-защитной зоны, м", "Санитариялық-қорғаныш аймағының өлшемі, м", ""), 1, num(szz, doc.lang))),
        ((g("Численность персонала группы А, чел.", "А тобы персоналының саны, адам", ""), 1, str(r.randint(*sa))),
         (g("Численность персонала группы Б, чел.", "Б тобы персоналының саны, адам", ""), 1, str(r.randint(*sb))),
         (g("Количество закрытых радионуклидных источников, шт.", "Жабық радионуклидтік көздер саны, дана", ""), 1, str(r.randint(*srcs)))),
        ((g("Лицензия на деятельность, связанную с использованием атомной энергии", "Атом энергиясын пайдалануға байланысты қызметке лицензия", ""),
          2, lic), (g("Экологическое разрешение", "Экологиялық рұқсат", ""), 1, permit)),
    ]  # fmt: skip
    rows, merges = [], []
    _span(rows, merges, g("Раздел 1. Общие сведения об организации", "1-бөлім. Ұйым туралы жалпы мәліметтер", ""), 3)
    for line in fields:
        labels, values, col = [], [], 0
        for label, width, value in line:
            labels += [label] + [None] * (width - 1)
            values += [value] + [None] * (width - 1)
            if width > 1:
                merges += [(len(rows), col, len(rows), col + width - 1), (len(rows) + 1, col, len(rows) + 1, col + width - 1)]
            col += width
        rows += [labels, values]
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": cores[L], "kato": kato, "oked": oked, "category": cat, "lat": lat_v, "lon": lon_v})
    doc.p(g("Раздел 2 «Характеристика источников ионизирующего излучения» и раздел 3 «Дозы облучения персонала» приведены в приложениях.",
            "«Иондаушы сәулелену көздерінің сипаттамасы» 2-бөлімі және «Персоналдың сәулелену дозалары» 3-бөлімі қосымшаларда келтірілген.", ""))
    maybe_distractor(doc, 0.3)


# (organisation, core, facility, head office, place, group, lat, lon, head, radiation safety officer)
VN_RAD_OBJECTS = (
    ("Viện Nghiên cứu hạt nhân", "Lò phản ứng hạt nhân Đà Lạt", "Lò phản ứng hạt nhân Đà Lạt (công suất danh định 500 kW)",
     "Số 01 Nguyên Tử Lực, phường Lâm Viên – Đà Lạt, tỉnh Lâm Đồng", "Khuôn viên Viện Nghiên cứu hạt nhân, số 01 Nguyên Tử Lực, tỉnh Lâm Đồng",
     "Nhóm I", 11.9522, 108.4457, "Viện trưởng", "Trưởng phòng An toàn bức xạ và Môi trường"),
    ("Bệnh viện Trung ương Quân đội 108", "Trung tâm Máy gia tốc Cyclotron", "Trung tâm Máy gia tốc Cyclotron và sản xuất dược chất phóng xạ",
     "Số 1 Trần Hưng Đạo, phường Hai Bà Trưng, thành phố Hà Nội", "Tòa nhà K2, Bệnh viện Trung ương Quân đội 108, thành phố Hà Nội",
     "Nhóm II", 21.0178, 105.8601, "Giám đốc Bệnh viện", "Chủ nhiệm Khoa Y học hạt nhân"),
    ("Công ty Cổ phần Đất hiếm Việt Bắc", "Nhà máy tuyển, tách đất hiếm Yên Phú", "Nhà máy tuyển, tách đất hiếm Yên Phú (công suất 3.000 tấn quặng tinh/năm)",
     "Tầng 5, số 18 Lê Văn Lương, phường Thanh Xuân, thành phố Hà Nội", "Xã Yên Phú (cũ), tỉnh Lào Cai",
     "Nhóm I", 21.9275, 104.4862, "Tổng Giám đốc", "Quản đốc phân xưởng tách"),
)  # fmt: skip


def _facility_ij2_vi(doc: Doc) -> None:
    r = doc.rng
    org, core, name, office, place, group, lat0, lon0, head, rso = doc.pick(VN_RAD_OBJECTS)
    tax = make_msdn(r)
    lat, lon = round(lat0 + r.uniform(-0.003, 0.003), 4), round(lon0 + r.uniform(-0.003, 0.003), 4)
    doc.h("PHIẾU KHAI BÁO THÔNG TIN CƠ SỞ TIẾN HÀNH CÔNG VIỆC BỨC XẠ")
    doc.p("(Kèm theo hồ sơ đề nghị gia hạn giấy phép tiến hành công việc bức xạ gửi Cục An toàn bức xạ và hạt nhân)")
    fields = [
        (("Tên tổ chức", 2, org), ("Mã số thuế", 1, tax)),
        (("Địa chỉ trụ sở chính", 2, office), ("Điện thoại", 1, f"0{r.randint(20, 29)} {r.randint(3000, 3999)} {r.randint(1000, 9999)}")),
        (("Tên cơ sở", 2, name), ("Phân loại theo Luật Bảo vệ môi trường năm 2020", 1, group)),
        (("Địa điểm", 2, place), ("Tọa độ trung tâm (WGS-84)", 1, f"{num(lat, 'vi')}° B; {num(lon, 'vi')}° Đ")),
        (("Người đứng đầu tổ chức", 1, head), ("Người phụ trách an toàn bức xạ", 1, rso),
         ("Số nhân viên bức xạ có chứng chỉ", 1, str(r.randint(6, 40)))),
    ]
    rows, merges = [], []
    _span(rows, merges, "PHẦN A. THÔNG TIN VỀ TỔ CHỨC, CƠ SỞ", 3)
    for line in fields:
        labels, values, col = [], [], 0
        for label, width, value in line:
            labels += [label] + [None] * (width - 1)
            values += [value] + [None] * (width - 1)
            if width > 1:
                merges += [(len(rows), col, len(rows), col + width - 1), (len(rows) + 1, col, len(rows) + 1, col + width - 1)]
            col += width
        rows += [labels, values]
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", {"bin": tax, "name_contains": core, "category": group.split()[-1], "lat": lat, "lon": lon})
    doc.p("Phần B (danh mục nguồn phóng xạ, thiết bị bức xạ) và Phần C (nhân viên bức xạ) được lập thành phụ lục riêng.")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- emissions

# radionuclides as the reactor sites write them: key -> (RU, KK, VI, (low, high) Bq/s)
NUCLIDES = {
    "ar41": ("Аргон-41", "Аргон-41", "Ar-41", (2e5, 9e6)),
    "irg": ("Сумма инертных радиоактивных газов (ИРГ)", "Инертті радиоактивті газдар (ИРГ) сомасы", "Tổng khí trơ phóng xạ", (5e5, 2e7)),
    "i131": ("Йод-131 (газовая и аэрозольная формы)", "Йод-131 (газ және аэрозоль түрлері)", "I-131 (dạng khí và sol khí)", (0.5, 40)),
    "beta": ("Сумма β-активных аэрозолей", "β-белсенді аэрозольдер сомасы", "Tổng hoạt độ beta trong sol khí", (0.05, 6)),
}
# site: (RU operator, KK operator, RU reactor, KK reactor, [(number, RU source, KK source, nuclides, {code: ((g/s), (t/y))})])
REACTOR_SITES = (
    ("РГП на ПХВ «Институт ядерной физики» (пос. Алатау)", "«Ядролық физика институты» ШЖҚ РМК (Алатау кенті)", "ВВР-К", "ВВР-К", [
        ("0001", "Вентиляционная труба здания реактора ВВР-К (Н = 40 м)", "ВВР-К реакторы ғимаратының желдету құбыры (Н = 40 м)",
         ("ar41", "irg", "i131"), {}),
        ("0002", "Вентиляционная труба радиохимического корпуса (горячие камеры, Н = 25 м)",
         "Радиохимиялық корпустың желдету құбыры (ыстық камералар, Н = 25 м)", ("i131", "beta"),
         {"0302": ((0.0004, 0.004), (0.003, 0.04)), "0316": ((0.0002, 0.002), (0.002, 0.02))}),
        ("0003", "Дымовая труба котельной (природный газ)", "Қазандықтың түтін мұржасы (табиғи газ)", (),
         {"0301": ((0.05, 0.2), (0.6, 2.5)), "0304": ((0.008, 0.03), (0.1, 0.4)), "0337": ((0.1, 0.5), (1.5, 6))}),
        ("0004", "Выхлопная труба дизель-генератора аварийного электроснабжения ДГ-1", "Апаттық электрмен жабдықтаудың ДГ-1 дизель-генераторының шығару құбыры",
         (), {"0301": ((0.2, 0.6), (0.02, 0.09)), "0304": ((0.03, 0.1), (0.003, 0.015)), "0328": ((0.01, 0.05), (0.001, 0.006)),
              "0330": ((0.03, 0.09), (0.003, 0.012)), "0337": ((0.15, 0.5), (0.015, 0.07))}),
        ("6001", "Склад ГСМ (резервуары дизельного топлива)", "ЖЖМ қоймасы (дизель отыны резервуарлары)", (),
         {"0333": ((0.00001, 0.00005), (0.00002, 0.0001)), "2754": ((0.004, 0.02), (0.008, 0.04))}),
    ]),
    ("Филиал «Институт атомной энергии» РГП НЯЦ РК (г. Курчатов)", "ҚР ҰЯО РМК «Атом энергиясы институты» филиалы (Курчатов қ.)", "ИГР", "ИГР", [
        ("0001", "Выхлопная труба газоочистной системы реактора ИГР (Н = 30 м)", "ИГР реакторының газ тазарту жүйесінің шығару құбыры (Н = 30 м)",
         ("irg", "i131"), {}),
        ("0002", "Вентиляционная труба реактора ИВГ.1М (Н = 50 м)", "ИВГ.1М реакторының желдету құбыры (Н = 50 м)", ("ar41", "beta"), {}),
        ("0003", "Дымовая труба котельной комплекса (уголь Экибастузский)", "Кешен қазандығының түтін мұржасы (Екібастұз көмірі)", (),
         {"0301": ((0.1, 0.4), (1.5, 6)), "0304": ((0.02, 0.06), (0.25, 1)), "0330": ((0.4, 1.5), (6, 22)), "0337": ((0.5, 2), (8, 30)),
          "0328": ((0.05, 0.2), (0.8, 3)), "2908": ((0.3, 1.2), (4, 16))}),
        ("0004", "Выхлопная труба дизельной электростанции ДЭС-200", "ДЭС-200 дизель электр станциясының шығару құбыры", (),
         {"0301": ((0.2, 0.6), (0.05, 0.2)), "0304": ((0.03, 0.1), (0.008, 0.03)), "0328": ((0.01, 0.05), (0.003, 0.012)),
          "0330": ((0.03, 0.09), (0.008, 0.03)), "0337": ((0.15, 0.5), (0.04, 0.15))}),
        ("6001", "Угольный склад котельной", "Қазандықтың көмір қоймасы", (), {"2908": ((0.02, 0.1), (0.2, 1.2))}),
        ("6002", "Золошлакоотвал котельной", "Қазандықтың күл-қож үйіндісі", (), {"2908": ((0.01, 0.06), (0.1, 0.8))}),
    ]),
)  # fmt: skip


def emissions_ij1(doc: Doc) -> None:
    """A research-reactor site's emissions by source, a row spanning the table names each source (`ИЗА 0001 – вентиляционная
    труба …`) and the substances follow under it with a unit column of their own: `г/с; т/год` for the chemical substances
    and `Бк/с; Бк/год` for the radionuclides, whose figures stand in the same two columns in powers of ten; the reactor's
    stacks give radionuclides only, a dash in the code and class columns of every radionuclide (VI: the Đà Lạt reactor's
    GPMT application, `Dòng khí thải số 01 …` rows, `g/s; tấn/năm` beside `Bq/s; Bq/năm`, no source numbers)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_ij1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    site = doc.pick(REACTOR_SITES)
    operator, reactor, sources = site[L], site[2 + L], site[4]
    doc.h(g(f"Проект нормативов допустимых выбросов. {operator}", f"{operator}. Жол берілетін шығарындылар нормативтерінің жобасы", ""))
    doc.p(g(f"Выбросы радиоактивных веществ от систем вентиляции реактора {reactor} и радиохимических лабораторий нормируются допустимыми "
            "выбросами (ДВ) по санитарным правилам радиационной безопасности и приведены справочно; нормативы допустимых выбросов "
            "устанавливаются для загрязняющих химических веществ.",
            f"{reactor} реакторының және радиохимиялық зертханалардың желдету жүйелерінен радиоактивті заттардың шығарындылары радиациялық "
            "қауіпсіздіктің санитариялық қағидалары бойынша жол берілетін шығарындылармен (ЖБШ) нормаланады және анықтама ретінде келтірілген; "
            "жол берілетін шығарындылар нормативтері ластаушы химиялық заттар үшін белгіленеді.", ""))
    rows = [g(["Наименование вещества", "Код ЗВ", "Класс опасности", "Ед. изм.", "Максимальный выброс", "Годовой выброс"],
              ["Заттың атауы", "ЛЗ коды", "Қауіптілік сыныбы", "Өлш. бірл.", "Ең жоғары шығарынды", "Жылдық шығарынды"], [])]
    merges = []
    chem_u, rad_u = g("г/с; т/год", "г/с; т/жыл", ""), g("Бк/с; Бк/год", "Бк/с; Бк/жыл", "")
    hours = r.choice((1800, 2400, 3000))
    for number, s_ru, s_kk, nuclides, codes in sources:
        _span(rows, merges, g(f"ИЗА № {number} – {s_ru}", f"№ {number} ЛШК – {s_kk}", ""), 6)
        for key in nuclides:
            lo, hi = NUCLIDES[key][3]
            bq = _sig(r.uniform(lo, hi), 2)
            rows.append([NUCLIDES[key][L], "–", "–", rad_u, _pow(bq, doc.lang), _pow(bq * 3600 * hours * r.uniform(0.4, 0.8), doc.lang)])
        for code, ((glo, ghi), (tlo, thi)) in codes.items():
            gs, ty = _sig(r.uniform(glo, ghi), 3), _sig(r.uniform(tlo, thi), 3)
            hz = _hazard(code)
            rows.append([_air(doc, code), code, str(hz) if hz else "–", chem_u, num(gs, doc.lang), num(ty, doc.lang)])
            doc.add("emissions", emission(code, gs, ty, number, hz))
    doc.table(g("Таблица 3.4 – Выбросы радиоактивных и загрязняющих химических веществ по источникам",
                "3.4-кесте – Радиоактивті және ластаушы химиялық заттардың көздер бойынша шығарындылары", ""), rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": _kind(s[0])} for s in sources))
    doc.p(g(f"Годовой выброс радионуклидов рассчитан на {num(hours, 'ru')} ч работы реактора на мощности в год.",
            f"Радионуклидтердің жылдық шығарындысы реактордың қуатта жылына {num(hours, 'kk')} сағ жұмысына есептелген.", ""))
    maybe_distractor(doc, 0.3)


# (label, [nuclides], {code: ((g/s), (t/y))})
DALAT_STREAMS = (
    ("Dòng khí thải số 01 – Ống thải hệ thống thông gió tòa nhà lò phản ứng (cao 30 m)", ("ar41", "i131"), {}),
    ("Dòng khí thải số 02 – Ống thải hệ thống thông gió khu sản xuất đồng vị (buồng nóng)", ("i131", "beta"), {}),
    ("Dòng khí thải số 03 – Ống xả máy phát điện diesel dự phòng số 1 (500 kVA)", (),
     {"2902": ((0.02, 0.08), (0.002, 0.01)), "0301": ((0.3, 0.9), (0.03, 0.12)), "0330": ((0.02, 0.08), (0.002, 0.01)), "0337": ((0.2, 0.7), (0.02, 0.08))}),
    ("Dòng khí thải số 04 – Ống xả máy phát điện diesel dự phòng số 2 (250 kVA)", (),
     {"2902": ((0.01, 0.04), (0.001, 0.005)), "0301": ((0.15, 0.45), (0.01, 0.06)), "0330": ((0.01, 0.04), (0.001, 0.005)),
      "0337": ((0.1, 0.35), (0.01, 0.04))}),
)  # fmt: skip


def _emissions_ij1_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – LÒ PHẢN ỨNG HẠT NHÂN ĐÀ LẠT, VIỆN NGHIÊN CỨU HẠT NHÂN")
    doc.h("3.2. Công trình, biện pháp xử lý bụi, khí thải")
    doc.p("Khí thải phóng xạ từ lò phản ứng và khu sản xuất đồng vị được lọc qua bộ lọc HEPA và than hoạt tính trước khi thải qua ống "
          "thải; hoạt độ thải được kiểm soát theo giấy phép tiến hành công việc bức xạ và chỉ nêu để tham khảo. Khí thải của máy phát "
          "điện dự phòng được tính theo hệ số phát thải với thời gian vận hành khoảng 200 giờ/năm.")
    rows = [["Thông số", "Đơn vị", "Tải lượng lớn nhất", "Tải lượng năm"]]
    merges = []
    for label, nuclides, codes in DALAT_STREAMS:
        _span(rows, merges, label, 4)
        for key in nuclides:
            lo, hi = NUCLIDES[key][3]
            bq = _sig(r.uniform(lo, hi), 2)
            rows.append([NUCLIDES[key][2], "Bq/s; Bq/năm", _pow(bq, "vi"), _pow(bq * 3600 * 2000 * r.uniform(0.4, 0.8), "vi")])
        for code, ((glo, ghi), (tlo, thi)) in codes.items():
            gs, ty = _sig(r.uniform(glo, ghi), 3), _sig(r.uniform(tlo, thi), 3)
            rows.append([_air(doc, code, r.randint(0, 1)), "g/s; tấn/năm", num(gs, "vi"), num(ty, "vi")])
            doc.add("emissions", emission(code, gs, ty))
    doc.table("Bảng 3.3. Tải lượng các chất trong khí thải theo từng dòng khí thải", rows, merges, role="emissions")
    maybe_distractor(doc, 0.3)


# code: (м.р., с.с., ОБУВ, (low, high) g/s, (low, high) t/y)
ULBA_AIR = {
    "0109": (None, 0.00001, None, (1.5e-5, 9e-5), (2e-4, 9e-4)),
    "0283": (None, None, 0.15, (0.001, 0.008), (0.01, 0.12)),
    "0275": (None, None, 0.15, (0.0008, 0.006), (0.008, 0.09)),
    "0342": (0.02, 0.005, None, (0.004, 0.03), (0.05, 0.6)),
    "0344": (0.2, 0.03, None, (0.003, 0.02), (0.04, 0.4)),
    "0302": (0.4, 0.15, None, (0.02, 0.12), (0.3, 2.5)),
    "0322": (0.3, 0.1, None, (0.005, 0.04), (0.06, 0.7)),
    "0303": (0.2, 0.04, None, (0.01, 0.08), (0.15, 1.5)),
    "0301": (0.2, 0.04, None, (0.3, 1.5), (6, 35)),
    "0304": (0.4, 0.06, None, (0.05, 0.25), (1, 6)),
    "0330": (0.5, 0.05, None, (0.2, 1.2), (4, 30)),
    "0337": (5, 3, None, (0.4, 2.5), (10, 60)),
    "2902": (0.5, 0.15, None, (0.05, 0.4), (1, 8)),
}
SOLID = {"0109", "0283", "0275", "0344", "2902"}
URANIUM = (("Уран-234", "Уран-234", (2, 30)), ("Уран-235", "Уран-235", (0.1, 1.5)), ("Уран-238", "Уран-238", (2, 30)))


def emissions_ij2(doc: Doc) -> None:
    """The list of substances a uranium, beryllium and tantalum works emits, by substance for the whole plant with no
    sources: code, name, ПДК м.р., ПДК с.с., ОБУВ, class, g/s, t/year and the share of the year's mass, beryllium's
    figures and norm in powers of ten, tantalum and niobium pentoxide with an ОБУВ and no class, subtotals of solid and of
    liquid and gaseous substances, then a row spanning the table opens the radionuclides, whose activities in Bq/s and
    Bq/year stand in the g/s and t/year columns (VI: a rare-earth separation plant's loads by pollutant, the main
    sources named in a column, radon and thoron under a row of their own units)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_ij2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    codes = ["0109", *sorted(r.sample(["0283", "0275", "0342", "0344", "0302", "0322", "0303"], 5), key=list(ULBA_AIR).index),
             "0301", "0304", "0330", "0337", "2902"]
    doc.h(g("Раздел 3. Характеристика предприятия как источника загрязнения атмосферы. АО «Ульбинский металлургический завод»",
            "3-бөлім. Кәсіпорынның атмосфераны ластау көзі ретіндегі сипаттамасы. «Үлбі металлургия зауыты» АҚ", ""))
    doc.p(g("Предприятие включает урановое производство (изготовление топливных таблеток из диоксида урана), бериллиевое и танталовое "
            f"производства, ТЭЦ и вспомогательные цеха. В атмосферу выбрасывается {len(codes)} наименований загрязняющих химических веществ; "
            "выбросы радионуклидов урана приведены отдельно.",
            "Кәсіпорын уран өндірісін (уран диоксидінен отын таблеткаларын дайындау), бериллий және тантал өндірістерін, ЖЭО мен "
            f"қосалқы цехтарды қамтиды. Атмосфераға ластаушы химиялық заттардың {len(codes)} атауы шығарылады; уран радионуклидтерінің "
            "шығарындылары бөлек келтірілген.", ""))
    rows = [g(["Код ЗВ", "Наименование загрязняющего вещества", "ПДК м.р., мг/м³", "ПДК с.с., мг/м³", "ОБУВ, мг/м³", "Класс опасности",
               "Выброс вещества, г/с", "Выброс вещества, т/год", "Доля в валовом выбросе, %"],
              ["ЛЗ коды", "Ластаушы заттың атауы", "ШЖК м.б., мг/м³", "ШЖК о.т., мг/м³", "ҚӘБД, мг/м³", "Қауіптілік сыныбы",
               "Заттың шығарындысы, г/с", "Заттың шығарындысы, т/жыл", "Жалпы шығарындыдағы үлесі, %"], []),
            ["1", "2", "3", "4", "5", "6", "7", "8", "9"]]
    merges = []
    figures = {c: (_sig(r.uniform(*ULBA_AIR[c][3]), 2 if c == "0109" else 3), _sig(r.uniform(*ULBA_AIR[c][4]), 2 if c == "0109" else 3))
               for c in codes}
    year = sum(t for _, t in figures.values())

    def fig(c: str, x: float) -> str:
        return _pow(x, doc.lang) if c == "0109" else num(x, doc.lang)

    for c in codes:
        mr, ss, obuv, _, _ = ULBA_AIR[c]
        gs, ty = figures[c]
        hz = _hazard(c)
        rows.append([c, _air(doc, c), num(mr, doc.lang) if mr else "–", (_pow(ss, doc.lang) if c == "0109" else num(ss, doc.lang)) if ss else "–",
                     num(obuv, doc.lang) if obuv else "–", str(hz) if hz else "–", fig(c, gs), fig(c, ty), _share(100 * ty / year, doc.lang)])
        doc.add("emissions", emission(c, gs, ty, None, hz))
    solid = [c for c in codes if c in SOLID]
    for label, group in ((g("Всего по предприятию:", "Кәсіпорын бойынша барлығы:", ""), codes),
                         (g("в том числе твердые:", "оның ішінде қатты:", ""), solid),
                         (g("жидкие и газообразные:", "сұйық және газ тәрізді:", ""), [c for c in codes if c not in solid])):
        rows.append([label, None, None, None, None, None, num(round(sum(figures[c][0] for c in group), 6), doc.lang),
                     num(round(sum(figures[c][1] for c in group), 5), doc.lang), ""])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 5))
    _span(rows, merges, g("Радиоактивные вещества (уран природный и обогащенный); выброс – Бк/с и Бк/год",
                          "Радиоактивті заттар (табиғи және байытылған уран); шығарынды – Бк/с және Бк/жыл", ""), 9)
    for u_ru, u_kk, (lo, hi) in URANIUM:
        bq = _sig(r.uniform(lo, hi), 2)
        rows.append(["–", (u_ru, u_kk)[L], "–", "–", "–", "–", _pow(bq, doc.lang), _pow(bq * 3.15e7 * r.uniform(0.5, 0.8), doc.lang), "–"])
    doc.table(g("Таблица 3.1 – Перечень загрязняющих веществ, выбрасываемых в атмосферу, на 2026 год",
                "3.1-кесте – 2026 жылға атмосфераға шығарылатын ластаушы заттардың тізбесі", ""), rows, merges, role="emissions")
    doc.p(g("Для радионуклидов урана вместо ПДК применяется допустимая объемная активность в воздухе для населения (ДОА нас.).",
            "Уран радионуклидтері үшін ШЖК орнына халық үшін ауадағы жол берілетін көлемдік белсенділік (ХЖКБ) қолданылады.", ""))
    maybe_distractor(doc, 0.3)


# code: (VI main sources, (g/s), (t/y))
VN_RE_AIR = {
    "2902": ("Lò sấy, lò nung phân hủy quặng; khu nghiền", (0.3, 1.2), (6, 25)),
    "0330": ("Lò nung phân hủy quặng bằng axit sunfuric; lò hơi", (0.5, 2.5), (10, 55)),
    "0301": ("Lò hơi đốt than; lò nung", (0.2, 0.9), (4, 18)),
    "0337": ("Lò hơi đốt than", (0.3, 1.5), (5, 30)),
    "0316": ("Công đoạn hòa tách bằng axit clohydric", (0.01, 0.08), (0.2, 1.5)),
    "0303": ("Công đoạn kết tủa bằng amoniac", (0.02, 0.1), (0.3, 2)),
}
VN_RE_RAD = (("Radon (Rn-222)", (50, 900)), ("Thoron (Rn-220)", (200, 4000)), ("Sol khí phóng xạ (tổng hoạt độ alpha)", (0.05, 2)))


def _emissions_ij2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG – DỰ ÁN NÂNG CÔNG SUẤT NHÀ MÁY TUYỂN, TÁCH ĐẤT HIẾM YÊN PHÚ")
    doc.p("Chủ dự án: Công ty Cổ phần Đất hiếm Việt Bắc. Tải lượng các chất ô nhiễm không khí giai đoạn vận hành được tổng hợp cho toàn nhà "
          "máy theo từng chất; tải lượng phóng xạ (radon, thoron phát ra từ quặng tinh và bã thải chứa thori) được tính riêng theo Bq.")
    rows = [["TT", "Chất ô nhiễm", "Nguồn phát sinh chính", "Tải lượng (g/s)", "Tải lượng (tấn/năm)"]]
    merges = []
    for k, (code, (src, gr, tr)) in enumerate(VN_RE_AIR.items(), 1):
        gs, ty = _sig(r.uniform(*gr), 3), _sig(r.uniform(*tr), 3)
        rows.append([str(k), _air(doc, code, 1 if code in ("0330", "0301", "0337", "0316", "0303") else 0), src, num(gs, "vi"), num(ty, "vi")])
        doc.add("emissions", emission(code, gs, ty))
    _span(rows, merges, "Chất phóng xạ (tải lượng tính theo Bq/s và Bq/năm)", 5)
    for k, (name, (lo, hi)) in enumerate(VN_RE_RAD, len(VN_RE_AIR) + 1):
        bq = _sig(r.uniform(lo, hi), 2)
        rows.append([str(k), name, "Kho quặng tinh, bãi lưu giữ bã thải chứa thori", _pow(bq, "vi"), _pow(bq * 3.15e7 * 0.9, "vi")])
    doc.table("Bảng 3.12. Tổng hợp tải lượng chất ô nhiễm không khí của nhà máy khi vận hành", rows, merges, role="emissions")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- wastes

# (code, RU, KK, RU place, KK place, specific activity Bq/kg (low, high) or None below detection, (low, high) t a year, RU way, KK way)
ULBA_WASTES = (
    ("06 03 14", "Кек фторидный бериллиевого производства (фторид кальция)", "Бериллий өндірісінің фторидті кегі (кальций фториді)",
     "бериллиевое производство", "бериллий өндірісі", (120, 480), (800, 2400), "шламонакопитель предприятия", "кәсіпорынның шлам жинағышы"),
    ("06 03 13*", "Шламы нейтрализации танталового производства", "Тантал өндірісінің бейтараптандыру шламдары",
     "танталовое производство", "тантал өндірісі", (60, 300), (150, 600), "шламонакопитель предприятия", "кәсіпорынның шлам жинағышы"),
    ("10 08 15*", "Пыль газоочистки плавильных печей", "Балқыту пештерін газ тазартудың шаңы", "бериллиевое производство", "бериллий өндірісі",
     (40, 200), (5, 25), "возврат в передел", "қайта бөлуге қайтару"),
    ("06 05 02*", "Осадки очистных сооружений промышленных стоков", "Өнеркәсіптік ағындарды тазарту құрылыстарының тұнбалары",
     "цех нейтрализации", "бейтараптандыру цехы", (80, 350), (300, 1200), "шламонакопитель предприятия", "кәсіпорынның шлам жинағышы"),
    ("10 01 01", "Золошлаковые отходы ТЭЦ", "ЖЭО күл-қож қалдықтары", "ТЭЦ", "ЖЭО", (90, 240), (40000, 90000), "золоотвал ТЭЦ", "ЖЭО күл үйіндісі"),
    ("17 04 05", "Лом черных металлов после дезактивации", "Дезактивациядан кейінгі қара металл сынықтары", "все производства",
     "барлық өндірістер", (20, 90), (150, 700), "передача специализированной организации", "мамандандырылған ұйымға беру"),
    ("16 05 06*", "Отработанные лабораторные химические реактивы", "Пайдаланылған зертханалық химиялық реактивтер", "ЦЗЛ", "ОЗЗ", None,
     (0.2, 1.5), "передача специализированной организации", "мамандандырылған ұйымға беру"),
    ("13 02 05*", "Отработанные моторные масла", "Пайдаланылған мотор майлары", "автотранспортный цех", "автокөлік цехы", None, (3, 12),
     "передача специализированной организации", "мамандандырылған ұйымға беру"),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", "административные здания", "әкімшілік ғимараттар", None, (300, 600),
     "полигон ТБО г. Усть-Каменогорска", "Өскемен қ. ҚТҚ полигоны"),
)  # fmt: skip


def _tonnes(x: float) -> float:
    return float(round(x)) if x >= 100 else round(x, 1) if x >= 1 else round(x, 2)


def wastes_ij1(doc: Doc) -> None:
    """A uranium, beryllium and tantalum works' section of its waste programme on the wastes that are not radioactive: code,
    name, the stage of production, the specific effective activity in Bq/kg measured on each (`< 50` below detection), the
    actual tonnes of 2025 given for reference and then the accumulation limit for 2026–2035 in tonnes a year, which alone
    is the amount; radioactive wastes named only in the text as another section's (VI: a rare-earth separation plant's
    CTNH with the specific activity of uranium and thorium in Bq/g, `KPH`, then ordinary wastes with their activity, the
    thorium-bearing residues left to the radiation licence in a note)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_ij1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    chosen = [w for w in ULBA_WASTES if w[0] in ("06 03 14", "10 01 01", "20 03 01") or r.random() < 0.75]
    doc.h(g("Программа управления отходами АО «Ульбинский металлургический завод» на 2026–2035 годы",
            "«Үлбі металлургия зауыты» АҚ 2026–2035 жылдарға арналған қалдықтарды басқару бағдарламасы", ""))
    doc.h(g("4.2. Отходы производства и потребления, не относящиеся к радиоактивным", "4.2. Радиоактивті қалдықтарға жатпайтын өндіріс және тұтыну қалдықтары", ""))
    doc.p(g("Отнесение отходов к нерадиоактивным выполнено по результатам радиационного контроля каждой партии. Радиоактивные отходы "
            "(отработанные фильтры вентсистем уранового производства, загрязненная спецодежда, строительные отходы дезактивации) "
            "учитываются в разделе 5 и передаются на хранение в хранилище РАО; в таблицу 4.2 не включены.",
            "Қалдықтарды радиоактивті емес қалдықтарға жатқызу әр партияны радиациялық бақылау нәтижелері бойынша орындалды. "
            "Радиоактивті қалдықтар (уран өндірісі желдету жүйелерінің пайдаланылған сүзгілері, ластанған арнайы киім, дезактивацияның "
            "құрылыс қалдықтары) 5-бөлімде есепке алынады және РАҚ қоймасына сақтауға беріледі; 4.2-кестеге енгізілмеген.", ""))
    rows = [g(["№", "Код отхода", "Наименование отхода", "Место образования", "Удельная эффективная активность, Бк/кг",
               "Фактически в 2025 г., т (справочно)", "Лимит накопления на 2026–2035 гг., т/год", "Место размещения / операция"],
              ["№", "Қалдық коды", "Қалдықтың атауы", "Түзілу орны", "Үлестік тиімді белсенділік, Бк/кг",
               "2025 ж. нақты, т (анықтама үшін)", "2026–2035 жж. жинақтау лимиті, т/жыл", "Орналастыру орны / операция"], [])]
    for k, (code, n_ru, n_kk, p_ru, p_kk, act, (lo, hi), w_ru, w_kk) in enumerate(chosen, 1):
        lim = _tonnes(r.uniform(lo, hi))
        fact = _tonnes(lim * r.uniform(0.6, 0.95))
        name = (n_ru, n_kk)[L]
        a = f"< {num(50, doc.lang)}" if act is None else num(r.randint(*act), doc.lang)
        rows.append([str(k), code, name, (p_ru, p_kk)[L], a, num(fact, doc.lang), num(lim, doc.lang), (w_ru, w_kk)[L]])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": lim, "name_contains": _words(name, 3)})
    doc.table(g("Таблица 4.2 – Лимиты накопления и захоронения отходов", "4.2-кесте – Қалдықтарды жинақтау және көму лимиттері", ""), rows, role="wastes")
    doc.p(g("Критерий отнесения твердых отходов к радиоактивным принят по санитарным правилам обеспечения радиационной безопасности.",
            "Қатты қалдықтарды радиоактивті қалдықтарға жатқызу өлшемі радиациялық қауіпсіздікті қамтамасыз етудің санитариялық "
            "қағидалары бойынша қабылданды.", ""))
    maybe_distractor(doc, 0.3)


VN_RE_CTNH = (("17 02 03", "", (200, 900)), ("18 02 01", "", (300, 1500)), ("18 01 03", " đựng hóa chất tách chiết", (500, 2500)),
              ("18 01 02", " đựng axit", (400, 1800)), ("16 01 06", "", (10, 60)), ("19 06 01", "", (50, 300)))
VN_RE_ORDINARY = (("Cát thải sau tuyển trọng lực", (8000, 20000), (0.2, 0.8)), ("Xỉ than lò hơi", (600, 1500), (0.1, 0.4)),
                  ("Bùn thải từ hệ thống xử lý nước thải sản xuất", (300, 900), (0.3, 0.9)), ("Bao bì giấy, carton thải", (8, 30), None))


def _wastes_ij1_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – NHÀ MÁY TUYỂN, TÁCH ĐẤT HIẾM YÊN PHÚ")
    doc.p("Mỗi lô chất thải được đo hoạt độ riêng tổng của urani và thori trước khi chuyển giao. Bã thải có hoạt độ riêng từ 1 Bq/g trở "
          "lên (bã hòa tách chứa thori) được lưu giữ tại kho chứa chất thải phóng xạ theo giấy phép tiến hành công việc bức xạ và "
          "không thống kê trong các bảng dưới đây.")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Trạng thái tồn tại", "Hoạt độ riêng U + Th (Bq/g)", "Khối lượng (kg/năm)"]]
    for k, (code, tail, (lo, hi)) in enumerate(VN_RE_CTNH, 1):
        base, state = next((n, s) for c, n, s in VN_CTNH_ALL if c == code)
        kg = float(r.randint(lo // 10, hi // 10) * 10)
        act = "KPH" if r.random() < 0.4 else num(round(r.uniform(0.05, 0.6), 2), "vi")
        rows.append([str(k), base + tail, code, state, act, num(kg, "vi")])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": _words(base, 5)})
    doc.table("Bảng 2.1. Khối lượng chất thải nguy hại phát sinh năm 2025", rows, role="wastes")
    rows = [["TT", "Tên chất thải", "Hoạt độ riêng U + Th (Bq/g)", "Khối lượng (tấn/năm)", "Biện pháp xử lý"]]
    for k, (name, (lo, hi), act) in enumerate(VN_RE_ORDINARY, 1):
        t = float(r.randint(int(lo), int(hi))) if lo >= 100 else round(r.uniform(lo, hi), 1)
        a = "-" if act is None else num(round(r.uniform(*act), 2), "vi")
        rows.append([str(k), name, a, num(t, "vi"), "Lưu giữ tại bãi thải của nhà máy" if k == 1 else "Chuyển giao đơn vị có chức năng"])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": _words(name, 4)})
    doc.table("Bảng 2.2. Chất thải rắn công nghiệp thông thường", rows, role="wastes")
    maybe_distractor(doc, 0.3)


VN_CTNH_ALL = (
    ("17 02 03", "Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "Lỏng"),
    ("16 01 06", "Bóng đèn huỳnh quang và các loại thủy tinh hoạt tính thải", "Rắn"),
    ("18 02 01", "Chất hấp thụ, vật liệu lọc, giẻ lau, vải bảo vệ thải bị nhiễm các thành phần nguy hại", "Rắn"),
    ("18 01 02", "Bao bì cứng thải bằng kim loại", "Rắn"),
    ("18 01 03", "Bao bì cứng thải bằng nhựa", "Rắn"),
    ("19 06 01", "Pin, ắc quy chì thải", "Rắn"),
    ("13 01 01", "Chất thải lây nhiễm (bao gồm cả chất thải sắc nhọn)", "Rắn"),
    ("13 01 02", "Hóa chất thải bao gồm hoặc có các thành phần nguy hại", "Rắn/Lỏng"),
    ("13 01 03", "Dược phẩm thải gây độc tế bào (cytotoxic và cytostatic)", "Rắn/Lỏng"),
)

# (RU class, KK class, [(code, RU, KK, (low, high) kg a day)])
MED_CLASSES = (
    (("Класс А (эпидемиологически безопасные)", "А класы (эпидемиологиялық қауіпсіз)"), [
        ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (150, 400)),
        ("20 01 08", "Пищевые отходы пищеблока", "Тағам блогының тамақ қалдықтары", (40, 120))]),
    (("Класс Б (эпидемиологически опасные)", "Б класы (эпидемиологиялық қауіпті)"), [
        ("18 01 03*", "Инфицированные отходы (перевязочный материал, одноразовые изделия)", "Жұқтырылған қалдықтар (таңу материалы, бір реттік бұйымдар)",
         (20, 60)),
        ("18 01 01", "Острые предметы (иглы, скальпели)", "Өткір заттар (инелер, скальпельдер)", (3, 10)),
        ("18 01 02", "Анатомические отходы операционных", "Операциялық блоктардың анатомиялық қалдықтары", (2, 8))]),
    (("Класс Г (токсикологически опасные)", "Г класы (токсикологиялық қауіпті)"), [
        ("18 01 08*", "Цитостатические препараты с истекшим сроком годности и их остатки", "Жарамдылық мерзімі өткен цитостатикалық препараттар және олардың қалдықтары",
         (0.2, 1.5)),
        ("20 01 21*", "Отработанные ртутьсодержащие лампы", "Пайдаланылған құрамында сынап бар шамдар", (0.05, 0.2))]),
)  # fmt: skip
CLINICS = (
    ("АО «Казахский научно-исследовательский институт онкологии и радиологии» (г. Алматы)",
     "«Қазақ онкология және радиология ғылыми-зерттеу институты» АҚ (Алматы қ.)", "I-131, Tc-99m, Sm-153"),
    ("КГП на ПХВ «Центр ядерной медицины и онкологии» (г. Семей)", "«Ядролық медицина және онкология орталығы» ШЖҚ КМК (Семей қ.)", "F-18, Tc-99m, I-131"),
    ("КГП на ПХВ «Восточно-Казахстанский областной онкологический диспансер»", "«Шығыс Қазақстан облыстық онкологиялық диспансері» ШЖҚ КМК", "Tc-99m, I-131"),
)  # fmt: skip


def wastes_ij2(doc: Doc) -> None:
    """An oncology centre's wastes by the classes of medical wastes, the class merged down the second column over its
    wastes (А, Б, Г), each with its code, the kilograms a day and then the tonnes a year, which are the amount; class Д —
    the radioactive wastes of nuclear medicine — a row spanning the table that says they are kept for decay and counted
    elsewhere (VI: a hospital's nuclear-medicine wastes under group rows, the month's mean in kilograms before the year's
    total, the radioactive group a row saying it is not counted here)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_ij2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    c = doc.pick(CLINICS)
    clinic, nuclides = c[L], c[2]
    days = doc.pick((250, 365))
    doc.h(g(f"Раздел 6. Обращение с отходами. {clinic}", f"{clinic}. 6-бөлім. Қалдықтармен жұмыс істеу", ""))
    doc.p(g(f"Медицинские отходы классифицируются по классам А, Б, В, Г и Д согласно санитарным правилам. Годовое количество рассчитано "
            f"по среднесуточному образованию за {days} {'рабочих' if days < 365 else 'календарных'} дней.",
            f"Медициналық қалдықтар санитариялық қағидаларға сәйкес А, Б, В, Г және Д кластары бойынша жіктеледі. Жылдық мөлшер {days} "
            f"{'жұмыс' if days < 365 else 'күнтізбелік'} күндегі орташа тәуліктік түзілу бойынша есептелген.", ""))
    rows = [g(["№", "Класс отходов", "Код", "Наименование отхода", "Образование, кг/сут", "Образование, т/год", "Обращение"],
              ["№", "Қалдықтар класы", "Коды", "Қалдықтың атауы", "Түзілуі, кг/тәул", "Түзілуі, т/жыл", "Жұмыс істеу"], [])]
    merges = []
    way = {"А": g("вывоз на полигон ТБО", "ҚТҚ полигонына шығару", ""), "Б": g("обеззараживание, сжигание (договор)", "залалсыздандыру, өртеу (шарт)", ""),
           "Г": g("передача специализированной организации", "мамандандырылған ұйымға беру", "")}
    k = 0
    for (cl_ru, cl_kk), wastes in MED_CLASSES:
        start = len(rows)
        for code, n_ru, n_kk, (lo, hi) in wastes:
            k += 1
            kgd = round(r.uniform(lo, hi), 2 if hi < 1 else 1)
            t = round(kgd * days / 1000, 4 if kgd < 1 else 3)
            name = (n_ru, n_kk)[L]
            rows.append([str(k), (cl_ru, cl_kk)[L] if len(rows) == start else None, code, name, num(kgd, doc.lang), num(t, doc.lang),
                         way[cl_ru.split()[1]]])
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": _words(name.split(" (")[0], 3)})
        merges.append((start, 1, len(rows) - 1, 1))
    _span(rows, merges, g(f"Класс Д (радиоактивные): шприцы, флаконы, ветошь, загрязненные {nuclides}, выдерживаются в хранилище на распад "
                          "и после радиационного контроля удаляются как отходы класса А или Б; учитываются в журнале учета РАО и в таблице не приводятся.",
                          f"Д класы (радиоактивті): {nuclides} радионуклидтерімен ластанған шприцтер, құтылар, шүберектер ыдырауға дейін қоймада ұсталады және "
                          "радиациялық бақылаудан кейін А немесе Б класының қалдықтары ретінде шығарылады; РАҚ есепке алу журналында есептеледі "
                          "және кестеде келтірілмейді.", ""), 7)
    doc.table(g("Таблица 6.1 – Образование медицинских отходов", "6.1-кесте – Медициналық қалдықтардың түзілуі", ""), rows, merges, role="wastes")
    maybe_distractor(doc, 0.3)


VN_HOSPITALS = ("Bệnh viện Bạch Mai – Trung tâm Y học hạt nhân và Ung bướu", "Bệnh viện Chợ Rẫy – Khoa Y học hạt nhân",
                "Bệnh viện Ung Bướu Thành phố Hồ Chí Minh – Khoa Y học hạt nhân")
# (group, [(code or None, name, (low, high) kg a month)])
VN_MED_GROUPS = (
    ("1. Chất thải lây nhiễm", [("13 01 01", "Chất thải lây nhiễm sắc nhọn", (40, 120)), ("13 01 01", "Chất thải lây nhiễm không sắc nhọn", (300, 900))]),
    ("2. Chất thải nguy hại không lây nhiễm", [("13 01 02", "Hóa chất thải có thành phần nguy hại", (5, 25)),
                                               ("13 01 03", "Dược phẩm thải gây độc tế bào (hóa chất điều trị ung thư)", (8, 40)),
                                               ("16 01 06", "Bóng đèn huỳnh quang thải", (1, 5))]),
    ("3. Chất thải phóng xạ", None),
    ("4. Chất thải rắn thông thường", [(None, "Chất thải rắn sinh hoạt", (2000, 5000)), (None, "Chất thải rắn thông thường phục vụ tái chế", (150, 500))]),
)  # fmt: skip


def _wastes_ij2_vi(doc: Doc) -> None:
    r = doc.rng
    hospital = doc.pick(VN_HOSPITALS)
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {hospital.upper()}")
    doc.p("Khối lượng chất thải y tế được ghi nhận theo sổ giao nhận chất thải với đơn vị thu gom, vận chuyển và xử lý.")
    rows = [["TT", "Loại chất thải", "Mã CTNH", "Khối lượng trung bình (kg/tháng)", "Tổng khối lượng năm 2025 (kg)", "Hình thức xử lý"]]
    merges = []
    k = 0
    for group, items in VN_MED_GROUPS:
        if items is None:
            _span(rows, merges, f"{group}: lưu giữ phân rã tại kho chất thải phóng xạ của Khoa theo Thông tư 22/2014/TT-BKHCN; sau khi hoạt độ "
                  "giảm dưới mức miễn trừ được quản lý như chất thải y tế thông thường, không thống kê tại bảng này", 6)
            continue
        _span(rows, merges, group, 6)
        for code, name, (lo, hi) in items:
            k += 1
            month = round(r.uniform(lo, hi), 1)
            year = float(round(month * r.uniform(11.4, 12.6)))
            rows.append([str(k), name, code or "-", num(month, "vi"), num(year, "vi"),
                         "Chuyển giao đơn vị có giấy phép xử lý CTNH" if code else "Chuyển giao Công ty Môi trường đô thị"])
            item = ({"code": code + "*", "code_system": "VN-CTNH", "hazardous": True} if code else
                    {"code": None, "code_system": None, "hazardous": False})
            doc.add("wastes", {**item, "amount_t": year / 1000, "name_contains": _words(name, 5)})
    doc.table("Bảng 3. Khối lượng chất thải phát sinh năm 2025", rows, merges, role="wastes")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- limits

# code: (limit mg/m3, share range of the limit measured); beryllium's limit is the daily one
SZZ_NORMS = {"0109": (0.00001, (0.1, 0.6)), "0342": (0.02, (0.1, 0.7)), "0302": (0.4, (0.05, 0.4)), "0301": (0.2, (0.15, 0.6)),
             "0330": (0.5, (0.04, 0.3)), "2902": (0.5, (0.2, 0.8))}
SZZ_LABEL = {"0109": ("Бериллий", "Бериллий"), "0342": ("Фтористый водород", "Фторлы сутек"), "0302": ("Азотная кислота", "Азот қышқылы"),
             "0301": ("Азота диоксид", "Азот диоксиді"), "0330": ("Серы диоксид", "Күкірт диоксиді"),
             "2902": ("Взвешенные частицы", "Қалқыма бөлшектер")}
SZZ_POINTS = (
    (("Граница СЗЗ (1000 м от промплощадки)", "СҚА шекарасы (өнеркәсіптік алаңнан 1000 м)"),
     (("Т-1", "север", "солтүстік"), ("Т-2", "восток", "шығыс"), ("Т-3", "юг", "оңтүстік"), ("Т-4", "запад", "батыс"))),
    (("Жилая зона", "Тұрғын аймақ"),
     (("Ж-1", "мкр. Защита, ул. Кирова", "Защита ш/а, Киров к-сі"), ("Ж-2", "пос. Ульба, школа № 18", "Үлбі кенті, № 18 мектеп"))),
)  # fmt: skip


def limits_ij1(doc: Doc) -> None:
    """A uranium, beryllium and tantalum works' quarterly results of the air at its protection zone's boundary and in the
    houses nearby: the points as rows under two rows spanning the table (the boundary, the living zone), the substances as
    columns headed by name and code, the unit in the caption, the ПДК in a last row in which beryllium's figure is the daily
    one, starred and explained under the table; beryllium's values in powers of ten, `< 1·10⁻⁶` below detection, and a
    column of the alpha activity of uranium aerosols in Bq/m³ with no ПДК (VI: a rare-earth plant's ambient air against
    QCVN 05:2023/BTNMT in µg/m³ beside columns of gamma dose rate and radon with no limit)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_ij1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    codes = ["0109", *sorted(r.sample(["0342", "0302", "0301", "0330", "2902"], 3), key=list(SZZ_NORMS).index)]
    q = doc.pick(("I", "II", "III", "IV"))
    doc.h(g(f"Отчет по производственному экологическому контролю за {q} квартал 2025 года. АО «Ульбинский металлургический завод»",
            f"«Үлбі металлургия зауыты» АҚ. 2025 жылғы {q} тоқсандағы өндірістік экологиялық бақылау бойынша есеп", ""))
    doc.h(g("3.3. Мониторинг воздействия: атмосферный воздух", "3.3. Әсер мониторингі: атмосфералық ауа", ""))
    doc.p(g("Отбор проб выполнен аккредитованной лабораторией предприятия; приведены максимальные из разовых концентраций за квартал.",
            "Сынамаларды кәсіпорынның аккредиттелген зертханасы алды; тоқсандағы бір реттік концентрациялардың ең жоғарылары келтірілген.", ""))
    width = 2 + len(codes)
    rows = [[g("Точка контроля", "Бақылау нүктесі", ""), *(f"{SZZ_LABEL[c][L]} ({c})" for c in codes),
             g("Суммарная α-активность аэрозолей урана, Бк/м³", "Уран аэрозольдерінің жиынтық α-белсенділігі, Бк/м³", "")]]
    merges = []
    for (grp_ru, grp_kk), points in SZZ_POINTS:
        _span(rows, merges, (grp_ru, grp_kk)[L], width)
        for pid, w_ru, w_kk in points:
            line = [f"{pid} ({(w_ru, w_kk)[L]})"]
            for c in codes:
                lim, share = SZZ_NORMS[c]
                if c == "0109" and r.random() < 0.35:
                    line.append(f"< {_pow(0.000001, doc.lang)}")
                    add(doc, {k: x for k, x in limit(("code", c), "air", lim, "mg/m3", None, pid).items() if k != "value"})
                    continue
                v = _sig(lim * r.uniform(*share), 2)
                line.append(_pow(v, doc.lang) if c == "0109" else num(v, doc.lang))
                add(doc, limit(("code", c), "air", lim, "mg/m3", None, pid, v))
            line.append(_pow(_sig(r.uniform(2e-6, 4e-5), 2), doc.lang))
            rows.append(line)
    rows.append([g("ПДК, мг/м³", "ШЖК, мг/м³", ""), *((_pow(SZZ_NORMS[c][0], doc.lang) + "*") if c == "0109" else num(SZZ_NORMS[c][0], doc.lang)
                                                     for c in codes), "–"])
    doc.table(g(f"Таблица 3.3 – Концентрации загрязняющих веществ в атмосферном воздухе, мг/м³ ({q} квартал 2025 г.)",
                f"3.3-кесте – Атмосфералық ауадағы ластаушы заттардың концентрациялары, мг/м³ (2025 ж. {q} тоқсан)", ""), rows, merges, role="limits")
    doc.p(g("* Для бериллия приведена ПДК среднесуточная (ПДК максимально разовая не установлена). Объемная активность урана "
            "сравнивается с ДОА для населения в отчете по радиационной безопасности.",
            "* Бериллий үшін орташа тәуліктік ШЖК келтірілген (ең жоғары бір реттік ШЖК белгіленбеген). Уранның көлемдік белсенділігі "
            "радиациялық қауіпсіздік жөніндегі есепте халық үшін ЖКБ-мен салыстырылады.", ""))
    maybe_distractor(doc, 0.3)


QCVN05_1H = {"2902": ("Bụi TSP", 300, (0.2, 0.8)), "0330": ("SO2", 350, (0.05, 0.4)), "0301": ("NO2", 200, (0.1, 0.5)),
             "0337": ("CO", 30000, (0.05, 0.3))}
VN_RE_POINTS = (("KK1", "Cổng nhà máy"), ("KK2", "Khu vực kho quặng tinh"), ("KK3", "Khu dân cư thôn Khe Ván, cách nhà máy 800 m"),
                ("KK4", "Trường tiểu học xã Yên Phú (điểm đối chứng)"))


def _limits_ij1_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BÁO CÁO KẾT QUẢ QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ ĐỢT 2 NĂM 2025 – NHÀ MÁY TUYỂN, TÁCH ĐẤT HIẾM YÊN PHÚ")
    doc.p("Mẫu không khí xung quanh được lấy trung bình 1 giờ; suất liều gamma đo tại độ cao 1 m và nồng độ radon đo bằng thiết bị đo "
          "liên tục trong 24 giờ tại cùng vị trí.")
    codes = list(QCVN05_1H)
    rows = [["Ký hiệu", "Vị trí quan trắc", *(QCVN05_1H[c][0] for c in codes), "Suất liều gamma", "Nồng độ radon"],
            [None, "Đơn vị", *("µg/m³" for _ in codes), "µSv/h", "Bq/m³"]]
    merges = [(0, 0, 1, 0)]
    for pid, place in VN_RE_POINTS:
        line = [pid, place]
        for c in codes:
            _, lim, share = QCVN05_1H[c]
            v = float(round(lim * r.uniform(*share))) if c == "0337" else float(round(lim * r.uniform(*share), 1))
            line.append(num(v, "vi"))
            add(doc, limit(("code", c), "air", lim, "µg/m3", None, pid, v))
        line += [num(round(r.uniform(0.1, 0.45), 2), "vi"), num(r.randint(15, 120), "vi")]
        rows.append(line)
    rows.append(["QCVN 05:2023/BTNMT (trung bình 1 giờ)", None, *(num(QCVN05_1H[c][1], "vi") for c in codes), "-", "-"])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 1))
    doc.table("Bảng 4.1. Kết quả quan trắc môi trường không khí xung quanh và phóng xạ", rows, merges, role="limits")
    doc.p("Ghi chú: suất liều gamma và nồng độ radon chưa có quy chuẩn môi trường; được đánh giá theo giới hạn liều đối với công chúng "
          "tại Thông tư số 19/2012/TT-BKHCN.")
    maybe_distractor(doc, 0.3)


# symbol: (RU label, KK label, RU unit, KK unit, contract unit, limit, value (low, high) as share or absolute for pH, detection limit)
GW_PARAMS = {
    "pH": ("Водородный показатель", "Сутегі көрсеткіші", "ед. pH", "pH бірл.", None, (6, 9), (6.8, 8.2), None),
    "TDS": ("Сухой остаток", "Құрғақ қалдық", "мг/дм³", "мг/дм³", "mg/l", 1000, (0.3, 0.9), None),
    "Cl-": ("Хлориды", "Хлоридтер", "мг/дм³", "мг/дм³", "mg/l", 350, (0.1, 0.6), None),
    "SO4": ("Сульфаты", "Сульфаттар", "мг/дм³", "мг/дм³", "mg/l", 500, (0.15, 0.7), None),
    "NO3-": ("Нитраты", "Нитраттар", "мг/дм³", "мг/дм³", "mg/l", 45, (0.05, 0.5), None),
    "Fe": ("Железо общее", "Жалпы темір", "мг/дм³", "мг/дм³", "mg/l", 0.3, (0.2, 1.4), None),
    "TPH": ("Нефтепродукты", "Мұнай өнімдері", "мг/дм³", "мг/дм³", "mg/l", 0.1, (0.2, 0.8), 0.02),
}
GW_RAD = (("Суммарная α-активность", "Жиынтық α-белсенділік", "0,2"), ("Суммарная β-активность", "Жиынтық β-белсенділік", "1,0"),
          ("Тритий (H-3)", "Тритий (H-3)", "7 600"), ("Стронций-90", "Стронций-90", "4,9"), ("Цезий-137", "Цезий-137", "11"))
RW_SITES = (
    ("Пункт хранения радиоактивных отходов комплекса «Байкал-1»", "«Байкал-1» кешенінің радиоактивті қалдықтарды сақтау пункті",
     "Филиал «Институт атомной энергии» РГП НЯЦ РК", "ҚР ҰЯО РМК «Атом энергиясы институты» филиалы"),
    ("Хранилище радиоактивных отходов ИЯФ (пос. Алатау)", "ЯФИ радиоактивті қалдықтар қоймасы (Алатау кенті)",
     "РГП на ПХВ «Институт ядерной физики»", "«Ядролық физика институты» ШЖҚ РМК"),
)  # fmt: skip


def limits_ij2(doc: Doc) -> None:
    """The groundwater around a store of radioactive wastes as a turned table: the parameters as rows with a unit column,
    the observation wells as columns under a merged header (`Н-1 (фон)` among them), the drinking-water ПДК in the last
    column, a row spanning the table before the chemical and before the radiation parameters, the latter with
    intervention levels in Bq/dm³ and no substance of the lists, `<` below detection (VI: a research reactor's decay
    tanks and treatment plant as columns against QCVN 40:2011/BTNMT column B with Kq and Kf, the gross alpha and beta and
    iodine-131 rows compared with the radiation licence)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_ij2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    site = doc.pick(RW_SITES)
    wells = ["Н-1", "Н-2", "Н-3"] + (["Н-4"] if r.random() < 0.6 else [])
    keys = ["pH", *sorted(r.sample(["TDS", "Cl-", "SO4", "NO3-", "Fe", "TPH"], 4), key=list(GW_PARAMS).index)]
    doc.h(g(f"Результаты контроля подземных вод в районе размещения объекта. {site[0]}", f"{site[1]}. Объект орналасқан аудандағы жерасты суларын бақылау нәтижелері", ""))
    doc.p(g(f"Эксплуатирующая организация: {site[2]}. Пробы отобраны в {doc.pick(('мае', 'сентябре'))} 2025 г. из наблюдательных скважин "
            "по периметру хранилища; скважина Н-1 расположена выше по потоку подземных вод и является фоновой.",
            f"Пайдаланушы ұйым: {site[3]}. Сынамалар 2025 жылғы {doc.pick(('мамырда', 'қыркүйекте'))} қойма периметрі бойынша бақылау "
            "ұңғымаларынан алынды; Н-1 ұңғымасы жерасты суларының ағысынан жоғары орналасқан және фондық болып табылады.", ""))
    width = 3 + len(wells)
    rows = [[g("Показатель", "Көрсеткіш", ""), g("Ед. изм.", "Өлш. бірл.", ""), g("Наблюдательные скважины", "Бақылау ұңғымалары", ""),
             *[None] * (len(wells) - 1), g("ПДК (УВ)", "ШЖК (АД)", "")],
            [None, None, *(f"{w} (фон)" if w == "Н-1" else w for w in wells), None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 1 + len(wells)), (0, width - 1, 1, width - 1)]
    _span(rows, merges, g("Химические показатели", "Химиялық көрсеткіштер", ""), width)
    for s in keys:
        l_ru, l_kk, u_ru, u_kk, unit, lim, share, dl = GW_PARAMS[s]
        line = [(l_ru, l_kk)[L], (u_ru, u_kk)[L]]
        for w in wells:
            if dl and r.random() < 0.4:
                line.append(f"< {num(dl, doc.lang)}")
                add(doc, {k: x for k, x in limit(("symbol", s), "water", lim, unit, None, w).items() if k != "value"})
                continue
            v = round(r.uniform(*share), 1) if s == "pH" else _sig(lim * r.uniform(*share), 2)
            line.append(num(v, doc.lang))
            add(doc, limit(("symbol", s), "water", lim, unit, None, w, v))
        line.append(f"{num(lim[0], doc.lang)}–{num(lim[1], doc.lang)}" if isinstance(lim, tuple) else num(lim, doc.lang))
        rows.append(line)
    _span(rows, merges, g("Радиационные показатели", "Радиациялық көрсеткіштер", ""), width)
    for n_ru, n_kk, uv in GW_RAD:
        vals = [f"< {num(0.02, doc.lang)}" if r.random() < 0.4 else num(round(r.uniform(0.03, 0.18), 2), doc.lang) for _ in wells]
        rows.append([(n_ru, n_kk)[L], g("Бк/дм³", "Бк/дм³", ""), *vals, f"{uv} ({g('УВ', 'АД', '')})"])
    doc.table(g("Таблица 2 – Результаты анализов проб подземных вод", "2-кесте – Жерасты суларының сынамаларын талдау нәтижелері", ""), rows, merges,
              role="limits")
    doc.p(g("ПДК – для воды хозяйственно-питьевого назначения; УВ – уровень вмешательства по содержанию радионуклидов в питьевой воде.",
            "ШЖК – шаруашылық-ауыз су мақсатындағы су үшін; АД – ауыз судағы радионуклидтер құрамы бойынша араласу деңгейі.", ""))
    maybe_distractor(doc, 0.3)


# symbol: (VI label, unit, C of column B, value share (low, high) or pH range)
VN_DT = {"pH": ("pH", None, (5.5, 9), (6.5, 8.0)), "BOD5": ("BOD5 (20°C)", "mg/l", 50, (0.2, 0.7)), "COD": ("COD", "mg/l", 150, (0.2, 0.7)),
         "TSS": ("Tổng chất rắn lơ lửng (TSS)", "mg/l", 100, (0.15, 0.6)), "NH4+": ("Amoni (tính theo N)", "mg/l", 10, (0.1, 0.6)),
         "Coliform": ("Tổng Coliforms", "MPN/100ml", 5000, None)}
KQ_DT, KF_DT = 0.9, 1.1


def _limits_ij2_vi(doc: Doc) -> None:
    r = doc.rng
    points = (("NT1", "Bể phân rã B1"), ("NT2", "Bể phân rã B2"), ("NT3", "Sau trạm xử lý nước thải"))
    doc.h("KẾT QUẢ QUAN TRẮC NƯỚC THẢI TRƯỚC KHI XẢ – VIỆN NGHIÊN CỨU HẠT NHÂN (LÒ PHẢN ỨNG HẠT NHÂN ĐÀ LẠT)")
    doc.p("Nước thải từ khu lò phản ứng và khu sản xuất đồng vị được lưu giữ phân rã tại các bể B1, B2 và chỉ được xả theo mẻ sau khi "
          "kết quả phân tích đạt yêu cầu; nước thải sinh hoạt được xử lý tại trạm xử lý nước thải tập trung của Viện. Quy chuẩn so sánh: "
          f"QCVN 40:2011/BTNMT cột B, Kq = {num(KQ_DT, 'vi')}, Kf = {num(KF_DT, 'vi')}.")
    keys = list(VN_DT)
    rows = [["Thông số", "Đơn vị", "Vị trí lấy mẫu", None, None, "QCVN 40:2011/BTNMT cột B (Cmax)"],
            [None, None, *(f"{p} – {name}" for p, name in points), None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4), (0, 5, 1, 5)]
    for s in keys:
        label, unit, c, share = VN_DT[s]
        lim = c if s in ("pH", "Coliform") else _sig(c * KQ_DT * KF_DT, 6)
        line = [label, unit.replace("mg/l", "mg/L") if unit else "-"]
        for pid, _ in points:
            if s == "pH":
                v = round(r.uniform(*share), 1)
            elif s == "Coliform":
                v = float(r.choice((230, 430, 930, 1500, 2400)))
            else:
                v = _sig(lim * r.uniform(*share), 3)
            line.append(num(v, "vi"))
            add(doc, limit(("symbol", s), "waste_water", lim, unit, "B", pid, v))
        line.append(f"{num(lim[0], 'vi')} – {num(lim[1], 'vi')}" if isinstance(lim, tuple) else num(lim, "vi"))
        rows.append(line)
    for label, cap in (("Tổng hoạt độ phóng xạ alpha", "Theo GP bức xạ"), ("Tổng hoạt độ phóng xạ beta", "Theo GP bức xạ"), ("I-131", "Theo GP bức xạ")):
        rows.append([label, "Bq/L", *(num(round(r.uniform(0.02, 0.9), 2), "vi") for _ in points), cap])
    doc.table("Bảng 5. Kết quả phân tích mẫu nước thải", rows, merges, role="limits")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- monitoring

INTERVAL = {
    "ru": {"monthly": "1 раз в месяц", "quarterly": "1 раз в 3 месяца", "semiannual": "1 раз в 6 месяцев", "yearly": "1 раз в 12 месяцев",
           "continuous": "непрерывно"},
    "kk": {"monthly": "айына 1 рет", "quarterly": "3 айда 1 рет", "semiannual": "6 айда 1 рет", "yearly": "12 айда 1 рет", "continuous": "үздіксіз"},
    "vi": {"monthly": "01 tháng/lần", "quarterly": "03 tháng/lần", "semiannual": "06 tháng/lần", "yearly": "12 tháng/lần", "continuous": "Liên tục"},
}
# (kind, RU object, KK object, points, RU what, KK what, [(key kind, key)], frequency or RU/KK event)
REACTOR_PROGRAMME = (
    ("rad", "Вентиляционная труба реактора", "Реактордың желдету құбыры", "ИЗА 0001",
     "объемная активность ИРГ, йода-131, β-активных аэрозолей", "ИРГ, йод-131, β-белсенді аэрозольдердің көлемдік белсенділігі", [], "continuous"),
    ("rad", "Граница СЗЗ и зона наблюдения", "СҚА шекарасы және бақылау аймағы", "Т-1, Т-2, Т-3, Т-4",
     "МЭД гамма-излучения, объемная β-активность аэрозолей", "гамма-сәулеленудің ЭДҚ, аэрозольдердің көлемдік β-белсенділігі", [], "monthly"),
    ("rad", "Почва и растительность в зоне наблюдения", "Бақылау аймағындағы топырақ пен өсімдіктер", "Т-1, Т-2, Т-3, Т-4",
     "удельная активность цезия-137, стронция-90", "цезий-137, стронций-90 үлестік белсенділігі", [], "yearly"),
    ("rad", "Территория промплощадки", "Өнеркәсіптік алаң аумағы", "—",
     "МЭД гамма-излучения по маршруту", "маршрут бойынша гамма-сәулеленудің ЭДҚ", [],
     ("после каждой кампании реактора", "реактордың әр науқанынан кейін")),
    ("chem", "Атмосферный воздух на границе СЗЗ", "СҚА шекарасындағы атмосфералық ауа", "Т-1, Т-2, Т-3, Т-4",
     "азота диоксид, углерод оксид, взвешенные частицы", "азот диоксиді, көміртек оксиді, қалқыма бөлшектер",
     [("code", "0301"), ("code", "0337"), ("code", "2902")], "quarterly"),
    ("chem", "Дымовая труба котельной", "Қазандықтың түтін мұржасы", "ИЗА 0003",
     "азота диоксид, азот (II) оксид, углерод оксид", "азот диоксиді, азот оксиді, көміртек оксиді",
     [("code", "0301"), ("code", "0304"), ("code", "0337")], "quarterly"),
    ("chem", "Сточные воды (выпуск в городскую канализацию)", "Ағынды сулар (қалалық кәрізге шығару)", "К-1",
     "pH, взвешенные вещества, нефтепродукты, нитраты, сухой остаток", "pH, қалқыма заттар, мұнай өнімдері, нитраттар, құрғақ қалдық",
     [("symbol", "pH"), ("symbol", "TSS"), ("symbol", "TPH"), ("symbol", "NO3-"), ("symbol", "TDS")], "monthly"),
    ("chem", "Подземные воды (наблюдательные скважины)", "Жерасты сулары (бақылау ұңғымалары)", "Н-1, Н-2, Н-3",
     "pH, сухой остаток, хлориды, нитраты", "pH, құрғақ қалдық, хлоридтер, нитраттар",
     [("symbol", "pH"), ("symbol", "TDS"), ("symbol", "Cl-"), ("symbol", "NO3-")], "semiannual"),
    ("chem", "Почва промплощадки", "Өнеркәсіптік алаң топырағы", "П-1, П-2",
     "свинец, медь, цинк, нефтепродукты", "қорғасын, мыс, мырыш, мұнай өнімдері",
     [("symbol", "Pb"), ("symbol", "Cu"), ("symbol", "Zn"), ("symbol", "TPH")], "yearly"),
)  # fmt: skip


def monitoring_ij1(doc: Doc) -> None:
    """A research reactor's programme of radiation and environmental control, the kind of control (`Радиационный контроль`,
    `Химический контроль`) merged down the first column, the points in a column of their own listed with commas (`Т-1, Т-2,
    Т-3, Т-4`) or a source (`ИЗА 0003`), the frequency as an interval (`1 раз в 3 месяца`, `1 раз в 12 месяцев`); the
    radiation rows — dose rate, activities of the stack's gases and aerosols, caesium and strontium in soil, a survey after
    every campaign of the reactor — give no substance of the lists (VI: the Đà Lạt reactor's programme, `Quan trắc phóng xạ`
    and `Quan trắc môi trường` merged down, `03 tháng/lần`)."""
    if doc.lang == "vi":
        _monitoring_ij1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    site = doc.pick(REACTOR_SITES)
    operator, reactor = site[L], site[2 + L]
    doc.h(g(f"Программа производственного экологического и радиационного контроля. {operator}",
            f"{operator}. Өндірістік экологиялық және радиациялық бақылау бағдарламасы", ""))
    doc.p(g(f"Программа охватывает реактор {reactor}, котельную и вспомогательные объекты. Радиационный контроль выполняет служба "
            "радиационной безопасности, химический – аккредитованная лаборатория по договору.",
            f"Бағдарлама {reactor} реакторын, қазандықты және қосалқы объектілерді қамтиды. Радиациялық бақылауды радиациялық қауіпсіздік "
            "қызметі, химиялық бақылауды шарт бойынша аккредиттелген зертхана орындайды.", ""))
    rows = [g(["Вид контроля", "№", "Объект контроля", "Точки, источники", "Контролируемые показатели", "Периодичность", "Исполнитель"],
              ["Бақылау түрі", "№", "Бақылау объектісі", "Нүктелер, көздер", "Бақыланатын көрсеткіштер", "Кезеңділігі", "Орындаушы"], [])]
    merges = []
    who = {"rad": g("служба радиационной безопасности", "радиациялық қауіпсіздік қызметі", ""),
           "chem": g("аккредитованная лаборатория", "аккредиттелген зертхана", "")}
    kinds = {"rad": g("Радиационный контроль", "Радиациялық бақылау", ""), "chem": g("Химический контроль", "Химиялық бақылау", "")}
    sources, pairs = [], []
    start, prev = 1, None
    for k, (kind, o_ru, o_kk, points, w_ru, w_kk, keys, word) in enumerate(REACTOR_PROGRAMME, 1):
        if kind != prev and prev is not None:
            merges.append((start, 0, len(rows) - 1, 0))
            start = len(rows)
        said = INTERVAL[doc.lang][word] if isinstance(word, str) else word[L]
        pts = g(points, points.replace("ИЗА", "ЛШК"), "")
        rows.append([kinds[kind] if kind != prev else None, str(k), (o_ru, o_kk)[L], pts, (w_ru, w_kk)[L], said, who[kind]])
        prev = kind
        if points.startswith("ИЗА"):
            number = points.split()[1]
            sources.append(number)
            for kk, key in keys:
                doc.add("monitoring", {"source_number": number, kk: key, "frequency": word})
                pairs.append((number, key))
            continue
        for p in points.split(", ") if keys else ():
            doc.add("monitoring", *({"point": p, kk: key, "frequency": word} for kk, key in keys))
    merges.append((start, 0, len(rows) - 1, 0))
    doc.table(g("Таблица 4.1 – Программа контроля", "4.1-кесте – Бақылау бағдарламасы", ""), rows, merges, role="monitoring")
    doc.add("sources", *({"number": n, "type": "organized"} for n in sources))
    doc.add("emissions", *(emission(c, None, None, n) for n, c in pairs))
    maybe_distractor(doc, 0.3)


# (kind, component, points, VI what, [(key kind, key)], frequency)
DALAT_PROGRAMME = (
    ("rad", "Khí thải ống thông gió lò phản ứng", "Ống thải lò", "Hoạt độ Ar-41, I-131, tổng beta trong sol khí", [], "continuous"),
    ("rad", "Suất liều gamma môi trường", "PX1, PX2, PX3, PX4", "Suất liều tương đương môi trường", [], "monthly"),
    ("rad", "Đất, thực vật quanh Viện", "Đ1, Đ2", "Hoạt độ Cs-137, I-131", [], "semiannual"),
    ("env", "Không khí xung quanh", "KK1, KK2, KK3", "Bụi tổng, NO2, SO2, CO", [("code", "2902"), ("code", "0301"), ("code", "0330"), ("code", "0337")],
     "quarterly"),
    ("env", "Nước thải sau trạm xử lý", "NT1", "pH, BOD5, COD, TSS, Amoni, Tổng Coliforms",
     [("symbol", "pH"), ("symbol", "BOD5"), ("symbol", "COD"), ("symbol", "TSS"), ("symbol", "NH4+"), ("symbol", "Coliform")], "quarterly"),
    ("env", "Nước mặt suối Cam Ly", "NM1, NM2", "pH, TSS, COD, Amoni", [("symbol", "pH"), ("symbol", "TSS"), ("symbol", "COD"), ("symbol", "NH4+")],
     "semiannual"),
    ("env", "Đất trong khuôn viên", "Đ1, Đ2", "Chì, Asen, Cadimi", [("symbol", "Pb"), ("symbol", "As"), ("symbol", "Cd")], "yearly"),
)  # fmt: skip


def _monitoring_ij1_vi(doc: Doc) -> None:
    doc.h("CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG VÀ PHÓNG XẠ – VIỆN NGHIÊN CỨU HẠT NHÂN, ĐÀ LẠT")
    doc.p("Quan trắc phóng xạ do Phòng An toàn bức xạ và Môi trường của Viện thực hiện; quan trắc môi trường do đơn vị có Giấy chứng nhận "
          "đủ điều kiện hoạt động dịch vụ quan trắc môi trường thực hiện theo hợp đồng.")
    rows = [["Loại quan trắc", "TT", "Thành phần", "Vị trí (ký hiệu)", "Thông số", "Tần suất"]]
    merges = []
    kinds = {"rad": "Quan trắc phóng xạ", "env": "Quan trắc môi trường"}
    start, prev = 1, None
    for k, (kind, comp, points, what, keys, word) in enumerate(DALAT_PROGRAMME, 1):
        if kind != prev and prev is not None:
            merges.append((start, 0, len(rows) - 1, 0))
            start = len(rows)
        rows.append([kinds[kind] if kind != prev else None, str(k), comp, points, what, INTERVAL["vi"][word]])
        prev = kind
        for p in points.split(", ") if keys else ():
            doc.add("monitoring", *({"point": p, kk: key, "frequency": word} for kk, key in keys))
    merges.append((start, 0, len(rows) - 1, 0))
    doc.table("Bảng 6.1. Chương trình quan trắc", rows, merges, role="monitoring")
    doc.p("Quy chuẩn so sánh: QCVN 05:2023/BTNMT, QCVN 14:2008/BTNMT, QCVN 08:2023/BTNMT, QCVN 03:2023/BTNMT; phóng xạ: Thông tư số "
          "19/2012/TT-BKHCN.")
    maybe_distractor(doc, 0.3)


# (code or None, RU name, KK name, source list as written, method RU, method KK, frequency)
ULBA_PLAN = (
    ("0109", "Бериллий и его соединения", "Бериллий және оның қосылыстары", "0301–0306, 0311", "отбор на фильтр АФА, ААС", "АФА сүзгісіне алу, ААС",
     "monthly"),
    ("0342", "Фтористые газообразные соединения", "Газ тәрізді фторлы қосылыстар", "0301, 0304, 0312–0314", "фотометрический", "фотометриялық",
     "quarterly"),
    ("0302", "Азотная кислота", "Азот қышқылы", "0201–0203", "фотометрический", "фотометриялық", "quarterly"),
    ("0303", "Аммиак", "Аммиак", "0205, 0207", "фотометрический", "фотометриялық", "semiannual"),
    (None, "Уран (сумма α-активных нуклидов)", "Уран (α-белсенді нуклидтер сомасы)", "0101–0108", "радиометрический", "радиометриялық", "weekly"),
    ("0301", "Азота диоксид", "Азот диоксиді", "0001–0003", "АСМ (газоанализатор)", "АМЖ (газталдағыш)", "continuous"),
    ("0330", "Серы диоксид", "Күкірт диоксиді", "0001–0003", "АСМ (газоанализатор)", "АМЖ (газталдағыш)", "continuous"),
    ("0337", "Углерод оксид", "Көміртек оксиді", "0001–0003", "АСМ (газоанализатор)", "АМЖ (газталдағыш)", "continuous"),
    ("2902", "Взвешенные частицы", "Қалқыма бөлшектер", "0001–0003", "АСМ (пылемер)", "АМЖ (шаң өлшегіш)", "continuous"),
)  # fmt: skip
OFTEN = {"ru": {"monthly": "ежемесячно", "quarterly": "ежеквартально", "semiannual": "1 раз в полугодие", "weekly": "еженедельно",
                "continuous": "непрерывно"},
         "kk": {"monthly": "ай сайын", "quarterly": "тоқсан сайын", "semiannual": "жарты жылда 1 рет", "weekly": "апта сайын", "continuous": "үздіксіз"}}


def _expand(text: str, sep: str = "–") -> list[str]:
    """`0301–0306, 0311` is 0301 … 0306 and 0311; `KT1 ÷ KT3` is KT1, KT2, KT3."""
    out = []
    for part in text.split(","):
        part = part.strip()
        if sep in part:
            a, b = (x.strip() for x in part.split(sep))
            head = a.rstrip("0123456789")
            width = len(a) - len(head)
            out += [f"{head}{n:0{width}d}" if head == "" else f"{head}{n}" for n in range(int(a[len(head):]), int(b[len(head):]) + 1)]
        else:
            out.append(part)
    return out


def monitoring_ij2(doc: Doc) -> None:
    """A uranium, beryllium and tantalum works' plan-graph of control at its sources laid out by substance: a row per
    substance with its code, the sources where it is measured as a list with ranges (`0301–0306, 0311`), the method and how
    often; the uranium row gives sources but no substance of the lists, the ТЭЦ's stacks measured continuously by the
    automated system (VI: a rare-earth plant's GPMT programme by stacks written as ranges `KT1 ÷ KT3`, radon beside dust)."""
    if doc.lang == "vi":
        _monitoring_ij2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g("Программа производственного экологического контроля АО «Ульбинский металлургический завод» на 2026–2028 годы",
            "«Үлбі металлургия зауыты» АҚ 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.p(g("5.1. План-график контроля на источниках выбросов составлен по веществам: для каждого вещества указаны источники (номера "
            "ИЗА по проекту НДВ), на которых выполняется контроль.",
            "5.1. Шығарынды көздеріндегі бақылау жоспар-кестесі заттар бойынша жасалған: әр зат үшін бақылау жүргізілетін көздер (ЖШН "
            "жобасы бойынша ЛШК нөмірлері) көрсетілген.", ""))
    rows = [g(["№", "Код ЗВ", "Наименование вещества", "№ ИЗА", "Метод контроля", "Периодичность", "Исполнитель"],
              ["№", "ЛЗ коды", "Заттың атауы", "ЛШК №", "Бақылау әдісі", "Кезеңділігі", "Орындаушы"], [])]
    sources: list[str] = []
    pairs = []
    lab = g("ЦЗЛ (аттестат аккредитации KZ.И.07.0412)", "ОЗЗ (аккредиттеу аттестаты KZ.И.07.0412)", "")
    for k, (code, n_ru, n_kk, srcs, m_ru, m_kk, word) in enumerate(ULBA_PLAN, 1):
        rows.append([str(k), code or "–", (n_ru, n_kk)[L], srcs, (m_ru, m_kk)[L], OFTEN[doc.lang][word],
                     lab if code not in ("0301", "0330", "0337", "2902") else g("ТЭЦ (АСМ)", "ЖЭО (АМЖ)", "")])
        for n in _expand(srcs):
            if n not in sources:
                sources.append(n)
            if code:
                doc.add("monitoring", {"source_number": n, "code": code, "frequency": word})
                pairs.append((n, code))
    doc.table(g("Таблица 5.1 – План-график контроля на источниках выбросов", "5.1-кесте – Шығарынды көздеріндегі бақылау жоспар-кестесі", ""),
              rows, role="monitoring")
    doc.add("sources", *({"number": n, "type": "organized"} for n in sources))
    doc.add("emissions", *(emission(c, None, None, n) for n, c in pairs))
    doc.p(g("Нумерация ИЗА: 00хх – дымовые трубы ТЭЦ; 01хх – вентсистемы уранового производства; 02хх – танталового; 03хх – бериллиевого.",
            "ЛШК нөмірленуі: 00хх – ЖЭО түтін мұржалары; 01хх – уран өндірісінің желдету жүйелері; 02хх – тантал; 03хх – бериллий өндірісі.", ""))
    maybe_distractor(doc, 0.3)


# (points, place, VI what, [(key kind, key)], frequency)
VN_RE_STACKS = (
    ("KT1 ÷ KT3", "Ống thải lò nung phân hủy quặng số 1 đến số 3", "Bụi tổng, SO2, NO2", [("code", "2902"), ("code", "0330"), ("code", "0301")],
     "quarterly"),
    ("KT4, KT5", "Ống thải tháp hấp thụ khí công đoạn hòa tách", "HCl", [("code", "0316")], "quarterly"),
    ("KT6", "Ống khói lò hơi đốt than 10 tấn hơi/giờ", "Lưu lượng, bụi tổng, SO2, NO2, CO, O2",
     [("code", "2902"), ("code", "0330"), ("code", "0301"), ("code", "0337")], "continuous"),
    ("KT7 ÷ KT8", "Ống thải hệ thống thông gió kho quặng tinh", "Bụi tổng, nồng độ radon", [("code", "2902")], "semiannual"),
)  # fmt: skip


def _monitoring_ij2_vi(doc: Doc) -> None:
    doc.h("GIẤY PHÉP MÔI TRƯỜNG – PHỤ LỤC 2. CHƯƠNG TRÌNH QUAN TRẮC KHÍ THẢI – NHÀ MÁY TUYỂN, TÁCH ĐẤT HIẾM YÊN PHÚ")
    doc.p("Công ty Cổ phần Đất hiếm Việt Bắc thực hiện quan trắc khí thải tại các vị trí sau; quan trắc tự động, liên tục tại ống khói lò hơi "
          "được truyền số liệu về Sở Nông nghiệp và Môi trường.")
    rows = [["TT", "Ký hiệu vị trí", "Vị trí quan trắc", "Thông số", "Tần suất", "Quy chuẩn so sánh"]]
    for k, (points, place, what, keys, word) in enumerate(VN_RE_STACKS, 1):
        rows.append([str(k), points, place, what, INTERVAL["vi"][word] if word != "continuous" else "Tự động, liên tục", "QCVN 19:2009/BTNMT cột B"])
        for p in _expand(points, "÷"):
            doc.add("monitoring", *({"point": p, kk: key, "frequency": word} for kk, key in keys))
    doc.table("Bảng 2. Vị trí, thông số và tần suất quan trắc khí thải", rows, role="monitoring")
    doc.p("Ghi chú: nồng độ radon tại KT7, KT8 được đo để đánh giá an toàn bức xạ, không so sánh với QCVN 19:2009/BTNMT.")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- inspections

# (type, radionuclide, (low, high) GBq)
FLAW_DETECTORS = (("Гаммарид 192/120М", "Ir-192", (400, 1800)), ("Гаммарид 192/40Т", "Ir-192", (300, 1200)), ("РИД-Se-75", "Se-75", (500, 2500)),
                  ("Гаммарид 170/400", "Tm-170", (800, 3500)))
# ((RU object, KK object), [(RU check, KK check, RU tool, KK tool, frequency, RU said, KK said, actor key)])
RADIOGRAPHY_CHECKS = (
    (("Хранилище радиоизотопных дефектоскопов", "Радиоизотоптық дефектоскоптар қоймасы"), [
        ("Мощность дозы на наружных поверхностях хранилища и на границе контролируемой зоны", "Қойманың сыртқы беттеріндегі және бақыланатын аймақ шекарасындағы доза қуаты",
         "дозиметр ДКС-АТ1123", "ДКС-АТ1123 дозиметрі", "daily", "ежедневно", "күн сайын", "dos"),
        ("Исправность охранной сигнализации, замков и знаков радиационной опасности", "Күзет дабылының, құлыптардың және радиациялық қауіп белгілерінің жарамдылығы",
         "визуально", "көзбен шолу", "weekly", "еженедельно (понедельник)", "апта сайын (дүйсенбі)", "rso")]),
    (("Гамма-дефектоскопы (таблица 1)", "Гамма-дефектоскоптар (1-кесте)"), [
        ("Мощность дозы на поверхности радиационной головки", "Радиациялық бастиек бетіндегі доза қуаты", "дозиметр ДКС-АТ1123", "ДКС-АТ1123 дозиметрі",
         None, "перед каждым выездом и по возвращении", "әр шығар алдында және қайтып келгенде", "def"),
        ("Техническое обслуживание ампулопровода и механизма перемещения источника", "Ампула өткізгіш пен көзді жылжыту механизміне техникалық қызмет көрсету",
         "по инструкции изготовителя", "дайындаушының нұсқаулығы бойынша", "quarterly", "ежеквартально", "тоқсан сайын", "rso"),
        ("Проверка источника на отсутствие утечки (метод мазка)", "Көздің ағып кетпеуін тексеру (жағынды әдісі)", "радиометр РКС-01", "РКС-01 радиометрі",
         "semiannual", "1 раз в 6 месяцев", "6 айда 1 рет", "rso")]),
    (("Специальный автомобиль для перевозки дефектоскопов", "Дефектоскоптарды тасымалдауға арналған арнайы автомобиль"), [
        ("Крепление транспортного упаковочного комплекта, знаки опасности, мощность дозы в кабине", "Көліктік қаптама жиынтығының бекітілуі, қауіп белгілері, кабинадағы доза қуаты",
         "дозиметр ДКС-АТ1123", "ДКС-АТ1123 дозиметрі", None, "перед каждой перевозкой", "әр тасымалдау алдында", "drv")]),
    (("Площадка временного накопления отходов", "Қалдықтарды уақытша жинақтау алаңы"), [
        ("Состояние тары с отработанными фиксажными растворами и промасленной ветошью, сроки накопления",
         "Пайдаланылған бекіткіш ерітінділер мен майланған шүберек ыдыстарының жай-күйі, жинақтау мерзімдері",
         "визуально, журнал учета отходов", "көзбен шолу, қалдықтарды есепке алу журналы", "monthly", "ежемесячно", "ай сайын", "eco")]),
    (("Средства измерений", "Өлшеу құралдары"), [
        ("Поверка дозиметров и радиометров", "Дозиметрлер мен радиометрлерді тексеру", "аккредитованная метрологическая служба",
         "аккредиттелген метрологиялық қызмет", "yearly", "1 раз в год", "жылына 1 рет", "rso")]),
)  # fmt: skip
ACTORS = {"dos": ("дозиметрист", "дозиметрист"), "rso": ("ответственный за радиационную безопасность", "радиациялық қауіпсіздікке жауапты"),
          "def": ("дефектоскопист", "дефектоскопист"), "drv": ("водитель-экспедитор", "жүргізуші-экспедитор"), "eco": ("инженер-эколог", "инженер-эколог")}


def inspections_ij1(doc: Doc) -> None:
    """An industrial radiography firm's schedule of checks in its programme of radiation control: first its gamma flaw
    detectors in a table of no role (type, serial number, radionuclide, activity in GBq, the source's passport), then the
    checks under rows spanning the table that name the object — the store, the detectors, the special vehicle, the waste
    site, the instruments — with the instrument used (`ДКС-АТ1123`), how often, and who checks; checks before every trip
    carry no frequency (VI: an NDT company's plan of radiation-safety checks, `Trước mỗi lần đi công trình`)."""
    r = doc.rng
    if doc.lang == "vi":
        _inspections_ij1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    firm = g("ТОО «ШығысДефектоскопия»", "«ШығысДефектоскопия» ЖШС", "")
    doc.h(g(f"Программа производственного радиационного контроля. {firm}", f"{firm}. Өндірістік радиациялық бақылау бағдарламасы", ""))
    doc.p(g("Предприятие выполняет радиографический контроль сварных соединений на объектах заказчиков гамма-дефектоскопами; "
            "дефектоскопы хранятся в стационарном хранилище на базе предприятия.",
            "Кәсіпорын тапсырыс берушілердің объектілерінде гамма-дефектоскоптармен дәнекерленген қосылыстарды радиографиялық бақылауды "
            "орындайды; дефектоскоптар кәсіпорын базасындағы стационарлық қоймада сақталады.", ""))
    dev = [g(["№", "Тип дефектоскопа", "Заводской №", "Радионуклид", "Активность на 01.01.2026, ГБк", "№ паспорта источника"],
             ["№", "Дефектоскоп түрі", "Зауыттық №", "Радионуклид", "01.01.2026 белсенділігі, ГБк", "Көз паспортының №"], [])]
    for k, (kind, nucl, (lo, hi)) in enumerate(r.sample(FLAW_DETECTORS, 3), 1):
        dev.append([str(k), kind, f"{r.randint(100, 999)}-{r.randint(10, 25)}", nucl, num(r.randint(lo, hi), doc.lang), f"{nucl[:2].upper()}{r.randint(10000, 99999)}"])
    doc.table(g("Таблица 1 – Радиоизотопные дефектоскопы", "1-кесте – Радиоизотоптық дефектоскоптар", ""), dev, role="other")
    rows = [g(["№", "Что проверяется", "Средство (способ) контроля", "Периодичность", "Кто проверяет"],
              ["№", "Не тексеріледі", "Бақылау құралы (тәсілі)", "Кезеңділігі", "Кім тексереді"], [])]
    merges = []
    for z, ((z_ru, z_kk), checks) in enumerate(RADIOGRAPHY_CHECKS, 1):
        _span(rows, merges, f"{z}. {(z_ru, z_kk)[L]}", 5)
        for j, (c_ru, c_kk, t_ru, t_kk, word, s_ru, s_kk, who) in enumerate(checks, 1):
            what, actor = (c_ru, c_kk)[L], ACTORS[who][L]
            rows.append([f"{z}.{j}", what, (t_ru, t_kk)[L], (s_ru, s_kk)[L], actor])
            item = {"kind": "inspection", "text_contains": _words(what, 4), "actor_contains": actor}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
    doc.table(g("Таблица 2 – График проверок", "2-кесте – Тексерулер кестесі", ""), rows, merges, role="inspections")
    doc.p(g("Результаты проверок заносятся в журнал радиационного контроля; о нарушениях сообщается руководителю предприятия.",
            "Тексеру нәтижелері радиациялық бақылау журналына енгізіледі; бұзушылықтар туралы кәсіпорын басшысына хабарланады.", ""))


# (object, [(check, frequency, said, actor)])
VN_RADIOGRAPHY = (
    ("Kho lưu giữ thiết bị chụp ảnh phóng xạ", [
        ("Suất liều bức xạ tại bề mặt ngoài kho và ranh giới vùng kiểm soát", "daily", "Hằng ngày", "Nhân viên đo liều"),
        ("Khóa, hệ thống báo động, biển cảnh báo bức xạ", "weekly", "Hằng tuần (thứ Hai)", "Người phụ trách an toàn bức xạ")]),
    ("Thiết bị chụp ảnh phóng xạ (Bảng 1)", [
        ("Suất liều tại bề mặt đầu chứa nguồn", None, "Trước mỗi lần đi công trình và khi trở về", "Nhân viên chụp ảnh phóng xạ"),
        ("Bảo dưỡng ống dẫn nguồn và cơ cấu đẩy nguồn", "quarterly", "03 tháng/lần", "Người phụ trách an toàn bức xạ"),
        ("Kiểm tra rò rỉ nguồn phóng xạ (phương pháp lau)", "semiannual", "06 tháng/lần", "Người phụ trách an toàn bức xạ")]),
    ("Xe chuyên dụng vận chuyển thiết bị", [
        ("Chằng buộc kiện hàng, biển báo, suất liều trong cabin", None, "Trước mỗi chuyến vận chuyển", "Lái xe kiêm áp tải")]),
    ("Khu lưu giữ chất thải", [
        ("Tình trạng thùng chứa dung dịch hiện hình, định hình thải và giẻ lau dính dầu", "monthly", "01 tháng/lần", "Cán bộ môi trường")]),
    ("Thiết bị đo bức xạ", [("Kiểm định, hiệu chuẩn liều kế, máy đo suất liều", "yearly", "12 tháng/lần", "Người phụ trách an toàn bức xạ")]),
)  # fmt: skip


def _inspections_ij1_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("KẾ HOẠCH KIỂM TRA AN TOÀN BỨC XẠ ĐỊNH KỲ NĂM 2026 – CÔNG TY TNHH KIỂM ĐỊNH NDT PHƯƠNG NAM")
    doc.p("Công ty sử dụng thiết bị chụp ảnh phóng xạ công nghiệp để kiểm tra mối hàn tại công trình của khách hàng; thiết bị được lưu giữ tại "
          "kho nguồn trong Khu công nghiệp Nhơn Trạch 2.")
    dev = [["TT", "Loại thiết bị", "Số sê-ri", "Đồng vị", "Hoạt độ ngày 01/01/2026 (GBq)"]]
    for k, (kind, nucl, (lo, hi)) in enumerate(r.sample(FLAW_DETECTORS, 3), 1):
        dev.append([str(k), kind.replace("Гаммарид", "Gammarid").replace("РИД", "RID"), f"{r.randint(100, 999)}-{r.randint(10, 25)}", nucl,
                    num(r.randint(lo, hi), "vi")])
    doc.table("Bảng 1. Danh mục thiết bị chụp ảnh phóng xạ", dev, role="other")
    rows = [["TT", "Nội dung kiểm tra", "Tần suất", "Người thực hiện"]]
    merges = []
    for z, (obj, checks) in enumerate(VN_RADIOGRAPHY, 1):
        _span(rows, merges, f"{z}. {obj}", 4)
        for j, (what, word, said, who) in enumerate(checks, 1):
            rows.append([f"{z}.{j}", what, said, who])
            item = {"kind": "inspection", "text_contains": _words(what, 5), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
    doc.table("Bảng 2. Nội dung, tần suất kiểm tra", rows, merges, role="inspections")
    maybe_distractor(doc, 0.3)


# (RU object, KK object, RU check, KK check, summer frequency, winter frequency, (RU summer, KK summer), (RU winter, KK winter), actor)
POLYGON_ROUNDS = (
    ("Площадка «Опытное поле»", "«Тәжірибелік алаң» алаңы", "Целостность ограждения и знаков радиационной опасности, следы проникновения",
     "Қоршаудың және радиациялық қауіп белгілерінің тұтастығы, кіру іздері", "monthly", "quarterly",
     ("ежемесячно", "ай сайын"), ("ежеквартально", "тоқсан сайын"), "guard"),
    ("Площадка «Балапан», устья скважин", "«Балапан» алаңы, ұңғыма сағалары", "Состояние оголовков и бетонных заглушек скважин, МЭД у устья",
     "Ұңғымалардың басы мен бетон бітеуіштерінің жай-күйі, сағадағы ЭДҚ", "quarterly", None, ("ежеквартально", "тоқсан сайын"),
     ("не проводится (снежный покров)", "жүргізілмейді (қар жамылғысы)"), "irbe"),
    ("Площадка «Дегелен», порталы штолен", "«Дегелен» алаңы, штольня порталдары", "Целостность забивочных комплексов порталов, выход воды из штолен",
     "Портал бітеу кешендерінің тұтастығы, штольнялардан судың шығуы", "monthly", None, ("ежемесячно (май – октябрь)", "ай сайын (мамыр – қазан)"),
     ("не проводится", "жүргізілмейді"), "irbe"),
    ("Озеро «Атомное» (Чаган)", "«Атомдық» көл (Шаған)", "Предупреждающие знаки, следы выпаса скота и рыбной ловли",
     "Ескерту белгілері, мал жаю және балық аулау іздері", "weekly", "monthly", ("еженедельно", "апта сайын"), ("ежемесячно", "ай сайын"), "guard"),
    ("Контрольно-пропускные пункты зоны ограниченного доступа", "Шектеулі кіру аймағының өткізу пункттері", "Журналы въезда, исправность шлагбаумов и радиометров",
     "Кіру журналдары, шлагбаумдар мен радиометрлердің жарамдылығы", "weekly", "weekly", ("еженедельно (круглогодично)", "апта сайын (жыл бойы)"),
     None, "guard"),
)  # fmt: skip
POLYGON_ACTORS = {"guard": ("служба охраны филиала", "филиалдың күзет қызметі"), "irbe": ("группа радиационного контроля ИРБЭ", "РҚЭИ радиациялық бақылау тобы")}


def inspections_ij2(doc: Doc) -> None:
    """The order of rounds of the fenced sites of the former Semipalatinsk test site, two frequency columns under a merged
    header — May to October and November to April — holding the frequency, `не проводится` under snow, or one frequency
    merged over both for a round kept all year; a site checked in both seasons at different frequencies is two duties
    (VI: a rare-earth plant's checks of its tailings pond in the dry and the rainy season)."""
    if doc.lang == "vi":
        _inspections_ij2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g("Порядок обходов и осмотров объектов бывшего Семипалатинского испытательного полигона на 2026 год",
            "Бұрынғы Семей сынақ полигоны объектілерін 2026 жылы аралау және тексеру тәртібі", ""))
    doc.p(g("Утвержден приказом директора филиала «Институт радиационной безопасности и экологии» РГП НЯЦ РК (ИРБЭ). Результаты обходов "
            "заносятся в журнал обходов; о нарушениях ограждения и проникновении на площадки немедленно сообщается дежурному.",
            "ҚР ҰЯО РМК «Радиациялық қауіпсіздік және экология институты» филиалы (РҚЭИ) директорының бұйрығымен бекітілді. Аралау "
            "нәтижелері аралау журналына енгізіледі; қоршаудың бұзылуы және алаңдарға кіру туралы кезекшіге дереу хабарланады.", ""))
    rows = [g(["№", "Объект", "Что проверяется", "Периодичность обходов", None, "Исполнитель"],
              ["№", "Объект", "Не тексеріледі", "Аралау кезеңділігі", None, "Орындаушы"], []),
            g([None, None, None, "май – октябрь", "ноябрь – апрель", None], [None, None, None, "мамыр – қазан", "қараша – сәуір", None], [])]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 1, 5)]
    for k, (o_ru, o_kk, c_ru, c_kk, summer, winter, s_said, w_said, who) in enumerate(POLYGON_ROUNDS, 1):
        obj, actor = (o_ru, o_kk)[L], POLYGON_ACTORS[who][L]
        if w_said is None:
            rows.append([str(k), obj, (c_ru, c_kk)[L], s_said[L], None, actor])
            merges.append((len(rows) - 1, 3, len(rows) - 1, 4))
        else:
            rows.append([str(k), obj, (c_ru, c_kk)[L], s_said[L], w_said[L], actor])
        for word in dict.fromkeys(w for w in (summer, winter) if w):
            doc.add("obligations", {"kind": "inspection", "text_contains": _words(obj, 2), "actor_contains": actor, "frequency": word})
    doc.table(g("Приложение 1. График обходов", "1-қосымша. Аралау кестесі", ""), rows, merges, role="inspections")
    distractor(doc, "contacts")


VN_POND_CHECKS = (
    ("Đập hồ chứa bã thải tuyển", "Thấm, sạt lở, nứt mặt đập, mực nước trong hồ", "weekly", "daily", "Hằng tuần", "Hằng ngày", "Tổ vận hành hồ chứa"),
    ("Kho lưu giữ bã thải chứa thori", "Niêm phong, biển cảnh báo phóng xạ, suất liều tại hàng rào", "monthly", "monthly",
     "01 tháng/lần (cả năm)", None, "Người phụ trách an toàn bức xạ"),
    ("Mương thu nước mưa chảy tràn quanh bãi thải", "Bùn lắng, vật cản dòng chảy", "monthly", "weekly", "Hằng tháng", "Hằng tuần", "Tổ vận hành hồ chứa"),
    ("Trạm bơm hồi lưu nước từ hồ chứa", "Hoạt động của bơm, rò rỉ đường ống", None, "daily", "Không thực hiện", "Hằng ngày", "Phân xưởng Cơ điện"),
    ("Hàng rào và biển báo khu vực hồ chứa", "Hư hỏng, xâm nhập trái phép", "quarterly", "monthly", "03 tháng/lần", "Hằng tháng", "Tổ bảo vệ"),
)


def _inspections_ij2_vi(doc: Doc) -> None:
    doc.h("QUY TRÌNH KIỂM TRA HỒ CHỨA BÃ THẢI VÀ KHO LƯU GIỮ BÃ THẢI PHÓNG XẠ – NHÀ MÁY TUYỂN, TÁCH ĐẤT HIẾM YÊN PHÚ")
    doc.p("Kết quả kiểm tra được ghi vào sổ theo dõi an toàn hồ chứa; khi phát hiện sự cố phải báo ngay Quản đốc và Người phụ trách an toàn bức xạ.")
    rows = [["TT", "Hạng mục", "Nội dung kiểm tra", "Tần suất kiểm tra", None, "Người thực hiện"],
            [None, None, None, "Mùa khô (tháng 11 – tháng 4)", "Mùa mưa (tháng 5 – tháng 10)", None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 1, 5)]
    for k, (obj, what, dry, wet, d_said, w_said, who) in enumerate(VN_POND_CHECKS, 1):
        if w_said is None:
            rows.append([str(k), obj, what, d_said, None, who])
            merges.append((len(rows) - 1, 3, len(rows) - 1, 4))
        else:
            rows.append([str(k), obj, what, d_said, w_said, who])
        for word in dict.fromkeys(w for w in (dry, wet) if w):
            doc.add("obligations", {"kind": "inspection", "text_contains": _words(obj, 4), "actor_contains": who, "frequency": word})
    doc.table("Bảng 1. Lịch kiểm tra theo mùa", rows, merges, role="inspections")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- tasks

# ((RU section, KK section), [(RU measure, KK measure, RU form, KK form, RU executors, KK executors, (RU lead, KK lead), RU term, KK term, cost)])
POLYGON_PLAN = (
    (("Радиационный мониторинг", "Радиациялық мониторинг"), [
        ("Провести комплексное радиоэкологическое обследование земель площадки «Балапан» для передачи в хозяйственный оборот",
         "«Балапан» алаңының жерлерін шаруашылық айналымға беру үшін кешенді радиоэкологиялық зерттеу жүргізу",
         "отчет в МЭ", "ЭМ-ге есеп", "НЯЦ РК (ИРБЭ), МЭ", "ҚР ҰЯО (РҚЭИ), ЭМ", ("НЯЦ РК", "ҚР ҰЯО"), "2026–2027 гг.", "2026–2027 жж.", 850),
        ("Обеспечить мониторинг радиационной обстановки в населенных пунктах Саржал, Долонь и Кайнар",
         "Саржал, Долонь және Қайнар елді мекендеріндегі радиациялық жағдай мониторингін қамтамасыз ету",
         "информация в МЭ", "ЭМ-ге ақпарат", "НЯЦ РК (ИРБЭ), акимат области Абай", "ҚР ҰЯО (РҚЭИ), Абай облысының әкімдігі", ("НЯЦ РК", "ҚР ҰЯО"),
         "ежегодно", "жыл сайын", 120)]),
    (("Реабилитация загрязненных участков", "Ластанған учаскелерді оңалту"), [
        ("Выполнить ограждение и маркировку участков с повышенным содержанием плутония на площадке «Опытное поле»",
         "«Тәжірибелік алаң» алаңындағы плутоний мөлшері жоғары учаскелерді қоршау және таңбалау",
         "акт выполненных работ", "орындалған жұмыстар актісі", "НЯЦ РК", "ҚР ҰЯО", ("НЯЦ РК", "ҚР ҰЯО"), "2026 г.", "2026 ж.", 310),
        ("Провести рекультивацию нарушенных земель у порталов штолен горного массива Дегелен",
         "Дегелен тау массивіндегі штольня порталдарының жанындағы бұзылған жерлерді рекультивациялау",
         "акт приемки рекультивированных земель", "рекультивацияланған жерлерді қабылдау актісі", "МЭ, НЯЦ РК", "ЭМ, ҚР ҰЯО", ("МЭ", "ЭМ"),
         "2027–2028 гг.", "2027–2028 жж.", 1240)]),
    (("Обращение с радиоактивными отходами", "Радиоактивті қалдықтармен жұмыс істеу"), [
        ("Построить централизованное хранилище радиоактивных отходов на площадке «Байкал-1»",
         "«Байкал-1» алаңында радиоактивті қалдықтардың орталықтандырылған қоймасын салу",
         "акт ввода в эксплуатацию", "пайдалануға беру актісі", "МЭ, НЯЦ РК", "ЭМ, ҚР ҰЯО", ("МЭ", "ЭМ"), "2026–2028 гг.", "2026–2028 жж.", 4500),
        ("Вывезти на хранение отработавшие закрытые источники из медицинских организаций области Абай",
         "Абай облысының медициналық ұйымдарынан пайдаланылған жабық көздерді сақтауға шығару",
         "акт приема-передачи", "қабылдау-тапсыру актісі", "акимат области Абай, НЯЦ РК", "Абай облысының әкімдігі, ҚР ҰЯО",
         ("акимат области Абай", "Абай облысының әкімдігі"), "2026 г.", "2026 ж.", 95)]),
    (("Информирование и охрана здоровья населения", "Халықты хабардар ету және денсаулығын қорғау"), [
        ("Размещать результаты радиационного мониторинга на интернет-ресурсе акимата и в местных СМИ",
         "Радиациялық мониторинг нәтижелерін әкімдіктің интернет-ресурсында және жергілікті БАҚ-та орналастыру",
         "публикации", "жарияланымдар", "акимат области Абай", "Абай облысының әкімдігі", ("акимат области Абай", "Абай облысының әкімдігі"),
         "ежеквартально", "тоқсан сайын", None),
        ("Провести углубленное медицинское обследование населения, проживавшего вблизи полигона",
         "Полигон маңында тұрған халықты тереңдетілген медициналық тексеруден өткізу",
         "информация в МЗ", "ДСМ-ге ақпарат", "МЗ, акимат области Абай", "ДСМ, Абай облысының әкімдігі", ("МЗ", "ДСМ"), "2026–2028 гг.", "2026–2028 жж.", 760)]),
)  # fmt: skip


def tasks_ij1(doc: Doc) -> None:
    """A plan of measures of radiation safety and rehabilitation of the former Semipalatinsk test site under rows spanning
    the table that name the section, items `1.1`, the form of completion before the executors, several bodies in one cell
    with the one answerable first (`НЯЦ РК (ИРБЭ), МЭ`), the abbreviations explained in a paragraph under the table, the
    term, the cost in millions of tenge and the source of money (VI: a province's plan of responding to radiation
    incidents, the lead and its partners in one cell `Chủ trì: …; phối hợp: …`)."""
    if doc.lang == "vi":
        _tasks_ij1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g("План мероприятий по обеспечению радиационной безопасности населения и реабилитации территории бывшего Семипалатинского "
            "испытательного полигона на 2026–2028 годы",
            "Бұрынғы Семей сынақ полигонының аумағын оңалту және халықтың радиациялық қауіпсіздігін қамтамасыз ету жөніндегі 2026–2028 "
            "жылдарға арналған іс-шаралар жоспары", ""))
    doc.p(g("Утвержден совместным приказом. Ответственные исполнители представляют информацию о ходе исполнения в Министерство энергетики "
            "до 10 числа месяца, следующего за отчетным полугодием.",
            "Бірлескен бұйрықпен бекітілді. Жауапты орындаушылар орындалу барысы туралы ақпаратты есепті жарты жылдықтан кейінгі айдың "
            "10-на дейін Энергетика министрлігіне ұсынады.", ""))
    rows = [g(["№ п/п", "Наименование мероприятия", "Форма завершения", "Ответственные исполнители", "Срок исполнения",
               "Предполагаемые расходы, млн тенге", "Источник финансирования"],
              ["Р/с №", "Іс-шараның атауы", "Аяқтау нысаны", "Жауапты орындаушылар", "Орындау мерзімі", "Болжамды шығыстар, млн теңге",
               "Қаржыландыру көзі"], [])]
    merges = []
    for s, ((s_ru, s_kk), items) in enumerate(POLYGON_PLAN, 1):
        _span(rows, merges, f"{s}. {(s_ru, s_kk)[L]}", 7)
        for k, (m_ru, m_kk, f_ru, f_kk, e_ru, e_kk, lead, t_ru, t_kk, cost) in enumerate(items, 1):
            text = (m_ru, m_kk)[L]
            money = g("не требуется", "талап етілмейді", "") if cost is None else num(cost, doc.lang)
            source = "–" if cost is None else g("РБ", "РБ", "")
            rows.append([f"{s}.{k}", text, (f_ru, f_kk)[L], (e_ru, e_kk)[L], (t_ru, t_kk)[L], money, source])
            doc.add("obligations", {"kind": "task", "number": f"{s}.{k}", "text_contains": _words(text, 4), "actor_contains": lead[L]})
    doc.table(None, rows, merges, role="tasks")
    doc.p(g("Примечание: МЭ – Министерство энергетики РК; МЗ – Министерство здравоохранения РК; НЯЦ РК – РГП «Национальный ядерный центр "
            "Республики Казахстан»; ИРБЭ – филиал «Институт радиационной безопасности и экологии»; РБ – республиканский бюджет. Первым "
            "указан исполнитель, ответственный за свод информации.",
            "Ескертпе: ЭМ – ҚР Энергетика министрлігі; ДСМ – ҚР Денсаулық сақтау министрлігі; ҚР ҰЯО – «Қазақстан Республикасының Ұлттық "
            "ядролық орталығы» РМК; РҚЭИ – «Радиациялық қауіпсіздік және экология институты» филиалы; РБ – республикалық бюджет. Ақпаратты "
            "жинақтауға жауапты орындаушы бірінші көрсетілген.", ""))


VN_INCIDENT_PLAN = (
    ("Rà soát, cập nhật danh sách cơ sở sử dụng nguồn phóng xạ, thiết bị bức xạ trên địa bàn tỉnh", "Sở Khoa học và Công nghệ", "Công an tỉnh",
     "Quý I/2026"),
    ("Tổ chức diễn tập ứng phó sự cố bức xạ cấp cơ sở tại Viện Nghiên cứu hạt nhân", "Viện Nghiên cứu hạt nhân",
     "Sở Khoa học và Công nghệ, Bộ Chỉ huy Quân sự tỉnh", "Quý III/2026"),
    ("Trang bị máy đo suất liều bức xạ cho lực lượng cảnh sát phòng cháy, chữa cháy", "Công an tỉnh", "Sở Khoa học và Công nghệ", "Tháng 6/2026"),
    ("Tập huấn an toàn bức xạ cho nhân viên các khoa y học hạt nhân, xạ trị trên địa bàn", "Sở Y tế", "Sở Khoa học và Công nghệ", "Quý II/2026"),
    ("Xây dựng quy trình cung cấp thông tin cho công chúng khi xảy ra sự cố bức xạ", "Sở Văn hóa, Thể thao và Du lịch",
     "Báo và Phát thanh, Truyền hình tỉnh", "Tháng 9/2026"),
    ("Kiểm tra kho lưu giữ nguồn phóng xạ đã qua sử dụng tại các cơ sở chụp ảnh phóng xạ công nghiệp", "Sở Khoa học và Công nghệ",
     "Sở Nông nghiệp và Môi trường", "Quý IV/2026"),
)  # fmt: skip


def _tasks_ij1_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("KẾ HOẠCH ỨNG PHÓ SỰ CỐ BỨC XẠ VÀ HẠT NHÂN CẤP TỈNH LÂM ĐỒNG – NHIỆM VỤ TRIỂN KHAI NĂM 2026")
    doc.p("(Ban hành kèm theo Quyết định của Ủy ban nhân dân tỉnh Lâm Đồng.) Các cơ quan chủ trì báo cáo kết quả thực hiện về Sở Khoa học "
          "và Công nghệ trước ngày 15/12/2026 để tổng hợp.")
    rows = [["TT", "Nhiệm vụ", "Cơ quan thực hiện", "Thời gian hoàn thành"]]
    items = [t for t in VN_INCIDENT_PLAN if r.random() < 0.85] or list(VN_INCIDENT_PLAN)
    for k, (text, lead, partner, term) in enumerate(items, 1):
        rows.append([str(k), text, f"Chủ trì: {lead};\nphối hợp: {partner}", term])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 5), "actor_contains": lead})
    doc.table("Phụ lục. Danh mục nhiệm vụ", rows, role="tasks")
    maybe_distractor(doc, 0.3)


# ((RU section, KK section), [(RU measure, KK measure, permit clause, unit abbreviation RU, KK, RU term, KK term)])
INP_PLAN = (
    (("Охрана атмосферного воздуха", "Атмосфералық ауаны қорғау"), [
        ("Заменить фильтры HEPA и угольные адсорберы системы вентиляции реакторного здания",
         "Реактор ғимаратының желдету жүйесінің HEPA сүзгілері мен көмір адсорберлерін ауыстыру", "3.2", "ОГЭ", "БЭБ", "II кв. 2026 г.", "2026 ж. II тоқсан"),
        ("Выполнить инструментальные замеры на дымовой трубе котельной после режимной наладки",
         "Режимдік баптаудан кейін қазандықтың түтін мұржасында аспаптық өлшеулер жүргізу", "3.5", "ООС", "ҚОҚБ", "май 2026 г.", "2026 ж. мамыр")]),
    (("Охрана водных ресурсов", "Су ресурстарын қорғау"), [
        ("Провести ревизию емкостей спецканализации и обновить их гидроизоляцию",
         "Арнайы кәріз сыйымдылықтарын тексеріп, гидрооқшаулауын жаңарту", "4.1", "ЦСВ", "АСО", "III кв. 2026 г.", "2026 ж. III тоқсан"),
        ("Оборудовать выпуск в городскую канализацию пробоотборным колодцем",
         "Қалалық кәрізге шығаруды сынама алу құдығымен жабдықтау", "4.4", "ОКС", "КҚБ", "до 01.09.2026", "01.09.2026 дейін")]),
    (("Обращение с отходами, в том числе радиоактивными", "Қалдықтармен, оның ішінде радиоактивті қалдықтармен жұмыс істеу"), [
        ("Передать накопленные твердые радиоактивные отходы на длительное хранение",
         "Жинақталған қатты радиоактивті қалдықтарды ұзақ мерзімді сақтауға беру", "5.3", "ОРБ", "РҚБ", "IV кв. 2026 г.", "2026 ж. IV тоқсан"),
        ("Заключить договор на вывоз и утилизацию ртутьсодержащих ламп",
         "Құрамында сынап бар шамдарды шығаруға және кәдеге жаратуға шарт жасасу", "5.6", "ОМТС", "МТЖБ", "январь 2026 г.", "2026 ж. қаңтар")]),
    (("Радиационная безопасность", "Радиациялық қауіпсіздік"), [
        ("Провести поверку стационарных радиометров системы радиационного контроля",
         "Радиациялық бақылау жүйесінің стационарлық радиометрлерін тексеру", "6.2", "ОРБ", "РҚБ", "до 01.04.2026", "01.04.2026 дейін")]),
)  # fmt: skip
INP_UNITS = {
    "ru": "ОГЭ – отдел главного энергетика; ООС – отдел охраны окружающей среды; ЦСВ – цех спецводоочистки; ОКС – отдел капитального "
          "строительства; ОРБ – отдел радиационной безопасности; ОМТС – отдел материально-технического снабжения.",
    "kk": "БЭБ – бас энергетик бөлімі; ҚОҚБ – қоршаған ортаны қорғау бөлімі; АСО – арнайы су тазарту цехы; КҚБ – күрделі құрылыс "
          "бөлімі; РҚБ – радиациялық қауіпсіздік бөлімі; МТЖБ – материалдық-техникалық жабдықтау бөлімі.",
}


def tasks_ij2(doc: Doc) -> None:
    """A nuclear research institute's plan of meeting the conditions of its environmental permit under rows spanning the
    table per section, items `1.1`, a column of the permit's clause each measure answers (`п. 3.2`, figures like item
    numbers), the responsible unit as an abbreviation explained only in a legend under the table, and the term (VI: a
    hospital's corrective plan after the radiation-safety inspection, the shortcoming merged down over its measures)."""
    if doc.lang == "vi":
        _tasks_ij2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    site = doc.pick(REACTOR_SITES)
    operator = site[L]
    doc.h(g(f"План мероприятий по выполнению условий экологического разрешения на 2026 год. {operator}",
            f"{operator}. Экологиялық рұқсат шарттарын орындау жөніндегі 2026 жылға арналған іс-шаралар жоспары", ""))
    doc.p(g("Пункты условий приведены по приложению 2 к экологическому разрешению. Отметка о выполнении ставится отделом охраны "
            "окружающей среды по представлении подтверждающих документов.",
            "Шарттардың тармақтары экологиялық рұқсатқа 2-қосымша бойынша келтірілген. Орындалғаны туралы белгіні растайтын құжаттар "
            "ұсынылған кезде қоршаған ортаны қорғау бөлімі қояды.", ""))
    rows = [g(["№", "Мероприятие", "Пункт условий разрешения", "Ответственный", "Срок", "Отметка о выполнении"],
              ["№", "Іс-шара", "Рұқсат шарттарының тармағы", "Жауапты", "Мерзімі", "Орындалғаны туралы белгі"], [])]
    merges = []
    for s, ((s_ru, s_kk), items) in enumerate(INP_PLAN, 1):
        _span(rows, merges, f"{s}. {(s_ru, s_kk)[L]}", 6)
        for k, (m_ru, m_kk, clause, u_ru, u_kk, t_ru, t_kk) in enumerate(items, 1):
            text, unit = (m_ru, m_kk)[L], (u_ru, u_kk)[L]
            rows.append([f"{s}.{k}", text, g(f"п. {clause}", f"{clause}-т.", ""), unit, (t_ru, t_kk)[L], ""])
            doc.add("obligations", {"kind": "task", "number": f"{s}.{k}", "text_contains": _words(text, 4), "actor_contains": unit})
    doc.table(g("Таблица 1", "1-кесте", ""), rows, merges, role="tasks")
    doc.p(g("Сокращения: ", "Қысқартулар: ", "") + INP_UNITS[doc.lang])
    maybe_distractor(doc, 0.3)


# (shortcoming, [(measure, unit, term)])
VN_FINDINGS = (
    ("Chưa cập nhật sổ theo dõi chất thải phóng xạ lưu giữ phân rã", [
        ("Lập lại sổ theo dõi chất thải phóng xạ theo mẫu, ghi đầy đủ ngày đưa vào và đưa ra khỏi kho", "Khoa Y học hạt nhân", "Trước 31/01/2026")]),
    ("Biển cảnh báo bức xạ tại cửa phòng tiêm dược chất phóng xạ bị mờ", [
        ("Thay mới biển cảnh báo bức xạ tại các cửa ra vào vùng kiểm soát", "Phòng Hành chính quản trị", "Tháng 01/2026")]),
    ("Bể lưu giữ nước thải phóng xạ chưa có thiết bị báo mức", [
        ("Lắp đặt thiết bị báo mức cho bể lưu giữ nước thải phóng xạ", "Phòng Vật tư – Thiết bị y tế", "Quý II/2026"),
        ("Bổ sung quy trình xả nước thải sau phân rã vào hệ thống xử lý nước thải chung", "Khoa Y học hạt nhân", "Quý II/2026")]),
    ("Một số nhân viên bức xạ chưa được đánh giá liều chiếu xạ cá nhân đúng hạn", [
        ("Gửi liều kế cá nhân đi đọc liều đúng hạn 03 tháng/lần", "Người phụ trách an toàn bức xạ", "Từ Quý I/2026"),
        ("Tổ chức tập huấn lại về an toàn bức xạ cho nhân viên mới", "Phòng Tổ chức cán bộ", "Tháng 3/2026")]),
)  # fmt: skip


def _tasks_ij2_vi(doc: Doc) -> None:
    hospital = doc.pick(VN_HOSPITALS)
    doc.h(f"KẾ HOẠCH KHẮC PHỤC CÁC TỒN TẠI SAU KIỂM TRA AN TOÀN BỨC XẠ – {hospital.upper()}")
    doc.p("Thực hiện Biên bản kiểm tra của Đoàn kiểm tra Cục An toàn bức xạ và hạt nhân ngày 12/11/2025, Bệnh viện xây dựng kế hoạch khắc phục như sau:")
    rows = [["Tồn tại theo Biên bản kiểm tra", "TT", "Biện pháp khắc phục", "Bộ phận thực hiện", "Thời hạn hoàn thành"]]
    merges = []
    n = 0
    for finding, measures in VN_FINDINGS:
        start = len(rows)
        for j, (text, unit, term) in enumerate(measures):
            n += 1
            rows.append([finding if j == 0 else None, str(n), text, unit, term])
            doc.add("obligations", {"kind": "task", "number": str(n), "text_contains": _words(text, 5), "actor_contains": unit})
        if len(measures) > 1:
            merges.append((start, 0, len(rows) - 1, 0))
    doc.table("Bảng. Tồn tại và biện pháp khắc phục", rows, merges, role="tasks")
    doc.p("Kết quả khắc phục được báo cáo Cục An toàn bức xạ và hạt nhân trước ngày 30/6/2026.")


LAYOUTS = [Layout(role, f"IJ{k}", globals()[f"{role}_ij{k}"]) for role in ROLES for k in (1, 2)]
