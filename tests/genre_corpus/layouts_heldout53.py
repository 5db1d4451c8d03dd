"""A blind held-out set (two layouts per role, `HH1` and `HH2`): never used for tuning, written by someone who neither
ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`.

Theme: light industry — textiles, dyeing, garments, leather, paper and packaging, and the town sewer they discharge to.
Kazakhstan: a wool-scouring works in Shymkent, a cotton gin in the Maktaaral district, a felt and carpet factory in
Turkestan, a leather tannery in Taraz, a cardboard and corrugated-packaging plant at Konaev, a printing house in Almaty
(a cover letter sending a report on ПЭК, a vodokanal's conditions of accepting waste water with its control schedule and
its laboratory's protocol, НДВ projects, a report on the inventory of wastes, a ПЭК programme's waste section, a protocol
of instrumental measurements, a month's schedule of rounds, a register of internal checks, plans of measures). Vietnam:
dyeing and textile mills in Nam Định and Hưng Yên, a tannery and garment factories in Long An, recycled-paper mills of
the Phong Khê craft cluster in Bắc Ninh, packaging printing works (a công văn asking for a giấy phép môi trường, a hợp
đồng dịch vụ thu gom, xử lý nước thải with an industrial park and its annexes, a báo cáo đề xuất cấp GPMT, ĐTM, báo cáo
công tác bảo vệ môi trường, giấy phép môi trường, kết quả quan trắc khí thải định kỳ, sổ theo dõi kiểm tra nội bộ, kế
hoạch cải tạo hệ thống xử lý nước thải, kế hoạch bảo vệ môi trường).

Facility: a cover letter sending the quarterly report on ПЭК under the operator's bilingual letterhead — the Kazakh block
and the Russian block side by side, each with the BIN and a bank account — the category and the KATO only in the
letter's sentence, the coordinates and the OKED in an annex card that has no BIN (VI: a company's official letter under
the national heading table, the enterprise number in the first sentence, the group and decimal coordinates in the
annex) (HH1); a vodokanal's conditions of acceptance opening with the subscriber's card from its register — personal
account, contract, the subscriber's group by the composition of its waste water beside the object's category under the
Code, the BIN after the name, the KATO after the address — and the outlets' control wells with their coordinates in a
table of no role (VI: a connection contract's annex on the tenant, customer code and VSIC code beside the enterprise
number and the group, the connection manhole in VN-2000 metres) (HH2).

Emissions: a felt and carpet factory's sources each serving several machines, the machines installed and those running
at once under a merged header, the emission of one machine and that of the source (grams for the machines at once,
tonnes for all) under two more, wool dust with only an ОБУВ written `ОБУВ` in the class column (VI: a textile mill's
dust and boiler stacks, the same counts, no numbers or classes) (HH1); a corrugated-packaging plant's calculation pasted
into the table, the grams and the tonnes each a cell holding the formula, the figures and the result after the last `=`,
some grams bare (VI: a packaging printing works' ĐTM, `E = … = …` in g/s and kilograms a year) (HH2).

Wastes: a tannery's report on the inventory of wastes, each waste a row spanning the table with code, name and hazard,
four quarter rows and the year's row under it with formed, passed-on and held amounts, the year's formed amount the
item (VI: a dyeing mill's hazardous wastes with the CTNH code beside the EC code, written alike, and the Basel codes)
(HH1); a felt and carpet factory's waste section where the classifier's code stands only on a `…, в том числе:` row
naming the kind and the varieties under it carry the amounts with an empty code cell (VI: a garment factory's CTNH
groups with the code on the group row, kilograms) (HH2).

Limits: a vodokanal laboratory's protocol at a tannery's two control wells (rows spanning the table), the grab sample's
result beside the maximum one-time ДК and the 24-hour composite sample's result beside the average daily ДК, two limits
per parameter, pH in the grab sample only, `<` below detection (VI: a connection contract's acceptance limits followed
by three surcharge bands written as ranges that are no limits) (HH1); a tannery's instrumental measurements, three
consecutive results in one cell separated by slashes, the mean beside them and the НДВ concentration after it (VI: a
recycled-paper mill's boiler stacks, `Lần 1 / Lần 2 / Lần 3`, the mean against QCVN 19:2009/BTNMT column B) (HH2).

Monitoring: a tannery's ПЭК programme whose parameters are written as formulas with true sub- and superscripts (`БПК₅`,
`Cr⁶⁺`, `S²⁻`, `NH₄⁺`, `SO₄²⁻`, `H₂S`, `CH₂O`, `NO₂`), two boundary points in one cell, sources among points (VI: a dyeing
mill's permit, `BOD₅`, `NH₄⁺`, `NOₓ (tính theo NO₂)`) (HH1); a vodokanal's schedule of controlling a wool-scouring works'
waste water with two frequency columns, the subscriber's own control and the vodokanal's, each parameter sampled at both
frequencies or one and a dash (VI: `Bên B tự quan trắc` beside `Bên A lấy mẫu kiểm tra`, the flow metered without a
substance) (HH2).

Inspections: a month's schedule of rounds with a column for each of October's 31 days over a row of weekday
abbreviations and marks on the days of a round — every day, every Monday or Friday, one date — no frequency written
(VI: `T2 … CN`) (HH1); a printing house's register of internal checks giving only the date of the last and of the next
check, a week to a year apart (VI: `Ngày kiểm tra gần nhất | Ngày kiểm tra kế tiếp`) (HH2).

Tasks: a tannery's plan of bringing its waste water to the vodokanal's limits, the term of each stage — design,
construction, start-up — in three columns under a merged header, dashes where a stage does not apply (VI: a dyeing
mill's treatment-plant upgrade, `Thiết kế | Thi công, lắp đặt | Vận hành thử nghiệm`) (HH1); a cardboard plant's plan
with no column for who acts, a paragraph under the table assigning the items by number (`пп. 1, 5 – главный инженер …`)
(VI: a recycled-paper mill, `Phòng Kỹ thuật chủ trì các nhiệm vụ 1 và 3`) (HH2).
"""

from __future__ import annotations

from decimal import Decimal

from . import vocab
from .common import Doc, distractor, freq, make_bin, make_msdn, num, rate
from .limits_data import add, cell, limit
from .registry import ROLES, Layout
from .sources_data import emission, total

# ---------------------------------------------------------------- helpers


def _L(doc: Doc) -> int:
    """0 for a Russian document, 1 for a Kazakh one."""
    return 0 if doc.lang == "ru" else 1


def _kz(doc: Doc):
    """`g(ru, kk)`: the text of a Kazakhstan document's language."""
    return lambda ru, kk: kk if doc.lang == "kk" else ru


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _mul(x: float, n: float) -> float:
    """x × n without binary noise."""
    return float(Decimal(repr(x)) * Decimal(repr(n)))


def _words(text: str, n: int = 5) -> str:
    return " ".join(text.split()[:n])


def _kato(doc: Doc, prefix: str) -> str:
    """A nine-digit KATO code starting with the district's prefix."""
    r = doc.rng
    rest = 9 - len(prefix) - 3
    return f"{prefix}{r.randint(10 ** (rest - 1), 10**rest - 1)}{r.choice(('000', '100'))}"


def _dms(value: float, sep: str = ",") -> tuple[str, float]:
    """`42°19′45,2″` and the decimal degrees it stands for."""
    d = int(value)
    m = int((value - d) * 60)
    s = round((value - d - m / 60) * 3600, 1)
    if s >= 60:
        m, s = m + 1, 0.0
    sec = f"{s:04.1f}".replace(".", sep)
    return f"{d}°{m:02d}′{sec}″", d + m / 60 + s / 3600


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose first cell spans the table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _maybe(doc: Doc, share: float = 0.35) -> None:
    """Now and then a table of no role (not the equipment list, whose crusher and diesel set belong to no textile works)."""
    if doc.rng.random() < share:
        distractor(doc, doc.pick(("contents", "approval", "contacts", "budget")))


def _kind(number: str) -> str:
    return "unorganized" if number.startswith("6") else "organized"


DAILY = {"ru": ("ежедневно",), "kk": ("күн сайын",), "vi": ("hằng ngày", "01 lần/ngày")}
WEEKLY = {"ru": ("еженедельно", "1 раз в неделю"), "kk": ("аптасына 1 рет", "апта сайын"), "vi": ("hằng tuần", "01 lần/tuần")}


def _often(doc: Doc, word: str) -> str:
    """A frequency as the document writes it, daily and weekly included."""
    if word == "daily":
        return doc.pick(DAILY[doc.lang])
    if word == "weekly":
        return doc.pick(WEEKLY[doc.lang])
    return freq(doc, word)


# code: (RU, KK, hazard class as the emission tables print it) — light industry's pollutants the vocabulary does not name
EXTRA = {
    "2920": ("Пыль меховая (шерстяная, пуховая)", "Пыль меховая (шерстяная, пуховая)", None),
    "2917": ("Пыль хлопковая", "Мақта шаңы", 3),
    "1555": ("Этановая кислота (Уксусная кислота)", "Сірке қышқылы", 3),
    "0322": ("Серная кислота", "Күкірт қышқылы", 2),
    "0620": ("Винилбензол (Стирол)", "Стирол", 2),
    "1061": ("Этанол (Спирт этиловый)", "Этанол (этил спирті)", 4),
    "1240": ("Этилацетат", "Этилацетат", 4),
    "1051": ("Пропан-2-ол (Изопропиловый спирт)", "Пропан-2-ол (изопропил спирті)", 3),
    "1210": ("Бутилацетат", "Бутилацетат", 4),
    "2966": ("Пыль крахмала", "Крахмал шаңы", 4),
}  # fmt: skip


def _air(doc: Doc, code: str, variant: int = 0) -> str:
    if code in EXTRA:
        return EXTRA[code][_L(doc)]
    return vocab.air(code, doc.lang, variant)


def _hazard(code: str) -> int | None:
    return EXTRA[code][2] if code in EXTRA else vocab.hazard(code)


# ---------------------------------------------------------------- facility

# (RU object, KK object, operator's name in quotes, RU legal address, KK legal address, RU site, KK site, post code,
#  KATO prefix, lat, lon, OKED, RU activity, KK activity, RU capacity, KK capacity, RU department, KK department, phone code)
KZ_WORKS = (
    ("Шерстомойная фабрика", "Жүн жуу фабрикасы", "Оңтүстік Жүн Өнеркәсібі",
     "г. Шымкент, Енбекшинский район, ул. Капал батыра, 47", "Шымкент қ., Еңбекші ауданы, Қапал батыр к., 47",
     "г. Шымкент, Енбекшинский район, индустриальная зона «Оңтүстік», участок 112",
     "Шымкент қ., Еңбекші ауданы, «Оңтүстік» индустриалдық аймағы, 112-учаске", "160019", "7910", 42.33, 69.64, "13100",
     "первичная обработка (мойка) шерсти и производство шерстяного топса", "жүнді алғашқы өңдеу (жуу) және жүн топсын өндіру",
     "мойка 9 тыс. т немытой шерсти в год", "жылына 9 мың т жуылмаған жүнді жуу",
     "Департамент экологии по городу Шымкент", "Шымкент қаласы бойынша экология департаменті", "7252"),
    ("Хлопкоперерабатывающий завод", "Мақта өңдеу зауыты", "Мақтаарал Мақта Өнімдері",
     "Туркестанская область, Мактааральский район, г. Жетысай, ул. Жибек жолы, 112",
     "Түркістан облысы, Мақтаарал ауданы, Жетісай қ., Жібек жолы к., 112",
     "Туркестанская область, Мактааральский район, г. Жетысай, промышленная зона, строение 4",
     "Түркістан облысы, Мақтаарал ауданы, Жетісай қ., өнеркәсіптік аймақ, 4-құрылыс", "161500", "6148", 40.78, 68.33, "01630",
     "первичная переработка хлопка-сырца (джинирование, прессование волокна)",
     "шитті мақтаны алғашқы өңдеу (джиндеу, талшықты престеу)",
     "переработка 36 тыс. т хлопка-сырца за сезон", "маусымына 36 мың т шитті мақтаны өңдеу",
     "Департамент экологии по Туркестанской области", "Түркістан облысы бойынша экология департаменті", "72534"),
    ("Войлочно-ковровая фабрика", "Киіз-кілем фабрикасы", "Түркістан Текемет",
     "Туркестанская область, г. Туркестан, ул. Тауке хана, 15", "Түркістан облысы, Түркістан қ., Тәуке хан к., 15",
     "Туркестанская область, г. Туркестан, промышленная зона «Оңтүстік», участок 14",
     "Түркістан облысы, Түркістан қ., «Оңтүстік» өнеркәсіптік аймағы, 14-учаске", "161200", "6120", 43.28, 68.24, "13930",
     "производство войлока, ковров и ковровых изделий", "киіз, кілем және кілем бұйымдарын өндіру",
     "войлок – 420 тыс. м2, ковры – 160 тыс. м2 в год", "жылына киіз – 420 мың м2, кілем – 160 мың м2",
     "Департамент экологии по Туркестанской области", "Түркістан облысы бойынша экология департаменті", "72533"),
)  # fmt: skip
HEADS = (("Жакыпов Нурлан Серикович", "Жақыпов Нұрлан Серікұлы"), ("Ахметова Гульнара Бахытовна", "Ахметова Гүлнар Бақытқызы"),
         ("Усенов Бауыржан Алимжанович", "Үсенов Бауыржан Әлімжанұлы"))


def facility_hh1(doc: Doc) -> None:
    """A cover letter sending the quarterly report on ПЭК: the operator's bilingual letterhead is the first table — the
    Kazakh block on the left and the Russian on the right, each with the BIN, the address and the bank account — then
    the addressee and the letter, whose sentence alone names the object's category and its KATO, and an annex card of
    the object with its coordinates, OKED and capacity but no BIN (VI: a company's official letter under the national
    heading table, the enterprise number only in the letter's first sentence, the group and the coordinates in the
    annex)."""
    if doc.lang == "vi":
        _facility_hh1_vi(doc)
        return
    r = doc.rng
    g = _kz(doc)
    (o_ru, o_kk, op, a_ru, a_kk, s_ru, s_kk, post, prefix, lat0, lon0, oked, act_ru, act_kk, cap_ru, cap_kk, d_ru, d_kk,
     code) = doc.pick(KZ_WORKS)
    bin_, kato = make_bin(r), _kato(doc, prefix)
    lat, lat_v = _dms(lat0 + r.uniform(-0.03, 0.03))
    lon, lon_v = _dms(lon0 + r.uniform(-0.03, 0.03))
    local = f"{r.randint(20, 59)}-{r.randint(10, 99)}-{r.randint(10, 99)}" if len(code) == 4 else f"{r.randint(2, 5)}-{r.randint(10, 99)}-{r.randint(10, 99)}"
    phone = f"+7 ({code}) {local}"
    iban = f"KZ{r.randint(10, 99)} 8560 000{r.randint(1, 9)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}"
    out_no = f"01-{r.randint(10, 14)}/{r.randint(200, 699)}"
    day = r.randint(10, 28)
    q = doc.pick(("II", "III"))
    month = {"II": "07", "III": "10"}[q]
    head = doc.pick(HEADS)
    kk_block = (f"«{op}»\nжауапкершілігі шектеулі серіктестігі\nБСН {bin_}\n{post}, {a_kk}\nтел.: {phone}\n"
                f"ЖСК {iban}, «Банк ЦентрКредит» АҚ, БСК KCJBKZKX")
    ru_block = (f"Товарищество с ограниченной ответственностью\n«{op}»\nБИН {bin_}\n{post}, {a_ru}\nтел.: {phone}\n"
                f"ИИК {iban}, АО «Банк ЦентрКредит», БИК KCJBKZKX")
    rows = [[kk_block, "", ru_block],
            [f"{day}.{month}.2025 ж. № {out_no}", "", f"от {day}.{month}.2025 г. № {out_no}"]]
    doc.table(None, rows, role="facility")
    doc.p(g(f"Руководителю РГУ «{d_ru} Комитета экологического регулирования и контроля Министерства экологии и природных "
            "ресурсов Республики Казахстан»",
            f"«Қазақстан Республикасы Экология және табиғи ресурстар министрлігі Экологиялық реттеу және бақылау комитетінің "
            f"{d_kk}» РММ басшысына"))
    doc.h(g(f"О представлении отчета по программе производственного экологического контроля за {q} квартал 2025 года",
            f"2025 жылғы {q} тоқсандағы өндірістік экологиялық бақылау бағдарламасы бойынша есепті ұсыну туралы"))
    doc.p(g(f"ТОО «{op}» (далее – Оператор) в соответствии с Правилами разработки программы производственного экологического "
            "контроля объектов I и II категорий, ведения внутреннего учета, формирования и представления периодических "
            f"отчетов по результатам производственного экологического контроля направляет отчет за {q} квартал 2025 года по "
            f"объекту II категории «{o_ru}» (код КАТО {kato}). Отчет размещен также в Национальном банке данных о "
            "состоянии окружающей среды и природных ресурсов.",
            f"«{op}» ЖШС (бұдан әрі – Оператор) I және II санаттағы объектілердің өндірістік экологиялық бақылау "
            "бағдарламасын әзірлеу, ішкі есепке алуды жүргізу, өндірістік экологиялық бақылау нәтижелері бойынша кезеңдік "
            f"есептерді қалыптастыру және ұсыну қағидаларына сәйкес II санаттағы «{o_kk}» объектісі (ҚАТО коды {kato}) "
            f"бойынша 2025 жылғы {q} тоқсандағы есепті жолдайды. Есеп қоршаған ортаның және табиғи ресурстардың жай-күйі "
            "туралы Ұлттық деректер банкінде де орналастырылды."))
    doc.p(g(f"Приложение: 1) краткая характеристика объекта – 1 л.; 2) отчет по ПЭК за {q} квартал 2025 г. – {r.randint(14, 38)} л.",
            f"Қосымша: 1) объектінің қысқаша сипаттамасы – 1 п.; 2) {q} тоқсандағы ӨЭБ есебі – {r.randint(14, 38)} п."))
    doc.p(g(f"Директор                                        {head[0]}", f"Директор                                        {head[1]}"))
    doc.p(g(f"Исп.: инженер-эколог {doc.pick(('Сарсенова А.К.', 'Ким Е.В.', 'Тулегенов Д.М.'))}, тел. {phone}",
            f"Орынд.: инженер-эколог {doc.pick(('Сәрсенова А.Қ.', 'Ким Е.В.', 'Төлегенов Д.М.'))}, тел. {phone}"))
    doc.h(g("Приложение 1. Краткая характеристика объекта", "1-қосымша. Объектінің қысқаша сипаттамасы"))
    staff = r.randint(60, 240)
    water = r.randint(80, 400)
    card = [g(["№", "Показатель", "Значение"], ["№", "Көрсеткіш", "Мәні"]),
            ["1", g("Наименование объекта", "Объектінің атауы"), g(o_ru, o_kk)],
            ["2", g("Фактическое место нахождения", "Нақты орналасқан жері"), g(s_ru, s_kk)],
            ["3", g("Географические координаты центра промплощадки (WGS-84)", "Өнеркәсіптік алаң орталығының географиялық "
                    "координаттары (WGS-84)"),
             g(f"{lat} с.ш., {lon} в.д.", f"с.е. {lat}, ш.б. {lon}")],
            ["4", g("Вид деятельности (ОКЭД)", "Қызмет түрі (ЭҚЖЖ)"), g(f"{act_ru} ({oked})", f"{act_kk} ({oked})")],
            ["5", g("Производственная мощность", "Өндірістік қуаты"), g(cap_ru, cap_kk)],
            ["6", g("Режим работы", "Жұмыс режимі"), g(f"{doc.pick(('2', '3'))} смены, {doc.pick(('250', '280', '300'))} дней в году",
                                                         f"{doc.pick(('2', '3'))} ауысым, жылына {doc.pick(('250', '280', '300'))} күн")],
            ["7", g("Численность работающих", "Жұмыскерлер саны"), g(f"{staff} чел.", f"{staff} адам")],
            ["8", g("Водоотведение", "Су бұру"),
             g(f"в городскую (поселковую) канализацию, {water} м3/сут", f"қалалық (кенттік) кәрізге, тәулігіне {water} м3")]]
    doc.table(None, card, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": op, "kato": kato, "oked": oked, "category": "II", "lat": lat_v,
                           "lon": lon_v})


# (company, plant, place, city of the letter, lat, lon, group, activity and capacity, addressee, acronym)
VI_WORKS = (
    ("Công ty TNHH Dệt nhuộm Hòa Xá", "Nhà máy dệt nhuộm Hòa Xá", "Lô C5, Khu công nghiệp Hòa Xá, phường Mỹ Xá, thành phố Nam Định, "
     "tỉnh Nam Định", "Nam Định", 20.405, 106.131, "II", "Dệt, nhuộm và hoàn tất vải cotton, vải pha; công suất 12 triệu mét vải/năm",
     "Sở Tài nguyên và Môi trường tỉnh Nam Định", "DNHX"),
    ("Công ty Cổ phần Sợi dệt Phố Nối", "Nhà máy sợi, dệt nhuộm Phố Nối B", "Lô B12, Khu công nghiệp dệt may Phố Nối, xã Dị Sử, huyện "
     "Mỹ Hào, tỉnh Hưng Yên", "Hưng Yên", 20.943, 106.082, "I", "Kéo sợi, dệt kim và nhuộm; công suất 6.500 tấn sản phẩm/năm",
     "Bộ Tài nguyên và Môi trường", "SDPN"),
    ("Công ty TNHH Thuộc da Tân Kim", "Nhà máy thuộc da Tân Kim", "Lô F3, Khu công nghiệp Tân Kim, xã Tân Kim, huyện Cần Giuộc, tỉnh "
     "Long An", "Long An", 10.612, 106.603, "I", "Thuộc da bò thành phẩm; công suất 4.800 tấn da nguyên liệu/năm",
     "Bộ Tài nguyên và Môi trường", "TDTK"),
)


def _facility_hh1_vi(doc: Doc) -> None:
    r = doc.rng
    company, plant, place, city, lat0, lon0, group, activity, to, acr = doc.pick(VI_WORKS)
    msdn = make_msdn(r)
    lat = round(lat0 + r.uniform(-0.02, 0.02), 4)
    lon = round(lon0 + r.uniform(-0.02, 0.02), 4)
    no = r.randint(40, 260)
    day, month = r.randint(2, 28), r.randint(3, 11)
    rows = [[f"{company.upper()}\n———", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n———————"],
            [f"Số: {no}/2024/CV-{acr}\nV/v đề nghị cấp giấy phép môi trường", f"{city}, ngày {day:02d} tháng {month:02d} năm 2024"]]
    doc.table(None, rows, role="other")
    doc.p(f"Kính gửi: {to}.")
    doc.p(f"{company} (mã số doanh nghiệp {msdn}, đăng ký lần đầu ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/"
          f"{r.randint(2004, 2016)}) là chủ cơ sở {plant}, đã được phê duyệt kết quả thẩm định báo cáo đánh giá tác động môi "
          f"trường tại Quyết định số {r.randint(100, 2900)}/QĐ-{doc.pick(('BTNMT', 'UBND'))} ngày {r.randint(1, 28):02d}/"
          f"{r.randint(1, 12):02d}/{r.randint(2012, 2019)}.")
    doc.p(f"Căn cứ Luật Bảo vệ môi trường năm 2020 và Nghị định số 08/2022/NĐ-CP, Công ty gửi kèm theo văn bản này báo cáo đề xuất "
          f"cấp giấy phép môi trường của cơ sở và đề nghị {to} xem xét, cấp giấy phép môi trường. Thông tin cơ bản của cơ sở nêu tại "
          "Phụ lục kèm theo.")
    doc.p("Nơi nhận: – Như trên; – Lưu: VT, P.HSE.        GIÁM ĐỐC (đã ký)")
    doc.h("PHỤ LỤC. THÔNG TIN CƠ BẢN CỦA CƠ SỞ")
    card = [["TT", "Nội dung", "Thông tin"],
            ["1", "Tên cơ sở", plant],
            ["2", "Địa điểm thực hiện", place],
            ["3", "Tọa độ vị trí trung tâm (hệ WGS-84)", f"{num(lat, 'vi', False)}° N; {num(lon, 'vi', False)}° E"],
            ["4", "Loại hình, công suất hoạt động", activity],
            ["5", "Phân loại theo tiêu chí về môi trường",
             f"Cơ sở thuộc nhóm {group} (Phụ lục {'III' if group == 'I' else 'IV'} ban hành kèm theo Nghị định số 08/2022/NĐ-CP)"],
            ["6", "Nước thải", f"Đấu nối về trạm xử lý nước thải tập trung của khu công nghiệp, khoảng {r.randint(3, 24) * 50} m3/ngày.đêm"]]
    doc.table(None, card, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": plant, "category": group, "lat": lat, "lon": lon})


# (RU vodokanal, KK vodokanal, RU town, KK town, subscriber, RU object, KK object, RU address, KK address, KATO prefix, category,
#  RU outlets' collector, KK collector, lat, lon)
KZ_SEWER = (
    ("ГКП на ПХВ «Тараз Су Арнасы»", "«Тараз Су Арнасы» ШЖҚ МКК", "г. Тараза", "Тараз қаласының", "Тараз Былғары",
     "Кожевенный завод (отмочно-зольный, дубильный и красильно-жировальный цехи)",
     "Былғары зауыты (сулау-күлдеу, илеу және бояу-майлау цехтары)",
     "Жамбылская область, г. Тараз, промышленная зона «Солтүстік», ул. Ниеткалиева, 9",
     "Жамбыл облысы, Тараз қ., «Солтүстік» өнеркәсіптік аймағы, Ниетқалиев к., 9", "3110", "II",
     "коллектор Д-600 по ул. Ниеткалиева", "Ниетқалиев көшесі бойындағы Д-600 коллекторы", 42.92, 71.40),
    ("ГКП на ПХВ «Шымкент Су Арнасы»", "«Шымкент Су Арнасы» ШЖҚ МКК", "г. Шымкента", "Шымкент қаласының", "Оңтүстік Жүн Өнеркәсібі",
     "Шерстомойная фабрика", "Жүн жуу фабрикасы",
     "г. Шымкент, Енбекшинский район, индустриальная зона «Оңтүстік», участок 112",
     "Шымкент қ., Еңбекші ауданы, «Оңтүстік» индустриалдық аймағы, 112-учаске", "7910", "II",
     "коллектор Д-800 по ул. Капал батыра", "Қапал батыр көшесі бойындағы Д-800 коллекторы", 42.33, 69.64),
    ("ГКП «Қонаев Су Арнасы»", "«Қонаев Су Арнасы» МКК", "г. Конаева", "Қонаев қаласының", "Іле Картон",
     "Завод картона и гофрированной тары", "Картон және гофрленген ыдыс зауыты",
     "Алматинская область, г. Конаев, индустриальная зона, ул. Индустриальная, 3",
     "Алматы облысы, Қонаев қ., индустриялық аймақ, Индустриальная к., 3", "1910", "III",
     "коллектор Д-500 по ул. Индустриальной", "Индустриальная көшесі бойындағы Д-500 коллекторы", 43.87, 77.09),
)  # fmt: skip


def facility_hh2(doc: Doc) -> None:
    """A vodokanal's conditions of accepting a subscriber's waste water into the town sewer: the subscriber's card from the
    utility's register — the personal account, the contract's number, the subscriber's group by the composition of its
    waste water (a figure that is no category) beside the object's category under the Code, the BIN after the name and
    the KATO of the object — then the subscriber's outlets with the control wells' coordinates in a table of no role (VI:
    the first annex of a contract connecting a dyeing mill to an industrial park's treatment plant, the customer code,
    the industry code and the connection point in VN-2000 metres beside the enterprise number and the group)."""
    if doc.lang == "vi":
        _facility_hh2_vi(doc)
        return
    r = doc.rng
    g = _kz(doc)
    (v_ru, v_kk, t_ru, t_kk, op, o_ru, o_kk, a_ru, a_kk, prefix, cat, c_ru, c_kk, lat0, lon0) = doc.pick(KZ_SEWER)
    bin_, kato = make_bin(r), _kato(doc, prefix)
    year = r.randint(max(2016, 2001 + int(bin_[:2])), 2024)
    doc.h(g(f"{v_ru}. Условия приема сточных вод абонента в систему централизованного водоотведения {t_ru}",
            f"{v_kk}. Абоненттің сарқынды суларын {t_kk} орталықтандырылған су бұру жүйесіне қабылдау шарттары"))
    term = doc.pick((("3 года", "3 жылға"), ("5 лет", "5 жылға")))
    doc.p(g(f"Условия выданы на {term[0]} в соответствии с Правилами приема сточных вод в системы водоотведения "
            "населенных пунктов и являются неотъемлемой частью договора на водоотведение.",
            f"Шарттар {term[1]} Елді мекендердің су бұру жүйелеріне сарқынды суларды қабылдау қағидаларына сәйкес "
            "берілді және су бұруға арналған шарттың ажырамас бөлігі болып табылады."))
    group = r.choice((2, 3))
    acc = f"{r.randint(1, 9):02d}-{r.randint(1000, 9999)}-{r.randint(1, 9)}"
    rows = [g(["Реквизит", "Сведения"], ["Деректемесі", "Мәліметтер"]),
            [g("Лицевой счет абонента", "Абоненттің дербес шоты"), acc],
            [g("Договор на водоотведение", "Су бұруға арналған шарт"),
             g(f"№ {r.randint(100, 2900)}-П от {r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{year}",
               f"{year} ж. {r.randint(1, 28):02d}.{r.randint(1, 12):02d} № {r.randint(100, 2900)}-П")],
            [g("Абонент", "Абонент"), g(f"ТОО «{op}», БИН {bin_}", f"«{op}» ЖШС, БСН {bin_}")],
            [g("Объект водоотведения", "Су бұру объектісі"), g(o_ru, o_kk)],
            [g("Адрес объекта (код КАТО)", "Объектінің мекенжайы (ҚАТО коды)"), g(f"{a_ru} ({kato})", f"{a_kk} ({kato})")],
            [g("Категория объекта по Экологическому кодексу РК", "ҚР Экология кодексі бойынша объектінің санаты"), cat],
            [g("Группа абонента по составу сточных вод", "Сарқынды сулардың құрамы бойынша абонент тобы"),
             g(f"{group} – производственные сточные воды со специфическими загрязняющими веществами",
               f"{group} – құрамында ерекше ластаушы заттар бар өндірістік сарқынды сулар")],
            [g("Разрешенный объем водоотведения", "Рұқсат етілген су бұру көлемі"),
             g(f"{r.randint(120, 620)} м3/сут, {r.randint(8, 40)} м3/ч", f"тәулігіне {r.randint(120, 620)} м3, сағатына {r.randint(8, 40)} м3")],
            [g("Ответственный за водоотведение", "Су бұруға жауапты"),
             g(f"главный энергетик {doc.pick(('Байжанов Е.С.', 'Петренко А.Н.', 'Оспанов К.Т.'))}",
               f"бас энергетик {doc.pick(('Байжанов Е.С.', 'Петренко А.Н.', 'Оспанов Қ.Т.'))}")]]
    doc.table(g("1. Сведения об абоненте", "1. Абонент туралы мәліметтер"), rows, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": op, "kato": kato, "category": cat})
    outs = [g(["№ выпуска", "Контрольный колодец", "Координаты колодца (WGS-84)", "Диаметр, мм", "Место присоединения"],
              ["Шығарылым №", "Бақылау құдығы", "Құдықтың координаттары (WGS-84)", "Диаметрі, мм", "Қосылу орны"])]
    for k in range(1, r.choice((2, 3))):
        la, _ = _dms(lat0 + r.uniform(-0.01, 0.01))
        lo, _ = _dms(lon0 + r.uniform(-0.01, 0.01))
        outs.append([str(k), f"КК-{k}", g(f"{la} с.ш., {lo} в.д.", f"с.е. {la}, ш.б. {lo}"), doc.pick(("200", "250", "300")),
                     g(c_ru, c_kk)])
    doc.table(g("2. Выпуски абонента", "2. Абоненттің шығарылымдары"), outs, role="other")
    doc.p(g("Абонент обязан поддерживать контрольные колодцы в исправном состоянии и обеспечивать беспрепятственный доступ "
            "представителей водоканала для отбора проб.",
            "Абонент бақылау құдықтарын жарамды күйде ұстауға және сынама алу үшін су арнасы өкілдерінің кедергісіз кіруін "
            "қамтамасыз етуге міндетті."))


# (park operator, park, place, mill, company, group, industry with its VSIC code)
VI_PARKS = (
    ("Công ty Cổ phần Phát triển hạ tầng Khu công nghiệp Phố Nối B", "Khu công nghiệp dệt may Phố Nối",
     "xã Dị Sử, huyện Mỹ Hào, tỉnh Hưng Yên", "Nhà máy dệt nhuộm Hưng Phát", "Công ty TNHH Dệt nhuộm Hưng Phát", "II",
     "Hoàn thiện sản phẩm dệt (1313)"),
    ("Công ty TNHH Hạ tầng Khu công nghiệp Bảo Minh", "Khu công nghiệp Bảo Minh", "xã Liên Minh, huyện Vụ Bản, tỉnh Nam Định",
     "Nhà máy may mặc và giặt tẩy Bảo Minh", "Công ty TNHH May mặc Thiên Nam", "II", "Sản xuất hàng may sẵn (1410)"),
    ("Công ty Cổ phần Đầu tư Khu công nghiệp Đức Hòa III", "Khu công nghiệp Đức Hòa III", "xã Đức Lập Hạ, huyện Đức Hòa, tỉnh Long An",
     "Nhà máy thuộc da Đức Hòa", "Công ty TNHH Thuộc da Việt Đức", "I", "Thuộc, sơ chế da (1511)"),
)


def _facility_hh2_vi(doc: Doc) -> None:
    r = doc.rng
    operator, park, place, mill, company, group, vsic = doc.pick(VI_PARKS)
    msdn = make_msdn(r)
    doc.h("HỢP ĐỒNG DỊCH VỤ THU GOM, XỬ LÝ NƯỚC THẢI")
    doc.p(f"Số: {r.randint(12, 480)}/{r.randint(2022, 2024)}/HĐXLNT. Hợp đồng được ký giữa Bên A – {operator} (chủ đầu tư kinh doanh "
          f"hạ tầng {park}) và Bên B – {company} về việc đấu nối, thu gom và xử lý nước thải của Bên B tại trạm xử lý nước thải tập "
          "trung của khu công nghiệp.")
    doc.h("PHỤ LỤC 1. THÔNG TIN VỀ BÊN B VÀ ĐIỂM ĐẤU NỐI")
    x, y = 2_310_000 + r.randint(0, 40_000), 540_000 + r.randint(0, 40_000)
    rows = [["TT", "Nội dung", "Thông tin"],
            ["1", "Mã khách hàng", f"KH-{r.randint(100, 999)}/{doc.pick(('NT', 'XLNT'))}"],
            ["2", "Tên doanh nghiệp", company],
            ["3", "Mã số doanh nghiệp", msdn],
            ["4", "Tên cơ sở", mill],
            ["5", "Địa chỉ cơ sở", f"Lô {doc.pick(('A', 'B', 'C', 'D'))}{r.randint(1, 24)}, {park}, {place}"],
            ["6", "Ngành nghề sản xuất (mã ngành VSIC)", vsic],
            ["7", "Phân loại cơ sở theo tiêu chí về môi trường", f"Nhóm {group} (Nghị định số 08/2022/NĐ-CP)"],
            ["8", "Lưu lượng nước thải đăng ký", f"{r.randint(6, 30) * 25} m3/ngày.đêm"],
            ["9", "Điểm đấu nối", f"Hố ga HG-{r.randint(1, 30):02d} trên tuyến cống D{doc.pick(('400', '600', '800'))}; tọa độ VN-2000 "
                                  f"(KTT 105°30′, múi 3°): X = {num(x, 'vi')}; Y = {num(y, 'vi')}"]]
    doc.table("Bảng 1. Thông tin khách hàng", rows, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": mill, "category": group})
    doc.p("Bên B cam kết không xả nước thải chưa qua tiền xử lý, nước mưa chảy tràn vào hệ thống thu gom nước thải của Bên A.")
    _maybe(doc, 0.5)


# ---------------------------------------------------------------- emissions

# (number, RU source, KK source, RU equipment, KK equipment, (installed, at once), [(code, (g/s low, high) per unit)])
FELT_SOURCES = (
    ("0001", "Аспирационная система АС-1 участка трепания и чесания шерсти", "Жүн түту және тарау учаскесінің АЖ-1 аспирациялық жүйесі",
     "чесальные машины Ч-11-Ш", "Ч-11-Ш тарау машиналары", (6, 4), [("2920", (0.004, 0.018))]),
    ("0002", "Аспирационная система АС-2 иглопробивных машин валяльного цеха", "Басу цехы инемен тесу машиналарының АЖ-2 аспирациялық жүйесі",
     "иглопробивные машины ИМ-1800", "ИМ-1800 инемен тесу машиналары", (4, 3), [("2920", (0.003, 0.012))]),
    ("0003", "Вытяжная вентиляция красильного отделения", "Бояу бөлімшесінің сорып шығару желдеткіші",
     "красильные аппараты АКД-150", "АКД-150 бояу аппараттары", (5, 2), [("1555", (0.002, 0.009)), ("0303", (0.0005, 0.003))]),
    ("0004", "Вытяжная вентиляция участка карбонизации", "Карбондау учаскесінің сорып шығару желдеткіші",
     "ванны карбонизации", "карбондау ванналары", (3, 2), [("0322", (0.0004, 0.002))]),
    ("0005", "Вытяжка линии латексирования ковров", "Кілемдерді латекстеу желісінің сорғышы",
     "сушильно-латексирующие камеры", "кептіру-латекстеу камералары", (2, 1), [("0620", (0.0008, 0.004)), ("0303", (0.002, 0.008))]),
    ("0006", "Дымовая труба котельной", "Қазандықтың түтін мұржасы",
     "котлы водогрейные КВ-Г-1,0 (природный газ)", "КВ-Г-1,0 су жылыту қазандықтары (табиғи газ)", (3, 2),
     [("0301", (0.02, 0.06)), ("0304", (0.003, 0.01)), ("0337", (0.04, 0.12))]),
)  # fmt: skip


def emissions_hh1(doc: Doc) -> None:
    """An НДВ project of a felt and carpet factory whose sources each serve several machines: the machines connected to
    the source, how many are installed and how many run at once under a merged header, the emission of one machine in
    g/s and t/year, then the source's emission — the grams for the machines running at once, the tonnes for all that are
    installed — under another merged header; wool dust with only an ОБУВ written `ОБУВ` in the class column (VI: a
    textile mill's dust and boiler sources with the machines connected and those running at the same time, no numbers
    and no class)."""
    if doc.lang == "vi":
        _emissions_hh1_vi(doc)
        return
    r = doc.rng
    g = _kz(doc)
    op = doc.pick(("Түркістан Текемет", "Оңтүстік Киіз", "Сайрам Кілем"))
    doc.h(g(f"Проект нормативов допустимых выбросов. Войлочно-ковровая фабрика ТОО «{op}» (Туркестанская область)",
            f"Жол берілетін шығарындылар нормативтерінің жобасы. «{op}» ЖШС киіз-кілем фабрикасы (Түркістан облысы)"))
    doc.p(g("Источники выбросов фабрики объединяют однотипное оборудование, подключенное к одной аспирационной или вытяжной "
            "системе. Максимальный разовый выброс источника определен для числа единиц оборудования, работающих "
            "одновременно, валовый выброс – для всего установленного оборудования с учетом годового фонда его работы.",
            "Фабриканың шығарынды көздері бір аспирациялық немесе сорып шығару жүйесіне қосылған бір типті жабдықты біріктіреді. "
            "Көздің ең жоғары бір реттік шығарындысы бір мезгілде жұмыс істейтін жабдық бірліктерінің саны үшін, жалпы "
            "шығарынды – оның жұмыс істеу жылдық қорын ескере отырып, орнатылған барлық жабдық үшін айқындалды."))
    head0 = g(["№ ИЗА", "Источник выброса", "Подключенное оборудование", "Количество единиц", None, "Код ЗВ", "Наименование ЗВ",
               "Класс опасности", "Выброс от единицы оборудования", None, "Выброс источника", None],
              ["ЛШК №", "Шығарынды көзі", "Қосылған жабдық", "Бірліктер саны", None, "ЛЗ коды", "ЛЗ атауы", "Қауіптілік сыныбы",
               "Жабдық бірлігінен шығарынды", None, "Көзден шығарынды", None])
    head1 = g([None, None, None, "установлено", "работает одновременно", None, None, None, "г/с", "т/год", "г/с", "т/год"],
              [None, None, None, "орнатылған", "бір мезгілде жұмыс істейді", None, None, None, "г/с", "т/жыл", "г/с", "т/жыл"])
    rows = [head0, head1]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 5, 6, 7)] + [(0, 3, 0, 4), (0, 8, 0, 9), (0, 10, 0, 11)]
    picked = [s for s in FELT_SOURCES if s[0] in ("0001", "0003", "0006") or r.random() < 0.75]
    all_g, all_t = [], []
    for number, s_ru, s_kk, e_ru, e_kk, (n, at_once), subs in picked:
        hours = r.choice((2000, 3900, 4000, 5800))
        start = len(rows)
        for j, (c, (lo, hi)) in enumerate(subs):
            gs1 = rate(r, lo, hi, 3)
            ty1 = _sig(gs1 * 3600 * hours / 1e6, 3)
            gs, ty = _mul(gs1, at_once), _mul(ty1, n)
            hz = _hazard(c)
            lead = [number, g(s_ru, s_kk), g(e_ru, e_kk), str(n), str(at_once)] if j == 0 else [None] * 5
            rows.append([*lead, c, _air(doc, c), str(hz) if hz else g("ОБУВ", "ШҚӘД"), num(gs1, doc.lang), num(ty1, doc.lang),
                         num(gs, doc.lang), num(ty, doc.lang)])
            doc.add("emissions", emission(c, gs, ty, number, hz))
            all_g.append(gs)
            all_t.append(ty)
        if len(subs) > 1:
            merges += [(start, col, len(rows) - 1, col) for col in range(5)]
    rows.append([g("Всего по предприятию", "Кәсіпорын бойынша барлығы"), None, None, None, None, None, None, None, "", "",
                 total(doc, all_g), total(doc, all_t)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 7))
    doc.table(g("Таблица 3.2 – Выбросы загрязняющих веществ от источников с несколькими единицами оборудования",
                "3.2-кесте – Бірнеше жабдық бірлігі бар көздерден ластаушы заттардың шығарындылары"), rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": "organized"} for s in picked))
    doc.p(g("ОБУВ – ориентировочный безопасный уровень воздействия; для пыли меховой класс опасности не установлен.",
            "ШҚӘД – шамамен қауіпсіз әсер ету деңгейі; жүн шаңы үшін қауіптілік сыныбы белгіленбеген."))
    _maybe(doc)


# (VI source, equipment, (installed, at once), [(code, VI label, (g/s per unit))])
VI_TEXTILE_SOURCES = (
    ("Ống thải hệ thống hút bụi xưởng cắt", "Máy cắt vải tự động", (8, 6), [("2902", "Bụi tổng", (0.002, 0.009))]),
    ("Ống thải hệ thống hút bụi xưởng kéo sợi (công đoạn chải)", "Máy chải thô", (12, 10), [("2902", "Bụi tổng", (0.003, 0.012))]),
    ("Ống thải khu vực máy văng định hình", "Máy văng sấy định hình (stenter)", (4, 3),
     [("1325", "Formaldehyt", (0.0005, 0.003)), ("2902", "Bụi tổng", (0.001, 0.005))]),
    ("Ống khói lò hơi đốt sinh khối (viên nén mùn cưa)", "Lò hơi tầng sôi 10 tấn hơi/giờ", (2, 2),
     [("2902", "Bụi tổng", (0.15, 0.6)), ("0330", "SO2", (0.05, 0.2)), ("0301", "NO2", (0.3, 0.9)), ("0337", "CO", (0.4, 1.2))]),
)


def _emissions_hh1_vi(doc: Doc) -> None:
    r = doc.rng
    plant = doc.pick(("Nhà máy sợi, dệt nhuộm Phố Nối B, tỉnh Hưng Yên", "Nhà máy dệt nhuộm Hòa Xá, tỉnh Nam Định",
                      "Nhà máy dệt may Đức Hòa, tỉnh Long An"))
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – {plant.upper()}")
    doc.h("3.2. Công trình, biện pháp thu gom, xử lý bụi, khí thải")
    doc.p("Mỗi ống thải của nhà máy thu gom khí thải từ nhiều thiết bị cùng loại. Tải lượng tối đa (g/s) của ống thải được tính cho số "
          "thiết bị hoạt động đồng thời; tải lượng năm (tấn/năm) được tính cho toàn bộ thiết bị lắp đặt theo thời gian vận hành thực tế.")
    rows = [["TT", "Nguồn thải", "Thiết bị đấu nối", "Số lượng thiết bị", None, "Thông số", "Tải lượng của 01 thiết bị", None,
             "Tải lượng của nguồn thải", None],
            [None, None, None, "Lắp đặt", "Hoạt động đồng thời", None, "g/s", "tấn/năm", "g/s", "tấn/năm"]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 5)] + [(0, 3, 0, 4), (0, 6, 0, 7), (0, 8, 0, 9)]
    for k, (name, equip, (n, at_once), subs) in enumerate(VI_TEXTILE_SOURCES, 1):
        hours = r.choice((6000, 6600, 7200))
        start = len(rows)
        for j, (c, label, (lo, hi)) in enumerate(subs):
            gs1 = rate(r, lo, hi, 3)
            ty1 = _sig(gs1 * 3600 * hours / 1e6, 3)
            gs, ty = _mul(gs1, at_once), _mul(ty1, n)
            lead = [str(k), name, equip, str(n), str(at_once)] if j == 0 else [None] * 5
            rows.append([*lead, label, num(gs1, "vi"), num(ty1, "vi"), num(gs, "vi"), num(ty, "vi")])
            doc.add("emissions", emission(c, gs, ty))
        if len(subs) > 1:
            merges += [(start, col, len(rows) - 1, col) for col in range(5)]
    doc.table("Bảng 3.4. Tải lượng bụi, khí thải của các nguồn thải có nhiều thiết bị đấu nối", rows, merges, role="emissions")
    doc.p("Ghi chú: tải lượng năm của nguồn thải = tải lượng năm của 01 thiết bị × số thiết bị lắp đặt.")
    _maybe(doc)


def _m_conc(doc: Doc, c_mg: float, v: float) -> tuple[str, float]:
    """`M = C·V·10⁻³ = 118·1,27·10⁻³ = 0,150` and the grams a second."""
    m = _sig(c_mg * v / 1000, 3)
    return f"M = C·V·10⁻³ = {num(c_mg, doc.lang)}·{num(v, doc.lang)}·10⁻³ = {num(m, doc.lang)}", m


def _m_units(doc: Doc, q: float, n: int) -> tuple[str, float]:
    """`M = q·n = 0,021·3 = 0,063`."""
    m = _mul(q, n)
    return f"M = q·n = {num(q, doc.lang)}·{n} = {num(m, doc.lang)}", m


def _m_ink(doc: Doc, kg_h: float, share: float) -> tuple[str, float]:
    """`M = m·w·10³/3600 = 4,2·0,35·10³/3600 = 0,408`."""
    m = _sig(kg_h * share * 1000 / 3600, 3)
    return f"M = m·w·10³/3600 = {num(kg_h, doc.lang)}·{num(share, doc.lang)}·10³/3600 = {num(m, doc.lang)}", m


def _g_year(doc: Doc, m: float, hours: int) -> tuple[str, float]:
    """`G = M·3600·T·10⁻⁶ = 0,0149·3600·4 000·10⁻⁶ = 0,2146`."""
    t = _sig(m * 3600 * hours / 1e6, 4)
    return f"G = M·3600·T·10⁻⁶ = {num(m, doc.lang)}·3600·{num(hours, doc.lang)}·10⁻⁶ = {num(t, doc.lang)}", t


def emissions_hh2(doc: Doc) -> None:
    """A corrugated-packaging plant's НДВ where the consultancy pasted its calculations into the table: the cells of the
    maximum one-time emission and of the gross emission each hold the formula, the figures put into it and the result
    after the last `=` (`G = M·3600·T·10⁻⁶ = 0,0149·3600·4 000·10⁻⁶ = 0,2146`), some grams as bare figures, the hours
    in a column of their own, the hazard class (VI: a packaging printing works' ĐTM, `E = … = … kg/năm`, kilograms a year
    for the tonnes)."""
    if doc.lang == "vi":
        _emissions_hh2_vi(doc)
        return
    r = doc.rng
    g = _kz(doc)
    doc.h(g("Проект нормативов допустимых выбросов. Завод картона и гофрированной тары ТОО «Іле Картон» (Алматинская область, "
            "г. Конаев). Раздел 3. Расчет выбросов",
            "Жол берілетін шығарындылар нормативтерінің жобасы. «Іле Картон» ЖШС картон және гофрленген ыдыс зауыты (Алматы облысы, "
            "Қонаев қ.). 3-бөлім. Шығарындыларды есептеу"))
    doc.p(g("Обозначения: C – концентрация по данным инструментальных замеров, мг/м3; V – объем газовоздушной смеси, м3/с; q – "
            "удельный выброс единицы оборудования, г/с; n – число единиц; m – расход краски, кг/ч; w – доля летучего компонента; "
            "T – время работы источника, ч/год.",
            "Белгілеулер: C – аспаптық өлшеу деректері бойынша концентрация, мг/м3; V – газ-ауа қоспасының көлемі, м3/с; q – жабдық "
            "бірлігінің үлестік шығарындысы, г/с; n – бірліктер саны; m – бояу шығыны, кг/сағ; w – ұшпа компоненттің үлесі; T – "
            "көздің жұмыс уақыты, сағ/жыл."))
    rows = [g(["№ ИЗА", "Источник", "Код ЗВ", "Загрязняющее вещество", "Класс опасности", "T, ч/год", "Максимальный разовый выброс M, г/с",
               "Валовый выброс G, т/год"],
              ["ЛШК №", "Көз", "ЛЗ коды", "Ластаушы зат", "Қауіптілік сыныбы", "T, сағ/жыл", "Ең жоғары бір реттік шығарынды M, г/с",
               "Жалпы шығарынды G, т/жыл"])]
    merges = []
    sources = [
        ("0001", g("Дымовая труба паровой котельной (2 котла Е-1,0-0,9Г, природный газ)",
                   "Бу қазандығының түтін мұржасы (2 қазан Е-1,0-0,9Г, табиғи газ)"), r.choice((5800, 6000, 6500)),
         [("0301", "conc", (60, 140)), ("0304", "conc", (9, 22)), ("0337", "conc", (40, 120))]),
        ("0002", g("Вытяжка клееварочного узла гофроагрегата", "Гофроагрегаттың желім қайнату торабының сорғышы"), r.choice((3900, 4000)),
         [("2966", "units", (0.004, 0.012))]),
        ("0003", g("Вытяжка флексографских печатных машин (3 шт.)", "Флексографиялық баспа машиналарының сорғышы (3 дана)"),
         r.choice((3900, 4000)), [("1061", "ink", (0.3, 0.45)), ("1240", "ink", (0.08, 0.15)), ("1051", "ink", (0.05, 0.1))]),
        ("0004", g("Аспирация участка резки и высечки (циклон)", "Кесу және ою учаскесінің аспирациясы (циклон)"),
         r.choice((3900, 4000)), [("2902", "units", (0.006, 0.02))]),
    ]
    all_g, all_t = [], []
    for number, name, hours, subs in sources:
        start = len(rows)
        v = round(r.uniform(0.9, 2.4), 2)
        n = r.randint(2, 4)
        kg_h = round(r.uniform(3.5, 9.0), 1)
        for j, (c, how, (lo, hi)) in enumerate(subs):
            if how == "conc":
                text, m = _m_conc(doc, float(r.randint(int(lo), int(hi))), v)
            elif how == "units":
                text, m = _m_units(doc, rate(r, lo, hi, 2), n)
            else:
                text, m = _m_ink(doc, kg_h, round(r.uniform(lo, hi), 2))
            if r.random() < 0.3:
                text = num(m, doc.lang)
            gtext, t = _g_year(doc, m, hours)
            hz = _hazard(c)
            rows.append([number if j == 0 else None, name if j == 0 else None, c, _air(doc, c), str(hz) if hz else "–",
                         num(hours, doc.lang), text, gtext])
            doc.add("emissions", emission(c, m, t, number, hz))
            all_g.append(m)
            all_t.append(t)
        if len(subs) > 1:
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    rows.append([g("Итого по заводу", "Зауыт бойынша барлығы"), None, None, None, None, "", total(doc, all_g), total(doc, all_t)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
    doc.table(g("Таблица 3.1 – Расчет максимальных разовых и валовых выбросов", "3.1-кесте – Ең жоғары бір реттік және жалпы "
                "шығарындыларды есептеу"), rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": "organized"} for s in sources))
    doc.p(g("Доли летучих компонентов приняты по паспортам безопасности водно-спиртовых флексографских красок.",
            "Ұшпа компоненттердің үлестері су-спирттік флексографиялық бояулардың қауіпсіздік паспорттары бойынша қабылданды."))
    _maybe(doc)


def _emissions_hh2_vi(doc: Doc) -> None:
    r = doc.rng
    site = doc.pick(("Nhà máy in và sản xuất bao bì Quế Võ, tỉnh Bắc Ninh", "Nhà máy bao bì in ống đồng Yên Phong, tỉnh Bắc Ninh",
                     "Nhà máy in bao bì mềm Phú Thọ Xanh, tỉnh Phú Thọ"))
    doc.h(f"BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG – {site.upper()}")
    doc.h("3.2.1.2. Tính toán tải lượng khí thải")
    doc.p("Ký hiệu: m – lượng mực, dung môi sử dụng (kg/h); w – tỷ lệ dung môi bay hơi; B – lượng nhiên liệu (kg/h); EF – hệ số phát "
          "thải (kg/tấn nhiên liệu); T – thời gian hoạt động (giờ/năm).")
    rows = [["TT", "Nguồn thải", "Thông số", "Tải lượng tối đa E (g/s)", "Tải lượng năm (kg/năm)"]]
    merges = []
    k = 0
    lines = [("Ống thải máy in ống đồng 8 màu (sau hệ thống hấp phụ than hoạt tính)", [("0621", "Toluen", (0.15, 0.3)), ("0616", "Xylen", (0.05, 0.12))]),
             ("Ống thải máy ghép màng (dung môi keo)", [("0621", "Toluen", (0.05, 0.1))])]
    for name, subs in lines:
        k += 1
        hours = r.choice((5000, 6000, 6600))
        m = round(r.uniform(2.5, 6.5), 1)
        start = len(rows)
        for j, (c, label, (lo, hi)) in enumerate(subs):
            w = round(r.uniform(lo, hi), 2)
            e = _sig(m * w * 1000 / 3600 * 0.1, 3)
            kg = _sig(e * 3600 * hours / 1000, 4)
            rows.append([str(k) if j == 0 else None, name if j == 0 else None, label,
                         f"E = m·w·10³/3.600·(1 – 0,9) = {num(m, 'vi')}·{num(w, 'vi')}·10³/3.600·0,1 = {num(e, 'vi')}",
                         f"= {num(e, 'vi')}·3.600·{num(hours, 'vi')}/10³ = {num(kg, 'vi')}"])
            doc.add("emissions", emission(c, e, _sig(kg / 1000, 6)))
        if len(subs) > 1:
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    k += 1
    b = round(r.uniform(180, 420), 0)
    hours = r.choice((6000, 6600))
    start = len(rows)
    for j, (c, label, ef) in enumerate((("2902", "Bụi tổng", 0.5), ("0330", "SO2", 0.2), ("0301", "NO2", 2.5), ("0337", "CO", 1.1))):
        e = _sig(b * ef / 3600, 3)
        kg = _sig(e * 3600 * hours / 1000, 4)
        rows.append([str(k) if j == 0 else None, "Ống khói lò hơi đốt viên nén sinh khối (sau xyclon và lọc bụi túi)" if j == 0 else None,
                     label, f"E = B·EF/3.600 = {num(b, 'vi')}·{num(ef, 'vi')}/3.600 = {num(e, 'vi')}",
                     f"= {num(e, 'vi')}·3.600·{num(hours, 'vi')}/10³ = {num(kg, 'vi')}"])
        doc.add("emissions", emission(c, e, _sig(kg / 1000, 6)))
    merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table("Bảng 3.12. Kết quả tính toán tải lượng khí thải", rows, merges, role="emissions")
    doc.p("Hiệu suất hấp phụ của tháp than hoạt tính lấy bằng 90%; hệ số phát thải lò hơi theo WHO (1993) đã tính hiệu suất xử lý bụi.")
    _maybe(doc)


# ---------------------------------------------------------------- wastes

# (code, RU, KK, (low, high) t/year, share passed on)
TANNERY_WASTES = (
    ("04 01 01", "Мездра и обрезь голья", "Мездра және жалаңаш тері қиындылары", (180, 420), 1.0),
    ("04 01 08", "Хромовая стружка и обрезь полуфабриката «вет-блю»", "«Вет-блю» жартылай фабрикатының хромды жоңқасы мен қиындылары",
     (60, 160), 1.0),
    ("04 01 06", "Осадок локальной установки осаждения хрома", "Хромды тұндыру жергілікті қондырғысының тұнбасы", (20, 70), 0.8),
    ("04 01 09", "Отходы отделки (шлифовальная пыль, обрезь кожи)", "Әрлеу қалдықтары (ажарлау шаңы, былғары қиындылары)", (8, 25), 1.0),
    ("15 01 10*", "Тара из-под химических реагентов (дубители, красители)", "Химиялық реагенттердің ыдысы (илегіштер, бояғыштар)",
     (1.5, 6), 0.75),
    ("08 01 11*", "Отходы покрывных красок и лаков, содержащих растворители", "Құрамында еріткіштер бар жабын бояулары мен лактарының "
     "қалдықтары", (0.4, 2), 0.5),
    ("20 01 21*", "Отработанные ртутьсодержащие лампы", "Пайдаланылған құрамында сынабы бар шамдар", (0.02, 0.1), 0.0),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (6, 18), 1.0),
)  # fmt: skip
QUARTERS = (("I квартал", "I тоқсан"), ("II квартал", "II тоқсан"), ("III квартал", "III тоқсан"), ("IV квартал", "IV тоқсан"))


def _split(doc: Doc, whole: Decimal, parts: int = 4) -> list[Decimal]:
    """`whole` in `parts` uneven pieces to three decimals that add up exactly."""
    shares = [doc.rng.uniform(0.7, 1.3) for _ in range(parts)]
    out = [Decimal(repr(round(float(whole) * s / sum(shares), 3))) for s in shares[:-1]]
    return out + [whole - sum(out)]


def wastes_hh1(doc: Doc) -> None:
    """A tannery's report on the inventory of wastes for the year: each waste opens with a row spanning the table that
    gives the code, the name and whether it is hazardous, then four quarter rows and a row for the year, each with what
    was formed, passed on and held at the end of the period — the year's row carrying the amount (VI: a dyeing mill's
    hazardous wastes listed with the code of the national list beside the European (EC) code and the Basel codes, both
    written like it)."""
    if doc.lang == "vi":
        _wastes_hh1_vi(doc)
        return
    r = doc.rng
    g = _kz(doc)
    doc.h(g("Отчет по инвентаризации отходов производства и потребления за 2025 год. ТОО «Тараз Былғары» (кожевенный завод)",
            "«Тараз Былғары» ЖШС (былғары зауыты). 2025 жылғы өндіріс және тұтыну қалдықтарын түгендеу жөніндегі есеп"))
    doc.p(g("Учет ведется по журналу движения отходов; передача осуществляется по договорам со специализированными организациями. "
            "Обрезь голья и мездра направляются на производство клея и кормовой муки.",
            "Есеп қалдықтар қозғалысы журналы бойынша жүргізіледі; беру мамандандырылған ұйымдармен шарттар бойынша жүзеге "
            "асырылады. Жалаңаш тері қиындылары мен мездра желім және жем ұнын өндіруге жіберіледі."))
    rows = [g(["№", "Отход / период", "Образовано, т", "Передано сторонним организациям, т", "Накоплено на конец периода, т"],
              ["№", "Қалдық / кезең", "Түзілді, т", "Бөгде ұйымдарға берілді, т", "Кезең соңында жинақталды, т"])]
    merges = []
    picked = [w for w in TANNERY_WASTES if w[0] in ("04 01 08", "15 01 10*", "20 03 01") or r.random() < 0.7]
    for k, (code, n_ru, n_kk, (lo, hi), share) in enumerate(picked, 1):
        name = g(n_ru, n_kk)
        haz = code.endswith("*")
        level = g("опасный", "қауіпті") if haz else g("неопасный", "қауіпті емес")
        rows.append([str(k), f"{code} – {name} ({level})", None, None, None])
        merges.append((len(rows) - 1, 1, len(rows) - 1, 4))
        year = Decimal(repr(round(r.uniform(lo, hi), 3 if hi < 1 else 2)))
        stock = Decimal("0")
        passed_all = Decimal("0")
        for (q_ru, q_kk), part in zip(QUARTERS, _split(doc, year), strict=True):
            passed = (part * Decimal(repr(share))).quantize(Decimal("0.001")) if share < 1 else part
            stock += part - passed
            passed_all += passed
            rows.append(["", g(f"{q_ru} 2025 г.", f"2025 ж. {q_kk}"), num(float(part), doc.lang), num(float(passed), doc.lang),
                         num(float(stock), doc.lang)])
        rows.append(["", g("Итого за 2025 год", "2025 жыл бойынша барлығы"), num(float(year), doc.lang), num(float(passed_all), doc.lang),
                     num(float(stock), doc.lang)])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": haz, "amount_t": float(year), "name_contains": _words(name, 3)})
    doc.table(g("Таблица 2 – Образование и передача отходов по кварталам", "2-кесте – Қалдықтардың тоқсан бойынша түзілуі және берілуі"),
              rows, merges, role="wastes")
    doc.p(g("Отходы отделки и хромовая стружка передаются на переработку в кожкартон; осадок хромсодержащий – на полигон "
            "промышленных отходов по договору.",
            "Әрлеу қалдықтары мен хромды жоңқа тері картонына өңдеуге беріледі; құрамында хромы бар тұнба – шарт бойынша өнеркәсіптік "
            "қалдықтар полигонына."))
    _maybe(doc)


# (CTNH code, name, state, EC code, Basel codes, (low, high) kg)
VN_DYE_CTNH = (
    ("10 02 03", "Bùn thải có các thành phần nguy hại từ quá trình xử lý nước thải dệt nhuộm", "Bùn", "04 02 19", "A4070 / Y12", (18000, 60000)),
    ("10 02 02", "Thuốc nhuộm và chất màu thải có chứa các thành phần nguy hại", "Rắn", "04 02 16", "A4070 / Y12", (150, 900)),
    ("18 01 02", "Bao bì cứng thải bằng kim loại (thùng đựng hóa chất nhuộm)", "Rắn", "15 01 10", "A4130", (300, 1500)),
    ("18 01 03", "Bao bì cứng thải bằng nhựa (can đựng chất trợ nhuộm)", "Rắn", "15 01 10", "A4130", (800, 3500)),
    ("18 02 01", "Giẻ lau, găng tay dính dầu, hóa chất thải", "Rắn", "15 02 02", "–", (200, 900)),
    ("17 02 03", "Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "Lỏng", "13 02 06", "A3020 / Y8", (150, 600)),
    ("16 01 06", "Bóng đèn huỳnh quang và các loại thủy tinh hoạt tính thải", "Rắn", "20 01 21", "A1030 / Y29", (30, 120)),
)  # fmt: skip


def _wastes_hh1_vi(doc: Doc) -> None:
    r = doc.rng
    plant = doc.pick(("Nhà máy dệt nhuộm Hòa Xá", "Nhà máy dệt nhuộm Hưng Phát", "Nhà máy sợi, dệt nhuộm Phố Nối B"))
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2024 – {plant.upper()}")
    doc.h("2.3. Kết quả quản lý chất thải nguy hại")
    doc.p("Danh mục chất thải nguy hại phát sinh được lập theo Phụ lục III Thông tư số 02/2022/TT-BTNMT; các cột mã EC và mã Basel được "
          "ghi để đối chiếu theo yêu cầu của khách hàng nhập khẩu.")
    rows = [["TT", "Tên chất thải", "Trạng thái tồn tại", "Mã CTNH", "Mã EC", "Mã Basel (A/Y)", "Khối lượng (kg)", "Tổ chức tiếp nhận"]]
    receiver = doc.pick(("Công ty Cổ phần Môi trường Thuận Thành", "Công ty TNHH Môi trường Xanh Hưng Yên", "Công ty Cổ phần Công nghệ Môi trường Nam Sơn"))
    picked = [w for w in VN_DYE_CTNH if w[0] in ("10 02 03", "18 02 01") or r.random() < 0.75]
    for k, (code, name, state, ec, basel, (lo, hi)) in enumerate(picked, 1):
        kg = r.randint(lo // 10, hi // 10) * 10
        rows.append([str(k), name, state, code, ec, basel, num(kg, "vi"), receiver])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": _words(name, 6)})
    doc.table("Bảng 2.5. Khối lượng chất thải nguy hại phát sinh và chuyển giao năm 2024", rows, role="wastes")
    doc.p("Ghi chú: Mã EC – mã theo Danh mục chất thải của Liên minh châu Âu; Mã Basel – mã theo Phụ lục VIII và Phụ lục I Công ước Basel.")
    _maybe(doc)


# (code, RU group, KK group, [(RU variety, KK variety, RU place, KK place, (low, high) t/year)], RU handling, KK handling)
FELT_WASTES = (
    ("04 02 21", "Отходы необработанных текстильных волокон", "Өңделмеген тоқыма талшықтарының қалдықтары",
     [("репей и растительные примеси шерсти", "жүннің жабысқақ тікені мен өсімдік қоспалары", "трепальный участок", "түту учаскесі", (6, 20)),
      ("короткое волокно и пух (угары чесания)", "қысқа талшық пен мамық (тарау қалдықтары)", "чесальный участок", "тарау учаскесі", (4, 14))],
     "передача на производство утеплителя", "жылытқыш өндірісіне беру"),
    ("04 02 22", "Отходы переработанных текстильных волокон", "Өңделген тоқыма талшықтарының қалдықтары",
     [("обрезь войлока", "киіз қиындылары", "валяльный цех", "басу цехы", (8, 25)),
      ("кромка и обрезь ковров", "кілем жиектері мен қиындылары", "ковровый цех", "кілем цехы", (5, 16)),
      ("концы пряжи", "иірілген жіп ұштары", "прядильный участок", "иіру учаскесі", (1, 4))],
     "передача на переработку", "қайта өңдеуге беру"),
    ("04 02 10", "Органические вещества природного происхождения (жир, воск)", "Табиғи текті органикалық заттар (май, балауыз)",
     [("жиромасса жироуловителей моечной линии", "жуу желісі май ұстағыштарының май массасы", "моечная линия", "жуу желісі", (10, 35)),
      ("осадок центрифуг регенерации моющего раствора", "жуғыш ерітіндіні қалпына келтіру центрифугаларының тұнбасы", "моечная линия",
       "жуу желісі", (4, 12))],
     "передача на производство технического ланолина", "техникалық ланолин өндірісіне беру"),
    ("15 01 01", "Бумажная и картонная упаковка", "Қағаз және картон орамасы",
     [("картонные шпули и гильзы", "картон шпульдер мен гильзалар", "прядильный участок", "иіру учаскесі", (0.8, 3)),
      ("упаковочная бумага", "орау қағазы", "склад готовой продукции", "дайын өнім қоймасы", (0.5, 2))],
     "передача на переработку", "қайта өңдеуге беру"),
    ("15 02 02*", "Абсорбенты, обтирочные материалы, загрязненные опасными веществами", "Қауіпті заттармен ластанған абсорбенттер, сүрту материалдары",
     [("ветошь промасленная", "майланған шүберек", "ремонтно-механический участок", "жөндеу-механикалық учаскесі", (0.2, 0.8)),
      ("отработанный сорбент маслоуловителя", "май ұстағыштың пайдаланылған сорбенті", "котельная", "қазандық", (0.05, 0.3))],
     "передача лицензированной организации", "лицензияланған ұйымға беру"),
    ("20 01 21*", "Люминесцентные лампы и другие ртутьсодержащие отходы", "Люминесцентті шамдар және құрамында сынабы бар басқа қалдықтар",
     [("лампы люминесцентные ЛБ-40", "ЛБ-40 люминесцентті шамдары", "производственные цеха", "өндірістік цехтар", (0.02, 0.08)),
      ("лампы ДРЛ-250", "ДРЛ-250 шамдары", "освещение территории", "аумақты жарықтандыру", (0.005, 0.03))],
     "демеркуризация по договору", "шарт бойынша демеркуризациялау"),
)  # fmt: skip


def wastes_hh2(doc: Doc) -> None:
    """A felt and carpet factory's waste-management section where the classifier's code stands only on a row naming the
    kind of waste `…, в том числе:`, and the varieties of that kind, each with its place of formation and its amount,
    stand on the rows under it with an empty code cell — every variety a waste of its kind's code; the handling merged
    down over the varieties, no amount on the kind's row (VI: a garment factory's hazardous wastes with the CTNH code on
    the group row only, kilograms)."""
    if doc.lang == "vi":
        _wastes_hh2_vi(doc)
        return
    r = doc.rng
    g = _kz(doc)
    doc.h(g("Программа производственного экологического контроля. Войлочно-ковровая фабрика ТОО «Түркістан Текемет». "
            "Раздел 5. Обращение с отходами",
            "«Түркістан Текемет» ЖШС киіз-кілем фабрикасы. Өндірістік экологиялық бақылау бағдарламасы. 5-бөлім. Қалдықтармен "
            "жұмыс істеу"))
    doc.p(g("Отходы сгруппированы по кодам Классификатора отходов; для каждого вида приведены разновидности, учитываемые "
            "раздельно в журнале учета.",
            "Қалдықтар Қалдықтар сыныптауышының кодтары бойынша топтастырылды; әр түр үшін есепке алу журналында бөлек ескерілетін "
            "түрлері келтірілген."))
    rows = [g(["№", "Наименование отхода", "Код", "Место образования", "Образование, т/год", "Способ обращения"],
              ["№", "Қалдықтың атауы", "Коды", "Түзілу орны", "Түзілуі, т/жыл", "Жұмыс істеу тәсілі"])]
    merges = []
    picked = [w for w in FELT_WASTES if w[0] in ("04 02 22", "15 02 02*") or r.random() < 0.75]
    for k, (code, gr_ru, gr_kk, items, h_ru, h_kk) in enumerate(picked, 1):
        rows.append([str(k), g(f"{gr_ru}, в том числе:", f"{gr_kk}, оның ішінде:"), code, "", "", ""])
        start = len(rows)
        for j, (v_ru, v_kk, p_ru, p_kk, (lo, hi)) in enumerate(items, 1):
            t = rate(r, lo, hi, 3)
            name = g(v_ru, v_kk)
            rows.append([f"{k}.{j}", name, "", g(p_ru, p_kk), num(t, doc.lang), g(h_ru, h_kk) if j == 1 else None])
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": name})
        merges.append((start, 5, len(rows) - 1, 5))
    doc.table(g("Таблица 5.1 – Виды и объемы образования отходов", "5.1-кесте – Қалдықтардың түрлері және түзілу көлемдері"), rows, merges,
              role="wastes")
    doc.p(g("Код, указанный в строке вида отхода, относится ко всем его разновидностям.",
            "Қалдық түрінің жолында көрсетілген код оның барлық түрлеріне қатысты."))
    _maybe(doc)


# (CTNH code, group name, [(variety, (low, high) kg)])
VN_GARMENT_CTNH = (
    ("18 02 01", "Chất hấp thụ, vật liệu lọc, giẻ lau, vải bảo vệ thải bị nhiễm các thành phần nguy hại",
     [("Giẻ lau dính dầu máy may", (120, 480)), ("Găng tay, khẩu trang dính hóa chất tẩy vết bẩn", (40, 160))]),
    ("17 02 03", "Dầu động cơ, hộp số và bôi trơn tổng hợp thải",
     [("Dầu máy may thải", (80, 360)), ("Dầu thủy lực máy ép, máy cắt thải", (40, 150))]),
    ("18 01 03", "Bao bì cứng thải bằng nhựa",
     [("Can nhựa đựng dầu máy may", (30, 140)), ("Chai nhựa đựng hóa chất tẩy vết bẩn", (20, 90))]),
    ("16 01 06", "Bóng đèn huỳnh quang và các loại thủy tinh hoạt tính thải",
     [("Bóng đèn tuýp huỳnh quang T8 (chiếu sáng xưởng may)", (25, 110)), ("Bóng đèn compact", (5, 25))]),
    ("08 02 04", "Hộp mực in thải có các thành phần nguy hại",
     [("Hộp mực máy in văn phòng", (5, 20)), ("Hộp mực máy in tem nhãn, mã vạch", (8, 30))]),
)


def _wastes_hh2_vi(doc: Doc) -> None:
    r = doc.rng
    plant = doc.pick(("Nhà máy may mặc và giặt tẩy Bảo Minh", "Nhà máy may xuất khẩu Đức Hòa", "Nhà máy may Hưng Yên 2"))
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2024 – {plant.upper()}")
    doc.p("Bảng dưới đây liệt kê chất thải nguy hại theo nhóm mã CTNH; các loại chất thải trong cùng một nhóm được theo dõi riêng trong sổ "
          "giao nhận và có chung mã của nhóm.")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Khối lượng phát sinh (kg/năm)", "Đơn vị tiếp nhận"]]
    merges = []
    receiver = doc.pick(("Công ty TNHH Môi trường Sao Việt", "Công ty Cổ phần Môi trường Việt Thảo", "Công ty TNHH Xử lý chất thải Đồng Xanh"))
    for k, (code, group, items) in enumerate(VN_GARMENT_CTNH, 1):
        rows.append([str(k), f"{group}, gồm:", code, "", receiver])
        start = len(rows) - 1
        for j, (name, (lo, hi)) in enumerate(items, 1):
            kg = r.randint(lo, hi)
            rows.append([f"{k}.{j}", name, "", num(kg, "vi"), None])
            doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": name})
        merges.append((start, 4, len(rows) - 1, 4))
    doc.table("Bảng 3. Chất thải nguy hại phát sinh năm 2024", rows, merges, role="wastes")
    doc.p("Chất thải rắn công nghiệp thông thường (vải vụn, bìa carton, ống chỉ) được bán cho cơ sở tái chế; khối lượng nêu tại Bảng 4.")
    _maybe(doc)


# ---------------------------------------------------------------- limits

# symbol: (RU, KK) of water parameters the vocabulary does not name
WATER_EXTRA = {"FOG": ("Жиры", "Майлар"), "Cr3+": ("Хром (III)", "Хром (III)"), "Colour": ("Цветность", "Түстілік")}


def _water(doc: Doc, s: str) -> str:
    if s in WATER_EXTRA:
        return WATER_EXTRA[s][_L(doc)]
    return vocab.water(s, doc.lang)


# symbol: (ДК maximum one-time, ДК average daily or None, (low, high) share of the maximum the results take)
TANNERY_DK = {
    "pH": ((6.5, 9.0), None, None), "TSS": (300, 250, (0.3, 1.1)), "BOD5": (300, 250, (0.3, 1.0)), "COD": (500, 400, (0.4, 1.1)),
    "FOG": (50, 30, (0.1, 0.9)), "S2-": (1.5, 1.0, (0.1, 1.2)), "Cr3+": (2.5, 1.5, (0.1, 0.9)), "Cr6+": (0.1, 0.05, (0.05, 0.6)),
    "Cl-": (350, 300, (0.5, 1.0)), "SO4": (500, 400, (0.3, 0.9)), "NH4+": (25, 20, (0.2, 1.1)),
}  # fmt: skip


def limits_hh1(doc: Doc) -> None:
    """A vodokanal laboratory's protocol of control at a tannery's two control wells: a row spanning the table names each
    well; under a two-row header the grab sample's result stands beside the maximum one-time ДК and the 24-hour composite
    sample's result beside the average daily ДК, so every parameter carries two limits with a result each, pH only in
    the grab sample, chromium (VI) below detection in some composite samples (VI: an industrial park's connection contract,
    the acceptance limit followed by three surcharge bands written as ranges that are no limits)."""
    if doc.lang == "vi":
        _limits_hh1_vi(doc)
        return
    r = doc.rng
    g = _kz(doc)
    date = f"{r.randint(3, 27):02d}.{doc.pick(('03', '06', '09', '11'))}.2025"
    doc.h(g(f"ГКП на ПХВ «Тараз Су Арнасы». Испытательная лаборатория. Протокол № {r.randint(120, 980)}/СВ от {date}",
            f"«Тараз Су Арнасы» ШЖҚ МКК. Сынақ зертханасы. {date} № {r.randint(120, 980)}/СВ хаттама"))
    doc.p(g("Абонент: ТОО «Тараз Былғары» (кожевенный завод). Цель: плановый контроль соблюдения допустимых концентраций (ДК) "
            "загрязняющих веществ в сточных водах, сбрасываемых в систему водоотведения г. Тараза. Разовая проба отобрана в 10:40, "
            "среднесуточная – составная, из 8 порций, отобранных через 3 ч.",
            "Абонент: «Тараз Былғары» ЖШС (былғары зауыты). Мақсаты: Тараз қаласының су бұру жүйесіне ағызылатын сарқынды сулардағы "
            "ластаушы заттардың жол берілетін концентрацияларының (ЖК) сақталуын жоспарлы бақылау. Бір реттік сынама 10:40-та "
            "алынды, орташа тәуліктік – 3 сағат сайын алынған 8 үлестен құралған құрама сынама."))
    rows = [g(["№", "Показатель", "Ед. изм.", "Разовая проба", None, "Среднесуточная проба", None, "Заключение"],
              ["№", "Көрсеткіш", "Өлш. бірл.", "Бір реттік сынама", None, "Орташа тәуліктік сынама", None, "Қорытынды"]),
            g([None, None, None, "результат", "ДК максимальная разовая", "результат", "ДК среднесуточная", None],
              [None, None, None, "нәтиже", "ең жоғары бір реттік ЖК", "нәтиже", "орташа тәуліктік ЖК", None])]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 7, 1, 7), (0, 3, 0, 4), (0, 5, 0, 6)]
    wells = (("КК-1", g("выпуск отмочно-зольного цеха", "сулау-күлдеу цехының шығарылымы"), ["pH", "TSS", "S2-", "BOD5", "COD", "FOG"]),
             ("КК-2", g("общий выпуск завода в коллектор по ул. Ниеткалиева", "зауыттың Ниетқалиев көшесі бойындағы коллекторға жалпы шығарылымы"),
              list(TANNERY_DK)))
    ok, bad = g("соответствует", "сәйкес"), g("превышение", "асып кету")
    for well, place, keys in wells:
        _span(rows, merges, g(f"Контрольный колодец {well} – {place}", f"{well} бақылау құдығы – {place}"), 8)
        for k, s in enumerate(keys, 1):
            dk_max, dk_avg, shares = TANNERY_DK[s]
            unit = g("ед. pH", "pH бірл.") if s == "pH" else g("мг/дм3", "мг/дм3")
            if s == "pH":
                v = round(r.uniform(7.2, 9.6), 1)
                verdict = ok if dk_max[0] <= v <= dk_max[1] else bad
                rows.append([str(k), _water(doc, s), unit, num(v, doc.lang), cell(doc, dk_max), "–", "–", verdict])
                add(doc, limit(("symbol", s), "waste_water", dk_max, "mg/l", None, well, v))
                continue
            grab = _sig(dk_max * r.uniform(*shares), 3)
            if s == "Cr6+" and r.random() < 0.5:
                comp_text, comp = f"< {num(0.01, doc.lang)}", None
            else:
                comp = _sig(dk_avg * r.uniform(*shares) * 0.9, 3)
                comp_text = num(comp, doc.lang)
            verdict = ok if grab <= dk_max and (comp is None or comp <= dk_avg) else bad
            rows.append([str(k), _water(doc, s), unit, num(grab, doc.lang), num(dk_max, doc.lang), comp_text, num(dk_avg, doc.lang), verdict])
            add(doc, limit(("symbol", s), "waste_water", dk_max, "mg/l", None, well, grab))
            second = limit(("symbol", s), "waste_water", dk_avg, "mg/l", None, well, comp)
            if comp is None:
                del second["value"]
            add(doc, second)
    doc.table(g("Результаты испытаний сточных вод", "Сарқынды суларды сынау нәтижелері"), rows, merges, role="limits")
    doc.p(g("ДК установлены Условиями приема сточных вод абонента; «<» – ниже нижней границы диапазона измерений методики.",
            "ЖК абоненттің сарқынды суларын қабылдау шарттарымен белгіленген; «<» – әдістеме өлшеу ауқымының төменгі шегінен төмен."))
    _maybe(doc)


# symbol: (acceptance limit, unit)
VN_ACCEPT = {"pH": ((5.5, 9), None), "BOD5": (200, "mg/l"), "COD": (400, "mg/l"), "TSS": (200, "mg/l"), "Colour": (250, "Pt-Co"),
             "NH4+": (20, "mg/l"), "TN": (60, "mg/l"), "TP": (8, "mg/l"), "S2-": (1, "mg/l"), "Cr6+": (0.1, "mg/l")}
VN_LABEL = {"Colour": "Độ màu"}


def _limits_hh1_vi(doc: Doc) -> None:
    r = doc.rng
    park = doc.pick(("Khu công nghiệp dệt may Phố Nối", "Khu công nghiệp Bảo Minh", "Khu công nghiệp Hòa Xá"))
    doc.h("HỢP ĐỒNG DỊCH VỤ THU GOM, XỬ LÝ NƯỚC THẢI – PHỤ LỤC 2")
    doc.h("GIỚI HẠN TIẾP NHẬN NƯỚC THẢI VÀ MỨC PHÍ XỬ LÝ VƯỢT")
    doc.p(f"Nước thải của Bên B tại hố ga đấu nối phải bảo đảm giới hạn tiếp nhận của {park} dưới đây. Trường hợp kết quả lấy mẫu kiểm "
          "tra vượt giới hạn tiếp nhận, đơn giá xử lý được nhân với hệ số K tương ứng với mức vượt; vượt mức 3 Bên A có quyền tạm dừng "
          "tiếp nhận nước thải.")
    k1, k2, k3 = doc.pick(((1.3, 1.6, 2.0), (1.5, 2.0, 3.0)))
    rows = [["TT", "Thông số", "Đơn vị", "Giới hạn tiếp nhận", "Mức vượt 1", "Mức vượt 2", "Mức vượt 3"],
            [None, None, None, None, f"K = {num(k1, 'vi')}", f"K = {num(k2, 'vi')}", f"K = {num(k3, 'vi')}"]]
    merges = [(0, c, 1, c) for c in range(4)]
    keys = ["pH", "BOD5", "COD", "TSS", "Colour", "NH4+", "TN", "TP", *(["S2-"] if r.random() < 0.5 else []),
            *(["Cr6+"] if r.random() < 0.5 else [])]
    for k, s in enumerate(keys, 1):
        lim, unit = VN_ACCEPT[s]
        name = VN_LABEL.get(s) or vocab.water(s, "vi")
        if s == "pH":
            rows.append([str(k), name, "-", cell(doc, lim), "-", "-", "-"])
        else:
            a, b, c = (_sig(lim * f, 4) for f in (1.5, 2.0, 3.0))
            rows.append([str(k), name, unit, num(lim, "vi"), f"> {num(lim, 'vi')} – {num(a, 'vi')}", f"> {num(a, 'vi')} – {num(b, 'vi')}",
                         f"> {num(b, 'vi')}"])
        add(doc, limit(("symbol", s), "waste_water", lim, unit, None, None))
    doc.table("Bảng 1. Giới hạn tiếp nhận và các mức vượt", rows, merges, role="limits")
    doc.p("Ghi chú: các mức vượt chỉ dùng để tính phí xử lý; mức vượt 3 được tính khi kết quả lớn hơn 2 lần giới hạn tiếp nhận.")
    _maybe(doc)


# (number, RU source, KK source, [(code, norm mg/Nm3, (low, high) share)])
TANNERY_STACKS = (
    ("0001", "Дымовая труба котельной (газ)", "Қазандықтың түтін мұржасы (газ)", [("0301", 250, (0.4, 0.95)), ("0337", 180, (0.2, 0.8))]),
    ("0003", "Покрасочная камера отделочного цеха (гидрофильтр)", "Әрлеу цехының бояу камерасы (гидросүзгі)",
     [("0621", 60, (0.3, 0.9)), ("1210", 80, (0.2, 0.8)), ("1240", 90, (0.2, 0.8))]),
    ("0004", "Вытяжка барабанов золения и обеззоливания", "Күлдеу және күлсіздендіру барабандарының сорғышы",
     [("0333", 5, (0.2, 0.9)), ("0303", 25, (0.2, 0.85))]),
)  # fmt: skip


def limits_hh2(doc: Doc) -> None:
    """A protocol of instrumental measurements at a tannery's sources: the three consecutive measurements of a substance
    written in one cell separated by slashes (`12,4 / 13,1 / 12,8`), the mean in the next column and the concentration
    of the approved НДВ project after it, the source merged down over its substances (VI: a recycled-paper mill's boiler
    stacks, `Lần 1 / Lần 2 / Lần 3` in one cell, the mean against QCVN 19:2009/BTNMT column B)."""
    if doc.lang == "vi":
        _limits_hh2_vi(doc)
        return
    r = doc.rng
    g = _kz(doc)
    doc.h(g("Протокол инструментальных замеров выбросов загрязняющих веществ на источниках. ТОО «Тараз Былғары»",
            "«Тараз Былғары» ЖШС. Көздердегі ластаушы заттар шығарындыларын аспаптық өлшеу хаттамасы"))
    doc.p(g("Замеры выполнены при номинальной нагрузке оборудования; на каждом источнике проведено три последовательных замера "
            "продолжительностью 20 минут. Концентрации приведены к нормальным условиям.",
            "Өлшеулер жабдықтың номиналды жүктемесінде орындалды; әр көзде ұзақтығы 20 минуттық үш рет қатарынан өлшеу жүргізілді. "
            "Концентрациялар қалыпты жағдайларға келтірілген."))
    rows = [g(["№ ИЗА", "Источник", "Код ЗВ", "Загрязняющее вещество", "Результаты замеров 1 / 2 / 3, мг/Нм3", "Среднее, мг/Нм3",
               "Норматив НДВ, мг/Нм3", "Соответствие"],
              ["ЛШК №", "Көз", "ЛЗ коды", "Ластаушы зат", "Өлшеу нәтижелері 1 / 2 / 3, мг/Нм3", "Орташа, мг/Нм3", "ЖШН нормативі, мг/Нм3",
               "Сәйкестігі"])]
    merges = []
    for number, s_ru, s_kk, subs in TANNERY_STACKS:
        start = len(rows)
        for j, (c, norm, (lo, hi)) in enumerate(subs):
            base = norm * r.uniform(lo, hi)
            digits = 2 if norm < 10 else 1
            runs = [round(base * r.uniform(0.93, 1.07), digits) for _ in range(3)]
            mean = round(sum(runs) / 3, digits)
            text = " / ".join(num(x, doc.lang) for x in runs)
            rows.append([number if j == 0 else None, g(s_ru, s_kk) if j == 0 else None, c, _air(doc, c), text, num(mean, doc.lang),
                         num(norm, doc.lang), g("соответствует", "сәйкес") if mean <= norm else g("не соответствует", "сәйкес емес")])
            add(doc, limit(("code", c), "flue_gas", norm, "mg/Nm3", None, number, mean))
        merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table(g("Таблица 1 – Результаты замеров", "1-кесте – Өлшеу нәтижелері"), rows, merges, role="limits")
    doc.add("sources", *({"number": s[0], "type": "organized"} for s in TANNERY_STACKS))
    doc.p(g("Средства измерений: газоанализатор «Testo 350», хроматограф «Хроматэк-Кристалл 5000»; свидетельства о поверке действительны.",
            "Өлшеу құралдары: «Testo 350» газталдағышы, «Хроматэк-Кристалл 5000» хроматографы; салыстырып тексеру туралы куәліктер жарамды."))
    _maybe(doc)


# code: (VI label, QCVN 19:2009 column B, (low, high) share)
VN_PAPER_STACK = {"2902": ("Bụi tổng", 200, (0.2, 0.9)), "0330": ("SO2", 500, (0.1, 0.7)), "0301": ("NOx (tính theo NO2)", 850, (0.1, 0.5)),
                  "0337": ("CO", 1000, (0.05, 0.4))}


def _limits_hh2_vi(doc: Doc) -> None:
    r = doc.rng
    mill = doc.pick(("Công ty TNHH Giấy Phong Khê Xanh", "Công ty Cổ phần Giấy tái chế Phú Lâm", "Công ty TNHH Bao bì giấy Yên Phong"))
    doc.h(f"KẾT QUẢ QUAN TRẮC KHÍ THẢI ĐỊNH KỲ QUÝ {doc.pick(('I', 'II', 'III'))}/2024 – {mill.upper()}")
    doc.p("Cơ sở sản xuất giấy bao bì từ giấy phế liệu tại cụm công nghiệp Phong Khê, thành phố Bắc Ninh. Mỗi thông số được đo 03 lần liên "
          "tiếp; giá trị trung bình được so sánh với QCVN 19:2009/BTNMT cột B (Kp = 1; Kv = 1).")
    rows = [["Vị trí", "Thông số", "Đơn vị", "Kết quả đo (Lần 1 / Lần 2 / Lần 3)", "Trung bình", "QCVN 19:2009/BTNMT, cột B"]]
    merges = []
    stacks = [("KT1", "Ống khói lò hơi đốt than 6 tấn hơi/giờ")]
    if r.random() < 0.6:
        stacks.append(("KT2", "Ống khói lò hơi đốt củi 2 tấn hơi/giờ"))
    for pid, place in stacks:
        start = len(rows)
        for c, (label, b, (lo, hi)) in VN_PAPER_STACK.items():
            base = b * r.uniform(lo, hi)
            runs = [round(base * r.uniform(0.92, 1.08)) for _ in range(3)]
            mean = round(sum(runs) / 3, 1)
            rows.append([f"{pid} – {place}" if c == "2902" else None, label, "mg/Nm3", " / ".join(num(x, "vi") for x in runs), num(mean, "vi"),
                         num(b, "vi")])
            add(doc, limit(("code", c), "flue_gas", b, "mg/Nm3", "B", pid, mean))
        merges.append((start, 0, len(rows) - 1, 0))
    doc.table("Bảng 2. Kết quả phân tích khí thải", rows, merges, role="limits")
    doc.p("Ghi chú: kết quả đã quy đổi về điều kiện tiêu chuẩn (25 °C, 760 mmHg).")
    _maybe(doc)


# ---------------------------------------------------------------- monitoring

# what a programme writes for a parameter, as formulas with sub- and superscripts: key → (kind, RU/KK text, VI text)
FORMULA = {
    "pH": ("symbol", "pH", "pH"), "TSS": ("symbol", "взвешенные вещества", "TSS"), "BOD5": ("symbol", "БПК₅", "BOD₅"),
    "COD": ("symbol", "ХПК", "COD"), "Cr3+": ("symbol", "Cr³⁺", "Cr³⁺"), "Cr6+": ("symbol", "Cr⁶⁺", "Cr⁶⁺"),
    "S2-": ("symbol", "S²⁻", "S²⁻"), "NH4+": ("symbol", "NH₄⁺", "NH₄⁺ (tính theo N)"), "Cl-": ("symbol", "Cl⁻", "Cl⁻"),
    "SO4": ("symbol", "SO₄²⁻", "SO₄²⁻"), "TN": ("symbol", "N общ.", "Tổng N"), "TP": ("symbol", "P общ.", "Tổng P"),
    "Colour": ("symbol", "цветность", "Độ màu"),
    "0333": ("code", "H₂S", "H₂S"), "0303": ("code", "NH₃", "NH₃"), "1325": ("code", "CH₂O", "HCHO"), "0301": ("code", "NO₂", "NOₓ (tính theo NO₂)"),
    "0304": ("code", "NO", "NO"), "0337": ("code", "CO", "CO"), "0330": ("code", "SO₂", "SO₂"), "2902": ("code", "TSP", "Bụi tổng"),
    "0621": ("code", "C₇H₈ (толуол)", "C₇H₈ (toluen)"), "1210": ("code", "C₆H₁₂O₂ (бутилацетат)", ""),
}  # fmt: skip


def _formulas(doc: Doc, keys) -> str:
    i = 2 if doc.lang == "vi" else 1
    return ", ".join(FORMULA[k][i] for k in keys)


def _expect_point(doc: Doc, where: dict, keys, word: str) -> None:
    doc.add("monitoring", *({**where, FORMULA[k][0]: k, "frequency": word} for k in keys))


def monitoring_hh1(doc: Doc) -> None:
    """A tannery's ПЭК programme in which every parameter is written as its chemical formula with true sub- and
    superscripts — `БПК₅`, `Cr³⁺`, `Cr⁶⁺`, `S²⁻`, `NH₄⁺`, `SO₄²⁻` for the waste water, `H₂S`, `NH₃`, `CH₂O` at the protection
    zone, `NO₂`, `NO`, `CO` and `C₇H₈ (толуол)` at the sources — two boundary points in one cell, the local chromium unit
    weekly (VI: a dyeing mill's permit, `BOD₅`, `NH₄⁺`, `SO₂`, `NOₓ (tính theo NO₂)`)."""
    if doc.lang == "vi":
        _monitoring_hh1_vi(doc)
        return
    g = _kz(doc)
    doc.h(g("Программа производственного экологического контроля ТОО «Тараз Былғары» на 2026–2028 годы. Раздел 4. План-график "
            "мониторинга", "«Тараз Былғары» ЖШС 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы. 4-бөлім. "
            "Мониторингтің жоспар-кестесі"))
    doc.p(g("Контролируемые параметры указаны химическими формулами; отбор проб и анализ выполняет аккредитованная лаборатория "
            "по договору.",
            "Бақыланатын параметрлер химиялық формулалармен көрсетілген; сынама алуды және талдауды шарт бойынша аккредиттелген "
            "зертхана орындайды."))
    plan = [
        ({"point": "КК-1"}, g("КК-1 – контрольный колодец на выпуске в городскую канализацию",
                             "КК-1 – қалалық кәрізге шығарылымдағы бақылау құдығы"),
         ["pH", "TSS", "BOD5", "COD", "Cr3+", "Cr6+", "S2-", "NH4+", "Cl-", "SO4"], "monthly", g("сточные воды", "сарқынды сулар")),
        ({"point": "ЛОС-1"}, g("ЛОС-1 – выход установки осаждения хрома", "ЛОС-1 – хромды тұндыру қондырғысының шығысы"),
         ["Cr3+", "Cr6+", "pH"], "weekly", g("сточные воды", "сарқынды сулар")),
        ({"point": "Т-1"}, None, ["0333", "0303", "1325"], "quarterly", g("атмосферный воздух", "атмосфералық ауа")),
        ({"point": "Т-2"}, None, ["0333", "0303", "1325"], "quarterly", None),
        ({"source_number": "0001"}, g("ИЗА 0001 – дымовая труба котельной", "0001 ЛШК – қазандықтың түтін мұржасы"),
         ["0301", "0304", "0337"], doc.pick(("quarterly", "semiannual")), g("выбросы", "шығарындылар")),
        ({"source_number": "0003"}, g("ИЗА 0003 – покрасочная камера отделочного цеха", "0003 ЛШК – әрлеу цехының бояу камерасы"),
         ["0621", "1210"], "quarterly", None),
    ]
    rows = [g(["№", "Среда", "Точка (источник) контроля", "Контролируемые параметры", "Периодичность", "Метод"],
              ["№", "Орта", "Бақылау нүктесі (көзі)", "Бақыланатын параметрлер", "Кезеңділігі", "Әдісі"])]
    merges = []
    k = 0
    for where, label, keys, word, medium in plan:
        if label is None and "point" in where and where["point"] == "Т-2":
            _expect_point(doc, where, keys, word)
            continue
        k += 1
        if where.get("point") == "Т-1":
            label = g("Т-1, Т-2 – граница СЗЗ (север, юг)", "Т-1, Т-2 – СҚА шекарасы (солтүстік, оңтүстік)")
        method = g("инструментальный", "аспаптық") if "source_number" in where else g("отбор проб, лабораторный анализ", "сынама алу, "
                                                                                      "зертханалық талдау")
        rows.append([str(k), medium, label, _formulas(doc, keys), _often(doc, word), method])
        if medium is None:
            merges.append((len(rows) - 2, 1, len(rows) - 1, 1))
        _expect_point(doc, where, keys, word)
    doc.table(g("Таблица 4.1 – План-график производственного мониторинга", "4.1-кесте – Өндірістік мониторингтің жоспар-кестесі"), rows,
              merges, role="monitoring")
    doc.p(g("ЛОС – локальные очистные сооружения; СЗЗ – санитарно-защитная зона.", "ЛОС – жергілікті тазарту құрылыстары; СҚА – санитариялық-"
            "қорғау аймағы."))
    _maybe(doc)


def _monitoring_hh1_vi(doc: Doc) -> None:
    plant = doc.pick(("Nhà máy dệt nhuộm Hòa Xá", "Nhà máy dệt nhuộm Hưng Phát", "Nhà máy sợi, dệt nhuộm Phố Nối B"))
    doc.h(f"GIẤY PHÉP MÔI TRƯỜNG – {plant.upper()}")
    doc.h("Phụ lục 4. Chương trình quan trắc môi trường định kỳ")
    plan = [("NT1", "Hố ga đấu nối sau hệ thống xử lý nước thải tập trung của nhà máy", "Nước thải",
             ["pH", "BOD5", "COD", "TSS", "NH4+", "TN", "TP", "Colour", "S2-"], "quarterly"),
            ("NT2", "Đầu ra bể lắng sau cụm xử lý màu bằng hóa lý", "Nước thải", ["Colour", "COD", "pH"], "monthly"),
            ("KT1", "Ống khói lò hơi đốt than số 1", "Khí thải", ["2902", "0330", "0301", "0337"], "semiannual")]
    rows = [["TT", "Loại", "Vị trí", "Thông số", "Tần suất", "Quy chuẩn so sánh"]]
    for k, (pid, place, kind, keys, word) in enumerate(plan, 1):
        std = "Giới hạn tiếp nhận của KCN" if kind == "Nước thải" else "QCVN 19:2009/BTNMT, cột B"
        rows.append([str(k), kind, f"{pid}: {place}", _formulas(doc, keys), freq(doc, word), std])
        _expect_point(doc, {"point": pid}, keys, word)
    doc.table("Bảng 4.1. Vị trí, thông số và tần suất quan trắc", rows, role="monitoring")
    doc.p("Kết quả quan trắc định kỳ được tổng hợp trong báo cáo công tác bảo vệ môi trường hằng năm của cơ sở.")
    _maybe(doc)


# symbol: (subscriber's word, vodokanal's word or None)
SEWER_PLAN = (("pH", "weekly", "monthly"), ("TSS", "weekly", "monthly"), ("COD", "weekly", "quarterly"), ("BOD5", "monthly", "quarterly"),
              ("FOG", "weekly", "monthly"), ("Surfactants", "monthly", "quarterly"), ("NH4+", "monthly", None), ("Cl-", "quarterly", None),
              ("SO4", "quarterly", "yearly"))


def monitoring_hh2(doc: Doc) -> None:
    """The schedule of controlling a wool-scouring works' waste water in a vodokanal's conditions of acceptance: the well
    merged down the first columns over its parameters, then two frequency columns — the subscriber's own control and the
    vodokanal's control at the same well — each parameter sampled at two frequencies, a dash where one party does not
    sample it (VI: an industrial park's contract, `Bên B tự quan trắc` beside `Bên A lấy mẫu kiểm tra`, the flow metered
    continuously with no substance)."""
    if doc.lang == "vi":
        _monitoring_hh2_vi(doc)
        return
    r = doc.rng
    g = _kz(doc)
    doc.h(g("Условия приема сточных вод ТОО «Оңтүстік Жүн Өнеркәсібі» (шерстомойная фабрика) в систему водоотведения г. Шымкента. "
            "Приложение 3. График контроля состава сточных вод",
            "«Оңтүстік Жүн Өнеркәсібі» ЖШС (жүн жуу фабрикасы) сарқынды суларын Шымкент қаласының су бұру жүйесіне қабылдау "
            "шарттары. 3-қосымша. Сарқынды сулардың құрамын бақылау кестесі"))
    doc.p(g("Самоконтроль выполняет лаборатория абонента (или аккредитованная лаборатория по договору); контроль водоканала – "
            "испытательная лаборатория ГКП без предварительного уведомления абонента.",
            "Өзін-өзі бақылауды абоненттің зертханасы (немесе шарт бойынша аккредиттелген зертхана) орындайды; су арнасының "
            "бақылауын МКК сынақ зертханасы абонентке алдын ала хабарламай жүргізеді."))
    rows = [g(["Место отбора проб", "№", "Показатель", "Периодичность контроля", None],
              ["Сынама алу орны", "№", "Көрсеткіш", "Бақылау кезеңділігі", None]),
            g([None, None, None, "самоконтроль абонента", "контроль водоканала"],
              [None, None, None, "абоненттің өзін-өзі бақылауы", "су арнасының бақылауы"])]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4)]
    wells = [("КК-1", g("выпуск моечной линии после жироуловителя", "май ұстағыштан кейінгі жуу желісінің шығарылымы"))]
    if r.random() < 0.6:
        wells.append(("КК-2", g("общий выпуск фабрики", "фабриканың жалпы шығарылымы")))
    for well, place in wells:
        start = len(rows)
        keys = SEWER_PLAN if well == "КК-1" else SEWER_PLAN[:5]
        for k, (s, own, theirs) in enumerate(keys, 1):
            rows.append([f"{well} – {place}" if k == 1 else None, str(k), _water(doc, s) if s != "Surfactants" else vocab.water(s, doc.lang),
                         _often(doc, own), _often(doc, theirs) if theirs else "–"])
            doc.add("monitoring", {"point": well, "symbol": s, "frequency": own})
            if theirs:
                doc.add("monitoring", {"point": well, "symbol": s, "frequency": theirs})
        merges.append((start, 0, len(rows) - 1, 0))
    doc.table(g("Таблица 1", "1-кесте"), rows, merges, role="monitoring")
    doc.p(g("Результаты самоконтроля абонент представляет в водоканал ежемесячно, до 5 числа месяца, следующего за отчетным.",
            "Өзін-өзі бақылау нәтижелерін абонент су арнасына ай сайын, есепті айдан кейінгі айдың 5-күніне дейін ұсынады."))
    _maybe(doc)


VN_SEWER_PLAN = (("pH", "monthly", "quarterly"), ("COD", "monthly", "quarterly"), ("BOD5", "quarterly", "semiannual"),
                 ("TSS", "monthly", "quarterly"), ("Colour", "monthly", "quarterly"), ("NH4+", "quarterly", None), ("TN", "quarterly", "yearly"),
                 ("TP", "quarterly", "yearly"))


def _monitoring_hh2_vi(doc: Doc) -> None:
    r = doc.rng
    hg = f"HG-{r.randint(1, 30):02d}"
    doc.h("HỢP ĐỒNG DỊCH VỤ THU GOM, XỬ LÝ NƯỚC THẢI – PHỤ LỤC 3. QUAN TRẮC VÀ LẤY MẪU KIỂM TRA NƯỚC THẢI")
    doc.p(f"Vị trí lấy mẫu: hố ga đấu nối {hg} của Bên B trước khi chảy vào tuyến cống thu gom của khu công nghiệp. Bên A lấy mẫu kiểm "
          "tra đột xuất không cần báo trước, chi phí phân tích do Bên A chi trả nếu kết quả đạt giới hạn tiếp nhận.")
    rows = [["TT", "Thông số", "Vị trí", "Tần suất", None], [None, None, None, "Bên B tự quan trắc", "Bên A lấy mẫu kiểm tra"]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4)]
    start = len(rows)
    rows.append(["1", "Lưu lượng", hg, "liên tục (đồng hồ điện từ)", "-"])
    for k, (s, own, theirs) in enumerate(VN_SEWER_PLAN, 2):
        rows.append([str(k), VN_LABEL.get(s) or vocab.water(s, "vi"), None, freq(doc, own), freq(doc, theirs) if theirs else "-"])
        doc.add("monitoring", {"point": hg, "symbol": s, "frequency": own})
        if theirs:
            doc.add("monitoring", {"point": hg, "symbol": s, "frequency": theirs})
    merges.append((start, 2, len(rows) - 1, 2))
    doc.table("Bảng 1. Tần suất quan trắc, lấy mẫu kiểm tra", rows, merges, role="monitoring")
    _maybe(doc)


# ---------------------------------------------------------------- inspections

# October 2026 begins on a Thursday; weekday abbreviations from Monday
WEEKDAYS = {"ru": ("Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс"), "kk": ("Дс", "Сс", "Ср", "Бс", "Жм", "Сн", "Жс"),
            "vi": ("T2", "T3", "T4", "T5", "T6", "T7", "CN")}
FIRST_WEEKDAY = 3
# (RU object, KK object, VI object, word, weekday for weekly / day for monthly, RU who, KK who, VI who)
ROUNDS = (
    ("Установка осаждения хрома и усреднитель", "Хромды тұндыру қондырғысы және орташаландырғыш", "Bể điều hòa và cụm xử lý hóa lý",
     "daily", None, "оператор очистных сооружений", "тазарту құрылыстарының операторы", "Công nhân vận hành hệ thống xử lý nước thải"),
    ("Контрольный колодец КК-2 (цвет, запах, переливы)", "КК-2 бақылау құдығы (түсі, иісі, асып төгілу)", "Hố ga đấu nối (màu, mùi, tràn)",
     "daily", None, "мастер смены", "ауысым шебері", "Trưởng ca sản xuất"),
    ("Площадка временного накопления отходов", "Қалдықтарды уақытша жинақтау алаңы", "Kho lưu giữ chất thải nguy hại",
     "weekly", 0, "инженер-эколог", "инженер-эколог", "Cán bộ môi trường"),
    ("Жироуловитель и песколовка", "Май ұстағыш және құм ұстағыш", "Bể tách dầu mỡ và hố lắng cát",
     "weekly", 4, "начальник участка водоподготовки", "су дайындау учаскесінің бастығы", "Tổ trưởng tổ cơ điện"),
    ("Рукавный фильтр участка шлифования", "Ажарлау учаскесінің жеңді сүзгісі", "Hệ thống lọc bụi túi vải xưởng mài",
     "weekly", 2, "механик отделочного цеха", "әрлеу цехының механигі", "Thợ cơ khí xưởng hoàn tất"),
    ("Склад химических реагентов (дубители, кислоты)", "Химиялық реагенттер қоймасы (илегіштер, қышқылдар)", "Kho hóa chất (thuốc nhuộm, axit)",
     "monthly", 15, "начальник склада", "қойма бастығы", "Thủ kho hóa chất"),
    ("Покрасочная камера отделочного цеха (гидрофильтр)", "Әрлеу цехының бояу камерасы (гидросүзгі)", "Buồng phun màu hoàn tất (lọc ướt)",
     "monthly", 27, "начальник отделочного цеха", "әрлеу цехының бастығы", "Quản đốc xưởng hoàn tất"),
)  # fmt: skip


def _marks(word: str, day: int | None) -> list[str]:
    out = []
    for d in range(1, 32):
        wd = (FIRST_WEEKDAY + d - 1) % 7
        hit = word == "daily" or (word == "weekly" and wd == day) or (word == "monthly" and d == day)
        out.append("х" if hit else "")
    return out


def inspections_hh1(doc: Doc) -> None:
    """A tannery's schedule of rounds for one month: the objects as rows, the responsible, then a column for each of the
    month's 31 days under a second header row of weekday abbreviations, a mark on the days of a round — every day,
    every Monday (Wednesday, Friday) or a single date — and no frequency written anywhere (VI: a dyeing mill's October
    schedule of checks, `T2 … CN`)."""
    g = doc.v
    vi = doc.lang == "vi"
    doc.h(g("График обходов природоохранных объектов на октябрь 2026 года. ТОО «Тараз Былғары»",
            "«Тараз Былғары» ЖШС. Табиғат қорғау объектілерін 2026 жылғы қазанға арналған аралау кестесі",
            f"LỊCH KIỂM TRA CÁC CÔNG TRÌNH BẢO VỆ MÔI TRƯỜNG THÁNG 10/2026 – {doc.pick(('NHÀ MÁY DỆT NHUỘM HÒA XÁ', 'NHÀ MÁY DỆT NHUỘM HƯNG PHÁT'))}"))
    doc.p(g("Отметка «х» – день обхода. Результаты обхода заносятся в журнал обходов; замечания передаются инженеру-экологу в тот же день.",
            "«х» белгісі – аралау күні. Аралау нәтижелері аралау журналына енгізіледі; ескертулер сол күні инженер-экологқа беріледі.",
            "Ký hiệu “x” – ngày kiểm tra. Kết quả kiểm tra được ghi vào sổ theo dõi; tồn tại phát hiện được báo cho Phòng HSE trong ngày."))
    days = [str(d) for d in range(1, 32)]
    weekdays = [WEEKDAYS[doc.lang][(FIRST_WEEKDAY + d - 1) % 7] for d in range(1, 32)]
    rows = [[g("№", "№", "TT"), g("Объект обхода", "Аралау объектісі", "Hạng mục kiểm tra"), g("Ответственный", "Жауапты", "Người thực hiện"),
             *days],
            [None, None, None, *weekdays]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2)]
    i = vocab.LANGS.index(doc.lang)
    for k, item in enumerate(ROUNDS, 1):
        obj = item[i]
        word, day = item[3], item[4]
        who = item[5 + i]
        marks = _marks(word, day)
        if vi:
            marks = ["x" if m else "" for m in marks]
        rows.append([str(k), obj, who, *marks])
        doc.add("obligations", {"kind": "inspection", "text_contains": _words(obj, 4), "frequency": word, "actor_contains": who})
    doc.table(g("Таблица 1", "1-кесте", "Bảng 1"), rows, merges, role="inspections")
    doc.p(g("Составил: инженер-эколог. Утверждаю: главный инженер.", "Құрастырған: инженер-эколог. Бекітемін: бас инженер.",
            "Người lập: Cán bộ môi trường. Phê duyệt: Phó Giám đốc kỹ thuật."))
    _maybe(doc)


# (RU object, KK object, VI object, RU subject, KK subject, VI subject, word, RU who, KK who, VI who)
PRINT_CHECKS = (
    ("Склад ЛВЖ (краски, растворители)", "ТЖС қоймасы (бояулар, еріткіштер)", "Kho mực in và dung môi",
     "герметичность тары, поддоны, вентиляция", "ыдыстың саңылаусыздығы, табандықтар, желдету", "Độ kín bao bì, khay chống tràn, thông gió",
     "monthly", "заведующий складом", "қойма меңгерушісі", "Thủ kho"),
    ("Площадка накопления отходов (бумажная обрезь, тара из-под красок)", "Қалдықтарды жинақтау алаңы (қағаз қиындылары, бояу ыдысы)",
     "Khu lưu giữ chất thải (giấy vụn, thùng mực)",
     "раздельный сбор, маркировка, сроки накопления", "бөлек жинау, таңбалау, жинақтау мерзімдері", "Phân loại, dán nhãn, thời gian lưu giữ",
     "weekly", "инженер-эколог", "инженер-эколог", "Nhân viên môi trường"),
    ("Угольные адсорберы вытяжки печатных машин", "Баспа машиналары сорғышының көмір адсорберлері", "Tháp hấp phụ than hoạt tính máy in",
     "перепад давления, срок замены угля", "қысым айырмасы, көмірді ауыстыру мерзімі", "Chênh áp, thời hạn thay than",
     "quarterly", "механик печатного цеха", "баспа цехының механигі", "Kỹ thuật viên cơ điện"),
    ("Проявочная машина форм CTP", "CTP пішіндерін шығару машинасы", "Máy hiện bản kẽm CTP",
     "сбор отработанного проявителя в канистры", "пайдаланылған шығарғышты канистрлерге жинау", "Thu gom dung dịch hiện bản thải",
     "monthly", "мастер формного участка", "пішін учаскесінің шебері", "Tổ trưởng tổ chế bản"),
    ("Ливневая канализация и колодцы территории", "Аумақтың нөсер кәрізі мен құдықтары", "Hệ thống thoát nước mưa",
     "засоры, попадание красок и масел", "бітелулер, бояулар мен майлардың түсуі", "Tắc nghẽn, rò rỉ mực, dầu",
     "semiannual", "главный инженер", "бас инженер", "Trưởng phòng kỹ thuật"),
    ("Журналы учета отходов и водопотребления", "Қалдықтар мен су тұтынуды есепке алу журналдары", "Sổ theo dõi chất thải và nước",
     "полнота записей, акты передачи", "жазбалардың толықтығы, беру актілері", "Ghi chép đầy đủ, chứng từ chuyển giao",
     "yearly", "директор по производству", "өндіріс жөніндегі директор", "Giám đốc nhà máy"),
)  # fmt: skip
STEP = {"weekly": 7, "monthly": 1, "quarterly": 3, "semiannual": 6, "yearly": 12}


def _next(day: int, month: int, year: int, word: str) -> tuple[int, int, int]:
    if word == "weekly":
        lengths = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
        d = day + 7
        if d > lengths[month - 1]:
            d -= lengths[month - 1]
            month += 1
            if month > 12:
                month, year = 1, year + 1
        return d, month, year
    month += STEP[word]
    while month > 12:
        month, year = month - 12, year + 1
    return day, month, year


def _last(doc: Doc, word: str) -> tuple[int, int, int]:
    """A date of the last check such that the next one falls after the register's date, 26 October 2026."""
    r = doc.rng
    if word == "weekly":
        return r.randint(20, 26), 10, 2026
    if word == "monthly":
        return r.randint(1, 26), 10, 2026
    if word == "yearly":
        month = r.randint(11, 22)
        return r.randint(1, 28), (month - 1) % 12 + 1, 2025 if month <= 12 else 2026
    return r.randint(1, 28), r.randint(11 - STEP[word], 10), 2026


def inspections_hh2(doc: Doc) -> None:
    """A printing house's register of internal checks giving, for each object, the date of the last check and the date of
    the next one and nothing else about how often — a week, a month, three, six or twelve months apart — the subject of
    the check between, the checker last (VI: a packaging printing works' `Ngày kiểm tra gần nhất | Ngày kiểm tra kế tiếp`)."""
    g = doc.v
    vi = doc.lang == "vi"
    i = vocab.LANGS.index(doc.lang)
    doc.h(g("Журнал-график внутренних проверок соблюдения экологических требований (по состоянию на 26.10.2026). ТОО «Алатау Баспа "
            "Үйі» (типография, г. Алматы)",
            "«Алатау Баспа Үйі» ЖШС (баспахана, Алматы қ.). Экологиялық талаптардың сақталуын ішкі тексерулердің журнал-кестесі "
            "(26.10.2026 жағдай бойынша)",
            "SỔ THEO DÕI KIỂM TRA NỘI BỘ VỀ BẢO VỆ MÔI TRƯỜNG (CẬP NHẬT ĐẾN NGÀY 26/10/2026) – CÔNG TY TNHH IN BAO BÌ QUẾ VÕ"))
    doc.p(g("Дата следующей проверки назначается по периодичности, установленной приказом директора о производственном "
            "экологическом контроле, и переносится в журнал после каждой проверки.",
            "Келесі тексеру күні өндірістік экологиялық бақылау туралы директор бұйрығында белгіленген кезеңділік бойынша "
            "тағайындалады және әр тексеруден кейін журналға көшіріледі.",
            "Ngày kiểm tra kế tiếp được xác định theo chu kỳ quy định tại quy chế tự kiểm tra của Công ty và được cập nhật sau mỗi lần kiểm tra."))
    rows = [g(["№", "Объект проверки", "Предмет проверки", "Дата последней проверки", "Дата следующей проверки", "Проверяющий"],
              ["№", "Тексеру объектісі", "Тексеру мәні", "Соңғы тексеру күні", "Келесі тексеру күні", "Тексеруші"],
              ["TT", "Đối tượng kiểm tra", "Nội dung kiểm tra", "Ngày kiểm tra gần nhất", "Ngày kiểm tra kế tiếp", "Người kiểm tra"])]
    sep = "/" if vi else "."
    for k, item in enumerate(PRINT_CHECKS, 1):
        obj, subj, word, who = item[i], item[3 + i], item[6], item[7 + i]
        day, month, year = _last(doc, word)
        nd, nm, ny = _next(day, month, year, word)
        last = f"{day:02d}{sep}{month:02d}{sep}{year}"
        nxt = f"{nd:02d}{sep}{nm:02d}{sep}{ny}"
        rows.append([str(k), obj, subj, last, nxt, who])
        doc.add("obligations", {"kind": "inspection", "text_contains": _words(obj, 3), "frequency": word, "actor_contains": who})
    doc.table(g("Таблица 1", "1-кесте", "Bảng 1"), rows, role="inspections")
    _maybe(doc)


# ---------------------------------------------------------------- tasks

# (RU measure, KK measure, stages (design, works, start-up) as (RU, KK) or None, RU who, KK who, RU money, KK money)
SEWER_PLAN_TASKS = (
    ("Реконструкция установки осаждения хрома с увеличением объема реакторов до 40 м3",
     "Реакторлардың көлемін 40 м3-ге дейін ұлғайта отырып, хромды тұндыру қондырғысын реконструкциялау",
     (("I кв. 2026", "2026 ж. I тоқс."), ("II–III кв. 2026", "2026 ж. II–III тоқс."), ("IV кв. 2026", "2026 ж. IV тоқс.")),
     "главный инженер", "бас инженер", "собственные средства", "меншікті қаражат"),
    ("Строительство узла каталитического окисления сульфидов в отработанных зольных растворах",
     "Пайдаланылған күл ерітінділеріндегі сульфидтерді каталитикалық тотықтыру торабын салу",
     (("II кв. 2026", "2026 ж. II тоқс."), ("III кв. 2026 – I кв. 2027", "2026 ж. III тоқс. – 2027 ж. I тоқс."), ("II кв. 2027", "2027 ж. II тоқс.")),
     "начальник отмочно-зольного цеха", "сулау-күлдеу цехының бастығы", "кредит БРК", "ҚДБ несиесі"),
    ("Установка автоматической станции дозирования извести и флокулянта", "Әк пен флокулянтты мөлшерлеудің автоматты станциясын орнату",
     (None, ("II кв. 2026", "2026 ж. II тоқс."), ("III кв. 2026", "2026 ж. III тоқс.")),
     "главный энергетик", "бас энергетик", "собственные средства", "меншікті қаражат"),
    ("Замена решеток и песколовки на общем выпуске КК-2", "КК-2 жалпы шығарылымындағы торлар мен құм ұстағышты ауыстыру",
     (None, ("III кв. 2026", "2026 ж. III тоқс."), None),
     "начальник ремонтно-механического участка", "жөндеу-механикалық учаскесінің бастығы", "собственные средства", "меншікті қаражат"),
    ("Внедрение рециркуляции отработанных хромовых дубильных растворов", "Пайдаланылған хромды илеу ерітінділерінің рециркуляциясын енгізу",
     (("IV кв. 2026", "2026 ж. IV тоқс."), ("I кв. 2027", "2027 ж. I тоқс."), ("II кв. 2027", "2027 ж. II тоқс.")),
     "технолог дубильного цеха", "илеу цехының технологы", "собственные средства", "меншікті қаражат"),
    ("Разработка и согласование с водоканалом программы самоконтроля состава сточных вод",
     "Сарқынды сулардың құрамын өзін-өзі бақылау бағдарламасын әзірлеу және су арнасымен келісу",
     (("I кв. 2026", "2026 ж. I тоқс."), None, None), "инженер-эколог", "инженер-эколог", "не требуется", "талап етілмейді"),
)  # fmt: skip
VN_UPGRADE = (
    ("Bổ sung bể điều hòa 800 m3 có sục khí", ("Quý I/2025", "Quý II–III/2025", "Quý IV/2025"), "Ban quản lý dự án nâng cấp HTXLNT"),
    ("Lắp đặt cụm xử lý màu bằng phương pháp Fenton", ("Quý I/2025", "Quý III/2025", "Quý IV/2025"), "Phòng Kỹ thuật – Công nghệ"),
    ("Thay thế máy ép bùn khung bản bằng máy ép bùn băng tải", (None, "Quý II/2025", "Quý III/2025"), "Xưởng Cơ điện"),
    ("Lắp đặt trạm quan trắc nước thải tự động, liên tục và truyền dữ liệu về Sở", ("Quý II/2025", "Quý III/2025", "Quý IV/2025"),
     "Phòng An toàn – Môi trường"),
    ("Tái sử dụng nước làm mát và nước giặt cuối cho công đoạn tiền xử lý", ("Quý III/2025", "Quý IV/2025", "Quý I/2026"),
     "Xưởng Nhuộm – Hoàn tất"),
)


def tasks_hh1(doc: Doc) -> None:
    """A tannery's plan of bringing its waste water to the vodokanal's limits, each measure with the term of each of its
    stages — design, construction and start-up — in three columns under a merged `Сроки выполнения этапов`, a dash where
    a stage does not apply, the responsible and the source of money after them (VI: a dyeing mill's plan of upgrading its
    treatment plant, `Thiết kế | Thi công, lắp đặt | Vận hành thử nghiệm`)."""
    if doc.lang == "vi":
        _tasks_hh1_vi(doc)
        return
    r = doc.rng
    L = _L(doc)
    g = _kz(doc)
    doc.h(g("План мероприятий по доведению качества сточных вод ТОО «Тараз Былғары» до допустимых концентраций",
            "«Тараз Былғары» ЖШС сарқынды суларының сапасын жол берілетін концентрацияларға дейін жеткізу жөніндегі іс-шаралар жоспары"))
    doc.p(g(f"Разработан по уведомлению ГКП на ПХВ «Тараз Су Арнасы» № {r.randint(100, 900)} о превышении ДК по хрому (III), "
            "сульфидам и ХПК в контрольном колодце КК-2.",
            f"«Тараз Су Арнасы» ШЖҚ МКК-ның КК-2 бақылау құдығында хром (III), сульфидтер және ОХТ бойынша ЖК асып кетуі туралы "
            f"№ {r.randint(100, 900)} хабарламасы бойынша әзірленді."))
    rows = [g(["№", "Мероприятие", "Сроки выполнения этапов", None, None, "Ответственный", "Источник финансирования"],
              ["№", "Іс-шара", "Кезеңдерді орындау мерзімдері", None, None, "Жауапты", "Қаржыландыру көзі"]),
            g([None, None, "проектирование", "строительно-монтажные работы", "пусконаладка, ввод", None, None],
              [None, None, "жобалау", "құрылыс-монтаж жұмыстары", "іске қосу-реттеу, пайдалануға беру", None, None])]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4), (0, 5, 1, 5), (0, 6, 1, 6)]
    for k, (m_ru, m_kk, stages, w_ru, w_kk, f_ru, f_kk) in enumerate(SEWER_PLAN_TASKS, 1):
        text, who = g(m_ru, m_kk), g(w_ru, w_kk)
        cells = [s[L] if s else "–" for s in stages]
        rows.append([str(k), text, *cells, who, g(f_ru, f_kk)])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text), "actor_contains": who})
    doc.table(g("Таблица 1", "1-кесте"), rows, merges, role="tasks")
    doc.p(g("Отчет о выполнении плана направляется в водоканал ежеквартально.", "Жоспардың орындалуы туралы есеп су арнасына тоқсан "
            "сайын жіберіледі."))
    _maybe(doc)


def _tasks_hh1_vi(doc: Doc) -> None:
    plant = doc.pick(("Nhà máy dệt nhuộm Hòa Xá", "Nhà máy dệt nhuộm Hưng Phát", "Nhà máy sợi, dệt nhuộm Phố Nối B"))
    doc.h(f"KẾ HOẠCH CẢI TẠO, NÂNG CẤP HỆ THỐNG XỬ LÝ NƯỚC THẢI – {plant.upper()}")
    doc.p("Kế hoạch thực hiện theo yêu cầu tại giấy phép môi trường và thông báo của khu công nghiệp về kết quả lấy mẫu kiểm tra có độ màu "
          "và COD vượt giới hạn tiếp nhận.")
    rows = [["TT", "Hạng mục công việc", "Tiến độ thực hiện", None, None, "Đơn vị chủ trì"],
            [None, None, "Thiết kế", "Thi công, lắp đặt", "Vận hành thử nghiệm", None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4), (0, 5, 1, 5)]
    for k, (text, stages, who) in enumerate(VN_UPGRADE, 1):
        rows.append([str(k), text, *(s or "-" for s in stages), who])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text), "actor_contains": who})
    doc.table("Bảng 1. Tiến độ các hạng mục", rows, merges, role="tasks")
    _maybe(doc)


# (RU measure, KK measure, RU term, KK term, RU result, KK result, actor index)
CARTON_TASKS = (
    ("Замена горелок паровых котлов на горелки с пониженным выходом оксидов азота", "Бу қазандықтарының жанарғыларын азот оксидтерінің "
     "шығуы төмендетілген жанарғыларға ауыстыру", "II кв. 2026", "2026 ж. II тоқс.", "снижение выброса NO2 на 30 %", "NO2 шығарындысын 30 %-ға "
     "азайту", 0),
    ("Установка рукавного фильтра вместо циклона на аспирации участка резки", "Кесу учаскесінің аспирациясында циклонның орнына жеңді "
     "сүзгі орнату", "III кв. 2026", "2026 ж. III тоқс.", "эффективность очистки не менее 99 %", "тазарту тиімділігі кемінде 99 %", 1),
    ("Перевод флексографских машин на водно-дисперсионные краски", "Флексографиялық машиналарды су-дисперсиялық бояуларға көшіру",
     "2026 г.", "2026 ж.", "сокращение выбросов этанола и этилацетата", "этанол мен этилацетат шығарындыларын қысқарту", 1),
    ("Инвентаризация отходов и корректировка программы управления отходами", "Қалдықтарды түгендеу және қалдықтарды басқару бағдарламасын "
     "түзету", "I кв. 2026", "2026 ж. I тоқс.", "утвержденная программа", "бекітілген бағдарлама", 2),
    ("Устройство площадки с навесом для накопления кип макулатуры и обрези", "Қағаз қалдықтары мен қиындылардың тайларын жинақтауға "
     "арналған қалқасы бар алаң салу", "II кв. 2026", "2026 ж. II тоқс.", "исключение пыления и замачивания", "шаңдау мен суланудың алдын алу", 0),
    ("Обучение персонала цеха гофротары обращению с опасными отходами", "Гофрленген ыдыс цехы персоналын қауіпті қалдықтармен жұмыс "
     "істеуге оқыту", "ежегодно, IV кв.", "жыл сайын, IV тоқс.", "не менее 40 чел.", "кемінде 40 адам", 2),
)  # fmt: skip
# (RU position, KK position, name) — the position is what the expectation looks for
CARTON_ACTORS = (("главный инженер", "бас инженер", "Сапаров Д.К."), ("начальник цеха гофротары", "гофрленген ыдыс цехының бастығы", "Ким В.Л."),
                 ("инженер-эколог", "инженер-эколог", "Омарова А.Т."))
VN_PAPER_TASKS = (
    ("Thay thế lò hơi đốt than bằng lò hơi đốt sinh khối có hệ thống lọc bụi túi vải", "Quý III/2025", 0),
    ("Nạo vét bể lắng bột và hố ga thu gom nước thải sản xuất", "Hằng quý", 1),
    ("Xây dựng mái che khu tập kết giấy phế liệu, chống phát tán rác nhẹ", "Quý II/2025", 0),
    ("Ký hợp đồng chuyển giao bùn thải, rác thải nylon từ quá trình nghiền thủy lực", "Tháng 3/2025", 2),
    ("Lắp đặt đồng hồ đo lưu lượng nước thải tại hố ga đấu nối cụm công nghiệp", "Quý II/2025", 1),
    ("Tập huấn ứng phó sự cố cháy nổ kho giấy và sự cố hệ thống xử lý nước thải", "Quý IV/2025", 2),
)
VN_PAPER_ACTORS = ("Phòng Kỹ thuật", "Xưởng Xeo giấy", "Phòng Hành chính – An toàn")


def _assign(numbers: dict[int, list[int]], names, doc: Doc) -> str:
    """`пп. 1, 5 – главный инженер …; пп. 2, 3 – …` (VI: `… chủ trì các nhiệm vụ 1, 3 và 5`)."""
    parts = []
    for a, ks in numbers.items():
        items = [str(k) for k in ks]
        if doc.lang == "vi":
            listed = items[0] if len(items) == 1 else ", ".join(items[:-1]) + " và " + items[-1]
            parts.append(f"{names[a]} chủ trì {'nhiệm vụ' if len(items) == 1 else 'các nhiệm vụ'} {listed}")
        elif doc.lang == "kk":
            parts.append(f"{', '.join(items)}-{'тармақ' if len(items) == 1 else 'тармақтар'} – {names[a]}")
        else:
            parts.append(f"{'п.' if len(items) == 1 else 'пп.'} {', '.join(items)} – {names[a]}")
    return "; ".join(parts)


def tasks_hh2(doc: Doc) -> None:
    """A corrugated-packaging plant's plan of nature-protection measures with no column for who carries them out: the
    table gives the measure, the term, the expected result and the cost, and a paragraph under it assigns the items by
    their numbers (`пп. 1, 5 – главный инженер …; п. 3 – …`) (VI: a recycled-paper mill's plan, `Phòng Kỹ thuật chủ trì các
    nhiệm vụ 1, 3 và 5`)."""
    r = doc.rng
    vi = doc.lang == "vi"
    if vi:
        mill = doc.pick(("Công ty TNHH Giấy Phong Khê Xanh", "Công ty Cổ phần Giấy tái chế Phú Lâm"))
        doc.h(f"KẾ HOẠCH THỰC HIỆN CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {mill.upper()}")
        doc.p("Kế hoạch ban hành kèm theo Quyết định của Giám đốc Công ty; kinh phí từ nguồn vốn tự có.")
        items = [(t, when, a) for t, when, a in VN_PAPER_TASKS]
        names = actors = VN_PAPER_ACTORS
        rows = [["TT", "Nội dung nhiệm vụ", "Thời gian hoàn thành", "Kinh phí dự kiến (triệu đồng)"]]
        for k, (text, when, _) in enumerate(items, 1):
            rows.append([str(k), text, when, num(r.randint(2, 90) * 10, "vi")])
        caption = "Bảng 1. Danh mục nhiệm vụ"
    else:
        L = _L(doc)
        g = _kz(doc)
        doc.h(g("План природоохранных мероприятий ТОО «Іле Картон» на 2026 год", "«Іле Картон» ЖШС 2026 жылға арналған табиғат қорғау "
                "іс-шараларының жоспары"))
        doc.p(g("План разработан по результатам производственного экологического контроля за 2025 год и утвержден директором.",
                "Жоспар 2025 жылғы өндірістік экологиялық бақылау нәтижелері бойынша әзірленді және директор бекітті."))
        items = [(g(m_ru, m_kk), g(t_ru, t_kk), a, g(e_ru, e_kk)) for m_ru, m_kk, t_ru, t_kk, e_ru, e_kk, a in CARTON_TASKS]
        names = [f"{n[L]} {n[2]}" for n in CARTON_ACTORS]
        actors = [n[L] for n in CARTON_ACTORS]
        rows = [g(["№", "Наименование мероприятия", "Срок выполнения", "Ожидаемый результат", "Затраты, тыс. тенге"],
                  ["№", "Іс-шараның атауы", "Орындау мерзімі", "Күтілетін нәтиже", "Шығындар, мың теңге"])]
        for k, (text, when, _, effect) in enumerate(items, 1):
            rows.append([str(k), text, when, effect, num(r.randint(3, 180) * 100, doc.lang)])
        caption = g("Таблица 1", "1-кесте")
    by_actor: dict[int, list[int]] = {}
    for k, item in enumerate(items, 1):
        by_actor.setdefault(item[2], []).append(k)
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(item[0]), "actor_contains": actors[item[2]]})
    doc.table(caption, rows, role="tasks")
    assigned = _assign(by_actor, names, doc).rstrip(".")
    doc.p(doc.v(f"Ответственные за выполнение: {assigned}.", f"Орындауға жауаптылар: {assigned}.", f"Phân công thực hiện: {assigned}."))
    doc.p(doc.v("Финансирование мероприятий – за счет собственных средств предприятия.", "Іс-шараларды қаржыландыру – кәсіпорынның "
                "меншікті қаражаты есебінен.", "Kết quả thực hiện kế hoạch được báo cáo trong báo cáo công tác bảo vệ môi trường năm 2025."))
    _maybe(doc)


LAYOUTS = [Layout(role, f"HH{k}", globals()[f"{role}_hh{k}"]) for role in ROLES for k in (1, 2)]
