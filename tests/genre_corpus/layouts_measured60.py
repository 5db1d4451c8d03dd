"""The thirty-ninth blind set's part JB (two layouts per role, `JB1` and `JB2`), written by someone who
neither ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`; held out and measured
once (0.627 over 126 files when first measured at the registering commit, 2026-12-07), then moved to the tuning
layouts to be studied.

Theme: soap, detergents, household chemicals and fats. Kazakhstan: an oil-and-fat combine in Shymkent pressing and
extracting cottonseed oil and making margarine, household soap and glycerine (hexane extraction, hydrogenation on a nickel
catalyst, soap boiling, glycerine distillation, a gas boiler house), a detergent powder plant in the Sairam district with
its spray-drying tower, hot-gas generator, bag filters and neutralisation of sulphonic acid, a household-chemicals
bottling plant in the Talgar district filling liquid detergents, bleach and glass cleaner (a КЭР printed from the
e-licensing portal, a ПЭК programme's particulars with the documents behind each, a КЭР annex of emission norms as a
substance-by-source matrix, a calculation sheet of emissions, a programme of waste management with a unit per row, an act
of handing over wastes with gross and net mass, a year of sewer results by month, air at the protection zone in mg/m3 and
shares of the limit, a ПЭК plan of operational, emission and impact monitoring, a plan whose frequencies change after the
first year, a checklist grouped by frequency, a regulation of duties by position, a plan of corrective measures after the
Department of Ecology's inspection, a plan laid out by quarters). Vietnam: a detergent plant in the Nhơn Trạch 2 park of
Đồng Nai, a vegetable-oil refinery at Phú Mỹ, a cosmetics and shampoo filling plant in the VSIP II park of the former
Bình Dương (a giấy phép môi trường printed field under field, a báo cáo công tác bảo vệ môi trường's particulars with their
legal papers, ĐTM loads as a matrix of stacks, loads from emission factors, wastes by refining stage per month and per
year, a biên bản bàn giao chất thải with gross and net kilograms, waste-water rounds with the park's acceptance limits as
the last row, ambient air measured three times at each point, a GPMT programme with automatic, periodic and operating
rows, frequencies of the first year and after, a phiếu kiểm tra grouped by frequency, a bảng phân công by position, a kế
hoạch khắc phục after an inspection's conclusion, a plan by quarters).

Facility: the first pages of a КЭР of the Shymkent combine as the e-licensing portal prints it, each field's label on a
row and its value on the row under it with the field's number merged down beside both, the issuing Department's own BIN
before the operator's, the OKED with its words, the category written `I (первая)`, the centre of the site as `N 42,31852°;
E 69,61207°`, the capacities by product in a table of no role (VI: a Đồng Nai People's Committee's GPMT of the detergent
plant printed likewise, the investment project's ten-digit code beside the enterprise number, the position in VN-2000
metres, which give no latitude) (JB1); a detergent powder plant's ПЭК programme giving its particulars as `реквизит |
значение | подтверждающий документ`, the documents carrying look-alike numbers — the cadastral number, the date of
re-registration, the category's conclusion `KZ…`, a technological regulation — and degrees, minutes and seconds (VI: a
cosmetics plant's annual report whose enterprise number stands only inside the legal-papers column, beside the project
code and the certificate of eligibility to make cosmetics) (JB2).

Emissions: a КЭР annex of the combine's emission norms as a matrix — the substances as rows with code and hazard class,
the sources as column pairs headed by the number on one row and the source's name on the next, `г/с | т/год` under
them, dashes where a source does not emit the substance, a grand total row (VI: an ĐTM of the detergent plant, its stacks
`KT1` … `KT3` as column pairs, which are no source numbers) (JB1); a household-chemicals plant's calculation sheet of
emissions, a row spanning the table per source and per substance, the input quantities, the specific emission and the
hours before the two results `M, г/с` and `G, т/год`, which alone are the emission (VI: a cosmetics plant's boiler and
generator loads from the WHO emission factors, the factor and kg/h before g/s and tonnes) (JB2).

Wastes: the combine's programme of waste management for 2026 under hazardous and non-hazardous rows, a unit per row —
tonnes, kilograms, pieces for the lamps, which give no tonnes — the formation before the columns of own recovery, of
handing over and of disposal (VI: a refinery's wastes by refining stage, the stage merged down, kilograms a month and then
a year, which is the amount, ordinary wastes without codes) (JB1); a detergent plant's act of handing over its wastes of
2025 to a licensed company, gross and net mass in kilograms, the net the amount, the operation `R4`, `D10` in a column
of its own (VI: a cosmetics plant's biên bản bàn giao with `Khối lượng cả bì` and `Khối lượng tịnh`) (JB2).

Limits: the combine's sewer outlet through a year, the twelve months as rows, the parameters as columns with the
allowed concentration in a row under the header, fats with no key, quarterly parameters with dashes in the months
between (VI: a refinery's treated waste water over four rounds with the acceptance limits of its industrial park as the last
row, animal and vegetable fats with no key) (JB1); air at the detergent plant's protection zone, each point a column pair `мг/м³ |
доли ПДК`, the limit column headed `ПДК м.р. / ОБУВ` with an ОБУВ for caustic soda, `н/о` where nothing was found (VI:
a cosmetics plant's ambient air at three points measured three times each, QCVN 05:2023/BTNMT in µg/m3 as the first row)
(JB2).

Monitoring: the detergent plant's ПЭК plan in the three kinds the Code names — operational monitoring of the tower and the
filters, whose rows have no substance, then emissions at the sources and impact at the protection zone (VI: the
detergent plant's GPMT programme with automatic continuous monitoring of its outlet, periodic sampling and rows on running
the bag filters) (JB1); a household-chemicals plant's plan with two frequency columns, the first year after the new line
and the years after it, a pair kept at two frequencies when they differ (VI: a cosmetics plant's first year of its permit
and the years after) (JB2).

Inspections: the combine's checklist of production control, the checks under rows that span the table and give the
frequency and who checks (`Ежедневно – мастер смены`), empty boxes for the answer (VI: a refinery's phiếu kiểm tra by
frequency) (JB1); a detergent plant's regulation of duties by position, each position a row and its checks in one cell,
one to a line, with the frequency in brackets after each, one check at each change of filter bags without a frequency (VI:
a cosmetics plant's bảng phân công) (JB2).

Tasks: the combine's plan of corrective measures after the Department of Ecology's inspection, the violation and the
item of the prescription merged down over the measures `1.1`, `1.2` that answer it, only the measures being tasks, a
column of completion left empty (VI: a refinery's plan after a Sở's inspection conclusion) (JB1); a detergent plant's
plan for 2026 laid out by quarters — the directions as rows, the four quarters as columns, each cell holding the measures
of that quarter as `– …` lines, the responsible in the last column of the row (VI: a detergent plant's plan by quý) (JB2).
"""

from __future__ import annotations

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


def _kind(number: str) -> str:
    return "unorganized" if number.startswith("6") else "organized"


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose first cell spans the table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _kato(doc: Doc, prefix: str) -> str:
    r = doc.rng
    rest = 9 - len(prefix) - 3
    return f"{prefix}{r.randint(10 ** (rest - 1), 10**rest - 1)}{r.choice(('000', '100'))}"


def _msdn(doc: Doc, prefix: str) -> str:
    """A Vietnamese enterprise number of the province (`36` Đồng Nai, `37` Bình Dương, `35` Bà Rịa – Vũng Tàu)."""
    return prefix + f"{doc.rng.randint(0, 99999999):08d}"


HEMI = {"ru": ("с.ш.", "в.д."), "kk": ("с.е.", "ш.б."), "vi": ("B", "Đ")}


def _dms(value: float, lat: bool, lang: str) -> tuple[str, float]:
    """`42°18′07,3″ с.ш.` and the decimal degrees it stands for."""
    d = int(value)
    m = int((value - d) * 60)
    s = round((value - d - m / 60) * 3600, 1)
    if s >= 60:
        m, s = m + 1, 0.0
    return f"{d}°{m:02d}′{f'{s:04.1f}'.replace('.', ',')}″ {HEMI[lang][0 if lat else 1]}", d + m / 60 + s / 3600


DAILY = {"ru": "ежедневно", "kk": "күн сайын", "vi": "hằng ngày"}
WEEKLY = {"ru": "еженедельно", "kk": "апта сайын", "vi": "hằng tuần"}


def _fw(doc: Doc, word: str) -> str:
    """A frequency as the document writes it, `daily` and `weekly` included."""
    if word == "daily":
        return DAILY[doc.lang]
    if word == "weekly":
        return WEEKLY[doc.lang]
    return freq(doc, word)


# code: (RU, KK, VI, hazard class as Kazakh tables print it, None where only an ОБУВ is set) — names of the list of
# pollutants used in Kazakhstan
SUBST = {
    "0150": ("Натрий гидроксид (Натр едкий)", "Натрий гидроксиді (күйдіргіш натр)", "", None),
    "0154": ("Натрий гипохлорит", "Натрий гипохлориті", "", None),
    "0155": ("диНатрий карбонат (Сода кальцинированная)", "диНатрий карбонаты (кальцийленген сода)", "", 3),
    "0158": ("диНатрий сульфат (Натрия сульфат)", "диНатрий сульфаты (натрий сульфаты)", "", 3),
    "0161": ("пентаНатрий трифосфат (Натрий триполифосфат)", "пентаНатрий трифосфаты (натрий триполифосфаты)", "", 3),
    "0164": ("Никель оксид /в пересчете на никель/", "Никель оксиді /никельге шаққанда/", "", 2),
    "0301": ("Азота диоксид", "Азот диоксиді", "NOx (tính theo NO2)", 2),
    "0304": ("Азот (II) оксид", "Азот (II) оксиді", "", 3),
    "0330": ("Сера диоксид", "Күкірт диоксиді", "SO2", 3),
    "0337": ("Углерод оксид", "Көміртек оксиді", "CO", 4),
    "0349": ("Хлор", "Хлор", "", 2),
    "0403": ("Гексан", "Гексан", "", 4),
    "1051": ("Пропан-2-ол (Изопропиловый спирт)", "Пропан-2-ол (изопропил спирті)", "", 3),
    "1301": ("Проп-2-ен-1-аль (Акролеин)", "Проп-2-ен-1-аль (акролеин)", "", 2),
    "2853": ("Пропан-1,2,3-триол (Глицерин)", "Пропан-1,2,3-триол (глицерин)", "", None),
    "2870": ("Летучие компоненты смеси душистых веществ и эфирных масел", "Хош иісті заттар мен эфир майлары қоспасының ұшпа компоненттері", "", 3),
    "2881": ("Синтетические моющие средства «Ариель», «Миф-Универсал», «Тайд»", "«Ариель», «Миф-Универсал», «Тайд» синтетикалық жуғыш құралдары", "", 3),
    "2902": ("Взвешенные частицы", "Қалқыма бөлшектер", "Bụi tổng", 3),
    "3347": ("Алкилбензолсульфокислота (ЛАБСК)", "Алкилбензолсульфоқышқылы (ЛАБСҚ)", "", 4),
}  # fmt: skip


def _air(doc: Doc, code: str) -> str:
    return SUBST[code][("ru", "kk", "vi").index(doc.lang)]


# ---------------------------------------------------------------- the enterprises

# the oil-and-fat combine in Shymkent: (RU, KK)
OFC_NAME = ("Шымкентский масложировой комбинат", "Шымкент май-тоң май комбинаты")
OFC_CORE = ("масложировой комбинат", "май-тоң май комбинаты")
OFC_OPERATOR = ("ТОО «Оңтүстік Май Өнімдері»", "«Оңтүстік Май Өнімдері» ЖШС")
OFC_PLACE = ("г. Шымкент, Абайский район, ул. Капал батыра, 77 (промышленная зона «Оңтүстік»)",
             "Шымкент қ., Абай ауданы, Қапал батыр к-сі, 77 («Оңтүстік» өнеркәсіптік аймағы)")
# the detergent powder plant in the Sairam district
DPP_NAME = ("Завод синтетических моющих средств «Ақ Көбік»", "«Ақ Көбік» синтетикалық жуғыш құралдар зауыты")
DPP_OPERATOR = ("ТОО «Ақ Көбік Химия»", "«Ақ Көбік Химия» ЖШС")
DPP_PLACE = ("Туркестанская область, Сайрамский район, с. Аксукент, промышленная зона, участок № 14",
             "Түркістан облысы, Сайрам ауданы, Ақсукент ауылы, өнеркәсіптік аймақ, № 14 учаске")
# the household-chemicals bottling plant in the Talgar district
HCB_NAME = ("Цех розлива бытовой химии «Мөлдір»", "«Мөлдір» тұрмыстық химия құю цехы")
HCB_OPERATOR = ("ТОО «Мөлдір Тұрмыстық Химия»", "«Мөлдір Тұрмыстық Химия» ЖШС")
# Vietnam: (plant, company)
VN_DET = ("Nhà máy bột giặt và chất tẩy rửa Hưng Thịnh", "Công ty TNHH Hóa phẩm Hưng Thịnh",
          "Khu công nghiệp Nhơn Trạch 2, xã Nhơn Trạch, tỉnh Đồng Nai")
VN_OIL = ("Nhà máy tinh luyện dầu thực vật Tân Lộc", "Công ty TNHH Dầu thực vật Tân Lộc",
          "Khu công nghiệp Phú Mỹ I, phường Phú Mỹ, Thành phố Hồ Chí Minh")
VN_COS = ("Nhà máy mỹ phẩm và dầu gội Thiên Hương", "Công ty TNHH Mỹ phẩm Thiên Hương",
          "Khu công nghiệp Việt Nam – Singapore II (VSIP II), Thành phố Hồ Chí Minh (địa bàn tỉnh Bình Dương trước đây)")


# ---------------------------------------------------------------- facility


def facility_jb1(doc: Doc) -> None:
    """The first pages of the Shymkent combine's КЭР as the e-licensing portal prints them: a two-column table, each field's
    label on one row and its value on the row under it, the field's number merged down beside both; the issuing Department
    with a BIN of its own before the operator's, the OKED with its words, the category `I (первая)`, the centre of the site
    as `N 42,31852°; E 69,61207°`; the capacities by product in a table of no role (VI: a GPMT of the Đồng Nai detergent
    plant printed likewise, the project code beside the enterprise number, VN-2000 metres that give no latitude)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_jb1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    bin_, dep_bin = make_bin(r), make_bin(r)
    kato = _kato(doc, "7914")
    lat, lon = round(42.318 + r.uniform(-0.004, 0.004), 5), round(69.612 + r.uniform(-0.004, 0.004), 5)
    permit = f"KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1):08d}"
    day = f"{r.randint(2, 27):02d}.03.2025"
    doc.p(g("Қазақстан Республикасы Экология және табиғи ресурстар министрлігі / Министерство экологии и природных ресурсов Республики Казахстан",
            "Қазақстан Республикасы Экология және табиғи ресурстар министрлігі", ""))
    doc.h(g("Комплексное экологическое разрешение", "Кешенді экологиялық рұқсат", ""))
    doc.p(g(f"Номер: {permit}. Дата выдачи: {day}. Документ сформирован в государственной базе данных «Е-лицензирование» и подписан "
            "электронной цифровой подписью.",
            f"Нөмірі: {permit}. Берілген күні: {day}. Құжат «Е-лицензиялау» мемлекеттік дерекқорында қалыптастырылған және электрондық "
            "цифрлық қолтаңбамен қол қойылған.", ""))
    fields = [
        (g("Наименование органа, выдавшего разрешение", "Рұқсат берген органның атауы", ""),
         g("РГУ «Департамент экологии по городу Шымкент Комитета экологического регулирования и контроля Министерства экологии и "
           "природных ресурсов Республики Казахстан»",
           "«Қазақстан Республикасы Экология және табиғи ресурстар министрлігі Экологиялық реттеу және бақылау комитетінің Шымкент "
           "қаласы бойынша экология департаменті» РММ", "")),
        (g("БИН органа, выдавшего разрешение", "Рұқсат берген органның БСН", ""), dep_bin),
        (g("Наименование оператора объекта", "Объект операторының атауы", ""), OFC_OPERATOR[L]),
        (g("БИН оператора", "Оператордың БСН", ""), bin_),
        (g("Юридический адрес оператора", "Оператордың заңды мекенжайы", ""),
         g(f"г. Шымкент, Аль-Фарабийский район, пр. Тауке хана, {r.randint(10, 90)}, офис {r.randint(100, 400)}",
           f"Шымкент қ., Әл-Фараби ауданы, Тәуке хан даңғ., {r.randint(10, 90)}, {r.randint(100, 400)}-кеңсе", "")),
        (g("Наименование объекта", "Объектінің атауы", ""), OFC_NAME[L]),
        (g("Местонахождение объекта", "Объектінің орналасқан жері", ""), OFC_PLACE[L]),
        (g("Код КАТО местонахождения объекта", "Объект орналасқан жердің ҚАТО коды", ""), kato),
        (g("Географические координаты центра промышленной площадки", "Өнеркәсіптік алаң орталығының географиялық координаттары", ""),
         f"N {num(lat, doc.lang)}°; E {num(lon, doc.lang)}°"),
        (g("Основной вид деятельности (ОКЭД)", "Негізгі қызмет түрі (ЭҚЖЖ)", ""),
         g("10420 – Производство маргарина и аналогичных пищевых жиров", "10420 – Маргарин және ұқсас тағамдық майлар өндірісі", "")),
        (g("Категория объекта", "Объектінің санаты", ""), g("I (первая)", "I (бірінші)", "")),
        (g("Срок действия разрешения", "Рұқсаттың қолданылу мерзімі", ""),
         g(f"с {day} по 31.12.2034", f"{day} бастап 31.12.2034 дейін", "")),
    ]
    rows, merges = [], []
    for k, (label, value) in enumerate(fields, 1):
        rows += [[str(k), label], [None, value]]
        merges.append((len(rows) - 2, 0, len(rows) - 1, 0))
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": OFC_CORE[L], "kato": kato, "oked": "10420", "category": "I", "lat": lat, "lon": lon})
    cap = [g(["Продукция", "Проектная мощность, т/год", "Фактический выпуск 2024 г., т"],
             ["Өнім", "Жобалық қуаты, т/жыл", "2024 ж. нақты шығарылымы, т"], [])]
    for p_ru, p_kk, c in (("Масло хлопковое рафинированное дезодорированное", "Тазартылған дезодорацияланған мақта майы", 36000),
                          ("Маргарин и спреды", "Маргарин және спредтер", 24000),
                          ("Мыло хозяйственное 72 %", "72 % кір сабын", 9000),
                          ("Глицерин дистиллированный", "Дистилденген глицерин", 900)):
        cap.append([(p_ru, p_kk)[L], num(c, doc.lang), num(round(c * r.uniform(0.55, 0.9)), doc.lang)])
    doc.table(g("Производственная мощность объекта", "Объектінің өндірістік қуаты", ""), cap, role="other")
    doc.p(g("Разрешение выдано на основании заявления оператора и заключения государственной экологической экспертизы; приложения 1–6 "
            "являются неотъемлемой частью разрешения.",
            "Рұқсат оператордың өтініші және мемлекеттік экологиялық сараптама қорытындысы негізінде берілді; 1–6-қосымшалар рұқсаттың "
            "ажырамас бөлігі болып табылады.", ""))


def _facility_jb1_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, place = VN_DET
    msdn = _msdn(doc, "36")
    project = f"{r.randint(1, 9)}{r.randint(10**8, 10**9 - 1)}"
    doc.p("ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI – CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM, Độc lập - Tự do - Hạnh phúc")
    doc.h("GIẤY PHÉP MÔI TRƯỜNG")
    doc.p(f"Số: {r.randint(40, 390)}/GPMT-UBND, Đồng Nai, ngày {r.randint(1, 28):02d} tháng {r.randint(1, 12):02d} năm 2025. "
          "Điều 1. Cấp phép cho cơ sở với các thông tin sau:")
    fields = [
        ("Tên chủ cơ sở", company),
        ("Mã số doanh nghiệp", msdn),
        ("Mã số dự án (Giấy chứng nhận đăng ký đầu tư)", project),
        ("Địa chỉ trụ sở chính", f"Đường số {r.randint(2, 9)}, {place}"),
        ("Tên cơ sở", plant),
        ("Địa điểm hoạt động", place),
        ("Tọa độ vị trí (hệ VN-2000, kinh tuyến trục 107°45′, múi chiếu 3°)",
         f"X = {num(r.randint(1_182_000, 1_186_000), 'vi')} m; Y = {num(r.randint(416_000, 421_000), 'vi')} m"),
        ("Loại hình sản xuất, công suất",
         f"Sản xuất bột giặt {num(r.choice((40_000, 60_000)), 'vi')} tấn/năm; nước giặt, nước rửa chén {num(r.choice((18_000, 25_000)), 'vi')} tấn/năm"),
        ("Phân loại theo tiêu chí về môi trường", "Nhóm II (Luật Bảo vệ môi trường năm 2020)"),
        ("Thời hạn của giấy phép", "07 năm kể từ ngày ký"),
    ]
    rows, merges = [], []
    for k, (label, value) in enumerate(fields, 1):
        rows += [[f"1.{k}", label], [None, value]]
        merges.append((len(rows) - 2, 0, len(rows) - 1, 0))
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": "Hưng Thịnh", "category": "II"})
    doc.p("Điều 2. Nội dung cấp phép môi trường và yêu cầu về bảo vệ môi trường kèm theo được quy định tại các Phụ lục 1, 2, 3 và 4 "
          "ban hành kèm theo Giấy phép này.")
    maybe_distractor(doc)


def facility_jb2(doc: Doc) -> None:
    """The particulars of a detergent powder plant in its ПЭК programme as `реквизит | значение | подтверждающий документ`,
    the documents carrying look-alike numbers — the date of re-registration, the land's cadastral number, a topographic
    plan, the conclusion on the category `KZ…`, the technological regulation — the coordinates in degrees, minutes and
    seconds (VI: a cosmetics plant's annual report on environmental protection whose enterprise number stands only inside
    the column of legal papers, beside the investment project's code and the certificate of eligibility to make cosmetics)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_jb2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    bin_ = make_bin(r)
    kato = _kato(doc, "6160")
    lat, lat_v = _dms(42.302 + r.uniform(-0.006, 0.006), True, doc.lang)
    lon, lon_v = _dms(69.776 + r.uniform(-0.006, 0.006), False, doc.lang)
    cadastre = f"19-{r.randint(280, 310)}-{r.randint(10, 99):03d}-{r.randint(100, 999)}"
    concl = f"KZ{r.randint(10, 99)}VCY{r.randint(10**7, 10**8 - 1):08d}"
    doc.h(g(f"Программа производственного экологического контроля на 2026–2028 годы. {DPP_NAME[0]}",
            f"{DPP_NAME[1]}. 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.h(g("1. Общие сведения об операторе и объекте", "1. Оператор және объект туралы жалпы мәліметтер", ""))
    doc.p(g("Сведения приведены по документам, хранящимся в отделе охраны окружающей среды; копии документов – в приложении 1.",
            "Мәліметтер қоршаған ортаны қорғау бөлімінде сақталатын құжаттар бойынша келтірілген; құжаттардың көшірмелері – 1-қосымшада.", ""))
    same = g("там же", "сонда", "")
    rows = [g(["Реквизит", "Значение", "Подтверждающий документ"], ["Деректемесі", "Мәні", "Растайтын құжат"], [])]
    rows += [
        [g("Наименование оператора", "Оператордың атауы", ""), DPP_OPERATOR[L],
         g(f"Справка о государственной перерегистрации юридического лица от {r.randint(1, 28):02d}.06.2019",
           f"Заңды тұлғаны мемлекеттік қайта тіркеу туралы 2019 жылғы {r.randint(1, 28)} маусымдағы анықтама", "")],
        [g("БИН", "БСН", ""), bin_, same],
        [g("Наименование объекта", "Объектінің атауы", ""), DPP_NAME[L], "–"],
        [g("Адрес объекта", "Объектінің мекенжайы", ""), DPP_PLACE[L],
         g(f"Акт на право частной собственности на земельный участок, кадастровый № {cadastre}",
           f"Жер учаскесіне жеке меншік құқығы актісі, кадастрлық № {cadastre}", "")],
        [g("Код КАТО", "ҚАТО коды", ""), kato, g("Адресная справка портала egov.kz", "egov.kz порталының мекенжай анықтамасы", "")],
        [g("Координаты центра площадки (WGS-84)", "Алаң орталығының координаттары (WGS-84)", ""), f"{lat}; {lon}",
         g(f"Топографический план М 1:500, ТОО «ГеоПлан Юг», {r.randint(2021, 2024)} г.",
           f"М 1:500 топографиялық жоспар, «ГеоПлан Юг» ЖШС, {r.randint(2021, 2024)} ж.", "")],
        [g("Площадь промышленной площадки", "Өнеркәсіптік алаңның ауданы", ""), f"{num(round(r.uniform(3.5, 6.5), 2), doc.lang)} га",
         g("Акт на земельный участок", "Жер учаскесіне акт", "")],
        [g("Производственная мощность", "Өндірістік қуаты", ""),
         g(f"СМС порошкообразные – {num(r.choice((30000, 40000, 50000)), 'ru')} т/год", f"Ұнтақ тәрізді СЖҚ – {num(r.choice((30000, 40000, 50000)), 'kk')} т/жыл", ""),
         g(f"Технологический регламент ТР-{r.randint(1, 9):02d}-2023", f"ТР-{r.randint(1, 9):02d}-2023 технологиялық регламенті", "")],
        [g("Категория объекта", "Объектінің санаты", ""), "II",
         g(f"Заключение об определении категории объекта № {concl}", f"Объектінің санатын айқындау туралы № {concl} қорытынды", "")],
        [g("Разрешение на воздействие", "Әсер етуге арналған рұқсат", ""),
         g(f"№ KZ{r.randint(10, 99)}VDD{r.randint(10**7, 10**8 - 1):08d}, срок действия до 31.12.2033",
           f"№ KZ{r.randint(10, 99)}VDD{r.randint(10**7, 10**8 - 1):08d}, қолданылу мерзімі 31.12.2033 дейін", ""), "–"],
    ]  # fmt: skip
    doc.table(g("Таблица 1.1 – Сведения об операторе и объекте", "1.1-кесте – Оператор және объект туралы мәліметтер", ""), rows, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": "Ақ Көбік", "kato": kato, "category": "II", "lat": lat_v, "lon": lon_v})
    doc.p(g("Ответственный за ПЭК – инженер-эколог завода; лабораторные измерения выполняет аккредитованная лаборатория по договору.",
            "ӨЭБ-ге жауапты – зауыттың инженер-экологы; зертханалық өлшеулерді шарт бойынша аккредиттелген зертхана орындайды.", ""))
    maybe_distractor(doc)


def _facility_jb2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, place = VN_COS
    msdn = _msdn(doc, "37")
    project = f"{r.randint(1, 9)}{r.randint(10**8, 10**9 - 1)}"
    lat, lon = round(11.078 + r.uniform(-0.004, 0.004), 4), round(106.662 + r.uniform(-0.004, 0.004), 4)
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {plant.upper()}")
    doc.p("(Mẫu số 05.A Phụ lục VI ban hành kèm theo Thông tư số 02/2022/TT-BTNMT). Phần I. Thông tin chung về cơ sở.")
    rows = [["TT", "Nội dung", "Thông tin", "Văn bản pháp lý kèm theo"],
            ["1", "Tên cơ sở", plant, "–"],
            ["2", "Chủ cơ sở", company,
             f"Giấy chứng nhận đăng ký doanh nghiệp mã số {msdn}, đăng ký lần đầu ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2012, "
             f"thay đổi lần thứ {r.randint(3, 9)}"],
            ["3", "Địa chỉ", f"Lô {doc.pick(('A', 'B', 'C'))}{r.randint(1, 9)}-{r.randint(1, 30)}, {place}",
             f"Hợp đồng thuê lại đất số {r.randint(100, 999)}/2012/HĐTLĐ-VSIP II"],
            ["4", "Tọa độ trung tâm (WGS-84)", f"Vĩ độ {num(lat, 'vi')}° B; Kinh độ {num(lon, 'vi')}° Đ", "–"],
            ["5", "Loại hình sản xuất", "Sản xuất, chiết rót dầu gội, sữa tắm, kem dưỡng da",
             f"Giấy chứng nhận đăng ký đầu tư, mã số dự án {project}"],
            ["6", "Công suất", f"Dầu gội, sữa tắm: {num(r.choice((9_000, 12_000)), 'vi')} tấn/năm; kem dưỡng: {num(r.choice((600, 800)), 'vi')} tấn/năm",
             f"Giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm số {r.randint(100, 450)}/CNĐĐKSXMP"],
            ["7", "Giấy phép môi trường", f"Số {r.randint(100, 900)}/GPMT-UBND ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2023", "–"],
            ["8", "Phân loại cơ sở", "Nhóm II theo Luật Bảo vệ môi trường năm 2020", "–"]]  # fmt: skip
    doc.table("Bảng 1. Thông tin chung về cơ sở", rows, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": "Thiên Hương", "category": "II", "lat": lat, "lon": lon})
    maybe_distractor(doc)


# ---------------------------------------------------------------- emissions

# (number, (RU, KK), hours a year, {code: (low, high) g/s})
OFC_SOURCES = (
    ("0001", ("Дымовая труба котельной (котлы ДЕ-25-14ГМ, 2 шт.)", "Қазандықтың түтін мұржасы (ДЕ-25-14ГМ қазандары, 2 дана)"), 7600,
     {"0301": (0.8, 1.6), "0304": (0.13, 0.26), "0337": (0.5, 1.2)}),
    ("0002", ("Воздушник рекуперации гексана экстракционного цеха", "Экстракция цехының гексан рекуперациясы ауа шығарғышы"), 7200,
     {"0403": (0.3, 0.9)}),
    ("0003", ("Аспирация приготовления никелевого катализатора", "Никель катализаторын дайындау аспирациясы"), 1800,
     {"0164": (0.00002, 0.00008)}),
    ("0004", ("Вытяжка варочных котлов мыловаренного цеха", "Сабын қайнату цехының қайнату қазандары сорғышы"), 5200,
     {"0150": (0.002, 0.008)}),
    ("0005", ("Вакуум-насос дистилляции глицерина", "Глицеринді айдаудың вакуум-сорғысы"), 6000,
     {"2853": (0.003, 0.01), "1301": (0.0005, 0.002)}),
    ("6001", ("Склад хлопковых семян (прием и подача)", "Мақта тұқымы қоймасы (қабылдау және беру)"), 2500, {"2902": (0.05, 0.2)}),
)  # fmt: skip


def emissions_jb1(doc: Doc) -> None:
    """The annex of the Shymkent combine's КЭР giving its emission norms as a matrix: the substances as rows with their code,
    name and hazard class, the sources as column pairs — the number on the first header row, the source's name on the
    second, `г/с | т/год` on the third — a dash where a source does not emit the substance, and a row of totals by source
    (VI: the detergent plant's ĐTM, the loads of its stacks `KT1` … `KT3` as column pairs, which are no source numbers)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_jb1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    sources = [s for s in OFC_SOURCES if s[0] != "0003" or r.random() < 0.7]
    rates: dict[tuple[str, str], tuple[float, float]] = {}
    for number, _, hours, codes in sources:
        for c, (lo, hi) in codes.items():
            gs = _sig(r.uniform(lo, hi), 3)
            rates[(number, c)] = (gs, _sig(gs * 3600 * hours / 1e6, 3))
    doc.p(g(f"Приложение 2 к комплексному экологическому разрешению. {OFC_OPERATOR[0]}", f"Кешенді экологиялық рұқсатқа 2-қосымша. {OFC_OPERATOR[1]}", ""))
    doc.h(g("Нормативы допустимых выбросов загрязняющих веществ на 2025–2034 годы", "2025–2034 жылдарға арналған ластаушы заттардың жол берілетін шығарындылар нормативтері", ""))
    n = len(sources)
    width = 3 + 2 * n
    head0 = [g("Код ЗВ", "ЛЗ коды", ""), g("Наименование загрязняющего вещества", "Ластаушы заттың атауы", ""),
             g("Класс опасности", "Қауіптілік сыныбы", ""), g("Нормативы выбросов по источникам", "Көздер бойынша шығарындылар нормативтері", "")]
    head0 += [None] * (width - len(head0))
    head1 = [None, None, None] + [x for s in sources for x in (g(f"ИЗА № {s[0]}", f"№ {s[0]} ЛШК", ""), None)]
    head2 = [None, None, None] + [x for s in sources for x in (s[1][L], None)]
    head3 = [None, None, None] + g(["г/с", "т/год"], ["г/с", "т/жыл"], []) * n
    rows = [head0, head1, head2, head3]
    merges = [(0, c, 3, c) for c in range(3)] + [(0, 3, 0, width - 1)]
    merges += [(row, 3 + 2 * k, row, 4 + 2 * k) for row in (1, 2) for k in range(n)]
    for c in sorted({c for _, c in rates}):
        hz = SUBST[c][3]
        line = [c, _air(doc, c), str(hz) if hz else "–"]
        for number, *_ in sources:
            if (number, c) in rates:
                gs, ty = rates[(number, c)]
                line += [num(gs, doc.lang), num(ty, doc.lang)]
                doc.add("emissions", emission(c, gs, ty, number, hz))
            else:
                line += ["–", "–"]
        rows.append(line)
    tot = [g("Всего по источнику", "Көз бойынша барлығы", ""), None, None]
    for number, *_ in sources:
        mine = [v for (n_, _), v in rates.items() if n_ == number]
        tot += [num(_sig(sum(v[0] for v in mine), 4), doc.lang), num(_sig(sum(v[1] for v in mine), 4), doc.lang)]
    rows.append(tot)
    merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
    doc.table(g("Таблица 2.1 – Нормативы выбросов по источникам и веществам", "2.1-кесте – Көздер мен заттар бойынша шығарындылар нормативтері", ""),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": _kind(s[0])} for s in sources))
    doc.p(g("Для натрия гидроксида и глицерина класс опасности не установлен, нормирование выполнено по ОБУВ.",
            "Натрий гидроксиді мен глицерин үшін қауіптілік сыныбы белгіленбеген, нормалау ҚӘБД бойынша орындалды.", ""))
    maybe_distractor(doc)


# (label, VI stack, {code: (low, high) g/s})
VN_DET_STACKS = (
    ("KT1", "Ống khói lò hơi đốt sinh khối 10 tấn hơi/giờ (sau xyclon và tháp rửa khí)",
     {"2902": (0.2, 0.6), "0330": (0.1, 0.4), "0301": (0.5, 1.2), "0337": (0.3, 0.9)}),
    ("KT2", "Ống thải tháp sấy phun bột giặt (sau xyclon chùm và tháp rửa khí)", {"2902": (0.3, 0.9), "0301": (0.1, 0.3), "0337": (0.05, 0.2)}),
    ("KT3", "Ống thải hệ thống lọc bụi túi khu phối trộn, đóng gói", {"2902": (0.05, 0.2)}),
)  # fmt: skip


def _emissions_jb1_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, _ = VN_DET
    hours = 7200
    doc.h(f"BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN NÂNG CÔNG SUẤT {plant.upper()}")
    doc.h("3.2.1.2. Tải lượng bụi, khí thải từ các ống thải sau hệ thống xử lý")
    doc.p(f"Chủ dự án: {company}. Các ống thải được ký hiệu KT1 – KT3 theo sơ đồ tại Phụ lục 3; thời gian hoạt động 24 giờ/ngày, "
          f"300 ngày/năm ({num(hours, 'vi')} giờ/năm). Tải lượng được tính từ kết quả đo đạc tại nhà máy hiện hữu quy đổi theo công suất mới.")
    n = len(VN_DET_STACKS)
    rows = [["TT", "Thông số", *(x for _, name, _ in VN_DET_STACKS for x in (name, None))],
            [None, None, *(x for label, _, _ in VN_DET_STACKS for x in (f"Ký hiệu {label}", None))],
            [None, None, *["g/s", "tấn/năm"] * n]]
    merges = [(0, 0, 2, 0), (0, 1, 2, 1)] + [(row, 2 + 2 * k, row, 3 + 2 * k) for row in (0, 1) for k in range(n)]
    codes = ("2902", "0330", "0301", "0337")
    for k, c in enumerate(codes, 1):
        line = [str(k), _air(doc, c)]
        for _, _, loads in VN_DET_STACKS:
            if c in loads:
                gs = _sig(r.uniform(*loads[c]), 3)
                ty = _sig(gs * 3600 * hours / 1e6, 3)
                line += [num(gs, "vi"), num(ty, "vi")]
                doc.add("emissions", emission(c, gs, ty))
            else:
                line += ["-", "-"]
        rows.append(line)
    doc.table("Bảng 3.12. Tải lượng các chất ô nhiễm tại các ống thải của nhà máy sau khi nâng công suất", rows, merges, role="emissions")
    doc.p("Ghi chú: “-”: nguồn thải không phát sinh thông số này.")
    maybe_distractor(doc)


# (number, (RU, KK), [(code, (RU raw material, KK raw material), (low, high) t/year, (low, high) g/t, hours)])
HCB_SOURCES = (
    ("0001", ("Вытяжная вентиляция реакторов-смесителей линии жидких моющих средств", "Сұйық жуғыш құралдар желісінің реактор-араластырғыштарының сорып шығару желдеткіші"),
     [("3347", ("алкилбензолсульфокислота (ЛАБСК)", "алкилбензолсульфоқышқылы (ЛАБСҚ)"), (800, 1500), (20, 60), 4000),
      ("0150", ("натр едкий, раствор 46 %", "күйдіргіш натр, 46 % ерітінді"), (200, 400), (5, 15), 4000)]),
    ("0002", ("Вытяжка участка приготовления отбеливателя", "Ағартқыш дайындау учаскесінің сорғышы"),
     [("0154", ("гипохлорит натрия, марка А", "натрий гипохлориті, А маркасы"), (300, 700), (10, 30), 3000),
      ("0349", ("гипохлорит натрия, марка А", "натрий гипохлориті, А маркасы"), (300, 700), (2, 8), 3000)]),
    ("0003", ("Вытяжка участка стеклоочистителей", "Әйнек тазалағыштар учаскесінің сорғышы"),
     [("1051", ("изопропиловый спирт", "изопропил спирті"), (60, 150), (300, 900), 2500)]),
    ("6001", ("Площадка приема сырья (слив из автоцистерн в емкости)", "Шикізат қабылдау алаңы (автоцистерналардан ыдыстарға құю)"),
     [("1051", ("изопропиловый спирт", "изопропил спирті"), (60, 150), (100, 400), 300)]),
)  # fmt: skip


def emissions_jb2(doc: Doc) -> None:
    """A household-chemicals bottling plant's calculation sheet of emissions, `показатель | обозначение | ед. изм. | значение`,
    a row spanning the table for each source and one for each substance under it, the raw material processed, the specific
    emission and the hours of work before the two results — `M`, the greatest grams a second, and `G`, the tonnes a year —
    which alone are the emission; the same substance at two sources (VI: a cosmetics plant's boiler and standby generator
    burning DO oil, the loads worked out from the WHO emission factors, the factor and the kilograms an hour before the
    grams a second and the tonnes a year)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_jb2_vi(doc)
        return
    g = doc.v
    doc.h(g(f"Расчет выбросов загрязняющих веществ в атмосферу. {HCB_NAME[0]} ({HCB_OPERATOR[0]})",
            f"{HCB_NAME[1]} ({HCB_OPERATOR[1]}). Атмосфераға ластаушы заттар шығарындыларын есептеу", ""))
    doc.p(g("Цех расположен по адресу: Алматинская область, Талгарский район, с. Туздыбастау, ул. Заводская, 3. Выбросы определены "
            "расчетным методом по удельным показателям выделения, принятым по результатам инструментальных замеров на аналогичном "
            "производстве; газоочистное оборудование на источниках отсутствует.",
            "Цех Алматы облысы, Талғар ауданы, Тұздыбастау ауылы, Заводская к-сі, 3 мекенжайында орналасқан. Шығарындылар ұқсас өндірістегі "
            "аспаптық өлшеулер нәтижелері бойынша қабылданған бөліну үлестік көрсеткіштері бойынша есептеу әдісімен анықталды; көздерде "
            "газ тазарту жабдығы жоқ.", ""))
    rows = [g(["Наименование показателя", "Обозначение", "Ед. изм.", "Значение"], ["Көрсеткіштің атауы", "Белгіленуі", "Өлш. бірл.", "Мәні"], [])]
    merges = []
    for number, names, items in HCB_SOURCES:
        _span(rows, merges, g(f"Источник № {number} – {names[0]}", f"№ {number} көз – {names[1]}", ""), 4)
        raw_t = {}
        for code, raw, (blo, bhi), (qlo, qhi), hours in items:
            b = raw_t.setdefault(raw[0], float(r.randint(blo // 10, bhi // 10) * 10))
            q = float(round(r.uniform(qlo, qhi)))
            gy = _sig(q * b / 1e6, 3)
            ms = _sig(q * b / (hours * 3600), 3)
            _span(rows, merges, g(f"Вещество: {code} – {_air(doc, code)}", f"Зат: {code} – {_air(doc, code)}", ""), 4)
            rows += [
                [g(f"Количество перерабатываемого сырья ({raw[0]})", f"Өңделетін шикізат мөлшері ({raw[1]})", ""), "B", g("т/год", "т/жыл", ""), num(b, doc.lang)],
                [g("Удельное выделение вещества на единицу сырья", "Шикізат бірлігіне заттың үлестік бөлінуі", ""), "q", g("г/т", "г/т", ""), num(q, doc.lang)],
                [g("Время работы оборудования", "Жабдықтың жұмыс уақыты", ""), "T", g("ч/год", "сағ/жыл", ""), num(hours, doc.lang)],
                [g("Максимальный разовый выброс, M = q × B / (T × 3600)", "Ең жоғары бір реттік шығарынды, M = q × B / (T × 3600)", ""), "M",
                 g("г/с", "г/с", ""), num(ms, doc.lang)],
                [g("Валовый выброс, G = q × B × 10⁻⁶", "Жалпы шығарынды, G = q × B × 10⁻⁶", ""), "G", g("т/год", "т/жыл", ""), num(gy, doc.lang)],
            ]  # fmt: skip
            doc.add("emissions", emission(code, ms, gy, number))
    doc.table(g("Таблица 3.1 – Расчет выбросов по источникам", "3.1-кесте – Көздер бойынша шығарындыларды есептеу", ""), rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": _kind(s[0])} for s in HCB_SOURCES))
    doc.p(g("Результаты расчета (M и G) приняты в качестве нормативов допустимых выбросов на 2026–2035 годы.",
            "Есептеу нәтижелері (M және G) 2026–2035 жылдарға арналған жол берілетін шығарындылар нормативтері ретінде қабылданды.", ""))
    maybe_distractor(doc)


# (code, label, WHO factor kg per tonne of DO oil with 0,05 % S)
WHO_DO = (("2902", "Bụi tổng", 0.28), ("0330", "SO2", 1.0), ("0301", "NO2", 2.84), ("0337", "CO", 0.71))


def _emissions_jb2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, _ = VN_COS
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – {plant.upper()}")
    doc.h("3.2.2. Tải lượng khí thải từ lò hơi và máy phát điện dự phòng")
    doc.p(f"Chủ cơ sở: {company}. Lò hơi 2 tấn hơi/giờ và máy phát điện dự phòng sử dụng dầu DO (hàm lượng lưu huỳnh 0,05 %). Tải lượng "
          "được tính theo hệ số ô nhiễm của Tổ chức Y tế Thế giới (WHO, 1993): tải lượng (kg/h) = hệ số (kg/tấn dầu) × lượng dầu tiêu thụ "
          "(tấn/h).")
    units = (("Bảng 3.5. Tải lượng ô nhiễm từ lò hơi", r.choice((110, 120, 135)), 16 * 300),
             ("Bảng 3.6. Tải lượng ô nhiễm từ máy phát điện dự phòng 500 kVA", r.choice((95, 105, 110)), r.choice((150, 200, 250))))
    for caption, fuel, hours in units:
        rows = [["TT", "Chất ô nhiễm", "Hệ số ô nhiễm (kg/tấn dầu)", "Tải lượng (kg/h)", "Tải lượng (g/s)", "Tải lượng (tấn/năm)"]]
        for k, (c, label, f) in enumerate(WHO_DO, 1):
            kgh = _sig(f * fuel / 1000, 3)
            gs = _sig(kgh / 3.6, 3)
            ty = _sig(kgh * hours / 1000, 3)
            rows.append([str(k), label, num(f, "vi"), num(kgh, "vi"), num(gs, "vi"), num(ty, "vi")])
            doc.add("emissions", emission(c, gs, ty))
        doc.p(f"Lượng dầu DO tiêu thụ: {num(fuel, 'vi')} kg/h; thời gian vận hành: {num(hours, 'vi')} giờ/năm.")
        doc.table(caption, rows, role="emissions")
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# (code, (RU, KK), unit: t | kg | pcs, (low, high), operation: own | pass | bury)
OFC_WASTES = (
    ("16 08 02*", ("Отработанный никелевый катализатор гидрогенизации", "Гидрлеудің пайдаланылған никель катализаторы"), "t", (6, 14), "pass"),
    ("07 06 08*", ("Кубовый остаток дистилляции глицерина (глицериновый пек)", "Глицеринді айдаудың текше қалдығы (глицерин пегі)"), "t", (20, 60), "pass"),
    ("15 01 10*", ("Тара из-под каустической соды и фосфорной кислоты", "Каустикалық сода мен фосфор қышқылының ыдысы"), "t", (1.5, 4), "pass"),
    ("13 02 05*", ("Отработанные моторные и трансмиссионные масла", "Пайдаланылған мотор және трансмиссия майлары"), "kg", (300, 900), "pass"),
    ("15 02 02*", ("Промасленная ветошь", "Майланған шүберек"), "kg", (150, 600), "pass"),
    ("20 01 21*", ("Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар"), "pcs", (150, 600), "pass"),
    ("02 03 99", ("Отработанная отбельная глина с остатками масла", "Май қалдықтары бар пайдаланылған ағартқыш саз"), "t", (120, 300), "pass"),
    ("19 08 09", ("Жировая масса из жироловок и флотатора", "Май ұстағыштар мен флотатордан алынған май массасы"), "t", (40, 120), "own"),
    ("02 03 04", ("Сорная примесь и некондиционные семена хлопчатника", "Мақта тұқымының қоқыс қоспасы және кондицияланбаған тұқымдары"), "t", (300, 900), "bury"),
    ("15 01 01", ("Бумажные мешки и картонная упаковка", "Қағаз қаптар мен картон орамасы"), "t", (8, 25), "pass"),
    ("20 03 01", ("Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар"), "t", (40, 90), "bury"),
)  # fmt: skip


def _t(x: float) -> float:
    return round(x, 1) if x >= 10 else round(x, 2)


def wastes_jb1(doc: Doc) -> None:
    """The Shymkent combine's programme of waste management, its table of the volumes for 2026 under rows for hazardous and
    non-hazardous wastes, a column of the unit for each row — tonnes for most, kilograms for oils and rags, pieces for the
    lamps, which give no tonnes — the formation first, then own recovery, handing over and disposal (VI: a refinery's wastes
    by the stage of refining that forms them, the stage merged down, the kilograms a month and then a year, which is the
    amount, the ordinary wastes with a dash for the code)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_jb1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g(f"Программа управления отходами на 2026–2030 годы. {OFC_OPERATOR[0]}", f"{OFC_OPERATOR[1]}. 2026–2030 жылдарға арналған қалдықтарды басқару бағдарламасы", ""))
    doc.h(g("3. Объемы образования и управления отходами", "3. Қалдықтардың түзілу және басқару көлемдері", ""))
    doc.p(g("Единица измерения принята по журналам учета: отходы, учитываемые поштучно, приведены в штуках. Жировая масса из жироловок "
            "используется в мыловаренном цехе комбината.",
            "Өлшем бірлігі есепке алу журналдары бойынша қабылданды: дана бойынша есепке алынатын қалдықтар данамен келтірілген. Май "
            "ұстағыштардан алынған май массасы комбинаттың сабын қайнату цехында пайдаланылады.", ""))
    rows = [g(["№", "Наименование отхода", "Код", "Ед. изм.", "Образование на 2026 г.", "Собственное восстановление", "Передача специализированным организациям",
               "Удаление (захоронение)"],
              ["№", "Қалдықтың атауы", "Коды", "Өлш. бірл.", "2026 ж. түзілуі", "Өз күшімен қалпына келтіру", "Мамандандырылған ұйымдарға беру",
               "Жою (көму)"], [])]
    merges = []
    unit_words = {"t": g("т", "т", ""), "kg": g("кг", "кг", ""), "pcs": g("шт.", "дана", "")}
    k = 0
    for hazardous, title in ((True, g("Опасные отходы", "Қауіпті қалдықтар", "")), (False, g("Неопасные отходы", "Қауіпті емес қалдықтар", ""))):
        _span(rows, merges, title, 8)
        for code, names, unit, (lo, hi), op in OFC_WASTES:
            if code.endswith("*") != hazardous:
                continue
            k += 1
            v = _t(r.uniform(lo, hi)) if unit == "t" else float(r.randint(int(lo), int(hi)))
            cells = ["–", "–", "–"]
            cells[("own", "pass", "bury").index(op)] = num(v, doc.lang)
            rows.append([str(k), names[L], code, unit_words[unit], num(v, doc.lang), *cells])
            amount = v if unit == "t" else (v / 1000 if unit == "kg" else None)
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": hazardous, "amount_t": amount, "name_contains": _words(names[L], 3)})
    doc.table(g("Таблица 3.1 – Объемы образования и управления отходами на 2026 год", "3.1-кесте – 2026 жылға арналған қалдықтардың түзілу және басқару көлемдері", ""),
              rows, merges, role="wastes")
    maybe_distractor(doc)


# (stage, [(name, VN-CTNH code or None, (low, high) kg a month)])
VN_OIL_WASTES = (
    ("Tẩy màu, lọc dầu", [("Đất tẩy màu thải (bentonite đã qua sử dụng)", None, (18_000, 35_000)),
                          ("Vải lọc, giấy lọc thải từ máy lọc lá", None, (60, 180))]),
    ("Xử lý nước thải", [("Bùn thải từ hệ thống xử lý nước thải", None, (3_000, 8_000)),
                         ("Dầu mỡ động thực vật tách từ bể tách mỡ", None, (500, 1_500))]),
    ("Bảo dưỡng máy móc, thiết bị", [("Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "17 02 03", (20, 60)),
                                     ("Giẻ lau, găng tay dính dầu nhớt", "18 02 01", (15, 50)),
                                     ("Bóng đèn huỳnh quang thải", "16 01 06", (2, 8))]),
    ("Pha chế hóa chất (axit photphoric, xút)", [("Bao bì cứng thải bằng nhựa (can đựng axit photphoric, xút)", "18 01 03", (30, 90))]),
    ("Chiết rót, đóng gói", [("Bao bì giấy, carton thải", None, (400, 1_200)), ("Màng PE, chai PET lỗi", None, (150, 500))]),
)  # fmt: skip


def _wastes_jb1_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, _ = VN_OIL
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {company.upper()}")
    doc.h(f"3. Kết quả quản lý chất thải rắn tại {plant}")
    doc.p("Khối lượng trung bình tháng được tính từ sổ theo dõi chất thải; khối lượng năm là tổng khối lượng chuyển giao trong năm 2025 theo "
          "chứng từ. Chất thải rắn công nghiệp thông thường không có mã, ghi “-”.")
    rows = [["TT", "Công đoạn phát sinh", "Tên chất thải", "Mã CTNH", "Khối lượng trung bình (kg/tháng)", "Khối lượng năm 2025 (kg/năm)"]]
    merges = []
    k = 0
    for stage, items in VN_OIL_WASTES:
        start = len(rows)
        for j, (name, code, (lo, hi)) in enumerate(items):
            k += 1
            month = r.randint(lo, hi)
            year = month * 12 + r.randint(-month // 3, month // 3)
            rows.append([str(k), stage if j == 0 else None, name, code or "-", num(month, "vi"), num(year, "vi")])
            if code:
                doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": year / 1000, "name_contains": _words(name, 4)})
            else:
                doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": year / 1000, "name_contains": _words(name, 4)})
        if len(items) > 1:
            merges.append((start, 1, len(rows) - 1, 1))
    doc.table("Bảng 3.1. Chất thải phát sinh theo công đoạn sản xuất năm 2025", rows, merges, role="wastes")
    doc.p("Đất tẩy màu thải được chuyển giao cho đơn vị sản xuất phân bón hữu cơ; chất thải nguy hại chuyển giao cho Công ty TNHH Môi trường "
          "Xanh Phú Mỹ theo hợp đồng.")
    maybe_distractor(doc)


# (code, (RU, KK), operation, (RU places, KK places, kg a place), (low, high) kg net)
DPP_WASTES = (
    ("07 06 12", ("Осадок локальных очистных сооружений (шлам отстойников)", "Жергілікті тазарту құрылыстарының тұнбасы (тұндырғыштар шламы)"),
     "D5", ("биг-бэги", "биг-бэгтер", 700), (8000, 20000)),
    ("07 06 99", ("Просыпи и некондиционный порошок СМС (смет с полов)", "СЖҚ шашындылары мен кондицияланбаған ұнтақ (едендерден жиналған сыпырынды)"),
     "D10", ("мешки", "қаптар", 40), (3000, 9000)),
    ("15 02 03", ("Отработанные фильтровальные рукава (полиэфир)", "Пайдаланылған сүзгі жеңдері (полиэфир)"), "D10", ("мешки", "қаптар", 25), (300, 900)),
    ("15 01 10*", ("Бочки и еврокубы из-под ЛАБСК", "ЛАБСҚ бөшкелері мен еуротекшелері"), "R4", ("бочки, кубы", "бөшкелер, текшелер", 30), (800, 2500)),
    ("15 01 02", ("Полиэтиленовые мешки и стрейч-пленка от сырья", "Шикізаттан қалған полиэтилен қаптар мен стрейч-пленка"), "R3", ("кипы", "бумалар", 150), (1000, 3000)),
    ("15 02 02*", ("Промасленная ветошь", "Майланған шүберек"), "D10", ("мешки", "қаптар", 15), (80, 250)),
    ("20 01 21*", ("Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар"), "R4", ("коробы", "қораптар", 6), (20, 60)),
)  # fmt: skip


def wastes_jb2(doc: Doc) -> None:
    """A detergent powder plant's summary act of handing over its wastes of 2025 to a licensed company, `№ | отход | код |
    операция | мест | масса брутто, кг | масса нетто, кг`, the net mass the amount, the operations written as the Code's
    recovery and disposal codes (`R4`, `D10`), the licence's number in the lead-in (VI: a cosmetics plant's biên bản bàn
    giao of hazardous and ordinary wastes, `Khối lượng cả bì` beside `Khối lượng tịnh`, `TT-R` for the ordinary ones)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_jb2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    lic = f"{r.randint(1, 2):02d}{r.randint(100, 999)}P"
    doc.h(g(f"Сводный акт приема-передачи отходов за 2025 год № {r.randint(20, 60)}", f"2025 жылғы қалдықтарды қабылдау-берудің жиынтық актісі № {r.randint(20, 60)}", ""))
    doc.p(g(f"{DPP_OPERATOR[0]} ({DPP_NAME[0]}), именуемое «Сдающая сторона», и ТОО «Эко Өңдеу Оңтүстік», имеющее лицензию на выполнение работ "
            f"(оказание услуг) в области охраны окружающей среды № {lic}, именуемое «Принимающая сторона», составили настоящий акт о том, "
            "что в течение 2025 года по договору № 17/25 переданы следующие отходы (по данным взвешивания на автомобильных весах "
            "Принимающей стороны):",
            f"{DPP_OPERATOR[1]} ({DPP_NAME[1]}), бұдан әрі «Тапсырушы тарап», және қоршаған ортаны қорғау саласындағы жұмыстарды орындауға "
            f"(қызметтер көрсетуге) № {lic} лицензиясы бар «Эко Өңдеу Оңтүстік» ЖШС, бұдан әрі «Қабылдаушы тарап», 2025 жыл ішінде № 17/25 "
            "шарт бойынша мынадай қалдықтар берілгені туралы осы актіні жасады (Қабылдаушы тараптың автомобиль таразысында өлшеу "
            "деректері бойынша):", ""))
    rows = [g(["№", "Наименование отхода", "Код отхода", "Вид операции", "Количество мест", "Масса брутто, кг", "Масса нетто, кг"],
              ["№", "Қалдықтың атауы", "Қалдық коды", "Операция түрі", "Орын саны", "Брутто салмағы, кг", "Нетто салмағы, кг"], [])]
    for k, (code, names, op, places, (lo, hi)) in enumerate(DPP_WASTES, 1):
        net = float(r.randint(lo, hi))
        gross = float(round(net * r.uniform(1.02, 1.1)))
        count = max(1, round(net / (places[2] * r.uniform(0.85, 1.15))))
        rows.append([str(k), names[L], code, op, f"{places[L]} – {count}", num(gross, doc.lang), num(net, doc.lang)])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": net / 1000, "name_contains": _words(names[L], 3)})
    doc.table(None, rows, role="wastes")
    doc.p(g("Операции: R3 – рециклинг органических веществ, R4 – рециклинг металлов и их соединений, D5 – захоронение на специально "
            "оборудованном полигоне, D10 – сжигание на суше. Стороны претензий друг к другу не имеют.",
            "Операциялар: R3 – органикалық заттарды рециклингтеу, R4 – металдар мен олардың қосылыстарын рециклингтеу, D5 – арнайы "
            "жабдықталған полигонда көму, D10 – құрлықта жағу. Тараптардың бір-біріне наразылықтары жоқ.", ""))
    distractor(doc, "approval")


# (name, VN-CTNH code or None, unit of the count, (low, high) kg net)
VN_COS_WASTES = (
    ("Bao bì cứng thải bằng nhựa (can, chai đựng hương liệu, chất bảo quản)", "18 01 03", "bao", (400, 1_200)),
    ("Chất hấp thụ, vật liệu lọc, giẻ lau thải bị nhiễm thành phần nguy hại", "18 02 01", "bao", (150, 500)),
    ("Bùn thải có các thành phần nguy hại từ quá trình xử lý nước thải", "12 06 05", "thùng", (1_500, 4_000)),
    ("Bóng đèn huỳnh quang thải", "16 01 06", "thùng", (10, 40)),
    ("Bao bì giấy, carton thải", None, "kiện", (2_000, 6_000)),
    ("Chai, nắp nhựa lỗi không dính hóa chất", None, "bao", (800, 2_500)),
)  # fmt: skip


def _wastes_jb2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, _ = VN_COS
    doc.p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM – Độc lập - Tự do - Hạnh phúc")
    doc.h("BIÊN BẢN BÀN GIAO CHẤT THẢI NĂM 2025")
    doc.p(f"Bên giao: {company} ({plant}). Bên nhận: Công ty Cổ phần Môi trường Bình Dương Xanh, Giấy phép môi trường số "
          f"{r.randint(10, 99)}/GPMT-BTNMT (mã số QLCTNH 1-2-3-4-5-6.{r.randint(100, 999)}.VX). Hai bên thống nhất số lượng chất thải đã "
          "bàn giao trong năm 2025 như sau (cân tại trạm cân của Bên nhận):")
    rows = [["TT", "Tên chất thải", "Mã chất thải", "Ký hiệu phân loại", "Số lượng", "Khối lượng cả bì (kg)", "Khối lượng tịnh (kg)"]]
    for k, (name, code, unit, (lo, hi)) in enumerate(VN_COS_WASTES, 1):
        net = r.randint(lo, hi)
        gross = round(net * r.uniform(1.03, 1.12))
        rows.append([str(k), name, code or "-", "NH" if code else "TT-R", f"{max(1, net // r.choice((25, 40, 60)))} {unit}", num(gross, "vi"), num(net, "vi")])
        if code:
            doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": net / 1000, "name_contains": _words(name, 4)})
        else:
            doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": net / 1000, "name_contains": _words(name, 4)})
    doc.table(None, rows, role="wastes")
    doc.p("Ghi chú: NH – chất thải nguy hại; TT-R – chất thải rắn công nghiệp thông thường được tái sử dụng, tái chế. Biên bản được lập "
          "thành 04 bản, mỗi bên giữ 02 bản.")


# ---------------------------------------------------------------- limits

# (symbol or None, RU, KK, allowed concentration (a tuple is a range), (low, high), monthly?)
OFC_SEWER = (
    ("pH", "Водородный показатель", "Сутегі көрсеткіші", (6.5, 9.0), (6.8, 8.7), True),
    ("TSS", "Взвешенные вещества", "Қалқыма заттар", 300, (60, 260), True),
    ("BOD5", "БПК5", "ОБТ5", 250, (70, 220), False),
    ("COD", "ХПК", "ОХТ", 500, (150, 450), False),
    (None, "Жиры (растительные и животные)", "Майлар (өсімдік және жануар тектес)", 50, (8, 45), True),
    ("Surfactants", "СПАВ (анионные)", "Аниондық БАЗ", 10, (1.5, 8.5), True),
    ("Cl-", "Хлориды", "Хлоридтер", 350, (80, 320), False),
)  # fmt: skip
MONTHS = (("Январь", "Қаңтар"), ("Февраль", "Ақпан"), ("Март", "Наурыз"), ("Апрель", "Сәуір"), ("Май", "Мамыр"), ("Июнь", "Маусым"),
          ("Июль", "Шілде"), ("Август", "Тамыз"), ("Сентябрь", "Қыркүйек"), ("Октябрь", "Қазан"), ("Ноябрь", "Қараша"), ("Декабрь", "Желтоқсан"))


def _lim_text(doc: Doc, v) -> str:
    return f"{num(v[0], doc.lang)}–{num(v[1], doc.lang)}" if isinstance(v, tuple) else num(v, doc.lang)


def limits_jb1(doc: Doc) -> None:
    """The Shymkent combine's report on its outlet to the city sewer through 2025: the twelve months as rows, the parameters as
    columns with a row of units and a row of the allowed concentrations of the utility's conditions under the header, fats
    with no key of their own, the quarterly parameters with dashes in the months between, a month of overhaul written across
    its row (VI: a refinery's treated waste water over four rounds against the industrial park's acceptance limits, given
    as the last row, animal and vegetable fats with no key)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_jb1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    point = "КК-2"
    stop = doc.pick((1, 7, 8))
    doc.h(g(f"Отчет о выполнении программы производственного экологического контроля за 2025 год. {OFC_OPERATOR[0]}",
            f"{OFC_OPERATOR[1]}. Өндірістік экологиялық бақылау бағдарламасының 2025 жылы орындалуы туралы есеп", ""))
    doc.h(g("4.3. Контроль сточных вод, отводимых в городскую канализацию", "4.3. Қалалық кәрізге бұрылатын ағынды суларды бақылау", ""))
    doc.p(g(f"Производственные сточные воды комбината после жироловок и флотатора отводятся через контрольный колодец {point} в сети "
            "ГКП «Шымкент Су Арнасы». Допустимые концентрации (ДК) приняты по техническим условиям на прием сточных вод; рН, взвешенные "
            "вещества, жиры и СПАВ контролируются ежемесячно, остальные показатели – ежеквартально.",
            f"Комбинаттың өндірістік ағынды сулары май ұстағыштар мен флотатордан кейін {point} бақылау құдығы арқылы «Шымкент Су Арнасы» "
            "МКК желілеріне бұрылады. Жол берілетін концентрациялар (ЖК) ағынды суларды қабылдаудың техникалық шарттары бойынша "
            "қабылданды; рН, қалқыма заттар, майлар және БАЗ ай сайын, қалған көрсеткіштер тоқсан сайын бақыланады.", ""))
    width = 1 + len(OFC_SEWER)
    rows = [[g("Месяц отбора", "Сынама алынған ай", ""), *(p[1 + L] for p in OFC_SEWER)],
            [g("Ед. изм.", "Өлш. бірл.", ""), *(g("ед. pH", "pH бірл.", "") if p[0] == "pH" else "мг/дм³" for p in OFC_SEWER)],
            [g("ДК по условиям приема", "Қабылдау шарттары бойынша ЖК", ""), *(_lim_text(doc, p[3]) for p in OFC_SEWER)]]
    merges = []
    for m, (m_ru, m_kk) in enumerate(MONTHS, 1):
        label = (m_ru, m_kk)[L]
        if m == stop:
            rows.append([label, g("капитальный ремонт, сброс не производился", "күрделі жөндеу, төгінді жүргізілген жоқ", ""), *[None] * (width - 2)])
            merges.append((len(rows) - 1, 1, len(rows) - 1, width - 1))
            continue
        line, seen = [label], {}
        for s, _, _, dk, (lo, hi), monthly in OFC_SEWER:
            if not monthly and m % 3:
                line.append("–")
                continue
            if s == "pH":
                v = round(r.uniform(lo, hi), 1)
            elif s == "COD":
                v = _sig(min(seen["BOD5"] * r.uniform(1.6, 2.4), hi), 3)
            else:
                v = _sig(r.uniform(lo, hi), 3)
            seen[s] = v
            line.append(num(v, doc.lang))
            if s:
                add(doc, limit(("symbol", s), "waste_water", dk, "mg/l", None, point, v))
            else:
                add(doc, {"medium": "waste_water", "unit": "mg/l", "column": None, "point": point, "limit": float(dk), "limit_min": None,
                          "limit_max": None, "value": v})
        rows.append(line)
    doc.table(g(f"Таблица 4.3 – Результаты анализов сточных вод в колодце {point} за 2025 год",
                f"4.3-кесте – {point} құдығындағы ағынды суларды талдау нәтижелері, 2025 жыл", ""), rows, merges, role="limits")
    doc.p(g("Превышений допустимых концентраций не выявлено.", "Жол берілетін концентрациялардың асып кетуі анықталған жоқ.", ""))
    maybe_distractor(doc)


# (symbol or None, label, unit, acceptance limit of the park, (low, high))
VN_PARK = (
    ("pH", "pH", "-", (5.5, 9), (6.3, 8.1)),
    ("BOD5", "BOD5 (20 °C)", "mg/L", 300, (40, 220)),
    ("COD", "COD", "mg/L", 500, (90, 420)),
    ("TSS", "Tổng chất rắn lơ lửng (TSS)", "mg/L", 200, (25, 160)),
    ("NH4+", "Amoni (tính theo N)", "mg/L", 20, (1.5, 14)),
    ("TPH", "Tổng dầu mỡ khoáng", "mg/L", 10, (0.3, 6)),
    (None, "Dầu mỡ động thực vật", "mg/L", 50, (4, 38)),
)  # fmt: skip


def _limits_jb1_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, _ = VN_OIL
    doc.h(f"BÁO CÁO KẾT QUẢ QUAN TRẮC NƯỚC THẢI ĐỊNH KỲ NĂM 2025 – {plant.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Vị trí lấy mẫu NT1 – hố ga sau hệ thống xử lý nước thải công suất 600 m³/ngày đêm, trước khi đấu nối vào "
          "hệ thống thu gom của Khu công nghiệp Phú Mỹ I. Giới hạn so sánh là giới hạn tiếp nhận nước thải của Khu công nghiệp theo hợp "
          "đồng đấu nối, ghi ở dòng cuối bảng.")
    days = [f"{r.randint(5, 25):02d}/{m:02d}/2025" for m in (3, 6, 9, 12)]
    rows = [["Đợt quan trắc (ngày lấy mẫu)", *(p[1] for p in VN_PARK)], ["Đơn vị", *(p[2] for p in VN_PARK)]]
    for k, day in enumerate(days, 1):
        line, seen = [f"Đợt {k} ({day})"], {}
        for s, _, _unit, lim, (lo, hi) in VN_PARK:
            if s == "pH":
                v = round(r.uniform(lo, hi), 1)
            elif s == "COD":
                v = _sig(min(seen["BOD5"] * r.uniform(1.6, 2.4), hi), 3)
            else:
                v = _sig(r.uniform(lo, hi), 3)
            seen[s] = v
            line.append(num(v, "vi"))
            if s:
                add(doc, limit(("symbol", s), "waste_water", lim, "mg/l", None, "NT1", v))
            else:
                add(doc, {"medium": "waste_water", "unit": "mg/l", "column": None, "point": "NT1", "limit": float(lim), "limit_min": None,
                          "limit_max": None, "value": v})
        rows.append(line)
    rows.append(["Giới hạn tiếp nhận của KCN Phú Mỹ I", *(f"{num(p[3][0], 'vi')} – {num(p[3][1], 'vi')}" if isinstance(p[3], tuple) else num(p[3], "vi")
                                                      for p in VN_PARK)])
    doc.table("Bảng 2.2. Kết quả phân tích nước thải sau xử lý tại NT1", rows, role="limits")
    doc.p("Nhận xét: các thông số đều nằm trong giới hạn tiếp nhận của Khu công nghiệp.")
    maybe_distractor(doc)


# (code, ПДК м.р. or ОБУВ mg/m3, "ПДК" or "ОБУВ", (low, high) share of the limit, share of `н/о`)
DPP_SZZ = (("2881", 0.15, "pdk", (0.1, 0.7), 0.0), ("0155", 0.15, "pdk", (0.1, 0.6), 0.0), ("0150", 0.01, "obuv", (0.3, 0.8), 0.4),
           ("0301", 0.2, "pdk", (0.15, 0.6), 0.0), ("0337", 5, "pdk", (0.1, 0.4), 0.0))
SZZ_POINTS = (("Т-1", "граница СЗЗ, север", "СҚА шекарасы, солтүстік"), ("Т-2", "граница СЗЗ, восток", "СҚА шекарасы, шығыс"),
              ("Т-3", "граница СЗЗ, юг", "СҚА шекарасы, оңтүстік"), ("Т-4", "с. Аксукент, ближайший жилой дом", "Ақсукент а., ең жақын тұрғын үй"))


def limits_jb2(doc: Doc) -> None:
    """Air at the detergent powder plant's protection zone: the substances as rows with code, name and a column `ПДК м.р. /
    ОБУВ, мг/м³` — an ОБУВ for caustic soda — the four points as column pairs `мг/м³ | доли ПДК`, the shares no values of
    their own, `н/о` where nothing was found (VI: a cosmetics plant's ambient air at three points measured three times a day,
    QCVN 05:2023/BTNMT in µg/m3 as the first row under the header)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_jb2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    day = f"{r.randint(5, 25):02d}.{doc.pick(('04', '07', '10'))}.2025"
    doc.h(g(f"Протокол измерений качества атмосферного воздуха на границе СЗЗ. {DPP_NAME[0]}",
            f"{DPP_NAME[1]}. СҚА шекарасындағы атмосфералық ауа сапасын өлшеу хаттамасы", ""))
    doc.p(g(f"Дата отбора проб: {day}. Размер санитарно-защитной зоны – 500 м. Метеоусловия: ветер северо-восточный, 2–3 м/с. "
            "Результаты сопоставлены с ПДК максимально разовыми, для веществ без ПДК – с ОБУВ.",
            f"Сынама алынған күн: {day}. Санитариялық-қорғаныш аймағының өлшемі – 500 м. Метеожағдайлар: жел солтүстік-шығыстан, 2–3 м/с. "
            "Нәтижелер ең жоғары бір реттік ШЖК-мен, ШЖК жоқ заттар үшін ҚӘБД-мен салыстырылды.", ""))
    n = len(SZZ_POINTS)
    rows = [[g("Код", "Коды", ""), g("Загрязняющее вещество", "Ластаушы зат", ""), g("ПДК м.р. / ОБУВ, мг/м³", "ШЖК м.б. / ҚӘБД, мг/м³", ""),
             *(x for pid, p_ru, p_kk in SZZ_POINTS for x in (f"{pid} ({(p_ru, p_kk)[L]})", None))],
            [None, None, None, *g(["мг/м³", "доли ПДК"], ["мг/м³", "ШЖК үлесі"], []) * n]]
    merges = [(0, c, 1, c) for c in range(3)] + [(0, 3 + 2 * k, 0, 4 + 2 * k) for k in range(n)]
    found_none = False
    for c, lim, kind, (lo, hi), none_share in DPP_SZZ:
        lim_cell = num(lim, doc.lang) + (g(" (ОБУВ)", " (ҚӘБД)", "") if kind == "obuv" else "")
        line = [c, _air(doc, c), lim_cell]
        for pid, _, _ in SZZ_POINTS:
            if none_share and r.random() < none_share:
                found_none = True
                line += [g("н/о", "а/ж", ""), "–"]
                add(doc, {k: v for k, v in limit(("code", c), "air", lim, "mg/m3", None, pid).items() if k != "value"})
                continue
            v = _sig(lim * r.uniform(lo, hi), 2)
            line += [num(v, doc.lang), num(round(v / lim, 2), doc.lang)]
            add(doc, limit(("code", c), "air", lim, "mg/m3", None, pid, v))
        rows.append(line)
    doc.table(g("Таблица 1 – Результаты измерений", "1-кесте – Өлшеу нәтижелері", ""), rows, merges, role="limits")
    if found_none:
        doc.p(g("н/о – не обнаружено (ниже предела обнаружения методики 0,002 мг/м³).", "а/ж – анықталған жоқ (әдістеменің анықтау шегінен төмен, 0,002 мг/м³).", ""))
    maybe_distractor(doc)


# (code, label, QCVN 05:2023/BTNMT 1-hour limit µg/m3, (low, high))
QCVN05 = (("2902", "Tổng bụi lơ lửng (TSP)", 300, (60, 220)), ("0330", "SO2", 350, (15, 90)), ("0301", "NO2", 200, (20, 110)),
          ("0337", "CO", 30_000, (2_000, 9_000)))
VN_AIR_POINTS = (("KK1", "Cổng chính nhà máy"), ("KK2", "Khu vực cuối hướng gió, cách xưởng chiết rót 50 m"),
                 ("KK3", "Khu dân cư gần nhất, cách hàng rào 300 m"))


def _limits_jb2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, _ = VN_COS
    doc.h(f"KẾT QUẢ QUAN TRẮC CHẤT LƯỢNG KHÔNG KHÍ XUNG QUANH NĂM 2025 – {plant.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Ngày quan trắc: {r.randint(5, 25):02d}/{doc.pick(('05', '08', '11'))}/2025; mỗi vị trí đo 03 lần trong ngày "
          "(08h00, 11h00, 15h00), mỗi lần lấy mẫu trung bình 1 giờ.")
    rows = [["Vị trí quan trắc", "Lần đo", *(q[1] for q in QCVN05)],
            ["QCVN 05:2023/BTNMT (trung bình 1 giờ)", None, *(num(q[2], "vi") for q in QCVN05)],
            ["Đơn vị", None, *("µg/m³" for _ in QCVN05)]]
    merges = [(1, 0, 1, 1), (2, 0, 2, 1)]
    for pid, place in VN_AIR_POINTS:
        start = len(rows)
        for k, hour in enumerate(("08h00", "11h00", "15h00"), 1):
            line = [f"{pid} – {place}" if k == 1 else None, f"Lần {k} ({hour})"]
            for c, _, lim, (lo, hi) in QCVN05:
                v = float(round(r.uniform(lo, hi), -2)) if c == "0337" else float(round(r.uniform(lo, hi)))
                line.append(num(v, "vi"))
                add(doc, limit(("code", c), "air", lim, "µg/m3", None, pid, v))
            rows.append(line)
        merges.append((start, 0, len(rows) - 1, 0))
    doc.table("Bảng 3. Kết quả quan trắc không khí xung quanh", rows, merges, role="limits")
    doc.p("Nhận xét: tất cả các thông số tại 03 vị trí đều nằm trong giới hạn cho phép của QCVN 05:2023/BTNMT.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

# operational monitoring: (RU object, KK object, RU parameters, KK parameters, RU frequency, KK frequency)
DPP_OPERATIONAL = (
    ("Сушильная башня: теплоноситель на входе, отработанный воздух на выходе", "Кептіру мұнарасы: кірістегі жылу тасымалдағыш, шығыстағы пайдаланылған ауа",
     "температура, °С; разрежение, Па", "температура, °С; сиретілу, Па", "непрерывно (АСУ ТП)", "үздіксіз (ТП АБЖ)"),
    ("Рукавные фильтры узлов дозирования и фасовки", "Мөлшерлеу және өлшеп-орау тораптарының жеңді сүзгілері",
     "перепад давления, Па; целостность рукавов", "қысым айырмасы, Па; жеңдердің бүтіндігі", "ежесменно", "әр ауысым сайын"),
    ("Скруббер и циклоны сушильной башни", "Кептіру мұнарасының скруббері мен циклондары",
     "расход орошающей воды, м³/ч; уровень шлама в отстойнике", "суару суының шығыны, м³/сағ; тұндырғыштағы шлам деңгейі", "ежесменно", "әр ауысым сайын"),
    ("Теплогенератор (горелка на природном газе)", "Жылу генераторы (табиғи газ жанарғысы)",
     "расход газа, м³/ч; коэффициент избытка воздуха", "газ шығыны, м³/сағ; ауаның артықтық коэффициенті", "непрерывно (АСУ ТП)", "үздіксіз (ТП АБЖ)"),
)  # fmt: skip
# emission monitoring: (number, RU, KK, codes, frequency, method RU, method KK)
DPP_EMISSION_PLAN = (
    ("0001", "Сушильная башня (после циклонов и скруббера)", "Кептіру мұнарасы (циклондар мен скрубберден кейін)", ("2881", "0301", "0304", "0337"),
     "quarterly", "инструментальный", "аспаптық"),
    ("0002", "Аспирация узла дозирования сыпучих компонентов", "Сусымалы компоненттерді мөлшерлеу торабының аспирациясы", ("0155", "0161", "0158"),
     "quarterly", "инструментальный", "аспаптық"),
    ("0003", "Аспирация участка ароматизации и фасовки", "Хош иістендіру және өлшеп-орау учаскесінің аспирациясы", ("2881", "2870"),
     "semiannual", "инструментальный", "аспаптық"),
    ("0004", "Воздушник реактора нейтрализации ЛАБСК", "ЛАБСҚ бейтараптандыру реакторының ауа шығарғышы", ("3347", "0150"),
     "semiannual", "инструментальный", "аспаптық"),
    ("6001", "Склад сыпучего сырья (разгрузка соды)", "Сусымалы шикізат қоймасы (соданы түсіру)", ("0155",), "yearly", "расчетный", "есептік"),
)  # fmt: skip
DPP_IMPACT = ("2881", "0155", "0301")


def monitoring_jb1(doc: Doc) -> None:
    """The detergent powder plant's ПЭК plan in the three kinds the Ecological Code names, each under a row spanning the table:
    operational monitoring of the tower, the filters, the scrubber and the hot-gas generator, whose rows name temperatures,
    pressure drops and flows and no substance; then emission monitoring at the sources with the substances as `код –
    наименование`, one source by calculation once a year; then impact monitoring at four points of the protection zone (VI:
    the detergent plant's GPMT programme with automatic continuous monitoring of its outlet, the outlet's periodic sampling,
    its stacks and rows on running the bag filters and the scrubber)."""
    if doc.lang == "vi":
        _monitoring_jb1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g(f"Программа производственного экологического контроля на 2026–2028 годы. {DPP_NAME[0]}",
            f"{DPP_NAME[1]}. 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.h(g("4. План-график производственного мониторинга", "4. Өндірістік мониторингтің жоспар-кестесі", ""))
    doc.p(g("Производственный мониторинг включает операционный мониторинг, мониторинг эмиссий и мониторинг воздействия. Инструментальные "
            "замеры на источниках и на границе СЗЗ выполняет аккредитованная лаборатория по договору.",
            "Өндірістік мониторинг операциялық мониторингті, эмиссиялар мониторингін және әсер ету мониторингін қамтиды. Көздердегі және СҚА "
            "шекарасындағы аспаптық өлшеулерді шарт бойынша аккредиттелген зертхана орындайды.", ""))
    rows = [g(["№", "Объект контроля", "Контролируемые параметры (вещества)", "Периодичность", "Метод", "Исполнитель"],
              ["№", "Бақылау объектісі", "Бақыланатын параметрлер (заттар)", "Кезеңділігі", "Әдісі", "Орындаушы"], [])]
    merges = []
    lab = g("аккредитованная лаборатория", "аккредиттелген зертхана", "")
    _span(rows, merges, g("1. Операционный мониторинг", "1. Операциялық мониторинг", ""), 6)
    for k, o in enumerate(DPP_OPERATIONAL, 1):
        rows.append([f"1.{k}", o[L], o[2 + L], o[4 + L], g("по приборам", "аспаптар бойынша", ""), g("оператор смены", "ауысым операторы", "")])
    _span(rows, merges, g("2. Мониторинг эмиссий", "2. Эмиссиялар мониторингі", ""), 6)
    pairs = []
    for k, (number, s_ru, s_kk, codes, word, m_ru, m_kk) in enumerate(DPP_EMISSION_PLAN, 1):
        rows.append([f"2.{k}", g(f"ИЗА № {number} – {s_ru}", f"№ {number} ЛШК – {s_kk}", ""), "; ".join(f"{c} – {_air(doc, c)}" for c in codes),
                     freq(doc, word), (m_ru, m_kk)[L], lab if word != "yearly" else g("инженер-эколог", "инженер-эколог", "")])
        for c in codes:
            doc.add("monitoring", {"source_number": number, "code": c, "frequency": word})
            pairs.append((number, c))
    _span(rows, merges, g("3. Мониторинг воздействия", "3. Әсер ету мониторингі", ""), 6)
    for k, (pid, p_ru, p_kk) in enumerate(SZZ_POINTS[:3], 1):
        rows.append([f"3.{k}", f"{pid} – {(p_ru, p_kk)[L]}", "; ".join(f"{c} – {_air(doc, c)}" for c in DPP_IMPACT), freq(doc, "quarterly"),
                     g("инструментальный", "аспаптық", ""), lab])
        doc.add("monitoring", *({"point": pid, "code": c, "frequency": "quarterly"} for c in DPP_IMPACT))
    doc.table(g("Таблица 4.1 – План-график производственного мониторинга", "4.1-кесте – Өндірістік мониторингтің жоспар-кестесі", ""), rows, merges,
              role="monitoring")
    doc.add("sources", *({"number": s[0], "type": _kind(s[0])} for s in DPP_EMISSION_PLAN))
    doc.add("emissions", *(emission(c, None, None, n) for n, c in pairs))
    maybe_distractor(doc)


def _monitoring_jb1_vi(doc: Doc) -> None:
    plant, company, place = VN_DET
    doc.h(f"GIẤY PHÉP MÔI TRƯỜNG – {plant.upper()}")
    doc.h("Phụ lục 4. Chương trình quan trắc môi trường và giám sát vận hành công trình xử lý chất thải")
    doc.p(f"Chủ cơ sở: {company}, {place}. Dữ liệu quan trắc tự động, liên tục được truyền trực tiếp về Sở Nông nghiệp và Môi trường "
          "tỉnh Đồng Nai.")
    rows = [["TT", "Vị trí", "Thông số", "Tần suất", "Quy chuẩn, giới hạn so sánh"]]
    merges = []
    nt1 = "NT1 – Nước thải sau hệ thống xử lý 800 m³/ngày đêm, trước khi đấu nối vào KCN Nhơn Trạch 2"
    std = "Giới hạn tiếp nhận của KCN Nhơn Trạch 2"
    _span(rows, merges, "A. QUAN TRẮC NƯỚC THẢI TỰ ĐỘNG, LIÊN TỤC", 5)
    rows.append(["1", nt1, "Lưu lượng (đầu vào, đầu ra), nhiệt độ, pH, COD, TSS, Amoni", "Liên tục", std])
    doc.add("monitoring", *({"point": "NT1", "symbol": s, "frequency": "continuous"} for s in ("pH", "COD", "TSS", "NH4+")))
    _span(rows, merges, "B. QUAN TRẮC ĐỊNH KỲ", 5)
    periodic = (
        (nt1, [("symbol", "BOD5"), ("symbol", "TN"), ("symbol", "TP"), ("symbol", "Surfactants"), ("symbol", "Coliform")],
         "BOD5, Tổng nitơ, Tổng phốt pho, Chất hoạt động bề mặt, Tổng Coliforms", "quarterly", std),
        ("KT1 – Ống khói lò hơi đốt sinh khối", [("code", "2902"), ("code", "0330"), ("code", "0301"), ("code", "0337")],
         "Lưu lượng, Bụi tổng, SO2, NOx (tính theo NO2), CO", "quarterly", "QCVN 19:2009/BTNMT, cột B"),
        ("KT2 – Ống thải tháp sấy phun", [("code", "2902"), ("code", "0301"), ("code", "0337")], "Lưu lượng, Bụi tổng, NOx (tính theo NO2), CO",
         "quarterly", "QCVN 19:2009/BTNMT, cột B"),
        ("KT3 – Ống thải lọc bụi túi khu phối trộn, đóng gói", [("code", "2902")], "Lưu lượng, Bụi tổng", "semiannual", "QCVN 19:2009/BTNMT, cột B"),
    )
    for k, (place_, items, said, word, std_) in enumerate(periodic, 2):
        rows.append([str(k), place_, said, freq(doc, word), std_])
        doc.add("monitoring", *({"point": place_.split(" ")[0], kind: key, "frequency": word} for kind, key in items))
    _span(rows, merges, "C. GIÁM SÁT VẬN HÀNH CÔNG TRÌNH XỬ LÝ", 5)
    rows.append(["6", "Hệ thống lọc bụi túi khu phối trộn, đóng gói", "Chênh áp qua túi lọc, tình trạng túi lọc", "Mỗi ca làm việc", "Nhật ký vận hành"])
    rows.append(["7", "Tháp rửa khí lò hơi và tháp sấy phun", "Lưu lượng nước tuần hoàn, mức bùn bể lắng", "Hằng ngày", "Nhật ký vận hành"])
    doc.table("Bảng 4.1. Chương trình quan trắc, giám sát", rows, merges, role="monitoring")
    maybe_distractor(doc)


# (place, sources, points, [(kind, key)], RU said, KK said, frequency 2026, frequency 2027–2030)
HCB_PLAN = (
    ("ИЗА № 0001 – вытяжка реакторов-смесителей", "№ 0001 ЛШК – реактор-араластырғыштар сорғышы", ("0001",), (),
     [("code", "3347"), ("code", "0150")], "quarterly", "semiannual"),
    ("ИЗА № 0002 – вытяжка участка отбеливателя", "№ 0002 ЛШК – ағартқыш учаскесінің сорғышы", ("0002",), (),
     [("code", "0349"), ("code", "0154")], "quarterly", "quarterly"),
    ("ИЗА № 0003 – вытяжка участка стеклоочистителей", "№ 0003 ЛШК – әйнек тазалағыштар учаскесінің сорғышы", ("0003",), (),
     [("code", "1051")], "quarterly", "yearly"),
    ("КК-1 – выпуск с локальных очистных сооружений в канализацию", "КК-1 – жергілікті тазарту құрылыстарынан кәрізге шығарылым", (), ("КК-1",),
     [("symbol", "pH"), ("symbol", "TSS"), ("symbol", "COD"), ("symbol", "Surfactants"), ("symbol", "Cl-")], "monthly", "quarterly"),
    ("Н-1 – наблюдательная скважина у склада жидкого сырья", "Н-1 – сұйық шикізат қоймасы жанындағы бақылау ұңғымасы", (), ("Н-1",),
     [("symbol", "pH"), ("symbol", "Surfactants"), ("symbol", "Cl-")], "semiannual", "yearly"),
    ("Т-1, Т-2 – граница СЗЗ (север, юг)", "Т-1, Т-2 – СҚА шекарасы (солтүстік, оңтүстік)", (), ("Т-1", "Т-2"),
     [("code", "0349"), ("code", "1051")], "quarterly", "semiannual"),
)  # fmt: skip
HCB_WATER = {"pH": ("водородный показатель (pH)", "сутегі көрсеткіші (pH)"), "TSS": ("взвешенные вещества", "қалқыма заттар"),
             "COD": ("ХПК", "ОХТ"), "Surfactants": ("СПАВ", "БАЗ"), "Cl-": ("хлориды", "хлоридтер")}


def monitoring_jb2(doc: Doc) -> None:
    """A household-chemicals bottling plant's ПЭК plan with two frequency columns under a merged header — 2026, the first year
    after its new line of liquid detergents, and 2027–2030 — so that a pair kept at two frequencies is two duties and one
    kept at the same is one; its sources, its sewer outlet, an observation well and two points of the zone in one row (VI: a
    cosmetics plant's programme for the first year of its permit and from the second year on)."""
    if doc.lang == "vi":
        _monitoring_jb2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g(f"Программа производственного экологического контроля на 2026–2030 годы. {HCB_NAME[0]}",
            f"{HCB_NAME[1]}. 2026–2030 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.p(g(f"Оператор – {HCB_OPERATOR[0]}. В 2026 году вводится в эксплуатацию новая линия жидких моющих средств, поэтому в первый год "
            "работы периодичность контроля повышена; с 2027 года применяется периодичность второго столбца.",
            f"Оператор – {HCB_OPERATOR[1]}. 2026 жылы сұйық жуғыш құралдардың жаңа желісі пайдалануға беріледі, сондықтан жұмыстың бірінші "
            "жылында бақылау кезеңділігі арттырылды; 2027 жылдан бастап екінші бағандағы кезеңділік қолданылады.", ""))
    rows = [g(["№", "Объект контроля", "Контролируемые вещества (показатели)", "Периодичность контроля", None],
              ["№", "Бақылау объектісі", "Бақыланатын заттар (көрсеткіштер)", "Бақылау кезеңділігі", None], []),
            g([None, None, None, "2026 г. (первый год работы новой линии)", "2027–2030 гг."],
              [None, None, None, "2026 ж. (жаңа желі жұмысының бірінші жылы)", "2027–2030 жж."], [])]
    merges = [(0, c, 1, c) for c in range(3)] + [(0, 3, 0, 4)]
    pairs = []
    for k, (p_ru, p_kk, srcs, points, keys, first, later) in enumerate(HCB_PLAN, 1):
        said = "; ".join(f"{key} – {_air(doc, key)}" if kind == "code" else HCB_WATER[key][L] for kind, key in keys)
        rows.append([str(k), (p_ru, p_kk)[L], said, freq(doc, first), freq(doc, later)])
        for word in dict.fromkeys((first, later)):
            for s in srcs:
                doc.add("monitoring", *({"source_number": s, kind: key, "frequency": word} for kind, key in keys))
            for p in points:
                doc.add("monitoring", *({"point": p, kind: key, "frequency": word} for kind, key in keys))
        pairs += [(s, key) for s in srcs for _, key in keys]
    doc.table(g("Таблица 3 – План-график контроля", "3-кесте – Бақылаудың жоспар-кестесі", ""), rows, merges, role="monitoring")
    doc.add("sources", *({"number": s, "type": "organized"} for s in ("0001", "0002", "0003")))
    doc.add("emissions", *(emission(c, None, None, n) for n, c in pairs))
    maybe_distractor(doc)


# (place, [(kind, key)], said, first year, from the second year)
VN_COS_PLAN = (
    ("NT1 – Nước thải sau hệ thống xử lý 150 m³/ngày đêm, trước khi đấu nối vào hệ thống thu gom của KCN VSIP II",
     [("symbol", s) for s in ("pH", "BOD5", "COD", "TSS", "NH4+", "Surfactants", "Coliform")],
     "pH, BOD5, COD, TSS, Amoni, Chất hoạt động bề mặt, Tổng Coliforms", "quarterly", "semiannual"),
    ("KT1 – Ống khói lò hơi 2 tấn hơi/giờ (dầu DO)", [("code", "2902"), ("code", "0330"), ("code", "0301"), ("code", "0337")],
     "Lưu lượng, Bụi tổng, SO2, NOx (tính theo NO2), CO", "semiannual", "yearly"),
    ("KT2 – Ống thải hệ thống lọc bụi khu cân, phối trộn nguyên liệu dạng bột", [("code", "2902")], "Lưu lượng, Bụi tổng", "semiannual", "semiannual"),
)  # fmt: skip


def _monitoring_jb2_vi(doc: Doc) -> None:
    plant, company, _ = VN_COS
    doc.h(f"CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ – {plant.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Trong năm đầu tiên kể từ ngày được cấp giấy phép môi trường, Công ty thực hiện quan trắc với tần suất "
          "cao hơn để đánh giá sự ổn định của hệ thống xử lý; từ năm thứ hai áp dụng tần suất tại cột cuối.")
    rows = [["TT", "Vị trí quan trắc", "Thông số", "Tần suất quan trắc", None],
            [None, None, None, "Năm đầu tiên", "Từ năm thứ hai trở đi"]]
    merges = [(0, c, 1, c) for c in range(3)] + [(0, 3, 0, 4)]
    for k, (place, items, said, first, later) in enumerate(VN_COS_PLAN, 1):
        rows.append([str(k), place, said, freq(doc, first), freq(doc, later)])
        for word in dict.fromkeys((first, later)):
            doc.add("monitoring", *({"point": place.split(" ")[0], kind: key, "frequency": word} for kind, key in items))
    doc.table("Bảng 5.1. Vị trí, thông số và tần suất quan trắc", rows, merges, role="monitoring")
    doc.p("Quy chuẩn so sánh: giới hạn tiếp nhận nước thải của KCN VSIP II; QCVN 19:2009/BTNMT, cột B (Kp = 1,0; Kv = 0,8) đối với khí thải.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

# (frequency, (RU section, KK section), (RU actor, KK actor), [(RU check, KK check)])
OFC_CHECKS = (
    ("daily", ("Ежедневно – проверяет мастер смены", "Күн сайын – ауысым шебері тексереді"), ("мастер смены", "ауысым шебері"), [
        ("Отсутствие проливов масла и мисцеллы на территории экстракционного цеха", "Экстракция цехының аумағында май мен мисцелла төгілуінің болмауы"),
        ("Работа узла рекуперации гексана, отсутствие запаха растворителя", "Гексан рекуперациясы торабының жұмысы, еріткіш иісінің болмауы"),
        ("Заполнение жироловок и своевременная откачка жировой массы", "Май ұстағыштардың толуы және май массасын уақтылы сорып шығару")]),
    ("weekly", ("Еженедельно (по понедельникам) – проверяет инженер-эколог", "Апта сайын (дүйсенбі күндері) – инженер-эколог тексереді"),
     ("инженер-эколог", "инженер-эколог"), [
        ("Состояние площадок временного накопления отходов, маркировка контейнеров", "Қалдықтарды уақытша жинақтау алаңдарының жай-күйі, контейнерлерді таңбалау"),
        ("Ведение журнала учета образования и передачи отходов", "Қалдықтардың түзілуі мен берілуін есепке алу журналын жүргізу"),
        ("Герметичность емкостей щелочи и кислот, исправность поддонов", "Сілті мен қышқыл ыдыстарының саңылаусыздығы, табандықтардың жарамдылығы")]),
    ("monthly", ("Ежемесячно – проверяет главный инженер", "Ай сайын – бас инженер тексереді"), ("главный инженер", "бас инженер"), [
        ("Соблюдение режимной карты котлов и исправность горелок", "Қазандардың режимдік картасының сақталуы және жанарғылардың жарамдылығы"),
        ("Исправность вакуум-системы установки дистилляции глицерина", "Глицеринді айдау қондырғысының вакуум жүйесінің жарамдылығы")]),
    ("quarterly", ("Ежеквартально – проверяет комиссия под председательством директора по производству",
                   "Тоқсан сайын – өндіріс жөніндегі директор төрағалық ететін комиссия тексереді"), ("комиссия", "комиссия"), [
        ("Выполнение условий КЭР и плана природоохранных мероприятий", "КЭР шарттары мен табиғат қорғау іс-шаралары жоспарының орындалуы"),
        ("Соблюдение лимитов накопления отходов", "Қалдықтарды жинақтау лимиттерінің сақталуы")]),
)  # fmt: skip


def inspections_jb1(doc: Doc) -> None:
    """The Shymkent combine's checklist of production environmental control, `№ | что проверяется | соответствует | замечания`,
    the checks under rows spanning the table that give both the frequency and who checks (`Ежедневно – проверяет мастер
    смены`, `Еженедельно (по понедельникам) – проверяет инженер-эколог`), the answer left as empty boxes (VI: a refinery's
    phiếu kiểm tra under `A. KIỂM TRA HẰNG NGÀY – Trưởng ca sản xuất` and the like, `Đạt | Không đạt | Ghi chú` left empty)."""
    if doc.lang == "vi":
        _inspections_jb1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g(f"Чек-лист производственного экологического контроля. {OFC_NAME[0]}", f"{OFC_NAME[1]}. Өндірістік экологиялық бақылаудың чек-парағы", ""))
    doc.p(g("Утвержден приказом директора комбината. Заполненные чек-листы хранятся в отделе охраны окружающей среды в течение трех лет; "
            "при ответе «нет» замечание и принятые меры записываются в последнюю графу.",
            "Комбинат директорының бұйрығымен бекітілді. Толтырылған чек-парақтар қоршаған ортаны қорғау бөлімінде үш жыл бойы сақталады; "
            "«жоқ» деп жауап берілген кезде ескерту мен қабылданған шаралар соңғы бағанға жазылады.", ""))
    rows = [g(["№", "Что проверяется", "Соответствует", "Замечания, принятые меры"], ["№", "Не тексеріледі", "Сәйкес келеді", "Ескертулер, қабылданған шаралар"], [])]
    merges = []
    box = g("☐ да   ☐ нет", "☐ иә   ☐ жоқ", "")
    k = 0
    for word, section, actor, checks in OFC_CHECKS:
        _span(rows, merges, section[L], 4)
        for check in checks:
            k += 1
            rows.append([str(k), check[L], box, ""])
            doc.add("obligations", {"kind": "inspection", "text_contains": _words(check[L], 4), "actor_contains": actor[L], "frequency": word})
    doc.table(None, rows, merges, role="inspections")
    doc.p(g("Проверил: ____________ (должность, Ф.И.О., подпись)     Дата: ____________",
            "Тексерген: ____________ (лауазымы, Т.А.Ә., қолы)     Күні: ____________", ""))


# (frequency, section, actor, [checks])
VN_OIL_CHECKS = (
    ("daily", "A. KIỂM TRA HẰNG NGÀY – Trưởng ca sản xuất", "Trưởng ca sản xuất", [
        "Rò rỉ dầu tại khu bồn chứa dầu thô và đường ống",
        "Vận hành bể tách mỡ, song chắn rác của hệ thống xử lý nước thải",
        "Tình trạng khu lưu giữ đất tẩy màu thải"]),
    ("weekly", "B. KIỂM TRA HẰNG TUẦN – Cán bộ môi trường", "Cán bộ môi trường", [
        "Kho chứa chất thải nguy hại: nhãn, biển cảnh báo, sổ giao nhận",
        "Nhật ký vận hành hệ thống xử lý nước thải và lượng hóa chất sử dụng"]),
    ("monthly", "C. KIỂM TRA HẰNG THÁNG – Trưởng phòng An toàn – Môi trường", "Trưởng phòng An toàn – Môi trường", [
        "Hồ sơ, chứng từ chuyển giao chất thải nguy hại",
        "Kết quả hiệu chuẩn thiết bị đo pH, lưu lượng nước thải"]),
    ("semiannual", "D. KIỂM TRA 6 THÁNG/LẦN – Phó Giám đốc sản xuất", "Phó Giám đốc sản xuất", [
        "Việc thực hiện các nội dung của giấy phép môi trường",
        "Kế hoạch phòng ngừa, ứng phó sự cố tràn dầu, rò rỉ hóa chất"]),
)


def _inspections_jb1_vi(doc: Doc) -> None:
    plant, company, _ = VN_OIL
    doc.h(f"PHIẾU KIỂM TRA TUÂN THỦ CÁC YÊU CẦU BẢO VỆ MÔI TRƯỜNG – {plant.upper()}")
    doc.p(f"Ban hành kèm theo Quy trình kiểm soát môi trường nội bộ của {company}. Người kiểm tra đánh dấu “x” vào cột tương ứng; mục "
          "“Không đạt” phải ghi rõ biện pháp khắc phục.")
    rows = [["TT", "Nội dung kiểm tra", "Đạt", "Không đạt", "Ghi chú"]]
    merges = []
    k = 0
    for word, section, actor, checks in VN_OIL_CHECKS:
        _span(rows, merges, section, 5)
        for check in checks:
            k += 1
            rows.append([str(k), check, "", "", ""])
            doc.add("obligations", {"kind": "inspection", "text_contains": _words(check, 5), "actor_contains": actor, "frequency": word})
    doc.table(None, rows, merges, role="inspections")
    maybe_distractor(doc)


# ((RU position, KK position), (RU actor key, KK actor key), [(RU check, KK check, frequency or None, (RU said, KK said))], (RU to, KK to))
DPP_DUTIES = (
    (("Мастер смены цеха СМС", "СЖҚ цехының ауысым шебері"), ("Мастер смены", "ауысым шебері"), [
        ("состояние рукавных фильтров и шнеков возврата пыли", "жеңді сүзгілер мен шаңды қайтару шнектерінің жай-күйі", "daily", ("ежедневно", "күн сайын")),
        ("отсутствие просыпей порошка на территории и кровле", "аумақта және шатырда ұнтақ шашындыларының болмауы", "daily", ("ежедневно", "күн сайын"))],
     ("начальнику цеха", "цех бастығына")),
    (("Начальник цеха СМС", "СЖҚ цехының бастығы"), ("Начальник цеха", "цех бастығы"), [
        ("работа скруббера и циклонов сушильной башни", "кептіру мұнарасының скруббері мен циклондарының жұмысы", "weekly", ("еженедельно", "апта сайын")),
        ("герметичность корпусов фильтров после замены рукавов", "жеңдерді ауыстырғаннан кейін сүзгі корпустарының саңылаусыздығы", None,
         ("при каждой замене рукавов", "жеңдерді әр ауыстырған сайын"))],
     ("главному инженеру", "бас инженерге")),
    (("Инженер-эколог", "Инженер-эколог"), ("Инженер-эколог", "инженер-эколог"), [
        ("площадки накопления отходов и тары из-под ЛАБСК", "қалдықтар мен ЛАБСҚ ыдыстарын жинақтау алаңдары", "weekly", ("еженедельно", "апта сайын")),
        ("журнал учета отходов и акты их передачи", "қалдықтарды есепке алу журналы және оларды беру актілері", "monthly", ("ежемесячно", "ай сайын")),
        ("выполнение программы производственного экологического контроля", "өндірістік экологиялық бақылау бағдарламасының орындалуы", "quarterly",
         ("ежеквартально", "тоқсан сайын"))],
     ("главному инженеру", "бас инженерге")),
    (("Главный инженер", "Бас инженер"), ("Главный инженер", "бас инженер"), [
        ("выполнение плана природоохранных мероприятий", "табиғат қорғау іс-шаралары жоспарының орындалуы", "semiannual", ("1 раз в полугодие", "жарты жылда 1 рет")),
        ("готовность к ликвидации аварийных выбросов и проливов ЛАБСК", "авариялық шығарындылар мен ЛАБСҚ төгілуін жоюға дайындық", "yearly",
         ("1 раз в год", "жылына 1 рет"))],
     ("директору завода", "зауыт директорына")),
)  # fmt: skip


def inspections_jb2(doc: Doc) -> None:
    """A detergent powder plant's regulation of production control, its table of duties by position — each position a row,
    its checks in one cell, one to a line as `– … (ежедневно)` with the frequency in brackets after each, and to whom the
    results go — one check made at each change of filter bags, which has no frequency (VI: a cosmetics plant's bảng phân
    công with `(hằng tuần)` after each check and one done `khi bão hòa`)."""
    if doc.lang == "vi":
        _inspections_jb2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g(f"Положение о производственном экологическом контроле. {DPP_NAME[0]}", f"{DPP_NAME[1]}. Өндірістік экологиялық бақылау туралы ереже", ""))
    doc.h(g("5. Распределение обязанностей по проведению внутренних проверок", "5. Ішкі тексерулер жүргізу бойынша міндеттерді бөлу", ""))
    doc.p(g("Результаты проверок фиксируются в журнале внутренних проверок с указанием выявленных недостатков и сроков их устранения.",
            "Тексеру нәтижелері анықталған кемшіліктер мен оларды жою мерзімдері көрсетіле отырып ішкі тексерулер журналына тіркеледі.", ""))
    rows = [g(["№", "Должность", "Проверяемые объекты и периодичность", "Кому докладываются результаты"],
              ["№", "Лауазымы", "Тексерілетін объектілер және кезеңділігі", "Нәтижелер кімге баяндалады"], [])]
    for k, (position, actor, checks, to) in enumerate(DPP_DUTIES, 1):
        cell = "\n".join(f"– {c[L]} ({c[3][L]})" for c in checks)
        rows.append([str(k), position[L], cell, to[L]])
        for c_ru, c_kk, word, _ in checks:
            item = {"kind": "inspection", "text_contains": _words((c_ru, c_kk)[L], 4), "actor_contains": actor[L]}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
    doc.table(g("Таблица 5.1 – Обязанности должностных лиц", "5.1-кесте – Лауазымды тұлғалардың міндеттері", ""), rows, role="inspections")
    maybe_distractor(doc)


# (position, [(check, frequency or None, said)])
VN_COS_DUTIES = (
    ("Tổ trưởng chiết rót", [("Vệ sinh bồn pha chế, thu gom nước rửa về hệ thống xử lý", "daily", "hằng ngày"),
                             ("Thu gom chai, nắp lỗi về đúng khu vực quy định", "daily", "hằng ngày")]),
    ("Nhân viên vận hành hệ thống xử lý nước thải", [("Tình trạng vận hành bơm, máy thổi khí bể sinh học", "daily", "hằng ngày"),
                                                     ("Bơm bùn, bổ sung hóa chất keo tụ", "weekly", "hằng tuần"),
                                                     ("Thay than hoạt tính bể lọc áp lực", None, "khi bão hòa")]),
    ("Cán bộ môi trường", [("Kho chất thải nguy hại và sổ theo dõi", "weekly", "hằng tuần"),
                           ("Chứng từ chất thải nguy hại, biên bản bàn giao", "monthly", "hằng tháng")]),
    ("Giám đốc nhà máy", [("Tình hình thực hiện giấy phép môi trường", "semiannual", "6 tháng/lần")]),
)


def _inspections_jb2_vi(doc: Doc) -> None:
    plant, company, _ = VN_COS
    doc.h(f"BẢNG PHÂN CÔNG TRÁCH NHIỆM KIỂM TRA BẢO VỆ MÔI TRƯỜNG – {plant.upper()}")
    doc.p(f"Ban hành kèm theo Quyết định của Giám đốc {company}. Kết quả kiểm tra được ghi vào sổ theo dõi và báo cáo cấp trên trực tiếp.")
    rows = [["TT", "Chức danh", "Nội dung kiểm tra và tần suất", "Báo cáo cho"]]
    to = ("Quản đốc xưởng", "Cán bộ môi trường", "Giám đốc nhà máy", "Tổng Giám đốc")
    for k, ((position, checks), boss) in enumerate(zip(VN_COS_DUTIES, to, strict=True), 1):
        rows.append([str(k), position, "\n".join(f"– {c} ({said})" for c, _, said in checks), boss])
        for c, word, _ in checks:
            item = {"kind": "inspection", "text_contains": _words(c, 5), "actor_contains": position}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
    doc.table("Bảng phân công", rows, role="inspections")
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

# ((RU violation, KK violation), item of the prescription, [((RU measure, KK measure), (RU responsible, KK responsible), (RU term, KK term))])
OFC_VIOLATIONS = (
    (("Превышение норматива допустимых выбросов гексана на ИЗА 0002 (воздушник рекуперации экстракционного цеха)",
      "0002 ЛШК-да (экстракция цехының рекуперация ауа шығарғышы) гексан шығарындыларының жол берілетін нормативінен асып кетуі"), "1", [
        (("Заменить сорбент и провести ревизию узла рекуперации гексана", "Сорбентті ауыстыру және гексан рекуперациясы торабына ревизия жүргізу"),
         ("Главный механик", "Бас механик"), ("до 01.04.2026", "01.04.2026 дейін")),
        (("Провести повторные инструментальные замеры на ИЗА 0002 с привлечением аккредитованной лаборатории",
          "Аккредиттелген зертхананы тарта отырып 0002 ЛШК-да қайталама аспаптық өлшеулер жүргізу"),
         ("Инженер-эколог", "Инженер-эколог"), ("апрель 2026 г.", "2026 ж. сәуір"))]),
    (("Накопление отработанной отбельной глины на площадке без твердого покрытия и навеса",
      "Пайдаланылған ағартқыш сазды қатты жабыны мен қалқасы жоқ алаңда жинақтау"), "2", [
        (("Оборудовать площадку накопления отбельной глины твердым покрытием, навесом и бортиком",
          "Ағартқыш сазды жинақтау алаңын қатты жабынмен, қалқамен және жиекпен жабдықтау"),
         ("Начальник ремонтно-строительного участка", "Жөндеу-құрылыс учаскесінің бастығы"), ("до 30.05.2026", "30.05.2026 дейін")),
        (("Вывезти накопленную отбельную глину по договору со специализированной организацией",
          "Жинақталған ағартқыш сазды мамандандырылған ұйыммен шарт бойынша шығару"),
         ("Начальник отдела снабжения", "Жабдықтау бөлімінің бастығы"), ("до 01.03.2026", "01.03.2026 дейін"))]),
    (("Не ведется учет объема сброса сточных вод: неисправен расходомер на колодце КК-2",
      "Ағынды сулар төгіндісінің көлемі есепке алынбайды: КК-2 құдығындағы шығын өлшегіш ақаулы"), "3", [
        (("Установить и поверить ультразвуковой расходомер на колодце КК-2", "КК-2 құдығына ультрадыбыстық шығын өлшегішті орнату және салыстырып тексеру"),
         ("Главный энергетик", "Бас энергетик"), ("до 15.04.2026", "15.04.2026 дейін"))]),
    (("Отчет по программе ПЭК за III квартал 2025 года представлен с нарушением срока",
      "2025 жылғы III тоқсандағы ӨЭБ бағдарламасы бойынша есеп мерзімін бұза отырып ұсынылған"), "4", [
        (("Назначить приказом ответственного за представление отчетности по ПЭК", "ӨЭБ бойынша есептілікті ұсынуға жауаптыны бұйрықпен тағайындау"),
         ("Директор по производству", "Өндіріс жөніндегі директор"), ("в течение 10 рабочих дней", "10 жұмыс күні ішінде")),
        (("Внести сроки представления отчетов в график работы отдела охраны окружающей среды",
          "Есептерді ұсыну мерзімдерін қоршаған ортаны қорғау бөлімінің жұмыс кестесіне енгізу"),
         ("Инженер-эколог", "Инженер-эколог"), ("до 01.03.2026", "01.03.2026 дейін"))]),
)  # fmt: skip


def tasks_jb1(doc: Doc) -> None:
    """The Shymkent combine's plan of corrective measures after the Department of Ecology's scheduled inspection, `№ |
    нарушение | пункт предписания | мероприятие | ответственный | срок | отметка о выполнении`, each violation and the item of
    the prescription merged down over the measures `1.1`, `1.2` that answer it, only the measures being tasks, the column of
    completion left empty (VI: a refinery's plan of remedying the findings of a Sở's inspection conclusion, the finding
    merged down over its measures)."""
    r = doc.rng
    if doc.lang == "vi":
        _tasks_jb1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    act = f"{r.randint(10, 60)}-ЮК"
    day = f"{r.randint(10, 28)}.01.2026"
    doc.h(g(f"План корректирующих мероприятий по устранению нарушений, выявленных проверкой (акт № {act} от {day}). {OFC_OPERATOR[0]}",
            f"{OFC_OPERATOR[1]}. Тексеру кезінде анықталған бұзушылықтарды жою жөніндегі түзету іс-шараларының жоспары ({day} № {act} акт)", ""))
    doc.p(g("Во исполнение предписания РГУ «Департамент экологии по городу Шымкент» об устранении нарушений требований экологического "
            "законодательства Республики Казахстан. Информация об исполнении направляется в Департамент в течение пяти рабочих дней после "
            "истечения каждого срока.",
            "«Шымкент қаласы бойынша экология департаменті» РММ-нің Қазақстан Республикасы экологиялық заңнамасы талаптарының бұзылуын жою "
            "туралы нұсқамасын орындау үшін. Орындалуы туралы ақпарат әр мерзім өткеннен кейін бес жұмыс күні ішінде Департаментке жіберіледі.", ""))
    rows = [g(["№ п/п", "Выявленное нарушение", "Пункт предписания", "Корректирующее мероприятие", "Ответственный", "Срок исполнения", "Отметка о выполнении"],
              ["Р/с №", "Анықталған бұзушылық", "Нұсқама тармағы", "Түзету іс-шарасы", "Жауапты", "Орындау мерзімі", "Орындалуы туралы белгі"], [])]
    merges = []
    for v, (violation, item, measures) in enumerate(OFC_VIOLATIONS, 1):
        start = len(rows)
        for k, (text, who, term) in enumerate(measures, 1):
            rows.append([f"{v}.{k}", violation[L] if k == 1 else None, g(f"п. {item}", f"{item}-тармақ", "") if k == 1 else None, text[L], who[L], term[L], ""])
            doc.add("obligations", {"kind": "task", "number": f"{v}.{k}", "text_contains": _words(text[L], 4), "actor_contains": who[L]})
        if len(measures) > 1:
            merges += [(start, 1, len(rows) - 1, 1), (start, 2, len(rows) - 1, 2)]
    doc.table(None, rows, merges, role="tasks")
    distractor(doc, "approval")


# (finding, [(measure, unit, term)])
VN_FINDINGS = (
    ("Khu lưu giữ đất tẩy màu thải chưa có mái che, nước mưa chảy tràn cuốn theo dầu ra mương thoát nước", [
        ("Lắp đặt mái che và rãnh thu nước mưa chảy tràn cho khu lưu giữ đất tẩy màu", "Phòng Kỹ thuật – Cơ điện", "Trước 30/4/2026"),
        ("Ký hợp đồng chuyển giao đất tẩy màu thải định kỳ hằng tháng", "Phòng Mua hàng", "Tháng 02/2026")]),
    ("Chưa lắp đặt thiết bị đo lưu lượng nước thải đầu vào hệ thống xử lý", [
        ("Lắp đặt thiết bị đo lưu lượng nước thải đầu vào và kết nối truyền dữ liệu", "Phòng An toàn – Môi trường", "Quý II/2026")]),
    ("Sổ giao nhận chất thải nguy hại ghi chép không đầy đủ, thiếu chứng từ tháng 7 và tháng 8/2025", [
        ("Rà soát, cập nhật sổ giao nhận và chứng từ chất thải nguy hại năm 2025", "Phòng An toàn – Môi trường", "Tháng 3/2026"),
        ("Tập huấn quản lý chất thải nguy hại cho nhân viên kho", "Phòng Hành chính – Nhân sự", "Tháng 3/2026")]),
)  # fmt: skip


def _tasks_jb1_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, _ = VN_OIL
    doc.h(f"KẾ HOẠCH KHẮC PHỤC CÁC TỒN TẠI THEO KẾT LUẬN KIỂM TRA SỐ {r.randint(20, 180)}/KL-SNNMT – {company.upper()}")
    doc.p(f"Căn cứ Kết luận kiểm tra của Sở Nông nghiệp và Môi trường đối với {plant} ngày {r.randint(5, 28):02d}/01/2026, Công ty xây dựng "
          "kế hoạch khắc phục như sau; kết quả thực hiện được báo cáo về Sở trước ngày 30/6/2026.")
    rows = [["TT", "Tồn tại theo Kết luận kiểm tra", "Biện pháp khắc phục", "Đơn vị thực hiện", "Thời hạn hoàn thành", "Kết quả thực hiện"]]
    merges = []
    for f, (finding, measures) in enumerate(VN_FINDINGS, 1):
        start = len(rows)
        for k, (text, unit, term) in enumerate(measures, 1):
            rows.append([f"{f}.{k}", finding if k == 1 else None, text, unit, term, ""])
            doc.add("obligations", {"kind": "task", "number": f"{f}.{k}", "text_contains": _words(text, 5), "actor_contains": unit})
        if len(measures) > 1:
            merges.append((start, 1, len(rows) - 1, 1))
    doc.table("Bảng 1. Kế hoạch khắc phục", rows, merges, role="tasks")
    maybe_distractor(doc)


# ((RU direction, KK direction), (RU responsible, KK responsible), quarters: [[(RU, KK)], …] × 4)
DPP_QUARTERS = (
    (("Охрана атмосферного воздуха", "Атмосфералық ауаны қорғау"), ("Начальник цеха СМС", "СЖҚ цехының бастығы"), (
        [("Заменить рукава фильтров узла дозирования на мембранные", "Мөлшерлеу торабы сүзгілерінің жеңдерін мембраналыларға ауыстыру"),
         ("Разработать паспорта газоочистных установок сушильной башни", "Кептіру мұнарасының газ тазарту қондырғыларының паспорттарын әзірлеу")],
        [("Провести наладку скруббера сушильной башни", "Кептіру мұнарасының скрубберін баптау")],
        [],
        [("Выполнить замеры на ИЗА 0001 и 0002 после наладки", "Баптаудан кейін 0001 және 0002 ЛШК-да өлшеулер жүргізу")])),
    (("Охрана водных ресурсов", "Су ресурстарын қорғау"), ("Главный энергетик", "Бас энергетик"), (
        [],
        [("Очистить отстойники локальных очистных сооружений", "Жергілікті тазарту құрылыстарының тұндырғыштарын тазалау")],
        [("Установить расходомер на выпуске КК-1", "КК-1 шығарылымына шығын өлшегіш орнату")],
        [])),
    (("Обращение с отходами", "Қалдықтармен жұмыс істеу"), ("Инженер-эколог", "Инженер-эколог"), (
        [("Заключить договор на передачу отходов на 2026 год", "2026 жылға қалдықтарды беру шартын жасасу")],
        [],
        [("Оборудовать навесом площадку накопления тары из-под ЛАБСК", "ЛАБСҚ ыдыстарын жинақтау алаңын қалқамен жабдықтау"),
         ("Обучить персонал обращению с опасными отходами", "Персоналды қауіпті қалдықтармен жұмыс істеуге оқыту")],
        [("Провести инвентаризацию отходов и мест их накопления", "Қалдықтар мен оларды жинақтау орындарына түгендеу жүргізу")])),
    (("Озеленение санитарно-защитной зоны", "Санитариялық-қорғаныш аймағын көгалдандыру"),
     ("Заместитель директора по общим вопросам", "Жалпы мәселелер жөніндегі директордың орынбасары"), (
        [],
        [("Высадить 200 саженцев карагача по границе СЗЗ", "СҚА шекарасы бойынша 200 қарағаш көшетін отырғызу")],
        [],
        [("Провести инвентаризацию зеленых насаждений", "Жасыл екпелерге түгендеу жүргізу")])),
)  # fmt: skip
QUARTER_HEADS = (("I квартал", "I тоқсан"), ("II квартал", "II тоқсан"), ("III квартал", "III тоқсан"), ("IV квартал", "IV тоқсан"))


def tasks_jb2(doc: Doc) -> None:
    """A detergent powder plant's plan of nature-protection measures for 2026 laid out by quarters: the directions as rows,
    the four quarters as columns, each cell holding the measures of that quarter as `– …` lines or a dash, the responsible in
    the last column of the row, so that a measure's term is only its column (VI: the Đồng Nai detergent plant's plan by
    `Quý I` … `Quý IV`)."""
    if doc.lang == "vi":
        _tasks_jb2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g(f"План природоохранных мероприятий на 2026 год (поквартальный). {DPP_OPERATOR[0]}",
            f"{DPP_OPERATOR[1]}. 2026 жылға арналған табиғат қорғау іс-шараларының жоспары (тоқсан бойынша)", ""))
    doc.p(g("Утвержден директором завода. Мероприятия выполняются за счет собственных средств предприятия; отчет о выполнении – по итогам "
            "каждого квартала.",
            "Зауыт директоры бекітті. Іс-шаралар кәсіпорынның өз қаражаты есебінен орындалады; орындалуы туралы есеп – әр тоқсанның "
            "қорытындысы бойынша.", ""))
    rows = [[g("Направление", "Бағыты", ""), *(q[L] for q in QUARTER_HEADS), g("Ответственный", "Жауапты", "")]]
    for direction, who, quarters in DPP_QUARTERS:
        cells = []
        for measures in quarters:
            cells.append("\n".join(f"– {m[L]}" for m in measures) if measures else "–")
            for m in measures:
                doc.add("obligations", {"kind": "task", "text_contains": _words(m[L], 4), "actor_contains": who[L]})
        rows.append([direction[L], *cells, who[L]])
    doc.table(g("Таблица 1 – Мероприятия по кварталам", "1-кесте – Тоқсандар бойынша іс-шаралар", ""), rows, role="tasks")
    maybe_distractor(doc)


# (direction, responsible, quarters)
VN_QUARTERS = (
    ("Khí thải", "Xưởng Sấy phun", (["Thay túi lọc hệ thống lọc bụi khu phối trộn, đóng gói", "Hiệu chuẩn đồng hồ đo chênh áp các hệ thống lọc bụi túi"], [],
                                    ["Bảo dưỡng xyclon chùm và tháp rửa khí tháp sấy phun"], [])),
    ("Nước thải", "Tổ vận hành hệ thống xử lý nước thải", ([], ["Nạo vét bể điều hòa, bể lắng trước mùa mưa"], [],
                                                           ["Kiểm định thiết bị quan trắc nước thải tự động, liên tục"])),
    ("Chất thải rắn", "Phòng An toàn – Môi trường", (["Ký hợp đồng chuyển giao chất thải nguy hại năm 2026"], [],
                                                     ["Cải tạo kho lưu giữ chất thải nguy hại", "Rà soát hợp đồng chuyển giao chất thải rắn thông thường"], [])),
    ("Đào tạo, ứng phó sự cố", "Phòng Hành chính – Nhân sự", ([], ["Diễn tập ứng phó sự cố tràn đổ axit LAS và xút"], [],
                                                              ["Tập huấn bảo vệ môi trường cho công nhân mới tuyển dụng"])),
)


def _tasks_jb2_vi(doc: Doc) -> None:
    plant, company, _ = VN_DET
    doc.h(f"KẾ HOẠCH BẢO VỆ MÔI TRƯỜNG NĂM 2026 – {plant.upper()}")
    doc.p(f"Kế hoạch được Giám đốc {company} phê duyệt; các nội dung được bố trí theo quý, đơn vị phụ trách ghi ở cột cuối.")
    rows = [["Lĩnh vực", "Quý I", "Quý II", "Quý III", "Quý IV", "Đơn vị phụ trách"]]
    for direction, who, quarters in VN_QUARTERS:
        cells = []
        for measures in quarters:
            cells.append("\n".join(f"- {m}" for m in measures) if measures else "-")
            doc.add("obligations", *({"kind": "task", "text_contains": _words(m, 5), "actor_contains": who} for m in measures))
        rows.append([direction, *cells, who])
    doc.table("Bảng 1. Nội dung thực hiện theo quý", rows, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"JB{k}", globals()[f"{role}_jb{k}"]) for role in ROLES for k in (1, 2)]
