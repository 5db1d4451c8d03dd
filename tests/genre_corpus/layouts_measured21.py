"""Measured blind (part G of the tenth blind set: the set 0.691 as first measured; part G 0.614 on 2026-12-04
before study), then studied and tuned on: now a tuning layout. What follows is its writer's description.

A blind held-out set (two layouts per role, `G1` and `G2`): never used for tuning, written by someone who neither
ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`.

Theme: construction, quarries and linear objects. Kazakhstan: a quarry of building stone and a sand-gravel pit,
an asphalt plant and a crushing plant serving a road, the second tracks of a railway, a gas branch pipeline with a
river crossing drilled under the river (ОВОС chapters, a statement of intended activity, an НДВ project, ПЭК
programmes and reports for the construction period, a contractor's internal plans and order, an environmental
and social commitments register, a reclamation plan). Vietnam: an expressway project and its contractor's
environmental management plan, a stone quarry (ĐTM, phương án cải tạo, phục hồi môi trường, báo cáo công tác bảo
vệ môi trường), an asphalt and a concrete batching station.

Facility: a statement of intended activity as questions of the form and long answers in prose holding the BIN,
the category, the KATO and the coordinates (G1); the contractor's temporary production bases, a row each with
decimal coordinates and a category, the contractor and its BIN only in the sentence before (G2). Emissions: an
НДВ table of an asphalt plant with the emission before cleaning, the gas cleaning and its efficiency, and the
emission after cleaning (the item) (G1); a pipeline's construction emissions under two levels of group rows,
the construction object and under it each source, subtotals per object (G2). Wastes: a report's register of
hand-over acts (G1); the machinery's wastes worked out from pieces and the mass of one piece (G2). Limits: the air
at a quarry before and after a mass blast under a three-row header, `н/о` for nothing found (VI: quarry air against
QCVN 05 in µg/m3 with a noise row and `KPH`) (G1); the water of a pipeline's hydraulic test before its discharge
(VI: the quarry pit's water as rows per round and point, QCVN 40 column B as the last row) (G2). Monitoring: one
column mixing source numbers and points, a row whose sampling is tied to each mass blast (G1); a river crossing
with one frequency column per stage of the works — before, during, after (G2). Inspections: checks given only as a
number a year and the months (G1); a transposed regulation of rounds, the units as columns (G2). Tasks: a
commitments register whose items carry codes such as `АВ-01` (G1); a reclamation plan whose numbering starts
again under each stage's group row (G2).
"""

from __future__ import annotations

from . import vocab
from .common import Doc, distractor, freq, make_bin, make_kato, make_msdn, maybe_distractor, num, rate
from .layouts_wastes import expect_vn
from .limits_data import AIR_PDK, DISCHARGE, QCVN40, add, cell, limit
from .obligations_data import task
from .registry import ROLES, Layout
from .sources_data import emission, total

TEXT: dict[str, tuple[str, str, str]] = {}
L = vocab.LANGS.index


def _t(doc: Doc, key: str) -> str:
    return TEXT[key][L(doc.lang)]


def _cells(text: str) -> list[str | None]:
    return [None if x == "^" else x for x in text.split("|")]


def _row(doc: Doc, key: str) -> list[str | None]:
    """A row of the text tables in the document's language, cells between `|`, `^` for a cell a merge covers."""
    return _cells(_t(doc, key))


def _list(doc: Doc, key: str) -> list[str]:
    return _t(doc, key).split("|")


def _sig(x: float, digits: int = 2) -> float:
    return float(f"{x:.{digits}g}")


def _span(rows: list, merges: list, text: str) -> None:
    """A row spanning the whole table."""
    width = max(len(r) for r in rows)
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _dms(doc: Doc, lat0: int, lon0: int, style: str) -> tuple[str, float, float]:
    """A point in degrees, minutes and seconds (seconds with a decimal comma) and its decimal degrees."""
    r = doc.rng
    la = (lat0, r.randint(0, 59), round(r.uniform(0, 59.9), 1))
    lo = (lon0, r.randint(0, 59), round(r.uniform(0, 59.9), 1))

    def text(d: tuple) -> str:
        return f"{d[0]}°{d[1]:02d}'{d[2]:04.1f}\"".replace(".", ",")

    out = style.format(lat=text(la), lon=text(lo))
    return out, la[0] + la[1] / 60 + la[2] / 3600, lo[0] + lo[1] / 60 + lo[2] / 3600


DAILY = {"ru": ("ежедневно", "1 раз в сутки"), "kk": ("күн сайын", "тәулігіне 1 рет"), "vi": ("Hằng ngày", "01 lần/ngày")}
WEEKLY = {"ru": ("еженедельно", "1 раз в неделю"), "kk": ("апта сайын", "аптасына 1 рет"), "vi": ("Hằng tuần", "01 lần/tuần")}
ONCE = {"ru": ("однократно",), "kk": ("бір рет",), "vi": ("01 lần",)}


def _often(doc: Doc, word: str) -> str:
    """A frequency as written, daily, weekly and once included."""
    extra = {"daily": DAILY, "weekly": WEEKLY, "once": ONCE}
    return doc.pick(extra[word][doc.lang]) if word in extra else freq(doc, word)


# ---------------------------------------------------------------- facility

# (deposit as the answer writes it, what the expectation looks for, operator, place, legal address or registrar,
# whole degrees of latitude and longitude)
DEPOSITS = {
    "ru": (("на месторождении строительного камня «Кызылтас»", "Кызылтас", "ТОО «Сарыарка Инертные Материалы»",
            "Акмолинская область, Целиноградский район, в 14 км к северо-востоку от с. Кабанбай батыра",
            "г. Астана, район Есиль, ул. Сыганак, 29, офис 412", (51, 71)),
           ("на месторождении гранитов «Жаркамыс»", "Жаркамыс", "ТОО «Карьер Строй Ресурс»",
            "Карагандинская область, Бухар-Жырауский район, в 9 км к югу от пос. Ботакара",
            "г. Караганда, ул. Ерубаева, 54", (49, 73))),
    "kk": (("«Қызылтас» құрылыс тасы кен орнында", "Қызылтас", "«Сарыарқа Инертті Материалдар» ЖШС",
            "Ақмола облысы, Целиноград ауданы, Қабанбай батыр ауылынан солтүстік-шығысқа қарай 14 км",
            "Астана қ., Есіл ауданы, Сығанақ көшесі, 29, 412-кеңсе", (51, 71)),
           ("«Жарқамыс» граниттер кен орнында", "Жарқамыс", "«Карьер Құрылыс Ресурс» ЖШС",
            "Қарағанды облысы, Бұқар жырау ауданы, Ботақара кентінен оңтүстікке қарай 9 км",
            "Қарағанды қ., Ерубаев көшесі, 54", (49, 73))),
    "vi": (("Mỏ đá xây dựng Thạnh Phú 3", "Thạnh Phú 3", "Công ty Cổ phần Khoáng sản Xây dựng Đông Nam",
            "xã Thạnh Phú, huyện Vĩnh Cửu, tỉnh Đồng Nai", "Sở Kế hoạch và Đầu tư tỉnh Đồng Nai", (11, 106)),
           ("Mỏ đá granit Núi Sầm", "Núi Sầm", "Công ty TNHH Vật liệu Xây dựng Hòa An",
            "xã Hòa An, huyện Phú Hòa, tỉnh Phú Yên", "Sở Kế hoạch và Đầu tư tỉnh Phú Yên", (13, 109))),
}  # fmt: skip

TEXT |= {
    "f1.title": ("Заявление о намечаемой деятельности", "Белгіленіп отырған қызмет туралы өтініш",
                 "PHƯƠNG ÁN CẢI TẠO, PHỤC HỒI MÔI TRƯỜNG"),
    "f1.p": ("Приложение 1 к Инструкции по организации и проведению экологической оценки. Сведения представлены по пунктам формы.",
             "Экологиялық бағалауды ұйымдастыру және жүргізу жөніндегі нұсқаулыққа 1-қосымша. Мәліметтер нысанның тармақтары бойынша берілген.",
             "Chương 1. KHÁI QUÁT CHUNG VỀ TỔ CHỨC, CÁ NHÂN VÀ DỰ ÁN KHAI THÁC KHOÁNG SẢN"),
    "f1.head": ("№|Требуемые сведения|Сведения, представляемые инициатором",
                "№|Талап етілетін мәліметтер|Бастамашы ұсынатын мәліметтер",
                "TT|Nội dung|Thông tin"),
    "f1.q": ("Сведения об инициаторе намечаемой деятельности: для юридического лица – наименование, место нахождения, "
             "бизнес-идентификационный номер, данные о первом руководителе, телефон, адрес электронной почты"
             "|Общее описание видов намечаемой деятельности и их классификация согласно приложению 1 Экологического кодекса"
             "|Сведения о предполагаемом месте осуществления намечаемой деятельности, обоснование выбора места"
             "|Краткое описание предполагаемых технических характеристик намечаемой деятельности"
             "|Предполагаемые сроки начала реализации намечаемой деятельности и ее завершения",
             "Белгіленіп отырған қызмет бастамашысы туралы мәліметтер: заңды тұлға үшін – атауы, орналасқан жері, "
             "бизнес-сәйкестендіру нөмірі, бірінші басшысы туралы деректер, телефоны, электрондық поштасының мекенжайы"
             "|Белгіленіп отырған қызмет түрлерінің жалпы сипаттамасы және олардың Экологиялық кодекстің 1-қосымшасына сәйкес жіктелуі"
             "|Белгіленіп отырған қызметті жүзеге асырудың болжамды орны туралы мәліметтер, орынды таңдау негіздемесі"
             "|Белгіленіп отырған қызметтің болжамды техникалық сипаттамаларының қысқаша сипаттамасы"
             "|Белгіленіп отырған қызметті іске асырудың басталуы мен аяқталуының болжамды мерзімдері",
             "Tổ chức, cá nhân đề nghị|Tên dự án, địa điểm thực hiện|Quy mô, công suất khai thác"
             "|Phân loại dự án theo tiêu chí về môi trường|Phương pháp khai thác|Thời hạn khai thác"),
    "f1.caption": ("", "", "Bảng 1.1. Thông tin chung về tổ chức và dự án"),
}  # fmt: skip


def facility_g1(doc: Doc) -> None:
    """A statement of intended activity (заявление о намечаемой деятельности) of a quarry of building stone: `№ |
    question of the form | answer`, the form's long questions and answers in prose, the BIN inside the first answer
    among the legal address, the director and the phone, the category in a sentence of the second (`относится к
    объектам II категории`), the KATO and the centre's coordinates inside the third; no caption, a note under the
    heading. VI: the general chapter of a stone quarry's reclamation plan, the enterprise number inside a sentence
    on the registration certificate, the centre's coordinates as `vĩ độ Bắc` / `kinh độ Đông`, the investment group
    in a sentence."""
    r = doc.rng
    deposit, key, operator, place, legal, (lat0, lon0) = doc.pick(DEPOSITS[doc.lang])
    cap = r.choice((150, 200, 250, 300, 350))
    doc.h(_t(doc, "f1.title") + ("" if doc.lang == "vi" else f": {doc.v('добыча строительного камня', 'құрылыс тасын өндіру', '')}"))
    doc.p(_t(doc, "f1.p"))
    questions = _list(doc, "f1.q")
    if doc.lang == "vi":
        msdn = make_msdn(r)
        text, lat, lon = _dms(doc, lat0, lon0, "{lat} vĩ độ Bắc; {lon} kinh độ Đông (hệ WGS-84)")
        day, month, year = r.randint(1, 28), r.randint(1, 12), r.randint(2008, 2016)
        answers = [
            f"{operator}. Giấy chứng nhận đăng ký doanh nghiệp, mã số doanh nghiệp {msdn} do {legal} cấp lần đầu ngày "
            f"{day:02d}/{month:02d}/{year}, đăng ký thay đổi lần thứ {r.randint(2, 7)} ngày {r.randint(1, 28):02d}/0{r.randint(1, 9)}/2024. "
            f"Người đại diện theo pháp luật: {doc.pick(('Ông Lê Văn Thành', 'Ông Phạm Quốc Huy', 'Bà Ngô Thị Lan'))} – Giám đốc.",
            f"Dự án đầu tư khai thác {deposit} tại {place}. Tọa độ trung tâm khu mỏ: {text}.",
            f"Diện tích khu vực khai thác {num(rate(r, 12, 40, 3), 'vi')} ha; công suất khai thác {num(cap * 1000, 'vi')} m3 đá nguyên khối/năm.",
            "Dự án đầu tư nhóm II quy định tại Phụ lục IV ban hành kèm theo Nghị định số 08/2022/NĐ-CP.",
            "Khai thác lộ thiên theo lớp bằng, khoan nổ mìn, xúc bốc bằng máy đào, vận chuyển bằng ô tô tự đổ về khu chế biến.",
            f"{r.randint(12, 25)} năm kể từ ngày được cấp giấy phép khai thác khoáng sản.",
        ]
        rows = [_row(doc, "f1.head")] + [[str(k), q, a] for k, (q, a) in enumerate(zip(questions, answers, strict=True), 1)]
        doc.table(_t(doc, "f1.caption"), rows, role="facility")
        doc.add("facilities", {"bin": msdn, "name_contains": key, "category": "II", "lat": lat, "lon": lon})
        maybe_distractor(doc)
        return
    bin_ = make_bin(r)
    kato = make_kato(r)
    style = doc.v("{lat} с.ш., {lon} в.д.", "{lat} с.е., {lon} ш.б.", "")
    text, lat, lon = _dms(doc, lat0, lon0, style)
    person = doc.pick(("Жаксылыков Ерлан Болатович", "Кравченко Андрей Петрович", "Смагулова Айгерим Нурлановна"))
    phone = f"+7 (70{r.randint(1, 8)}) {r.randint(20, 79)}-{r.randint(10, 99)}-{r.randint(10, 99)}"
    village = doc.v("ближайшая жилая застройка находится на расстоянии", "ең жақын тұрғын үй құрылысы", "")
    far = num(rate(r, 2.1, 4.8, 2), doc.lang)
    answers = doc.v(
        [f"{operator}; юридический адрес: {legal}; БИН {bin_}; директор – {person}; тел. {phone}; e-mail: info@sim-karier.kz",
         f"Добыча строительного камня {deposit} открытым способом с применением буровзрывных работ; производительность "
         f"карьера – до {cap} тыс. м3 горной массы в год. Согласно пункту 7.11 раздела 2 приложения 2 к Экологическому кодексу "
         f"Республики Казахстан намечаемая деятельность относится к объектам II категории.",
         f"{place}. Код КАТО: {kato}. Географические координаты центра участка добычи: {text}; {village} {far} км. "
         f"Место выбрано по результатам геологоразведочных работ, запасы утверждены протоколом МКЗ.",
         f"Площадь участка добычи – {num(rate(r, 12, 40, 3), 'ru')} га; глубина отработки – до {r.randint(25, 60)} м; "
         f"режим работы – сезонный, {r.randint(180, 260)} дней в году.",
         f"Начало – II квартал 2026 г.; завершение – {r.randint(2034, 2040)} г. (срок действия лицензии на добычу)."],
        [f"{operator}; заңды мекенжайы: {legal}; БСН {bin_}; директор – {person}; тел. {phone}; e-mail: info@sim-karier.kz",
         f"Құрылыс тасын {deposit} бұрғылап-жару жұмыстарын қолдана отырып ашық тәсілмен өндіру; карьердің өнімділігі – "
         f"жылына {cap} мың м3 дейін тау-кен массасы. Қазақстан Республикасы Экологиялық кодексінің 2-қосымшасы 2-бөлімінің "
         f"7.11-тармағына сәйкес белгіленіп отырған қызмет II санаттағы объектілерге жатады.",
         f"{place}. ҚАТО коды: {kato}. Өндіру учаскесі орталығының географиялық координаттары: {text}; {village} {far} км "
         f"қашықтықта орналасқан. Орын геологиялық барлау жұмыстарының нәтижелері бойынша таңдалды.",
         f"Өндіру учаскесінің ауданы – {num(rate(r, 12, 40, 3), 'kk')} га; игеру тереңдігі – {r.randint(25, 60)} м дейін; "
         f"жұмыс режимі – маусымдық, жылына {r.randint(180, 260)} күн.",
         f"Басталуы – 2026 жылғы II тоқсан; аяқталуы – {r.randint(2034, 2040)} ж. (өндіруге арналған лицензияның қолданылу мерзімі)."],
        [],
    )
    rows = [_row(doc, "f1.head")] + [[f"{k})", q, a] for k, (q, a) in enumerate(zip(questions, answers, strict=True), 1)]
    doc.table(None, rows, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": key, "category": "II", "kato": kato, "lat": lat, "lon": lon})
    maybe_distractor(doc)


# (name as written, what the expectation looks for, category) — a road contractor's temporary bases
BASES = {
    "ru": (("Асфальтобетонный завод (АБЗ) производительностью 160 т/ч", "Асфальтобетонный завод", "II"),
           ("Дробильно-сортировочная установка (ДСУ) производительностью 120 т/ч", "Дробильно-сортировочная установка", "II"),
           ("Карьер песчано-гравийной смеси № 2", "Карьер песчано-гравийной смеси", "II"),
           ("Бетонный узел (РБУ) производительностью 30 м3/ч", "Бетонный узел", "III")),
    "kk": (("Асфальтбетон зауыты (АБЗ), өнімділігі 160 т/сағ", "Асфальтбетон зауыты", "II"),
           ("Ұсату-сұрыптау қондырғысы (ҰСҚ), өнімділігі 120 т/сағ", "Ұсату-сұрыптау қондырғысы", "II"),
           ("№ 2 құм-қиыршық тас қоспасы карьері", "құм-қиыршық тас қоспасы карьері", "II"),
           ("Бетон торабы (РБУ), өнімділігі 30 м3/сағ", "Бетон торабы", "III")),
    "vi": (("Trạm trộn bê tông xi măng công suất 60 m3/h", "Trạm trộn bê tông xi măng", None),
           ("Trạm trộn bê tông nhựa nóng công suất 120 tấn/h", "Trạm trộn bê tông nhựa", None),
           ("Mỏ đất đắp Tân Hòa (khai thác phục vụ dự án)", "Mỏ đất đắp Tân Hòa", None),
           ("Bãi tập kết vật liệu và xưởng gia công cốt thép", "Bãi tập kết vật liệu", None)),
}  # fmt: skip

TEXT |= {
    "f2.h": ("Проект производства работ. Раздел 3. Временные производственные базы",
             "Жұмыс жүргізу жобасы. 3-бөлім. Уақытша өндірістік базалар",
             "KẾ HOẠCH QUẢN LÝ MÔI TRƯỜNG CỦA NHÀ THẦU (CEMP) – GÓI THẦU XL-02"),
    "f2.p": ("Строительство автомобильной дороги «Кокшетау – Петропавловск» (км 0 – км 86) выполняет генеральный подрядчик "
             "{op} (БИН {bin}). Для обеспечения строительства материалами подрядчик размещает временные производственные "
             "базы, для каждой из которых разработан и согласован раздел охраны окружающей среды.",
             "«Көкшетау – Петропавл» автомобиль жолының құрылысын (0 км – 86 км) бас мердігер {op} (БСН {bin}) орындайды. "
             "Құрылысты материалдармен қамтамасыз ету үшін мердігер уақытша өндірістік базаларды орналастырады, олардың "
             "әрқайсысы үшін қоршаған ортаны қорғау бөлімі әзірленіп, келісілген.",
             "Dự án xây dựng đường cao tốc Phú Long – Tân Hiệp, đoạn Km12+500 – Km26+800. Nhà thầu thi công: {op} "
             "(mã số doanh nghiệp {bin}). Các khu phụ trợ phục vụ thi công của nhà thầu được bố trí như sau:"),
    "f2.op": ("ТОО «Дорстрой-Есиль»|ТОО «Солтүстік Жол Құрылыс»", "«Дорстрой-Есіл» ЖШС|«Солтүстік Жол Құрылыс» ЖШС",
              "Công ty Cổ phần Xây dựng Công trình Giao thông Miền Nam|Công ty Cổ phần Đầu tư Xây dựng Cầu đường 620"),
    "f2.head": ("№|Наименование площадки|Привязка к трассе|Местоположение|Координаты центра площадки|Категория объекта|Период работы",
                "№|Алаңның атауы|Трассаға байланысы|Орналасқан жері|Алаң орталығының координаттары|Объект санаты|Жұмыс кезеңі",
                "TT|Hạng mục phụ trợ|Lý trình|Địa điểm|Tọa độ trung tâm (WGS-84)|Quy mô, thời gian sử dụng"),
    "f2.where": ("Зерендинский район, Акмолинская область|Айыртауский район, Северо-Казахстанская область",
                 "Зеренді ауданы, Ақмола облысы|Айыртау ауданы, Солтүстік Қазақстан облысы",
                 "xã Tân Hòa, thị xã Phú Mỹ, tỉnh Bà Rịa – Vũng Tàu|xã Phước Bình, huyện Long Thành, tỉnh Đồng Nai"),
    "f2.side": ("справа от оси|слева от оси", "осьтен оңға қарай|осьтен солға қарай", "bên phải tuyến|bên trái tuyến"),
    "f2.when": ("апрель – ноябрь 2026–2027 гг.", "2026–2027 жж. сәуір – қараша", "Quý III/2026 – Quý IV/2027"),
    "f2.caption": ("Таблица 3.1 – Перечень временных производственных баз подрядчика",
                   "3.1-кесте – Мердігердің уақытша өндірістік базаларының тізбесі",
                   "Bảng 1.2. Danh mục các khu phụ trợ của nhà thầu"),
}  # fmt: skip


def facility_g2(doc: Doc) -> None:
    """A road contractor's temporary production bases (asphalt plant, crushing plant, sand-gravel pit, concrete unit),
    a row each with the chainage, the district, decimal coordinates `52,4187° с.ш., 69,2301° в.д.` and a bare category;
    the contractor and its BIN are only in the sentence before, so every base is the same operator's site. VI: an
    expressway contractor's auxiliary sites in its CEMP, coordinates in degrees, minutes and seconds with N/E, the
    enterprise number in the sentence; no category."""
    r = doc.rng
    vi = doc.lang == "vi"
    op = doc.pick(_list(doc, "f2.op"))
    bin_ = make_msdn(r) if vi else make_bin(r)
    doc.h(_t(doc, "f2.h"))
    doc.p(_t(doc, "f2.p").format(op=op, bin=bin_))
    bases = sorted(r.sample(range(4), 3))
    rows = [_row(doc, "f2.head")]
    wheres, sides = _list(doc, "f2.where"), _list(doc, "f2.side")
    for n, k in enumerate(bases, 1):
        name, key, cat = BASES[doc.lang][k]
        pk = f"ПК {r.randint(20, 840)}+{r.choice(('00', '20', '50', '80'))}" if not vi else f"Km{r.randint(12, 26)}+{r.randint(0, 999):03d}"
        chain = f"{pk}, {r.randint(1, 9) * 50} м {doc.pick(sides)}" if not vi else f"{pk} ({doc.pick(sides)}, cách {r.randint(1, 9) * 50} m)"
        if vi:
            text, lat, lon = _dms(doc, 10, 106, "{lat}N; {lon}E")
            size = f"{num(rate(r, 1.2, 9.5, 2), 'vi')} ha; {_t(doc, 'f2.when')}"
            rows.append([str(n), name, chain, doc.pick(wheres), text, size])
            doc.add("facilities", {"bin": bin_, "name_contains": key, "lat": lat, "lon": lon})
            continue
        lat, lon = round(r.uniform(52.9, 54.6), 4), round(r.uniform(68.9, 69.6), 4)
        la, lo = f"{lat:.4f}".replace(".", ","), f"{lon:.4f}".replace(".", ",")
        coords = doc.v(f"{la}° с.ш., {lo}° в.д.", f"{la}° с.е., {lo}° ш.б.", "")
        rows.append([str(n), name, chain, wheres[0] if lat < 53.9 else wheres[1], coords, cat, _t(doc, "f2.when")])
        doc.add("facilities", {"bin": bin_, "name_contains": key, "category": cat, "lat": lat, "lon": lon})
    doc.table(_t(doc, "f2.caption"), rows, role="facility")
    if r.random() < 0.5:
        distractor(doc, "equipment")
    else:
        maybe_distractor(doc)


# ---------------------------------------------------------------- emissions

# number, organised?, (RU, KK) name, [(code, cleaning efficiency % or None)], cleaning (RU/KK same)
ABZ = (
    ("0001", True, ("Дымовая труба сушильного барабана", "Кептіру барабанының түтін мұржасы"),
     (("2908", 98.5), ("0301", None), ("0304", None), ("0330", None), ("0337", None)), "ЦН-15 + рукавный фильтр"),
    ("0002", True, ("Труба битумоплавильной установки", "Битум балқыту қондырғысының мұржасы"),
     (("0301", None), ("0330", None), ("0337", None), ("2754", None)), None),
    ("0003", True, ("Аспирация узла подачи минерального порошка", "Минералды ұнтақ беру торабының аспирациясы"),
     (("2908", 92.0),), "циклон СЦН-40"),
    ("6001", False, ("Открытый склад щебня и песка", "Қиыршық тас пен құмның ашық қоймасы"), (("2908", None),), None),
    ("6002", False, ("Пересыпка инертных материалов в приемные бункеры", "Инертті материалдарды қабылдау бункерлеріне төгу"),
     (("2908", None),), None),
)  # fmt: skip

TEXT |= {
    "e1.h": ("Проект нормативов допустимых выбросов для асфальтобетонного завода {op}",
             "{op} асфальтбетон зауытына арналған жол берілетін шығарындылар нормативтерінің жобасы",
             "BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN TRẠM TRỘN BÊ TÔNG NHỰA NÓNG PHƯỚC TÂN CÔNG SUẤT 120 TẤN/GIỜ"),
    "e1.p": ("Отходящие газы сушильного барабана очищаются в батарее циклонов и рукавном фильтре, воздух аспирации узла "
             "минерального порошка – в циклоне. Завод работает в теплый период года, {h} ч в год.",
             "Кептіру барабанының шығатын газдары циклондар батареясы мен жеңді сүзгіде, минералды ұнтақ торабының аспирация "
             "ауасы циклонда тазартылады. Зауыт жылдың жылы кезеңінде жылына {h} сағат жұмыс істейді.",
             "Khí thải lò sấy cốt liệu được xử lý bằng cyclon kết hợp lọc bụi túi vải trước khi thoát ra ống khói cao 15 m. "
             "Trạm hoạt động {h} giờ/năm."),
    "e1.op": ("ТОО «Дорстрой-Есиль»|ТОО «Асфальт-Бетон Сервис»", "«Дорстрой-Есіл» ЖШС|«Асфальт-Бетон Сервис» ЖШС", "–"),
    "e1.head0": ("№ ИЗА|Наименование источника|Код ЗВ|Наименование загрязняющего вещества|Выброс без учета очистки|^|Пылегазоочистка|^|Выброс с учетом очистки|^",
                 "ШК №|Көздің атауы|ЛЗ коды|Ластаушы заттың атауы|Тазартусыз шығарынды|^|Шаң-газ тазарту|^|Тазартуды ескергендегі шығарынды|^",
                 "TT|Chất ô nhiễm|Tải lượng chưa xử lý (g/s)|Biện pháp xử lý|Hiệu suất xử lý (%)|Tải lượng sau xử lý|^"),
    "e1.head1": ("^|^|^|^|г/с|т/год|тип установки|КПД, %|г/с|т/год", "^|^|^|^|г/с|т/жыл|қондырғы түрі|ПӘК, %|г/с|т/жыл",
                 "^|^|^|^|^|g/s|tấn/năm"),
    "e1.total": ("Всего по заводу", "Зауыт бойынша барлығы", "Tổng cộng"),
    "e1.caption": ("Таблица 3.4 – Характеристика выбросов загрязняющих веществ и эффективность пылегазоочистки",
                   "3.4-кесте – Ластаушы заттар шығарындыларының сипаттамасы және шаң-газ тазарту тиімділігі",
                   "Bảng 3.14. Tải lượng bụi, khí thải của trạm trộn trước và sau xử lý trong giai đoạn vận hành"),
    "e1.vi.src": ("", "", "1. Ống khói lò sấy cốt liệu (H = 15 m, D = 0,8 m)|2. Ống thoát khí lò gia nhiệt nhựa đường (H = 8 m)"),
}  # fmt: skip


def _cleaned(doc: Doc, eff: float | None, low: float, high: float) -> tuple[float, float, float, float]:
    """(g/s, t/year) before cleaning and after; equal where nothing is cleaned."""
    g0, t0 = rate(doc.rng, low, high, 4), rate(doc.rng, low * 20, high * 20, 4)
    if eff is None:
        return g0, t0, g0, t0
    return g0, t0, _sig(g0 * (1 - eff / 100), 4), _sig(t0 * (1 - eff / 100), 4)


def emissions_g1(doc: Doc) -> None:
    """An asphalt plant's НДВ table: each source's number and name merged down over its substances, the emission
    before cleaning (`г/с | т/год`), the gas cleaning (type, efficiency in %) and the emission after cleaning
    (`г/с | т/год`) under merged headers — the emission after cleaning is the item; dashes in the cleaning cells of
    gases and of unorganised sources, whose emission is the same before and after; a total row of both. No hazard
    class and no period. VI: an asphalt batching station's ĐTM, a group row per named stack over its pollutants,
    load before treatment, the treatment and its efficiency, then the load after treatment in g/s and t/year; the
    operation phase in the caption."""
    r = doc.rng
    vi = doc.lang == "vi"
    hours = r.choice((1800, 2400, 3000, 3600))
    doc.h(_t(doc, "e1.h").format(op=doc.pick(_list(doc, "e1.op"))))
    doc.p(_t(doc, "e1.p").format(h=num(hours, doc.lang)))
    rows = [_row(doc, "e1.head0"), _row(doc, "e1.head1")]
    if vi:
        merges = [(0, c, 1, c) for c in range(5)] + [(0, 5, 0, 6)]
        stacks = _list(doc, "e1.vi.src")
        plan = ((("2902", 99.2), ("0330", None), ("0301", None), ("0337", None)), (("0330", None), ("0301", None), ("0337", None)))
        for name, items in zip(stacks, plan, strict=True):
            _span(rows, merges, name)
            for k, (code, eff) in enumerate(items, 1):
                g0, _, g1, t1 = _cleaned(doc, eff, 0.02, 6 if eff else 0.9)
                how = "Cyclon + lọc bụi túi vải" if eff else "-"
                rows.append([str(k), vocab.air(code, "vi", r.randrange(2)), num(g0, "vi"), how, num(eff, "vi") if eff else "-",
                             num(g1, "vi"), num(t1, "vi")])
                doc.add("emissions", emission(code, g1, t1, period="operation"))
        doc.table(_t(doc, "e1.caption"), rows, merges, role="emissions")
        maybe_distractor(doc)
        return
    merges = [(0, c, 1, c) for c in range(4)] + [(0, 4, 0, 5), (0, 6, 0, 7), (0, 8, 0, 9)]
    chosen = [ABZ[0], ABZ[1], *r.sample(ABZ[2:], 2)]
    chosen.sort(key=lambda s: s[0])
    before, after = ([], []), ([], [])
    sources = []
    for number, organised, names, items, cleaner in chosen:
        if number == "0001":
            items = (items[0], *sorted(r.sample(items[1:], r.randint(2, 4)), key=items.index))
        start = len(rows)
        for code, eff in items:
            g0, t0, g1, t1 = _cleaned(doc, eff, 0.01, 9 if eff else 0.8)
            for bucket, value in zip((*before, *after), (g0, t0, g1, t1), strict=True):
                bucket.append(value)
            head = [number, names[0 if doc.lang == "ru" else 1]] if len(rows) == start else [None, None]
            clean = [cleaner, num(eff, doc.lang)] if eff else ["–", "–"]
            rows.append([*head, code, vocab.air(code, doc.lang), num(g0, doc.lang), num(t0, doc.lang), *clean,
                         num(g1, doc.lang), num(t1, doc.lang)])
            doc.add("emissions", emission(code, g1, t1, number))
        if len(rows) - 1 > start:
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
        sources.append({"number": number, "type": "organized" if organised else "unorganized"})
    rows.append([_t(doc, "e1.total"), None, None, None, total(doc, before[0]), total(doc, before[1]), "", "",
                 total(doc, after[0]), total(doc, after[1])])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 3))
    doc.table(_t(doc, "e1.caption"), rows, merges, role="emissions")
    doc.add("sources", *sources)
    maybe_distractor(doc)


# (RU, KK) name, organised?, codes — sources of a pipeline's construction
WORKS = {
    "earth": (("Земляные работы (разработка и засыпка траншеи)", "Жер жұмыстары (траншеяны қазу және көму)"), False, ("2908",)),
    "weld": (("Сварка стыков труб", "Құбыр түйіспелерін дәнекерлеу"), False, ("0123", "0143", "0301", "0337")),
    "insul": (("Изоляция сварных стыков (праймер, термоусаживающиеся манжеты)", "Дәнекерленген түйіспелерді оқшаулау (праймер, манжеттер)"),
              False, ("0616", "2754")),
    "mach": (("Работа строительной техники и автотранспорта", "Құрылыс техникасы мен автокөліктің жұмысы"), False,
             ("0301", "0304", "0328", "0330", "0337", "2704")),
    "dgu": (("Дизель-генератор буровой установки ННБ", "ТБК бұрғылау қондырғысының дизель-генераторы"), True,
            ("0301", "0304", "0328", "0330", "0337", "1325", "2754")),
    "sand": (("Пересыпка песка для подсыпки и присыпки трубы", "Құбырды себуге арналған құмды төгу"), False, ("2908",)),
    "paint": (("Окраска надземных участков и крановых узлов", "Жерүсті учаскелері мен крандық тораптарды бояу"), False, ("0616", "0621")),
}  # fmt: skip
OBJECTS = (
    (("1. Линейная часть газопровода-отвода (км 0 – км 48,6)", "1. Газ құбыры-тармағының желілік бөлігі (0 км – 48,6 км)"),
     ("earth", "weld", "insul", "mach")),
    (("2. Переход через р. Есиль методом наклонно-направленного бурения", "2. Есіл өзені арқылы көлбеу-бағытталған бұрғылау әдісімен өткел"),
     ("dgu", "sand")),
    (("3. Площадка АГРС и крановых узлов", "3. АГТС және крандық тораптар алаңы"), ("weld", "paint", "mach")),
)  # fmt: skip
# VI: (package, [(activity, codes)])
PACKAGES = (
    ("Gói thầu XL-01: Km0+000 – Km12+500", (("Hoạt động đào, đắp nền đường", ("2902",)),
                                            ("Máy móc, thiết bị thi công cơ giới", ("0301", "0330", "0337")),
                                            ("Trạm trộn bê tông xi măng tạm", ("2902",)))),
    ("Gói thầu XL-02: Km12+500 – Km26+800 (cầu vượt sông Thị Vải)", (("Hoạt động đào, đắp nền đường", ("2902",)),
                                                                      ("Hàn kết cấu thép dầm cầu", ("0123", "0143")),
                                                                      ("Máy móc, thiết bị thi công cơ giới", ("0301", "0330", "0337")))),
)  # fmt: skip

TEXT |= {
    "e2.h": ("Отчет о возможных воздействиях: строительство газопровода-отвода к г. Степногорск",
             "Ықтимал әсерлер туралы есеп: Степногор қаласына газ құбыры-тармағының құрылысы",
             "BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN XÂY DỰNG ĐƯỜNG CAO TỐC PHÚ LONG – TÂN HIỆP"),
    "e2.h2": ("5.2. Выбросы загрязняющих веществ в период строительства", "5.2. Құрылыс кезеңіндегі ластаушы заттар шығарындылары",
              "3.1.1.2. Tác động do bụi, khí thải trong giai đoạn thi công xây dựng"),
    "e2.p": ("Продолжительность строительства – {m} мес. Выбросы определены расчетным методом по каждому объекту строительства.",
             "Құрылыс ұзақтығы – {m} ай. Шығарындылар құрылыстың әрбір объектісі бойынша есептеу әдісімен анықталды.",
             "Thời gian thi công dự kiến {m} tháng. Tải lượng được tính toán cho từng gói thầu theo hệ số ô nhiễm của WHO."),
    "e2.head0": ("Код ЗВ|Наименование загрязняющего вещества|Класс опасности|Выброс загрязняющих веществ|^",
                 "ЛЗ коды|Ластаушы заттың атауы|Қауіптілік сыныбы|Ластаушы заттар шығарындысы|^",
                 "TT|Nguồn phát sinh, chất ô nhiễm|Tải lượng|^"),
    "e2.head1": ("^|^|^|г/с|т/период строительства", "^|^|^|г/с|т/құрылыс кезеңі", "^|^|g/s|tấn/giai đoạn thi công"),
    "e2.src": ("ИЗА № {n} – {name} ({kind})", "№ {n} ШК – {name} ({kind})", ""),
    "e2.kinds": ("организованный|неорганизованный", "ұйымдастырылған|ұйымдастырылмаған", ""),
    "e2.sub": ("Итого по объекту {k}", "{k}-объект бойынша жиыны", "Cộng {k}"),
    "e2.total": ("Всего на период строительства", "Құрылыс кезеңінде барлығы", "Tổng cộng giai đoạn thi công"),
    "e2.caption": ("Таблица 5.3 – Выбросы загрязняющих веществ по объектам и источникам на период строительства",
                   "5.3-кесте – Құрылыс кезеңіне объектілер мен көздер бойынша ластаушы заттар шығарындылары",
                   "Bảng 3.8. Tải lượng bụi, khí thải phát sinh theo từng gói thầu trong giai đoạn thi công"),
}  # fmt: skip


def _rates(doc: Doc, code: str) -> tuple[float, float]:
    """g/s and tonnes for the construction period: dust the most, welding aerosol and solvents the least."""
    low, high = {"2908": (0.05, 1.8), "2902": (0.05, 1.8), "0123": (0.001, 0.02), "0143": (0.0001, 0.002),
                 "0616": (0.005, 0.12), "0621": (0.005, 0.12), "1325": (0.001, 0.02)}.get(code, (0.005, 0.6))
    return rate(doc.rng, low, high, 4), rate(doc.rng, low * 3, high * 12, 4)


def emissions_g2(doc: Doc) -> None:
    """A pipeline's construction emissions under two levels of group rows spanning the table: the construction object
    (linear part, the river crossing drilled under the river, the valve site), and under it each source as
    `ИЗА № 6001 – … (неорганизованный)` above its substances (code, name, hazard class, `г/с | т/период
    строительства`); a subtotal row closing each object, a total for the period; one organised source (the drilling
    rig's generator) among the unorganised ones, numbered straight through. VI: an expressway's ĐTM, a group row per
    construction package over named activities as sub-group rows, tonnes for the construction phase, a subtotal
    per package; no source numbers."""
    r = doc.rng
    vi = doc.lang == "vi"
    doc.h(_t(doc, "e2.h"))
    doc.h(_t(doc, "e2.h2"))
    doc.p(_t(doc, "e2.p").format(m=r.choice((11, 14, 18, 24))))
    rows = [_row(doc, "e2.head0"), _row(doc, "e2.head1")]
    g_all, t_all = [], []
    if vi:
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3)]
        for package, works in PACKAGES:
            _span(rows, merges, package)
            g_pkg, t_pkg = [], []
            for k, (activity, codes) in enumerate(works, 1):
                rows.append([f"{k}.", activity, None, None])
                merges.append((len(rows) - 1, 1, len(rows) - 1, 3))
                for code in codes:
                    g, t = _rates(doc, code)
                    g_pkg.append(g)
                    t_pkg.append(t)
                    rows.append(["-", vocab.air(code, "vi", r.randrange(2)), num(g, "vi"), num(t, "vi")])
                    doc.add("emissions", emission(code, g, t, period="construction"))
            rows.append(["", _t(doc, "e2.sub").format(k=package.split(":")[0]),
                         total(doc, g_pkg), total(doc, t_pkg)])
            g_all += g_pkg
            t_all += t_pkg
        rows.append(["", _t(doc, "e2.total"), total(doc, g_all), total(doc, t_all)])
        doc.table(_t(doc, "e2.caption"), rows, merges, role="emissions")
        return
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4)]
    organised, unorganised = 1, 1
    kinds = _list(doc, "e2.kinds")
    sources = []
    for k, (names, works) in enumerate(OBJECTS, 1):
        _span(rows, merges, names[0 if doc.lang == "ru" else 1])
        g_obj, t_obj = [], []
        for work in works:
            (ru, kk), is_org, codes = WORKS[work]
            number = f"{organised:04d}" if is_org else f"{6000 + unorganised:04d}"
            organised, unorganised = (organised + 1, unorganised) if is_org else (organised, unorganised + 1)
            if len(codes) > 2:
                codes = (codes[0], *sorted(r.sample(codes[1:], r.randint(1, min(3, len(codes) - 1))), key=codes.index))
            _span(rows, merges, _t(doc, "e2.src").format(n=number, name=ru if doc.lang == "ru" else kk, kind=kinds[0 if is_org else 1]))
            for code in codes:
                g, t = _rates(doc, code)
                g_obj.append(g)
                t_obj.append(t)
                hazard = vocab.hazard(code)
                rows.append([code, vocab.air(code, doc.lang), str(hazard or "–"), num(g, doc.lang), num(t, doc.lang)])
                doc.add("emissions", emission(code, g, t, number, hazard, "construction"))
            sources.append({"number": number, "type": "organized" if is_org else "unorganized"})
        rows.append(["", _t(doc, "e2.sub").format(k=k), "", total(doc, g_obj), total(doc, t_obj)])
        g_all += g_obj
        t_all += t_obj
    rows.append(["", _t(doc, "e2.total"), "", total(doc, g_all), total(doc, t_all)])
    doc.table(_t(doc, "e2.caption"), rows, merges, role="emissions")
    doc.add("sources", *sources)
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# (code, RU name, KK name, what the RU and KK expectation looks for, tonnes low, high) — a railway's construction wastes
RAIL_WASTES = (
    ("13 02 08*", "Отработанные моторные и трансмиссионные масла", "Пайдаланылған мотор және трансмиссия майлары", 0.3, 3.5),
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", 0.02, 0.6),
    ("16 01 07*", "Отработанные масляные фильтры", "Пайдаланылған май сүзгілері", 0.02, 0.4),
    ("16 06 01*", "Отработанные свинцовые аккумуляторы", "Пайдаланылған қорғасын аккумуляторлары", 0.1, 1.2),
    ("17 04 05", "Лом черных металлов (обрезки рельсов, скрепления)", "Қара металл сынықтары (рельс кесінділері, бекітпелер)", 5, 80),
    ("17 01 01", "Бой железобетонных шпал", "Темірбетон шпалдарының сынықтары", 10, 240),
    ("12 01 13", "Огарки сварочных электродов", "Дәнекерлеу электродтарының қалдықтары", 0.05, 0.8),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", 3, 40),
    ("17 09 04", "Смешанные строительные отходы", "Аралас құрылыс қалдықтары", 5, 120),
)  # fmt: skip

TEXT |= {
    "w1.h": ("Отчет по программе производственного экологического контроля за II квартал 2026 года (период строительства)",
             "2026 жылғы II тоқсандағы өндірістік экологиялық бақылау бағдарламасы бойынша есеп (құрылыс кезеңі)",
             "BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – GÓI THẦU XL-02"),
    "w1.p": ("Объект: строительство вторых путей на участке «Кызылжар – Мойынты». Подрядчик: ТОО «КазЖолСтрой».",
             "Объект: «Қызылжар – Мойынты» учаскесінде екінші жолдардың құрылысы. Мердігер: «ҚазЖолҚұрылыс» ЖШС.",
             "Dự án xây dựng đường cao tốc Phú Long – Tân Hiệp. Nhà thầu: Công ty Cổ phần Xây dựng Công trình Giao thông Miền Nam."),
    "w1.h2": ("4. Обращение с отходами", "4. Қалдықтармен жұмыс", "4. Kết quả quản lý chất thải nguy hại"),
    "w1.lead": ("В отчетном квартале отходы переданы специализированным организациям по актам приема-передачи:",
                "Есепті тоқсанда қалдықтар қабылдау-беру актілері бойынша мамандандырылған ұйымдарға берілді:",
                "Trong năm 2025, nhà thầu đã chuyển giao chất thải nguy hại cho đơn vị có chức năng theo các chứng từ sau:"),
    "w1.head": ("№|Наименование отхода|Код отхода|Передано, т|Акт приема-передачи|Принимающая организация",
                "№|Қалдықтың атауы|Қалдық коды|Берілді, т|Қабылдау-беру актісі|Қабылдаушы ұйым",
                "TT|Số chứng từ|Ngày chuyển giao|Tên chất thải|Mã CTNH|Khối lượng (kg)|Đơn vị tiếp nhận, xử lý"),
    "w1.takers": ("ТОО «ЭкоСервис-Караганда»|ТОО «Вторчермет Балхаш»|ГКП «Тазалык-Приозерск»",
                  "«ЭкоСервис-Қарағанды» ЖШС|«Вторчермет Балқаш» ЖШС|«Тазалық-Приозерск» МКК",
                  "Công ty TNHH Môi trường Tân Thành|Công ty Cổ phần Môi trường Sonadezi"),
    "w1.act": ("№ {n} от {d:02d}.{m:02d}.2026", "{d:02d}.{m:02d}.2026 ж. № {n}", ""),
    "w1.total": ("Итого передано", "Барлығы берілді", "Tổng cộng"),
    "w1.caption": ("Таблица 4.1 – Сведения о передаче отходов", "4.1-кесте – Қалдықтарды беру туралы мәліметтер",
                   "Bảng 4. Tình hình chuyển giao chất thải nguy hại năm 2025"),
}  # fmt: skip


def wastes_g1(doc: Doc) -> None:
    """A report's register of hand-over acts in the construction period of a railway: name, code, the tonnes handed
    over, the act's number and date and the receiving organisation, a total row; the amount handed over is the
    waste's amount (each waste handed over once). VI: the hazardous-waste manifests (chứng từ) of an expressway
    contractor's annual report, the manifest's number and date before the waste, kilograms, the receiver last."""
    r = doc.rng
    doc.h(_t(doc, "w1.h"))
    doc.p(_t(doc, "w1.p"))
    doc.h(_t(doc, "w1.h2"))
    doc.p(_t(doc, "w1.lead"))
    rows = [_row(doc, "w1.head")]
    takers = _list(doc, "w1.takers")
    if doc.lang == "vi":
        wastes = []
        for k, (code, name, _) in enumerate(r.sample(vocab.VN_CTNH[:6], r.randint(4, 5)), 1):
            w = {"code": code, "name": name, "hazardous": True, "kg": r.randint(3, 180) * 5}
            wastes.append(w)
            day, month = r.randint(1, 28), r.randint(1, 12)
            rows.append([str(k), f"{r.randint(101, 999)}/2025/CTNH", f"{day:02d}/{month:02d}/2025", name, code, num(w["kg"], "vi"),
                         doc.pick(takers)])
        rows.append(["", _t(doc, "w1.total"), "", "", "", num(sum(w["kg"] for w in wastes), "vi"), ""])
        doc.table(_t(doc, "w1.caption"), rows, role="wastes")
        expect_vn(doc, wastes)
        return
    picked = sorted(r.sample(RAIL_WASTES, r.randint(5, 6)), key=RAIL_WASTES.index)
    amounts = []
    for k, (code, ru, kk, low, high) in enumerate(picked, 1):
        t = rate(r, low, high, 3)
        amounts.append(t)
        name = ru if doc.lang == "ru" else kk
        hazardous = code.endswith("*")
        taker = takers[0] if hazardous else takers[1] if code in ("17 04 05", "12 01 13") else takers[2]
        act = _t(doc, "w1.act").format(n=r.randint(12, 240), d=r.randint(1, 28), m=r.choice((4, 5, 6)))
        rows.append([str(k), name, code, num(t, doc.lang), act, taker])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": hazardous, "amount_t": t,
                           "name_contains": name.split(" (")[0]})
    rows.append(["", _t(doc, "w1.total"), "", num(round(sum(amounts), 6), doc.lang), "", ""])
    doc.table(_t(doc, "w1.caption"), rows, role="wastes")
    maybe_distractor(doc)


# (code, RU, KK, pieces low-high, kg a piece low-high) — wastes of the construction machinery counted in pieces
PIECES = (
    ("16 01 03", "Изношенные шины", "Тозған шиналар", (24, 160), (38, 120)),
    ("16 06 01*", "Отработанные свинцовые аккумуляторы", "Пайдаланылған қорғасын аккумуляторлары", (8, 40), (24, 62)),
    ("16 01 07*", "Отработанные масляные фильтры", "Пайдаланылған май сүзгілері", (60, 300), (0.8, 2.5)),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", (40, 200), (0.2, 0.3)),
)
# (code, RU, KK, tonnes low-high) — given by mass only
MASSES = (
    ("13 02 05*", "Отработанные моторные масла", "Пайдаланылған мотор майлары", (0.8, 6)),
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", (0.05, 0.9)),
    ("12 01 13", "Огарки сварочных электродов", "Дәнекерлеу электродтарының қалдықтары", (0.05, 0.6)),
)
# VI: (index in vocab.VN_CTNH, pieces low-high, kg a piece low-high or None)
VN_PIECES = ((5, (6, 30), (18, 45)), (1, (30, 160), (0.2, 0.4)), (3, (10, 60), (15, 22)), (2, None, None), (0, None, None))

TEXT |= {
    "w2.h": ("Раздел 7. Отходы производства и потребления в период строительства",
             "7-бөлім. Құрылыс кезеңіндегі өндіріс және тұтыну қалдықтары",
             "3.1.1.4. Chất thải nguy hại phát sinh trong giai đoạn thi công"),
    "w2.p": ("Количество отходов от обслуживания строительной техники (парк – {n} единиц) определено по числу заменяемых "
             "изделий и массе одного изделия.",
             "Құрылыс техникасына қызмет көрсетуден түзілетін қалдықтардың мөлшері (паркі – {n} бірлік) ауыстырылатын "
             "бұйымдардың саны мен бір бұйымның массасы бойынша анықталды.",
             "Khối lượng CTNH từ hoạt động bảo dưỡng {n} máy móc, thiết bị thi công được tính theo số lượng và khối lượng đơn vị:"),
    "w2.head": ("№|Наименование отхода|Код|Количество, шт.|Масса единицы, кг|Масса отходов, т/период",
                "№|Қалдықтың атауы|Коды|Саны, дана|Бірлік массасы, кг|Қалдықтар массасы, т/кезең",
                "TT|Tên chất thải|Mã CTNH|Số lượng (cái)|Khối lượng đơn vị (kg/cái)|Tổng khối lượng (kg)"),
    "w2.total": ("Итого", "Жиыны", "Tổng cộng"),
    "w2.caption": ("Таблица 7.3 – Расчет образования отходов при эксплуатации строительной техники",
                   "7.3-кесте – Құрылыс техникасын пайдалану кезінде қалдықтардың түзілуін есептеу",
                   "Bảng 3.18. Khối lượng CTNH phát sinh từ bảo dưỡng máy móc thi công"),
}  # fmt: skip


def wastes_g2(doc: Doc) -> None:
    """Wastes of a road's construction machinery worked out from the number of pieces replaced and the mass of one
    piece (`шт. | кг | т`), the mass in tonnes for the period the amount; wastes given by mass only with dashes in
    the pieces and unit-mass cells; a total of the mass. VI: CTNH of machinery servicing in an ĐTM, pieces and
    kg a piece, kilograms in all, dashes for rags and waste oil given by mass."""
    r = doc.rng
    doc.h(_t(doc, "w2.h"))
    doc.p(_t(doc, "w2.p").format(n=r.randint(28, 90)))
    rows = [_row(doc, "w2.head")]
    dash = "–" if doc.lang != "vi" else "-"
    if doc.lang == "vi":
        wastes = []
        for k, (i, pieces, unit) in enumerate(VN_PIECES, 1):
            code, name, _ = vocab.VN_CTNH[i]
            if pieces:
                n, each = r.randint(*pieces), round(r.uniform(*unit), 1)
                kg = round(n * each, 1)
                cells = [str(n), num(each, "vi")]
            else:
                kg, cells = float(r.randint(6, 90) * 10), [dash, dash]
            wastes.append({"code": code, "name": name, "hazardous": True, "kg": kg})
            rows.append([str(k), name, code, *cells, num(kg, "vi")])
        rows.append(["", _t(doc, "w2.total"), "", "", "", num(round(sum(w["kg"] for w in wastes), 1), "vi")])
        doc.table(_t(doc, "w2.caption"), rows, role="wastes")
        expect_vn(doc, wastes)
        return
    name = 1 if doc.lang == "ru" else 2
    items = []
    for code, *names, pieces, unit in r.sample(PIECES, 3):
        n = r.randint(*pieces)
        each = round(r.uniform(*unit), 1) if unit[1] > 5 else round(r.uniform(*unit), 2)
        t = round(n * each / 1000, 4)
        items.append((code, names[name - 1], str(n), num(each, doc.lang), t))
    for code, *names, (low, high) in r.sample(MASSES, 2):
        items.append((code, names[name - 1], dash, dash, rate(r, low, high, 3)))
    items.sort(key=lambda x: not x[0].endswith("*"))
    for k, (code, text, n, each, t) in enumerate(items, 1):
        rows.append([str(k), text, code, n, each, num(t, doc.lang)])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": text})
    rows.append(["", _t(doc, "w2.total"), "", "", "", num(round(sum(x[4] for x in items), 6), doc.lang)])
    doc.table(_t(doc, "w2.caption"), rows, role="wastes")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# code: µg/m3 — QCVN 05:2023/BTNMT, one-hour values
QCVN05 = {"2902": 300, "0330": 350, "0301": 200, "0337": 30000}

TEXT |= {
    "l1.h": ("Отчет по производственному экологическому контролю карьера строительного камня «Кызылтас» за III квартал 2026 г.",
             "«Қызылтас» құрылыс тасы карьерінің 2026 жылғы III тоқсандағы өндірістік экологиялық бақылауы бойынша есеп",
             "BÁO CÁO KẾT QUẢ QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ NĂM 2025 – MỎ ĐÁ XÂY DỰNG THẠNH PHÚ 3"),
    "l1.p": ("Замеры выполнены в день массового взрыва {d}.08.2026: Т-1 – граница СЗЗ (1000 м) с подветренной стороны, "
             "Т-2 – окраина с. Кызылтас. Пробы отобраны за 1 ч до взрыва и через 20–30 мин после него.",
             "Өлшеулер {d}.08.2026 жаппай жарылыс күні жүргізілді: Т-1 – желдің ығында СҚА шекарасы (1000 м), "
             "Т-2 – Қызылтас ауылының шеті. Сынамалар жарылыстан 1 сағат бұрын және одан кейін 20–30 минуттан соң алынды.",
             "Thời gian lấy mẫu: ngày {d}/08/2025. Vị trí: KK1 – khu vực moong khai thác; KK2 – khu vực trạm nghiền sàng; "
             "KK3 – khu dân cư ấp 4, cách ranh mỏ 800 m về phía Tây Nam."),
    "l1.head0": ("№|Загрязняющее вещество|Код|ПДК м.р., мг/м3|Концентрация, мг/м3|^|^|^",
                 "№|Ластаушы зат|Коды|ШЖК м.б., мг/м3|Концентрациясы, мг/м3|^|^|^",
                 "TT|Thông số|Đơn vị|Kết quả|^|^|Quy chuẩn so sánh"),
    "l1.head1": ("^|^|^|^|Т-1|^|Т-2|^", "^|^|^|^|Т-1|^|Т-2|^", "^|^|^|KK1|KK2|KK3|^"),
    "l1.head2": ("^|^|^|^|до взрыва|после взрыва|до взрыва|после взрыва",
                 "^|^|^|^|жарылысқа дейін|жарылыстан кейін|жарылысқа дейін|жарылыстан кейін", ""),
    "l1.none": ("н/о", "анықт.", "KPH"),
    "l1.note": ("Примечание: н/о – не обнаружено (ниже нижней границы диапазона измерений методики).",
                "Ескертпе: анықт. – анықталмады (әдістеменің өлшеу диапазонының төменгі шегінен төмен).",
                "Ghi chú: KPH – không phát hiện; QCVN 05:2023/BTNMT – Quy chuẩn kỹ thuật quốc gia về chất lượng không khí "
                "(giá trị trung bình 1 giờ); (*) QCVN 26:2010/BTNMT – Quy chuẩn kỹ thuật quốc gia về tiếng ồn, khu vực thông thường."),
    "l1.caption": ("Таблица 6 – Качество атмосферного воздуха при проведении массового взрыва",
                   "6-кесте – Жаппай жарылыс жүргізу кезіндегі атмосфералық ауа сапасы",
                   "Bảng 2. Kết quả quan trắc chất lượng không khí xung quanh khu vực mỏ"),
}  # fmt: skip


def limits_g1(doc: Doc) -> None:
    """The air at a quarry on the day of a mass blast: a three-row header — `Концентрация, мг/м3` over the points `Т-1`
    and `Т-2` (described in the sentence before), each over `до взрыва | после взрыва` — the code and the ПДК м.р.
    before the results, one result now and then `н/о` (nothing found: the limit stands, no value); a note after.
    VI: a quarry's ambient air at KK1–KK3 against QCVN 05:2023 in µg/m3 in a last column headed `Quy chuẩn so sánh`,
    a noise row in dBA (no substance), `KPH` for a gas not found, the points and the standards in a note."""
    r = doc.rng
    vi = doc.lang == "vi"
    doc.h(_t(doc, "l1.h"))
    doc.p(_t(doc, "l1.p").format(d=f"{r.randint(3, 28):02d}"))
    none = _t(doc, "l1.none")
    if vi:
        rows = [_row(doc, "l1.head0"), _row(doc, "l1.head1")]
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 1, 6)]
        points = ("KK1", "KK2", "KK3")
        codes = ["2902", *r.sample(["0330", "0301", "0337"], r.randint(2, 3))]
        hidden = (doc.pick(codes[1:]), doc.pick(points)) if r.random() < 0.7 else None
        for k, code in enumerate(codes, 1):
            lim = QCVN05[code]
            cells = []
            for p in points:
                if (code, p) == hidden:
                    cells.append(none)
                    item = limit(("code", code), "air", lim, "µg/m3", None, p)
                    del item["value"]
                    add(doc, item)
                    continue
                share = (0.04, 0.3) if code == "0337" else (0.08, 0.6) if code == "0330" else (0.1, 0.85)
                v = float(round(lim * r.uniform(*share)))
                cells.append(num(v, "vi"))
                add(doc, limit(("code", code), "air", lim, "µg/m3", None, p, v))
            rows.append([str(k), vocab.air(code, "vi", 1 if code == "2902" else 0), "µg/m3", *cells, num(lim, "vi")])
        noise = [num(round(r.uniform(52, 78), 1), "vi") for _ in points]
        rows.append([str(len(codes) + 1), "Tiếng ồn (LAeq)", "dBA", *noise, "70 (*)"])
        doc.table(_t(doc, "l1.caption"), rows, merges, role="limits")
        doc.p(_t(doc, "l1.note"))
        maybe_distractor(doc)
        return
    rows = [_row(doc, "l1.head0"), _row(doc, "l1.head1"), _row(doc, "l1.head2")]
    merges = [(0, 0, 2, 0), (0, 1, 2, 1), (0, 2, 2, 2), (0, 3, 2, 3), (0, 4, 0, 7), (1, 4, 1, 5), (1, 6, 1, 7)]
    pool = ["2908", "0301", "0304", "0337"]
    codes = ["2908", *sorted(r.sample(pool[1:], r.randint(2, 3)), key=pool.index)]
    hidden = (doc.pick(codes[1:]), doc.pick(("Т-1", "Т-2"))) if r.random() < 0.6 else None
    column = doc.v("м.р.", "м.б.", "")
    for k, code in enumerate(codes, 1):
        lim = AIR_PDK[code][0]
        cells = []
        for p in ("Т-1", "Т-2"):
            for after in (False, True):
                if not after and (code, p) == hidden:
                    cells.append(none)
                    item = limit(("code", code), "air", lim, "mg/m3", column, p)
                    del item["value"]
                    add(doc, item)
                    continue
                v = _sig(lim * (r.uniform(0.3, 0.95) if after else r.uniform(0.04, 0.3)))
                cells.append(num(v, doc.lang))
                add(doc, limit(("code", code), "air", lim, "mg/m3", column, p, v))
        rows.append([str(k), vocab.air(code, doc.lang), code, num(lim, doc.lang), *cells])
    doc.table(_t(doc, "l1.caption"), rows, merges, role="limits")
    doc.p(_t(doc, "l1.note"))
    maybe_distractor(doc)


TEXT |= {
    "l2.h": ("Отчет по ПЭК на период строительства. 6.3. Контроль качества воды после гидравлических испытаний",
             "Құрылыс кезеңіндегі ӨЭБ бойынша есеп. 6.3. Гидравликалық сынақтан кейінгі су сапасын бақылау",
             "PHƯƠNG ÁN CẢI TẠO, PHỤC HỒI MÔI TRƯỜNG – MỎ ĐÁ XÂY DỰNG THẠNH PHÚ 3"),
    "l2.p": ("После гидравлических испытаний участка км 0 – км 48,6 газопровода-отвода вода (объем {v} м3) отстаивалась "
             "в амбаре-отстойнике и сбрасывалась на рельеф. Перед сбросом выполнен анализ пробы из амбара-отстойника "
             "(протокол испытаний № {n} от {d}.09.2026).",
             "Газ құбыры-тармағының 0 км – 48,6 км учаскесін гидравликалық сынаудан кейін су (көлемі {v} м3) тұндырғыш "
             "амбарда тұндырылып, жер бедеріне төгілді. Төгу алдында тұндырғыш амбардан алынған сынамаға талдау жүргізілді "
             "(№ {n} сынақ хаттамасы, {d}.09.2026).",
             "2.3.2. Kết quả quan trắc nước thải moong khai thác. Vị trí lấy mẫu: NT1 – nước moong sau hố lắng; NT2 – tại "
             "cửa xả ra suối Cạn. Nước thải được so sánh với QCVN 40:2011/BTNMT, cột B (nguồn tiếp nhận không dùng cho "
             "mục đích cấp nước sinh hoạt)."),
    "l2.head": ("№|Наименование показателя|Единица измерения|Результат анализа|Допустимая концентрация при сбросе|Вывод",
                "№|Көрсеткіштің атауы|Өлшем бірлігі|Талдау нәтижесі|Төгу кезіндегі рұқсат етілген концентрация|Қорытынды",
                "Đợt quan trắc|Vị trí|{params}"),
    "l2.temp": ("Температура воды|°С", "Судың температурасы|°С", ""),
    "l2.ok": ("соответствует", "сәйкес келеді", ""),
    "l2.caption": ("Таблица 6.4 – Результаты анализа воды перед сбросом", "6.4-кесте – Төгу алдындағы су талдауының нәтижелері",
                   "Bảng 2.6. Kết quả phân tích chất lượng nước thải moong khai thác năm 2025"),
    "l2.rounds": ("", "", "Đợt 1 (03/2025)|Đợt 2 (09/2025)"),
    "l2.qcvn": ("", "", "QCVN 40:2011/BTNMT, cột B"),
}  # fmt: skip


def limits_g2(doc: Doc) -> None:
    """The water of a pipeline's hydraulic test before it is let out onto the ground: a temperature row with no norm,
    then the parameters with a unit column (`ед. pH`, `мг/дм3`), the result, the allowed concentration (pH a range)
    and a verdict; the sample's place and protocol in the sentence before, so no point. VI: the pit water of a stone
    quarry in long form — a row per round and point, the round merged down, the parameters as columns with their
    units in a second header row, `KPH` where oil was not found, QCVN 40 column B as the table's last row."""
    r = doc.rng
    doc.h(_t(doc, "l2.h"))
    if doc.lang == "vi":
        doc.p(_t(doc, "l2.p"))
        pool = ["TSS", "COD", "BOD5", "Fe", "Mn", "TPH"]
        params = ["pH", *sorted(r.sample(pool, 4), key=pool.index)]
        rows = [_cells(_t(doc, "l2.head").format(params="|".join(vocab.water(s, "vi") for s in params))),
                [None, None, *("-" if s == "pH" else "mg/L" for s in params)]]
        merges = [(0, 0, 1, 0), (0, 1, 1, 1)]
        for rnd in _list(doc, "l2.rounds"):
            start = len(rows)
            for p in ("NT1", "NT2"):
                cells = []
                for s in params:
                    lim = QCVN40[s][1]
                    if s == "TPH" and r.random() < 0.5:
                        cells.append("KPH")
                        item = limit(("symbol", s), "waste_water", lim, "mg/l", "B", p)
                        del item["value"]
                        add(doc, item)
                        continue
                    share = (0.03, 0.3) if s in ("COD", "BOD5") else (0.05, 0.8)
                    v = round(r.uniform(6.6, 8.1), 1) if s == "pH" else _sig(lim * r.uniform(*share))
                    cells.append(num(v, "vi"))
                    add(doc, limit(("symbol", s), "waste_water", lim, "mg/l", "B", p, v))
                rows.append([rnd if len(rows) == start else None, p, *cells])
            merges.append((start, 0, len(rows) - 1, 0))
        rows.append([_t(doc, "l2.qcvn"), None, *(cell(doc, QCVN40[s][1], to=" – ") for s in params)])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 1))
        doc.table(_t(doc, "l2.caption"), rows, merges, role="limits")
        return
    doc.p(_t(doc, "l2.p").format(v=num(r.randint(18, 60) * 50, doc.lang), n=r.randint(100, 480), d=f"{r.randint(1, 28):02d}"))
    pool = ["TSS", "TPH", "Fe", "COD", "BOD5", "Cl-", "SO4", "TDS"]
    params = ["pH", *sorted(r.sample(pool, 5), key=pool.index)]
    rows = [_row(doc, "l2.head")]
    name, deg = _list(doc, "l2.temp")
    rows.append(["1", name, deg, num(round(r.uniform(11, 22), 1), doc.lang), "–", "–"])
    for k, s in enumerate(params, 2):
        lim = DISCHARGE[s]
        v = round(r.uniform(6.8, 8.2), 1) if s == "pH" else _sig(lim * r.uniform(0.1, 0.85))
        unit = doc.v("ед. pH", "pH бірл.", "") if s == "pH" else doc.pick(("мг/дм3", "мг/л"))
        rows.append([str(k), vocab.water(s, doc.lang), unit, num(v, doc.lang), cell(doc, lim), _t(doc, "l2.ok")])
        add(doc, limit(("symbol", s), "waste_water", lim, "mg/l", None, None, v))
    doc.table(_t(doc, "l2.caption"), rows, role="limits")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

TEXT |= {
    "m1.h": ("Программа производственного экологического контроля карьера строительного камня «Кызылтас» на 2026–2028 гг.",
             "«Қызылтас» құрылыс тасы карьерінің 2026–2028 жж. өндірістік экологиялық бақылау бағдарламасы",
             "BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN KHAI THÁC MỎ ĐÁ XÂY DỰNG THẠNH PHÚ 3"),
    "m1.h2": ("4. План-график контроля", "4. Бақылаудың жоспар-кестесі", "Chương 5. CHƯƠNG TRÌNH QUẢN LÝ VÀ GIÁM SÁT MÔI TRƯỜNG"),
    "m1.head": ("Объект контроля|Точка / № ИЗА|Контролируемые параметры|Метод контроля|Периодичность|Исполнитель",
                "Бақылау объектісі|Нүкте / ШК №|Бақыланатын параметрлер|Бақылау әдісі|Кезеңділігі|Орындаушы",
                "Thành phần|Ký hiệu|Vị trí giám sát|Thông số giám sát|Tần suất|Quy chuẩn so sánh"),
    "m1.calc": ("расчетный|инструментальный", "есептік|аспаптық", ""),
    "m1.who": ("эколог карьера|аккредитованная лаборатория", "карьер экологы|аккредиттелген зертхана", ""),
    "m1.blast": ("при каждом массовом взрыве", "әрбір жаппай жарылыс кезінде", ""),
    "m1.caption": ("Таблица 4.1 – План-график производственного экологического контроля",
                   "4.1-кесте – Өндірістік экологиялық бақылаудың жоспар-кестесі",
                   "Bảng 5.2. Chương trình giám sát môi trường trong giai đoạn khai thác"),
}  # fmt: skip
# (number or point, RU, KK, codes or symbols, method index, frequency)
QUARRY_POINTS = (
    ("6001", "Буровые работы (неорганизованный источник)", "Бұрғылау жұмыстары (ұйымдастырылмаған көз)", ("2908",), 0),
    ("6002", "Выемочно-погрузочные работы", "Қазу-тиеу жұмыстары", ("2908",), 0),
    ("6003", "Транспортировка горной массы по внутрикарьерным дорогам", "Тау-кен массасын карьерішілік жолдармен тасымалдау", ("2908", "0301", "0337"), 0),
    ("0001", "Аспирационная установка ДСУ (организованный источник)", "ҰСҚ аспирациялық қондырғысы (ұйымдастырылған көз)", ("2908",), 1),
)  # fmt: skip
BOUNDARY = (
    ("Т-1", "Граница СЗЗ (1000 м), северо-восток", "СҚА шекарасы (1000 м), солтүстік-шығыс"),
    ("Т-2", "Граница СЗЗ (1000 м), юго-запад", "СҚА шекарасы (1000 м), оңтүстік-батыс"),
)


def monitoring_g1(doc: Doc) -> None:
    """A quarry's ПЭК plan whose second column mixes source numbers (`6001`, `0001`) and points (`Т-1`, `В-1`), the
    object described in the first column, the parameters in one cell (names with codes for air), a method column
    (calculated or instrumental) before the frequency; one row samples the nearest village at each mass blast, a
    frequency the enum does not have (null); the source rows also give the sources and their substances (emissions
    without rates). VI: a quarry ĐTM's programme, the component merged down the first
    column, noise and vibration among the air parameters, a row of slope watching that names no substance."""
    r = doc.rng
    vi = doc.lang == "vi"
    doc.h(_t(doc, "m1.h"))
    doc.h(_t(doc, "m1.h2"))
    rows = [_row(doc, "m1.head")]
    if vi:
        merges = []
        air = ("2902", "0330", "0301", "0337")
        word = doc.pick(("quarterly", "semiannual"))
        start = len(rows)
        places = ("Khu vực moong khai thác", "Khu vực trạm nghiền sàng đá", "Khu dân cư ấp 4, cách ranh mỏ 800 m")
        for k, place in enumerate(places, 1):
            codes = sorted(r.sample(air, 3), key=air.index) if k > 1 else list(air)
            names = ", ".join(vocab.air(c, "vi", 1 if c == "2902" else r.randrange(2)) for c in codes)
            rows.append(["Không khí xung quanh" if k == 1 else None, f"KK{k}", place, f"{names}, tiếng ồn, độ rung",
                         _often(doc, word), "QCVN 05:2023/BTNMT; QCVN 26:2010/BTNMT; QCVN 27:2010/BTNMT"])
            doc.add("monitoring", *({"point": f"KK{k}", "code": c, "frequency": word} for c in codes))
        merges.append((start, 0, len(rows) - 1, 0))
        water = ["pH", *sorted(r.sample(["TSS", "COD", "Fe", "Mn", "TPH"], 3), key=["TSS", "COD", "Fe", "Mn", "TPH"].index)]
        wword = doc.pick(("quarterly", "monthly"))
        rows.append(["Nước thải", "NT1", "Nước moong sau hố lắng, trước khi xả ra suối Cạn", ", ".join(vocab.water(s, "vi") for s in water),
                     _often(doc, wword), "QCVN 40:2011/BTNMT, cột B"])
        doc.add("monitoring", *({"point": "NT1", "symbol": s, "frequency": wword} for s in water))
        rows.append(["Sạt lở, trượt lở", "-", "Toàn bộ bờ moong và bãi thải", "Quan sát, đo đạc dịch chuyển bờ moong",
                     _often(doc, "semiannual"), "-"])
        doc.table(_t(doc, "m1.caption"), rows, merges, role="monitoring")
        maybe_distractor(doc)
        return
    methods, whos = _list(doc, "m1.calc"), _list(doc, "m1.who")

    def names(codes) -> str:
        return ", ".join(f"{vocab.air(c, doc.lang)} ({c})" for c in codes)

    for number, ru, kk, codes, method in r.sample(QUARRY_POINTS, 3):
        word = doc.pick(("quarterly", "semiannual")) if method else "quarterly"
        rows.append([ru if doc.lang == "ru" else kk, number, names(codes), methods[method], _often(doc, word), whos[method]])
        doc.add("monitoring", *({"source_number": number, "code": c, "frequency": word} for c in codes))
        doc.add("emissions", *(emission(c, None, None, number) for c in codes))
        doc.add("sources", {"number": number, "type": "unorganized" if number.startswith("6") else "organized"})
    air = ["2908", "0301", "0337"]
    for point, ru, kk in BOUNDARY:
        rows.append([ru if doc.lang == "ru" else kk, point, names(air), methods[1], _often(doc, "quarterly"), whos[1]])
        doc.add("monitoring", *({"point": point, "code": c, "frequency": "quarterly"} for c in air))
    blast = ["2908", "0301", "0304", "0337"]
    village = doc.v("Ближайшая жилая зона – с. Кызылтас", "Ең жақын тұрғын аймақ – Қызылтас а.", "")
    rows.append([village, "Т-3", names(blast), methods[1], _t(doc, "m1.blast"), whos[1]])
    doc.add("monitoring", *({"point": "Т-3", "code": c, "frequency": None} for c in blast))
    water = ["pH", "TSS", "TPH"]
    rows.append([doc.v("Карьерные воды (зумпф-водосборник)", "Карьер сулары (зумпф-су жинағыш)", ""), "В-1",
                 ", ".join(vocab.water(s, doc.lang) for s in water), methods[1], _often(doc, "semiannual"), whos[1]])
    doc.add("monitoring", *({"point": "В-1", "symbol": s, "frequency": "semiannual"} for s in water))
    doc.table(_t(doc, "m1.caption"), rows, role="monitoring")
    maybe_distractor(doc)


TEXT |= {
    "m2.h": ("Программа мониторинга на участке перехода газопровода-отвода через р. Есиль",
             "Газ құбыры-тармағының Есіл өзені арқылы өту учаскесіндегі мониторинг бағдарламасы",
             "BÁO CÁO ĐTM DỰ ÁN ĐƯỜNG CAO TỐC PHÚ LONG – TÂN HIỆP – 5.2.2. Giám sát môi trường khu vực thi công cầu vượt sông Thị Vải"),
    "m2.p": ("Переход выполняется методом наклонно-направленного бурения; продолжительность работ на переходе – {n} суток.",
             "Өткел көлбеу-бағытталған бұрғылау әдісімен орындалады; өткелдегі жұмыстардың ұзақтығы – {n} тәулік.",
             "Cầu dài 1.240 m, thời gian thi công các trụ dưới nước dự kiến {n} tháng."),
    "m2.head0": ("Код створа (точки)|Местоположение|Компонент|Контролируемые показатели|Периодичность контроля|^|^",
                 "Тұстама (нүкте) коды|Орналасқан жері|Құрамдас бөлік|Бақыланатын көрсеткіштер|Бақылау кезеңділігі|^|^",
                 "Ký hiệu|Vị trí|Thành phần|Thông số giám sát|Tần suất giám sát|^|^"),
    "m2.head1": ("^|^|^|^|до начала работ (фон)|в период строительства перехода|после завершения работ",
                 "^|^|^|^|жұмыс басталғанға дейін (фон)|өткелдің құрылысы кезеңінде|жұмыс аяқталғаннан кейін",
                 "^|^|^|^|Trước khi thi công|Trong quá trình thi công|Sau khi hoàn thành"),
    "m2.caption": ("Таблица 8.2 – Мониторинг на участке перехода", "8.2-кесте – Өткел учаскесіндегі мониторинг",
                   "Bảng 5.4. Chương trình giám sát môi trường khu vực thi công cầu"),
}  # fmt: skip
# (point, RU place, KK place, VI place, component RU|KK|VI, kind, keys, (before, during, after))
CROSSING = (
    ("С-1", "500 м выше створа перехода", "өткел тұстамасынан 500 м жоғары", "Nước sông Thị Vải, thượng lưu cách cầu 300 m",
     ("поверхностные воды", "жерүсті сулары", "Nước mặt"), "symbol", ("pH", "TSS", "TPH", "BOD5"), ("once", "weekly", "once")),
    ("С-2", "500 м ниже створа перехода", "өткел тұстамасынан 500 м төмен", "Nước sông Thị Vải, hạ lưu cách cầu 500 m",
     ("поверхностные воды", "жерүсті сулары", "Nước mặt"), "symbol", ("pH", "TSS", "TPH"), ("once", "daily", "once")),
    ("Д-1", "донные отложения в створе перехода", "өткел тұстамасындағы түп шөгінділері", "",
     ("донные отложения", "түп шөгінділері", ""), "soil", ("TPH", "Pb", "Zn"), ("once", None, "once")),
    ("Т-1", "площадка буровой установки, граница", "бұрғылау қондырғысы алаңының шекарасы", "Khu dân cư gần mố cầu phía Nam, cách 150 m",
     ("атмосферный воздух", "атмосфералық ауа", "Không khí xung quanh"), "code", ("2908", "0301", "0337"), ("once", "monthly", None)),
)  # fmt: skip


def monitoring_g2(doc: Doc) -> None:
    """Monitoring at a pipeline's river crossing with one frequency column per stage of the works under a merged
    header — before the works (background), while the crossing is built, after it is finished — `однократно` before
    and after, weekly or daily while building (downstream), a dash where a point is not sampled in a stage; upstream
    and downstream sections, the bottom sediments, the air at the drilling site; the parameters in one cell. VI: an
    expressway bridge over a river, surface water up- and downstream and the air of the nearest houses."""
    r = doc.rng
    vi = doc.lang == "vi"
    doc.h(_t(doc, "m2.h"))
    doc.p(_t(doc, "m2.p").format(n=r.randint(4, 9) if vi else r.randint(25, 60)))
    rows = [_row(doc, "m2.head0"), _row(doc, "m2.head1")]
    merges = [(0, c, 1, c) for c in range(4)] + [(0, 4, 0, 6)]
    for point, ru, kk, vplace, comp, kind, keys, stages in CROSSING:
        if vi and kind == "soil":
            continue
        if vi:
            point = {"С-1": "NM1", "С-2": "NM2", "Т-1": "KK1"}[point]
            keys = (("pH", "TSS", "COD", "TPH") if point == "NM1" else ("pH", "TSS", "TPH")) if kind == "symbol" else ("2902", "0301", "0330")
            stages = (stages[0], "quarterly" if kind == "code" else stages[1], stages[2])
            place = vplace
        else:
            place = ru if doc.lang == "ru" else kk
        lang_i = L(doc.lang)
        if kind == "code":
            names = ", ".join(vocab.air(c, doc.lang, 1 if vi and c != "2902" else 0) for c in keys)
        elif kind == "soil":
            names = ", ".join(vocab.soil(s, doc.lang) for s in keys)
        else:
            names = ", ".join(vocab.water(s, doc.lang) for s in keys)
        said = [_often(doc, w) if w else ("-" if vi else "–") for w in stages]
        rows.append([point, place, comp[lang_i], names, *said])
        key = "code" if kind == "code" else "symbol"
        for w in dict.fromkeys(x for x in stages if x):
            doc.add("monitoring", *({"point": point, key: k, "frequency": w} for k in keys))
    doc.table(_t(doc, "m2.caption"), rows, merges, role="monitoring")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

UNITS_G1 = {
    "ru": ("Вахтовый поселок строителей на ст. Мойынты", "Звеносборочная база", "Склад ГСМ подрядчика",
           "Площадка временного накопления отходов", "Карьер балластного щебня", "Ремонтно-механическая мастерская",
           "Бетонно-растворный узел"),
    "kk": ("Мойынты ст. құрылысшылардың вахталық кенті", "Буын құрастыру базасы", "Мердігердің ЖЖМ қоймасы",
           "Қалдықтарды уақытша жинақтау алаңы", "Балласт қиыршық тасы карьері", "Жөндеу-механикалық шеберхана",
           "Бетон-ерітінді торабы"),
    "vi": ("Trạm trộn bê tông xi măng", "Bãi tập kết cát, đá", "Khu rửa xe bồn và bể lắng", "Kho chứa chất thải nguy hại",
           "Silo xi măng và hệ thống lọc bụi", "Xưởng bảo dưỡng xe bồn", "Kho nhiên liệu"),
}  # fmt: skip
A_YEAR = {"monthly": 12, "quarterly": 4, "semiannual": 2, "yearly": 1}
MONTHS = {
    "ru": ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"),
    "kk": ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"),
}
TEXT |= {
    "i1.h": ("План внутренних проверок соблюдения экологических требований на 2026 год",
             "2026 жылға арналған экологиялық талаптардың сақталуын ішкі тексерулер жоспары",
             "KẾ HOẠCH TỰ KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2026"),
    "i1.p": ("ТОО «КазЖолСтрой», строительство вторых путей на участке «Кызылжар – Мойынты». Утвержден приказом директора филиала.",
             "«ҚазЖолҚұрылыс» ЖШС, «Қызылжар – Мойынты» учаскесінде екінші жолдардың құрылысы. Филиал директорының бұйрығымен бекітілген.",
             "Công ty TNHH Bê tông Long Hậu – Trạm trộn bê tông thương phẩm Long Hậu, xã Long Hậu, huyện Cần Giuộc, tỉnh Long An."),
    "i1.head": ("№|Объект проверки|Количество проверок в год|Месяцы проведения|Проверяющий|Оформление результатов",
                "№|Тексеру объектісі|Жылына тексерулер саны|Өткізілетін айлар|Тексеруші|Нәтижелерді ресімдеу",
                "TT|Khu vực kiểm tra|Số lần kiểm tra/năm|Thời gian dự kiến|Bộ phận chủ trì|Bộ phận phối hợp"),
    "i1.who": ("инженер-эколог филиала|начальник участка|комиссия филиала", "филиал инженер-экологы|учаске бастығы|филиал комиссиясы",
               "Ban An toàn – Môi trường|Ban Giám đốc"),
    "i1.rec": ("акт проверки|запись в журнале|протокол комиссии", "тексеру актісі|журналға жазба|комиссия хаттамасы",
               "Tổ vận hành trạm trộn|Tổ bảo trì|Tổ hành chính"),
    "i1.caption": ("", "", "Bảng 1. Kế hoạch tự kiểm tra"),
}  # fmt: skip


def _months(doc: Doc, word: str) -> str:
    """The months of the checks: all twelve, every third, two six months apart, or one."""
    r = doc.rng
    if word == "monthly":
        return doc.v("январь – декабрь", "қаңтар – желтоқсан", "Tháng 1 – tháng 12")
    start = {"quarterly": r.randint(1, 3), "semiannual": r.randint(3, 6), "yearly": r.randint(3, 11)}[word]
    step = {"quarterly": 3, "semiannual": 6, "yearly": 12}[word]
    picked = list(range(start, 13, step))
    if doc.lang == "vi":
        return "Tháng " + ", ".join(str(m) for m in picked)
    return ", ".join(MONTHS[doc.lang][m - 1] for m in picked)


def inspections_g1(doc: Doc) -> None:
    """A railway contractor's plan of internal checks that gives no frequency word: only the number of checks a year
    (12, 4, 2, 1) and the months they fall in (`январь – декабрь`; `март, июнь, сентябрь, декабрь`), then who checks
    and how the result is recorded. VI: a concrete batching station's self-inspection plan, `Số lần kiểm tra/năm`
    and the months, the lead and the partner units."""
    r = doc.rng
    doc.h(_t(doc, "i1.h"))
    doc.p(_t(doc, "i1.p"))
    rows = [_row(doc, "i1.head")]
    words = ["monthly", "quarterly", "semiannual", "yearly", doc.pick(("quarterly", "monthly"))]
    r.shuffle(words)
    for k, (unit, word) in enumerate(zip(r.sample(UNITS_G1[doc.lang], 5), words, strict=True), 1):
        rows.append([str(k), unit, str(A_YEAR[word]), _months(doc, word), doc.pick(_list(doc, "i1.who")), doc.pick(_list(doc, "i1.rec"))])
        doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": unit})
    doc.table(_t(doc, "i1.caption") or None, rows, role="inspections")
    maybe_distractor(doc)


UNITS_G2 = {
    "ru": (("Сушильный барабан и рукавный фильтр АБЗ", "герметичность, перепад давления на фильтре, отсутствие видимого пыления"),
           ("Битумохранилище", "отсутствие проливов, исправность обвалования"),
           ("Склады щебня и песка", "работа системы орошения, высота штабелей"),
           ("Площадка обслуживания техники", "наличие поддонов и сорбента, отсутствие проливов ГСМ"),
           ("Площадка временного накопления отходов", "маркировка контейнеров, сроки накопления"),
           ("Система пылеподавления ДСУ", "работа форсунок, расход воды")),
    "kk": (("АБЗ кептіру барабаны мен жеңді сүзгісі", "саңылаусыздығы, сүзгідегі қысым айырмасы, көрінетін шаңның болмауы"),
           ("Битум қоймасы", "төгілулердің болмауы, үйінді қоршаудың жарамдылығы"),
           ("Қиыршық тас пен құм қоймалары", "суару жүйесінің жұмысы, қатарлардың биіктігі"),
           ("Техникаға қызмет көрсету алаңы", "табандықтар мен сорбенттің болуы, ЖЖМ төгілуінің болмауы"),
           ("Қалдықтарды уақытша жинақтау алаңы", "контейнерлердің таңбалануы, жинақтау мерзімдері"),
           ("ҰСҚ шаң басу жүйесі", "бүріккіштердің жұмысы, су шығыны")),
    "vi": (("Trạm trộn bê tông nhựa", "Tình trạng cyclon, túi lọc bụi; bụi phát tán"),
           ("Bãi chứa cốt liệu", "Hệ thống phun sương, che phủ bạt"),
           ("Khu vực rửa xe", "Bể lắng, rãnh thu nước"),
           ("Kho chứa chất thải nguy hại", "Dán nhãn, thiết bị lưu chứa, sổ theo dõi"),
           ("Lán trại công nhân", "Vệ sinh, thu gom rác sinh hoạt"),
           ("Bồn chứa nhựa đường", "Rò rỉ, gờ chống tràn")),
}  # fmt: skip
TEXT |= {
    "i2.h": ("Приказ № {n}-п о порядке экологических обходов производственной базы",
             "Өндірістік базаны экологиялық аралау тәртібі туралы № {n}-п бұйрық",
             "QUY ĐỊNH KIỂM TRA MÔI TRƯỜNG TẠI TRẠM TRỘN BÊ TÔNG NHỰA PHƯỚC TÂN"),
    "i2.p": ("Утвердить регламент обходов асфальтобетонного завода и дробильно-сортировочной установки (приложение 2).",
             "Асфальтбетон зауыты мен ұсату-сұрыптау қондырғысын аралау регламенті бекітілсін (2-қосымша).",
             "Ban hành kèm theo Quyết định số {n}/QĐ-PT của Giám đốc công ty. Phân công kiểm tra như sau:"),
    "i2.labels": ("Показатель|Периодичность обхода|Что проверяется|Проверяющий|Фиксация результатов",
                  "Көрсеткіш|Аралау кезеңділігі|Не тексеріледі|Тексеруші|Нәтижелерді тіркеу",
                  "Nội dung|Tần suất kiểm tra|Nội dung kiểm tra|Người thực hiện|Hình thức ghi nhận"),
    "i2.who": ("мастер смены|инженер-эколог|главный инженер", "ауысым шебері|инженер-эколог|бас инженер",
               "Trưởng ca|Cán bộ môi trường|Phó Giám đốc kỹ thuật"),
    "i2.rec": ("журнал обходов|акт осмотра", "аралау журналы|тексеріп-қарау актісі", "Sổ nhật ký|Biên bản kiểm tra"),
    "i2.caption": ("Приложение 2. Регламент экологических обходов", "2-қосымша. Экологиялық аралау регламенті",
                   "Bảng phân công kiểm tra môi trường"),
}  # fmt: skip
ROUND_WHO = {"daily": 0, "weekly": 1, "monthly": 1, "quarterly": 2}


def inspections_g2(doc: Doc) -> None:
    """An order's annex regulating the rounds of an asphalt plant and a crushing plant, transposed: the units are the
    columns (their names in the header row) and the lines are the frequency of the round, what is checked, who
    checks and how the result is recorded; daily and weekly rounds among monthly and quarterly ones. VI: the same
    transposed table in an asphalt station's regulation."""
    r = doc.rng
    doc.h(_t(doc, "i2.h").format(n=r.randint(12, 96)))
    doc.p(_t(doc, "i2.p").format(n=r.randint(12, 96)))
    picked = r.sample(UNITS_G2[doc.lang], r.randint(4, 5))
    words = r.sample(("daily", "weekly", "monthly", "quarterly"), 4)
    words += [doc.pick(("daily", "weekly"))] * (len(picked) - 4)
    labels = _list(doc, "i2.labels")
    who, rec = _list(doc, "i2.who"), _list(doc, "i2.rec")
    rows = [[labels[0], *(u for u, _ in picked)],
            [labels[1], *(_often(doc, w) for w in words)],
            [labels[2], *(what for _, what in picked)],
            [labels[3], *(who[ROUND_WHO[w]] for w in words)],
            [labels[4], *(rec[0] if w in ("daily", "weekly") else rec[1] for w in words)]]
    for (unit, _), word in zip(picked, words, strict=True):
        doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": unit})
    doc.table(_t(doc, "i2.caption"), rows, role="inspections")
    if r.random() < 0.5:
        distractor(doc, "approval")


# ---------------------------------------------------------------- tasks

# (code, task, stage, responsible, control, term)
COMMITMENTS = {
    "ru": (
        ("АВ-01", "Осуществлять полив временных подъездных дорог и полосы отвода в сухую и ветреную погоду", "строительство",
         "Генеральный подрядчик", "Технический надзор заказчика", "весь период строительства"),
        ("АВ-02", "Не допускать работу двигателей строительной техники на холостом ходу более 10 минут", "строительство",
         "Субподрядчик по земляным работам", "Инженер-эколог подрядчика", "постоянно"),
        ("ПВ-01", "Выполнить переход через р. Есиль методом наклонно-направленного бурения без вскрытия русла",
         "строительство", "Субподрядчик по ННБ", "Технический надзор заказчика", "июль – август 2026 г."),
        ("ПВ-02", "Разместить площадки заправки техники не ближе 100 м от уреза воды и оборудовать их поддонами",
         "подготовительный", "Генеральный подрядчик", "Инженер-эколог заказчика", "до начала работ на переходе"),
        ("ОТ-01", "Вывезти буровой шлам и отработанный буровой раствор на полигон промышленных отходов", "строительство",
         "Субподрядчик по ННБ", "Инженер-эколог подрядчика", "по окончании бурения"),
        ("ПЧ-01", "Снять плодородный слой почвы и сохранить его в отвалах вдоль траншеи", "подготовительный",
         "Генеральный подрядчик", "Технический надзор заказчика", "до начала земляных работ"),
        ("ПЧ-02", "Выполнить техническую и биологическую рекультивацию полосы отвода", "завершение",
         "Генеральный подрядчик", "Заказчик (ТОО «Газ Степногорск»)", "сентябрь – октябрь 2027 г."),
    ),
    "kk": (
        ("АА-01", "Құрғақ және желді ауа райында уақытша кірме жолдар мен бөліп алу жолағын суару", "құрылыс",
         "Бас мердігер", "Тапсырыс берушінің техникалық қадағалауы", "бүкіл құрылыс кезеңінде"),
        ("АА-02", "Құрылыс техникасы қозғалтқыштарының бос жүрісте 10 минуттан артық жұмыс істеуіне жол бермеу", "құрылыс",
         "Жер жұмыстары бойынша қосалқы мердігер", "Мердігердің инженер-экологы", "тұрақты"),
        ("ЖС-01", "Есіл өзені арқылы өткелді арнаны ашпай көлбеу-бағытталған бұрғылау әдісімен орындау", "құрылыс",
         "ТБК бойынша қосалқы мердігер", "Тапсырыс берушінің техникалық қадағалауы", "2026 жылғы шілде – тамыз"),
        ("ЖС-02", "Техниканы жанармаймен толтыру алаңдарын су шетінен 100 м-ден жақын орналастырмау және табандықтармен жабдықтау",
         "дайындық", "Бас мердігер", "Тапсырыс берушінің инженер-экологы", "өткелдегі жұмыстар басталғанға дейін"),
        ("Қ-01", "Бұрғылау шламы мен пайдаланылған бұрғылау ерітіндісін өнеркәсіптік қалдықтар полигонына шығару", "құрылыс",
         "ТБК бойынша қосалқы мердігер", "Мердігердің инженер-экологы", "бұрғылау аяқталғаннан кейін"),
        ("Т-01", "Топырақтың құнарлы қабатын алып, оны траншея бойындағы үйінділерде сақтау", "дайындық",
         "Бас мердігер", "Тапсырыс берушінің техникалық қадағалауы", "жер жұмыстары басталғанға дейін"),
        ("Т-02", "Бөліп алу жолағын техникалық және биологиялық қалпына келтіру", "аяқтау",
         "Бас мердігер", "Тапсырыс беруші («Газ Степногорск» ЖШС)", "2027 жылғы қыркүйек – қазан"),
    ),
    "vi": (
        ("KK-01", "Tưới nước giảm bụi trên công trường và đường công vụ vào mùa khô", "Thi công", "Nhà thầu thi công",
         "Tư vấn giám sát", "Bụi từ đào đắp, vận chuyển vật liệu"),
        ("KK-02", "Che phủ bạt kín thùng xe khi vận chuyển đất, cát, đá", "Thi công", "Nhà thầu thi công",
         "Tư vấn giám sát", "Bụi rơi vãi trên tuyến vận chuyển"),
        ("NM-01", "Đào rãnh thoát nước tạm và hố lắng tại các vị trí đắp nền cạnh kênh rạch", "Thi công",
         "Nhà thầu thi công", "Tư vấn giám sát môi trường", "Nước mưa chảy tràn cuốn theo đất cát"),
        ("CTR-01", "Vận chuyển đất đào không phù hợp đến bãi đổ thải đã được địa phương chấp thuận", "Thi công",
         "Nhà thầu thi công", "Ban Quản lý dự án", "Chất thải rắn xây dựng"),
        ("CTNH-01", "Bố trí kho lưu giữ chất thải nguy hại có mái che và gờ chống tràn tại mỗi lán trại", "Chuẩn bị",
         "Nhà thầu thi công", "Tư vấn giám sát môi trường", "Chất thải nguy hại"),
        ("GT-01", "Bố trí người cảnh giới và biển báo tại các điểm giao cắt với quốc lộ 51", "Thi công",
         "Nhà thầu thi công", "Ban Quản lý dự án", "Ùn tắc, mất an toàn giao thông"),
        ("XH-01", "Thông báo kế hoạch thi công cho chính quyền địa phương và người dân trước 7 ngày", "Chuẩn bị",
         "Ban Quản lý dự án", "UBND xã Phước Bình", "Ảnh hưởng đến cộng đồng dân cư"),
    ),
}  # fmt: skip
TEXT |= {
    "t1.h": ("План управления окружающей и социальной средой. Приложение А. Реестр экологических обязательств",
             "Қоршаған және әлеуметтік ортаны басқару жоспары. А қосымшасы. Экологиялық міндеттемелер тізілімі",
             "KẾ HOẠCH QUẢN LÝ MÔI TRƯỜNG VÀ XÃ HỘI (ESMP) – DỰ ÁN XÂY DỰNG ĐƯỜNG CAO TỐC PHÚ LONG – TÂN HIỆP"),
    "t1.p": ("Каждое обязательство имеет код: АВ – атмосферный воздух, ПВ – поверхностные воды, ОТ – отходы, ПЧ – почвы.",
             "Әрбір міндеттеменің коды бар: АА – атмосфералық ауа, ЖС – жерүсті сулары, Қ – қалдықтар, Т – топырақ.",
             "Mã biện pháp: KK – không khí; NM – nước mặt; CTR – chất thải rắn; CTNH – chất thải nguy hại; GT – giao thông; XH – xã hội."),
    "t1.head": ("Код|Обязательство (мероприятие)|Этап|Ответственный за выполнение|Контроль|Срок",
                "Коды|Міндеттеме (іс-шара)|Кезең|Орындауға жауапты|Бақылау|Мерзімі",
                "Mã|Tác động|Biện pháp giảm thiểu|Giai đoạn|Trách nhiệm thực hiện|Trách nhiệm giám sát"),
    "t1.caption": ("Таблица А.1 – Реестр обязательств на период строительства газопровода-отвода",
                   "А.1-кесте – Газ құбыры-тармағының құрылыс кезеңіне арналған міндеттемелер тізілімі",
                   "Bảng 7.1. Các biện pháp giảm thiểu tác động trong giai đoạn chuẩn bị và thi công"),
}  # fmt: skip


def tasks_g1(doc: Doc) -> None:
    """A lender-style environmental and social commitments register of a pipeline's construction: each commitment
    carries a code (`АВ-01`, `ПВ-02`) as its number, then the stage, the responsible, who controls it and the term;
    the codes explained in the sentence before. VI: an expressway's ESMP, the code first and the impact before the
    mitigation measure, the implementer and the supervisor last."""
    r = doc.rng
    doc.h(_t(doc, "t1.h"))
    doc.p(_t(doc, "t1.p"))
    rows = [_row(doc, "t1.head")]
    items = COMMITMENTS[doc.lang]
    picked = sorted(r.sample(range(len(items)), r.randint(5, 6)))
    for k in picked:
        code, text, stage, who, control, term = items[k]
        if doc.lang == "vi":
            rows.append([code, term, text, stage, who, control])
        else:
            rows.append([code, text, stage, who, control, term])
        doc.add("obligations", task(code, text, who))
    doc.table(_t(doc, "t1.caption"), rows, role="tasks")
    maybe_distractor(doc)


# stage: [(task, unit, volume low-high, term, responsible)]
RECLAIM = {
    "ru": (("I. Технический этап рекультивации", (
               ("Планировка поверхности дна и уступов карьера бульдозером", "га", (4, 22), "2035 г.", "Подрядная организация"),
               ("Выполаживание откосов бортов карьера до 1:3", "м3", (8000, 46000), "2035 г.", "Горный участок недропользователя"),
               ("Нанесение плодородного слоя почвы из буртов", "м3", (6000, 38000), "2035–2036 гг.", "Подрядная организация"),
               ("Устройство ограждающего вала по контуру карьера", "м", (600, 2400), "2035 г.", "Горный участок недропользователя"))),
           ("II. Биологический этап рекультивации", (
               ("Внесение минеральных удобрений перед посевом", "т", (2, 14), "весна 2036 г.", "Агроном подрядной организации"),
               ("Посев многолетних трав (житняк, донник, эспарцет)", "га", (4, 22), "май 2036 г.", "Агроном подрядной организации"),
               ("Уход за посевами и подсев трав в местах выпадов", "га", (2, 12), "2036–2037 гг.", "Подрядная организация")))),
    "kk": (("I. Рекультивацияның техникалық кезеңі", (
               ("Карьер түбі мен кертпештерінің бетін бульдозермен тегістеу", "га", (4, 22), "2035 ж.", "Мердігер ұйым"),
               ("Карьер ернеулерінің беткейлерін 1:3 дейін көлбеулеу", "м3", (8000, 46000), "2035 ж.", "Жер қойнауын пайдаланушының тау-кен учаскесі"),
               ("Үйінділерден топырақтың құнарлы қабатын төсеу", "м3", (6000, 38000), "2035–2036 жж.", "Мердігер ұйым"),
               ("Карьер контуры бойынша қоршау білігін салу", "м", (600, 2400), "2035 ж.", "Жер қойнауын пайдаланушының тау-кен учаскесі"))),
           ("II. Рекультивацияның биологиялық кезеңі", (
               ("Егер алдында минералды тыңайтқыштар енгізу", "т", (2, 14), "2036 ж. көктемі", "Мердігер ұйымның агрономы"),
               ("Көпжылдық шөптерді (еркекшөп, түйежоңышқа, эспарцет) егу", "га", (4, 22), "2036 ж. мамыр", "Мердігер ұйымның агрономы"),
               ("Егістерді күту және сиреген жерлерге шөп себу", "га", (2, 12), "2036–2037 жж.", "Мердігер ұйым")))),
    "vi": (("A. Khu vực moong khai thác", (
               ("San gạt, tạo mặt bằng đáy moong sau khai thác", "m2", (20000, 160000), "Năm thứ 16", "Nhà thầu san gạt"),
               ("Cắt tầng, tạo góc dốc ổn định cho bờ moong", "m3", (6000, 42000), "Năm thứ 16", "Đội khai thác của Công ty"),
               ("Đắp bờ bao bằng đất đá thải quanh moong", "m", (500, 2200), "Năm thứ 16", "Đội khai thác của Công ty"),
               ("Trồng cây keo lai trên mặt tầng kết thúc", "cây", (2000, 12000), "Năm thứ 16 – 17", "Nhà thầu trồng cây"))),
           ("B. Khu vực bãi chế biến và văn phòng", (
               ("Tháo dỡ trạm nghiền sàng và nhà điều hành", "m2", (300, 1800), "Năm thứ 16", "Đội cơ giới của Công ty"),
               ("Thu dọn, vận chuyển chất thải rắn ra khỏi khu mỏ", "tấn", (20, 160), "Năm thứ 16", "Đơn vị thu gom có chức năng"),
               ("Cày xới, trồng cây keo lai phủ xanh mặt bằng", "ha", (1, 6), "Năm thứ 17", "Nhà thầu trồng cây")))),
}  # fmt: skip
TEXT |= {
    "t2.h": ("План горных работ. Раздел 9. Рекультивация нарушенных земель карьера песчано-гравийной смеси «Тасөткел»",
             "Тау-кен жұмыстарының жоспары. 9-бөлім. «Тасөткел» құм-қиыршық тас қоспасы карьерінің бұзылған жерлерін қалпына келтіру",
             "PHƯƠNG ÁN CẢI TẠO, PHỤC HỒI MÔI TRƯỜNG – Chương 3. KẾ HOẠCH THỰC HIỆN"),
    "t2.p": ("Рекультивация выполняется недропользователем – {op} – после отработки запасов.",
             "Рекультивацияны қорларды игергеннен кейін жер қойнауын пайдаланушы – {op} – орындайды.",
             "Tiến độ thực hiện các công trình cải tạo, phục hồi môi trường của {op}:"),
    "t2.op": ("ТОО «Тасөткел Құм»", "«Тасөткел Құм» ЖШС", "Công ty Cổ phần Khoáng sản Xây dựng Đông Nam"),
    "t2.head": ("№ п/п|Наименование работ|Ед. изм.|Объем работ|Срок выполнения|Исполнитель",
                "Р/с №|Жұмыстардың атауы|Өлш. бірл.|Жұмыс көлемі|Орындау мерзімі|Орындаушы",
                "TT|Hạng mục công trình|Đơn vị|Khối lượng|Thời gian thực hiện|Đơn vị thực hiện"),
    "t2.caption": ("Таблица 9.2 – Календарный план работ по рекультивации", "9.2-кесте – Рекультивация жұмыстарының күнтізбелік жоспары",
                   "Bảng 3.5. Tiến độ thực hiện cải tạo, phục hồi môi trường"),
}  # fmt: skip


def tasks_g2(doc: Doc) -> None:
    """A sand-gravel pit's reclamation plan: stage group rows spanning the table (`I. Технический этап`, `II.
    Биологический этап`), items numbered afresh from 1 under each stage, the unit and the volume of work between the
    work and its term, the executor last. VI: a stone quarry's reclamation schedule with area group rows `A.`, `B.`,
    numbering starting again under each."""
    r = doc.rng
    doc.h(_t(doc, "t2.h"))
    doc.p(_t(doc, "t2.p").format(op=_t(doc, "t2.op")))
    rows, merges = [_row(doc, "t2.head")], []
    for stage, works in RECLAIM[doc.lang]:
        _span(rows, merges, stage)
        chosen = sorted(r.sample(range(len(works)), min(len(works), r.randint(2, 3))))
        for n, k in enumerate(chosen, 1):
            text, unit, (low, high), term, who = works[k]
            volume = r.randint(low, high) if high > 50 else round(r.uniform(low, high), 1)
            rows.append([f"{n}" if doc.lang == "vi" else f"{n}.", text, unit, num(volume, doc.lang), term, who])
            doc.add("obligations", task(str(n), text, who))
    doc.table(_t(doc, "t2.caption"), rows, merges, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"G{k}", globals()[f"{role}_g{k}"]) for role in ROLES for k in (1, 2)]
"""`facility_g1` … `tasks_g2`, in the order of the roles."""
