"""The eighteenth blind set's part GC (two layouts per role, `GC1` and `GC2`), written by someone who neither ran the
extractor on it nor read it, to differ from every layout of `layouts_*.py`; held out and measured once (0.741 over 126
files when first measured, 2026-12-05), then moved to the tuning layouts to be studied.

Theme: healthcare, laboratories and research. Kazakhstan: a regional multi-profile hospital with its medical-waste
incinerator and boiler house, a tuberculosis dispensary, a veterinary laboratory, a vaccine and serum plant, a
university campus with its own heating plant and fuel store (ПЭК programmes, reports on ПЭК, КЭР and declarations of
impact, plans of measures, inspection acts). Vietnam: a provincial general hospital with its wastewater plant
(QCVN 28:2010/BTNMT) and medical-waste incinerator (QCVN 02:2012/BTNMT), a GMP-WHO pharmaceutical factory, a research
institute's pilot plant, a crematorium (giấy phép môi trường, báo cáo công tác bảo vệ môi trường hằng năm, quan trắc
định kỳ reports, kế hoạch khắc phục after an inspection).

Facility: a hospital's card in its ПЭК programme with a column naming the document each value rests on, the
coordinates in decimal degrees with their hemisphere words, a table of beds of no role before it (VI: a GMP-WHO
pharmaceutical factory's card with its legal papers); a veterinary laboratory's declaration whose first section is a
grid of boxes, each cell a label on its first line and the value under it, no header row (VI: a research institute's
pilot workshop).

Emissions: a hospital's calculation of emissions, a group row per source (incinerator, boiler house, stand-by diesel
plant) that says what it burns a year and its hours, the specific emission and its unit in columns of their own
before the tonnes and then the grams per second (VI: an ĐTM's loads of the incinerator and the generator with the
emission factor, kg a day, g/s and tonnes a year); a vaccine plant's inventory whose sources gather several emitting
units, a `Всего по источнику` row per substance after the units, kilograms a year (VI: a GMP factory's stacks and the
rooms and hoods under each, `Cộng` rows).

Wastes: a tuberculosis dispensary's wastes in kg a day and t a year under a merged header, the class of the sanitary
rules beside the code, `в т.ч.` rows splitting a waste by department under it (VI: a hospital's CTNH with `trong đó`
rows by department); a veterinary laboratory's summary of its waste log, the months as rows and the wastes as columns,
the year's totals in kilograms and in tonnes at the foot (VI: a hospital's monthly medical wastes under a three-row
header).

Limits: soil around a hospital incinerator, each point merged down over two sampling depths, the ПДК in a row right
under the header (VI: one sampling of the incinerator's stack, each result as measured and as reduced to 7 % O2, the
reduced one set against QCVN 02:2012/BTNMT column B); a campus boiler house's boundary air with `факт / ПДК` written in
one cell per point (VI: a GMP factory's treated waste water by quarter against QCVN 40:2011/BTNMT column A already
multiplied by Kq and Kf).

Monitoring: a hospital's programme in blocks — a source or point spanning the table, its substances one per row, a
closing row giving the block's frequency (VI: a hospital's GPMT programme, the outfall's periodic and automatic
monitoring as two blocks); a campus's programme whose parameters carry marks (`*`, `**`, `***`) that a note under the
table turns into frequencies (VI: a crematorium's `(1)`, `(2)`, `(3)`).

Inspections: a hospital's schedule under zone rows, each unit's frequency in brackets on a second line of its cell, no
frequency column (VI: the same at a provincial hospital); a vaccine plant's planned checks with their frequency and
unplanned checks with the event that calls for them (VI: a GMP factory's `định kỳ` and `đột xuất` checks).

Tasks: a hospital's plan correcting an inspector's prescription, the responsible a person with the position under the
name, the term as start and end on two lines (VI: a kế hoạch khắc phục, a shortcoming merged down over its measures
numbered 1.1, 1.2); a university's plan under section rows for the parts of the campus, the volume of work and its
unit, the cost split into the state budget and own funds (VI: a research institute's tasks numbered by codes `MT-01`).
"""

from __future__ import annotations

from . import vocab
from .common import Doc, freq, make_bin, make_msdn, maybe_distractor, num
from .limits_data import AIR_PDK, QCVN40, SOIL_PDK, add, cell, limit
from .registry import ROLES, Layout
from .sources_data import emission

# ---------------------------------------------------------------- helpers


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _L(doc: Doc) -> int:
    """0 for a Russian document, 1 for a Kazakh one."""
    return 0 if doc.lang == "ru" else 1


def _words(text: str, n: int = 5) -> str:
    return " ".join(text.split()[:n])


def _date(doc: Doc, year: int = 2025, vi: bool = False) -> str:
    d, m = doc.rng.randint(1, 28), doc.rng.randint(1, 12)
    return f"{d:02d}/{m:02d}/{year}" if vi else f"{d:02d}.{m:02d}.{year}"


def _kato(doc: Doc, prefix: str) -> str:
    r = doc.rng
    return f"{prefix}{r.randint(1, 9)}{r.randint(100, 699)}{r.choice(('000', '100'))}"


def _dms(value: float, lat: bool, lang: str) -> tuple[str, float]:
    """`50°17'23,4" с.ш.` (VI `16°03'12,4"N`) and the decimal degrees it stands for."""
    d = int(value)
    m = int((value - d) * 60)
    s = round((value - d - m / 60) * 3600, 1)
    if s >= 60:
        m, s = m + 1, 0.0
    sec = f"{s:04.1f}".replace(".", ",")
    if lang == "vi":
        return f"{d}°{m:02d}'{sec}\"{'N' if lat else 'E'}", d + m / 60 + s / 3600
    word = {"ru": ("с.ш.", "в.д."), "kk": ("с.е.", "ш.б.")}[lang][0 if lat else 1]
    return f"{d}°{m:02d}'{sec}\" {word}", d + m / 60 + s / 3600


def _air(doc: Doc, code: str, variant: int = 0) -> str:
    return vocab.air(code, doc.lang, variant)


def _merge_runs(rows: list, start: int, col: int, merges: list) -> None:
    """Merges down runs of one text in a column from row `start` on (the covered cells become None)."""
    k = start
    while k < len(rows):
        j = k
        while j + 1 < len(rows) and rows[j + 1][col] == rows[k][col] and rows[k][col]:
            j += 1
        if j > k:
            merges.append((k, col, j, col))
            for m in range(k + 1, j + 1):
                rows[m][col] = None
        k = j + 1


# ---------------------------------------------------------------- facility

# (RU name, KK name, RU operator, KK operator, RU address, KK address, KATO prefix, lat, lon, beds)
KZ_HOSPITALS = (
    ("Многопрофильная областная больница с инсинераторной установкой и котельной",
     "Инсинераторлық қондырғысы мен қазандығы бар көпбейінді облыстық аурухана",
     "КГП на ПХВ «Многопрофильная областная больница» управления здравоохранения Павлодарской области",
     "Павлодар облысы денсаулық сақтау басқармасының «Көпбейінді облыстық аурухана» ШЖҚ КМК",
     "Павлодарская область, г. Павлодар, ул. Щедрина, 63", "Павлодар облысы, Павлодар қ., Щедрин к., 63", "55", 52.27, 76.95, 620),
    ("Областная клиническая больница (больничный городок)", "Облыстық клиникалық аурухана (аурухана қалашығы)",
     "КГП на ПХВ «Областная клиническая больница» управления здравоохранения Восточно-Казахстанской области",
     "Шығыс Қазақстан облысы денсаулық сақтау басқармасының «Облыстық клиникалық аурухана» ШЖҚ КМК",
     "Восточно-Казахстанская область, г. Усть-Каменогорск, ул. Пермитина, 21",
     "Шығыс Қазақстан облысы, Өскемен қ., Пермитин к., 21", "63", 49.96, 82.61, 540),
)  # fmt: skip
# (RU, KK) department, (low, high) beds
WARDS = (
    (("Хирургическое отделение", "Хирургия бөлімшесі"), (50, 80)),
    (("Терапевтическое отделение", "Терапия бөлімшесі"), (60, 90)),
    (("Кардиологическое отделение", "Кардиология бөлімшесі"), (40, 60)),
    (("Неврологическое отделение", "Неврология бөлімшесі"), (40, 60)),
    (("Отделение реанимации и интенсивной терапии", "Реанимация және қарқынды терапия бөлімшесі"), (12, 24)),
    (("Инфекционное отделение", "Жұқпалы аурулар бөлімшесі"), (30, 50)),
)
# (name, owner, place, lat, lon)
VN_PHARMA = (
    ("Nhà máy sản xuất dược phẩm đạt tiêu chuẩn GMP-WHO Trường An", "Công ty Cổ phần Dược phẩm Trường An",
     "Lô C5, Khu công nghiệp Tân Hương, huyện Châu Thành, tỉnh Tiền Giang", 10.36, 106.32),
    ("Nhà máy dược phẩm Hà Phương (GMP-WHO)", "Công ty TNHH Dược phẩm Hà Phương",
     "Đường số 7, Khu công nghiệp Phố Nối A, huyện Văn Lâm, tỉnh Hưng Yên", 20.94, 106.03),
)


def facility_gc1(doc: Doc) -> None:
    """A hospital's card in its ПЭК programme: `№ | реквизит | значение | подтверждающий документ`, the document each
    value rests on in the last column (a dash where none), the coordinates of the site's centre in decimal degrees with
    their hemisphere words, the OKED with its words, the capacity as beds, the incinerator's and the boiler house's
    output; a table of beds by department of no role before it (VI: a GMP-WHO pharmaceutical factory's card, the
    enterprise number on its own row, the legal paper of each line, a list of products of no role after it)."""
    r = doc.rng
    if doc.lang == "vi":
        name, owner, place, lat0, lon0 = doc.pick(VN_PHARMA)
        msdn = make_msdn(r)
        lat, lon = round(lat0 + r.uniform(-0.02, 0.02), 5), round(lon0 + r.uniform(-0.02, 0.02), 5)
        doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA CƠ SỞ {name.upper()}")
        doc.h("Chương I. THÔNG TIN CHUNG VỀ CƠ SỞ")
        tabs = r.choice((450, 600, 800))
        rows = [["TT", "Hạng mục", "Thông tin", "Hồ sơ pháp lý kèm theo"],
                ["1", "Tên chủ cơ sở", owner, "Điều lệ công ty"],
                ["2", "Mã số doanh nghiệp", msdn,
                 f"Giấy chứng nhận đăng ký doanh nghiệp do Sở Tài chính cấp lần đầu ngày {_date(doc, 2008, True)}, "
                 f"thay đổi lần thứ {r.randint(4, 11)} ngày {_date(doc, 2024, True)}"],
                ["3", "Người đại diện", f"Bà {doc.pick(('Nguyễn Thị Thu Hà', 'Phạm Minh Châu', 'Đỗ Thanh Hương'))} – Tổng Giám đốc", "-"],
                ["4", "Tên cơ sở", name, f"Giấy chứng nhận đủ điều kiện kinh doanh dược số {r.randint(100, 999)}/ĐKKDD-BYT"],
                ["5", "Địa điểm", place, "Hợp đồng thuê lại đất trong KCN"],
                ["6", "Tọa độ trung tâm nhà máy (WGS-84)",
                 f"Vĩ độ {num(lat, 'vi', False)}° N; kinh độ {num(lon, 'vi', False)}° E", "-"],
                ["7", "Loại hình sản xuất", "Sản xuất thuốc tân dược dạng viên nén, viên nang cứng, thuốc bột và thuốc tiêm",
                 f"Giấy chứng nhận GMP-WHO số {r.randint(100, 999)}/GCN-QLD"],
                ["8", "Công suất", f"{tabs} triệu viên/năm; {r.randint(8, 30)} triệu ống tiêm/năm", "-"],
                ["9", "Phân loại dự án", "Nhóm II (mục 2 Phụ lục IV Nghị định số 08/2022/NĐ-CP)",
                 f"Quyết định phê duyệt kết quả thẩm định báo cáo ĐTM số {r.randint(1000, 3000)}/QĐ-UBND"]]  # fmt: skip
        doc.table("Bảng 1.1. Thông tin chung về cơ sở", rows, role="facility")
        doc.add("facilities", {"bin": msdn, "name_contains": name, "category": "II", "lat": lat, "lon": lon})
        prods = [["TT", "Dạng bào chế", "Đơn vị", "Công suất thiết kế", "Sản lượng năm 2025"],
                 ["1", "Viên nén, viên bao phim", "triệu viên/năm", num(tabs * 0.7, "vi"), num(round(tabs * 0.7 * r.uniform(0.6, 0.9)), "vi")],
                 ["2", "Viên nang cứng", "triệu viên/năm", num(tabs * 0.3, "vi"), num(round(tabs * 0.3 * r.uniform(0.6, 0.9)), "vi")],
                 ["3", "Thuốc tiêm đông khô", "triệu lọ/năm", str(r.randint(5, 12)), str(r.randint(2, 5))]]
        doc.table("Bảng 1.2. Sản phẩm và công suất của nhà máy", prods, role="other")
        return
    L = _L(doc)
    it = doc.pick(KZ_HOSPITALS)
    name, operator, address = it[L], it[2 + L], it[4 + L]
    prefix, lat0, lon0, beds = it[6], it[7], it[8], it[9]
    bin_, kato = make_bin(r), _kato(doc, prefix)
    lat, lon = round(lat0 + r.uniform(-0.02, 0.02), 5), round(lon0 + r.uniform(-0.02, 0.02), 5)
    doc.h(doc.v(f"Программа производственного экологического контроля на 2026–2028 годы. {operator}",
                f"{operator}. 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.p(doc.v("Больница оказывает стационарную и консультативно-диагностическую помощь. Коечный фонд по профилям "
                "приведен в таблице 1.", "Аурухана стационарлық және консультациялық-диагностикалық көмек көрсетеді. "
                "Бейіндер бойынша төсек қоры 1-кестеде келтірілген.", ""))
    wards = doc.rng.sample(WARDS, 5)
    counts = [r.randint(*w[1]) for w in wards]
    wards.append(((doc.v("Прочие отделения", "Басқа бөлімшелер", ""),) * 2, (0, 0)))
    counts.append(beds - sum(counts))
    doc.table(doc.v("Таблица 1 – Коечный фонд", "1-кесте – Төсек қоры", ""),
              [doc.v(["Отделение", "Коек, ед.", "Пролечено больных за 2025 г., чел."],
                     ["Бөлімше", "Төсек, бірл.", "2025 ж. емделген науқастар, адам"], []),
               *([w[0][L], str(c), num(c * r.randint(28, 40), doc.lang)] for w, c in zip(wards, counts, strict=True)),
               [doc.v("Всего", "Барлығы", ""), str(sum(counts)), ""]], role="other")
    date = _date(doc, r.randint(2012, 2021))
    dash = "–"
    rows = [doc.v(["№", "Реквизит", "Значение", "Подтверждающий документ"], ["№", "Деректемесі", "Мәні", "Растайтын құжат"], []),
            ["1", doc.v("Оператор объекта", "Объект операторы", ""), operator,
             doc.v("Устав предприятия", "Кәсіпорын жарғысы", "")],
            ["2", doc.v("БИН", "БСН", ""), bin_,
             doc.v(f"Справка о государственной перерегистрации юридического лица от {date}",
                   f"Заңды тұлғаны мемлекеттік қайта тіркеу туралы {date} анықтама", "")],
            ["3", doc.v("Наименование объекта", "Объектінің атауы", ""), name, dash],
            ["4", doc.v("Фактический адрес", "Нақты мекенжайы", ""), address,
             doc.v(f"Акт на право постоянного землепользования № {r.randint(1000, 9999)}",
                   f"Тұрақты жер пайдалану құқығына № {r.randint(1000, 9999)} акт", "")],
            ["5", doc.v("Код КАТО", "ҚАТО коды", ""), kato, dash],
            ["6", doc.v("Основной вид деятельности (ОКЭД)", "Негізгі қызмет түрі (ЭҚЖЖ)", ""),
             doc.v("86101 – Деятельность больничных организаций", "86101 – Аурухана ұйымдарының қызметі", ""),
             doc.v("Статистическая карточка", "Статистикалық карточка", "")],
            ["7", doc.v("Категория объекта, оказывающего негативное воздействие", "Теріс әсер ететін объектінің санаты", ""),
             doc.v("II категория", "II санат", ""),
             doc.v(f"Решение об определении категории объекта от {_date(doc, 2024)}", f"Объект санатын айқындау туралы {_date(doc, 2024)} шешім", "")],
            ["8", doc.v("Координаты центра площадки", "Алаң орталығының координаттары", ""),
             doc.v(f"{num(lat, 'ru', False)}° с.ш., {num(lon, 'ru', False)}° в.д.", f"{num(lat, 'kk', False)}° с.е., {num(lon, 'kk', False)}° ш.б.", ""),
             doc.v("Топографический план М 1:2000", "М 1:2000 топографиялық жоспары", "")],
            ["9", doc.v("Мощность", "Қуаты", ""),
             doc.v(f"{beds} коек; инсинератор – {r.choice((50, 80, 100))} кг/ч; котельная – 2 котла по 1,0 МВт",
                   f"{beds} төсек; инсинератор – {r.choice((50, 80, 100))} кг/сағ; қазандық – 1,0 МВт-тан 2 қазандық", ""),
             doc.v(f"Лицензия на медицинскую деятельность № {r.randint(10, 99)}LZ{r.randint(10**7, 10**8 - 1)}",
                   f"Медициналық қызметке № {r.randint(10, 99)}LZ{r.randint(10**7, 10**8 - 1)} лицензия", "")],
            ["10", doc.v("Режим работы", "Жұмыс режимі", ""),
             doc.v("стационар – круглосуточно; инсинератор – 2 смены, 6 дней в неделю; котельная – отопительный период",
                   "стационар – тәулік бойы; инсинератор – 2 ауысым, аптасына 6 күн; қазандық – жылыту кезеңі", ""), dash]]  # fmt: skip
    doc.table(doc.v("Таблица 2 – Общие сведения об объекте", "2-кесте – Объект туралы жалпы мәліметтер", ""), rows, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": operator.split("«")[1].split("»")[0], "kato": kato, "oked": "86101",
                           "category": "II", "lat": lat, "lon": lon})


# (RU operator, KK operator, RU object, KK object, RU address, KK address, KATO prefix, lat, lon)
KZ_VETLABS = (
    ("Акмолинский областной филиал РГП на ПХВ «Республиканская ветеринарная лаборатория»",
     "«Республикалық ветеринариялық зертхана» ШЖҚ РМК Ақмола облыстық филиалы",
     "Ветеринарная лаборатория с виварием и биотермической ямой", "Виварийі мен биотермиялық шұңқыры бар ветеринариялық зертхана",
     "Акмолинская область, г. Кокшетау, ул. Сатпаева, 1В", "Ақмола облысы, Көкшетау қ., Сәтбаев к., 1В", "11", 53.28, 69.39),
    ("Жамбылский областной филиал РГП на ПХВ «Республиканская ветеринарная лаборатория»",
     "«Республикалық ветеринариялық зертхана» ШЖҚ РМК Жамбыл облыстық филиалы",
     "Ветеринарная лаборатория с инсинератором для биологических отходов", "Биологиялық қалдықтарға арналған инсинераторы бар ветеринариялық зертхана",
     "Жамбылская область, г. Тараз, ул. Сулейменова, 7", "Жамбыл облысы, Тараз қ., Сүлейменов к., 7", "31", 42.90, 71.37),
)  # fmt: skip
# (owner, institute, object, place, lat, lon)
VN_PILOT = (
    ("Công ty TNHH MTV Phát triển Công nghệ Sinh học Miền Trung", "Viện Công nghệ Sinh học và Thực phẩm Miền Trung",
     "Xưởng sản xuất thực nghiệm chế phẩm sinh học và enzyme", "Khu công nghệ cao Đà Nẵng, xã Hòa Liên, huyện Hòa Vang, TP. Đà Nẵng",
     16.10, 108.06),
    ("Công ty TNHH MTV Ứng dụng Hóa dược Phương Nam", "Viện Hóa học Ứng dụng Phương Nam",
     "Xưởng pilot tổng hợp hóa dược và chiết xuất dược liệu", "Khu công nghệ cao TP. Hồ Chí Minh, phường Long Thạnh Mỹ, TP. Thủ Đức",
     10.84, 106.80),
)


def facility_gc2(doc: Doc) -> None:
    """The first section of a declaration of impact printed as a grid of boxes, three to a row and no header: each cell
    holds a label on its first line and the value under it (`БИН:` then the twelve digits), the latitude and the longitude
    in boxes of their own in degrees, minutes and seconds, the category a bare numeral; a table of the laboratory's
    activity of no role after it (VI: a research institute's pilot workshop run by the institute's company, the enterprise
    number in its box)."""
    r = doc.rng
    if doc.lang == "vi":
        owner, inst, obj, place, lat0, lon0 = doc.pick(VN_PILOT)
        msdn = make_msdn(r)
        lat, lat_v = _dms(lat0 + r.uniform(-0.01, 0.01), True, "vi")
        lon, lon_v = _dms(lon0 + r.uniform(-0.01, 0.01), False, "vi")
        doc.h("PHIẾU THÔNG TIN CƠ SỞ")
        doc.p(f"(Kèm theo hồ sơ đăng ký môi trường của {obj} – đơn vị trực thuộc {inst})")
        rows = [[f"Tên chủ cơ sở:\n{owner}", f"Mã số doanh nghiệp:\n{msdn}", f"Cơ quan chủ quản:\n{inst}"],
                [f"Tên cơ sở:\n{obj}", f"Địa chỉ:\n{place}", f"Điện thoại:\n{'0236 3' if lat0 > 15 else '028 3'}{r.randint(600000, 899999) if lat0 > 15 else r.randint(6000000, 8999999)}"],
                [f"Vĩ độ (WGS-84):\n{lat}", f"Kinh độ (WGS-84):\n{lon}", "Phân nhóm theo Nghị định 08/2022/NĐ-CP:\nNhóm III"],
                [f"Quy mô:\n{r.randint(20, 60)} tấn sản phẩm/năm", f"Số lao động:\n{r.randint(25, 70)} người",
                 "Thời gian hoạt động:\n1 ca/ngày, 250 ngày/năm"]]
        doc.table("1. Thông tin về cơ sở", rows, role="facility")
        doc.add("facilities", {"bin": msdn, "name_contains": obj, "category": "III", "lat": lat_v, "lon": lon_v})
        doc.table("2. Sản phẩm thực nghiệm", [["Sản phẩm", "Đơn vị", "Năm 2025"],
                                              ["Chế phẩm vi sinh dạng bột", "tấn", num(r.randint(8, 25), "vi")],
                                              ["Enzyme dạng lỏng", "m3", num(r.randint(5, 20), "vi")]], role="other")
        return
    L = _L(doc)
    it = doc.pick(KZ_VETLABS)
    operator, obj, address, prefix, lat0, lon0 = it[L], it[2 + L], it[4 + L], it[6], it[7], it[8]
    bin_, kato = make_bin(r), _kato(doc, prefix)
    lat, lat_v = _dms(lat0 + r.uniform(-0.01, 0.01), True, doc.lang)
    lon, lon_v = _dms(lon0 + r.uniform(-0.01, 0.01), False, doc.lang)
    doc.h(doc.v("Декларация о воздействии на окружающую среду (объект III категории)",
                "Қоршаған ортаға әсер ету туралы декларация (III санаттағы объект)", ""))
    doc.p(doc.v("Декларируемый период: 2026–2035 годы.", "Декларацияланатын кезең: 2026–2035 жылдар.", ""))
    head = doc.pick(("Жаксылыков Е.Т.", "Оспанова Г.К.", "Дюсембаев А.С."))
    phone = f"8 ({'7162' if prefix == '11' else '7262'}) {r.randint(20, 79)}-{r.randint(10, 99)}-{r.randint(10, 99)}"
    labels = doc.v(("Наименование оператора", "БИН", "Код ОКЭД", "Наименование объекта", "Адрес объекта", "Код КАТО", "Широта",
                    "Долгота", "Категория объекта", "Руководитель", "Телефон", "Дата заполнения"),
                   ("Оператордың атауы", "БСН", "ЭҚЖЖ коды", "Объектінің атауы", "Объектінің мекенжайы", "ҚАТО коды", "Ендік",
                    "Бойлық", "Объект санаты", "Басшы", "Телефон", "Толтырылған күні"), ())
    values = (operator, bin_, doc.v("75000 – Ветеринарная деятельность", "75000 – Ветеринариялық қызмет", ""), obj, address, kato,
              lat, lon, "III", head, phone, _date(doc, 2026))
    boxes = [f"{label}:\n{value}" for label, value in zip(labels, values, strict=True)]
    rows = [boxes[k : k + 3] for k in range(0, len(boxes), 3)]
    doc.table(doc.v("Раздел 1. Сведения об операторе и объекте", "1-бөлім. Оператор және объект туралы мәліметтер", ""), rows,
              role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": obj, "kato": kato, "oked": "75000", "category": "III",
                           "lat": lat_v, "lon": lon_v})
    doc.table(doc.v("Раздел 2. Сведения о деятельности", "2-бөлім. Қызмет туралы мәліметтер", ""),
              [doc.v(["Показатель", "Ед. изм.", "Значение"], ["Көрсеткіш", "Өлш. бірл.", "Мәні"], []),
               doc.v(["Лабораторные исследования", "исследований/год", num(r.randint(30, 90) * 1000, "ru")],
                     ["Зертханалық зерттеулер", "зерттеу/жыл", num(r.randint(30, 90) * 1000, "kk")], []),
               doc.v(["Лабораторные животные (виварий)", "голов", str(r.randint(150, 600))],
                     ["Зертханалық жануарлар (виварий)", "бас", str(r.randint(150, 600))], []),
               doc.v(["Численность работников", "чел.", str(r.randint(40, 95))], ["Қызметкерлер саны", "адам", str(r.randint(40, 95))], [])],
              role="other")


# ---------------------------------------------------------------- emissions

# (number, RU title, KK title, RU unit of q, KK unit of q, RU burned, KK burned, (low, high) burned, hours,
#  {code: (low, high) specific emission})
HOSPITAL_SOURCES = (
    ("0001", "дымовая труба инсинератора ИУ-50 (сжигание медицинских отходов классов Б и В), Н = 12 м, D = 0,35 м",
     "ИУ-50 инсинераторының түтін мұржасы (Б және В сыныптарындағы медициналық қалдықтарды жағу), Н = 12 м, D = 0,35 м",
     "кг/т", "кг/т", "т отходов/год", "т қалдық/жыл", (25, 70), 3744,
     {"0301": (1.8, 3.2), "0304": (0.3, 0.5), "0330": (0.9, 2.0), "0337": (2.5, 6.0), "0316": (1.0, 3.0), "2902": (2.0, 4.5)}),
    ("0002", "дымовая труба котельной (2 котла Buderus, газ природный), Н = 18 м, D = 0,5 м",
     "қазандықтың түтін мұржасы (2 Buderus қазандығы, табиғи газ), Н = 18 м, D = 0,5 м",
     "кг/тыс. м3", "кг/мың м3", "тыс. м3 газа/год", "мың м3 газ/жыл", (380, 900), 5160,
     {"0301": (1.6, 2.6), "0304": (0.26, 0.42), "0337": (3.0, 5.5)}),
    ("0003", "выхлопная труба резервной дизельной электростанции АД-250, Н = 3 м",
     "АД-250 резервтік дизельдік электр станциясының шығару құбыры, Н = 3 м",
     "кг/т", "кг/т", "т дизельного топлива/год", "т дизель отыны/жыл", (1.5, 6.0), 220,
     {"0301": (28, 34), "0304": (4.5, 5.5), "0328": (4.5, 5.5), "0330": (9, 11), "0337": (24, 28), "1325": (1.1, 1.3), "2754": (11, 13)}),
)  # fmt: skip


def emissions_gc1(doc: Doc) -> None:
    """A hospital's calculation of gross and maximum emissions in its НДВ section: a group row per source spanning the
    table that carries in its words what the source burns a year and its hours (`сжигается B = 41,2 т отходов/год,
    T = 3 744 ч/год`), then per substance the code, the name, the specific emission and its unit in a column of its
    own, the tonnes a year and last the grams a second (the order of the methodology's formulas); a total row of tonnes
    (VI: an ĐTM's loads of a hospital incinerator and its generator with the emission factor, kg a day, g/s and tonnes
    a year, the sources named, not numbered)."""
    r = doc.rng
    if doc.lang == "vi":
        doc.h("BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN NÂNG CẤP BỆNH VIỆN ĐA KHOA TỈNH LÊN 800 GIƯỜNG BỆNH")
        kg_day = r.choice((300, 360, 420, 450))
        doc.p(f"Lò đốt chất thải y tế công suất 60 kg/giờ, đốt khoảng {kg_day} kg chất thải lây nhiễm/ngày, vận hành "
              "8 giờ/ngày, 312 ngày/năm. Máy phát điện dự phòng 1.000 kVA chỉ vận hành khi mất điện lưới (khoảng "
              "300 giờ/năm, tiêu thụ 180 kg dầu DO/giờ); tải lượng theo ngày tính cho ngày vận hành liên tục 24 giờ.")
        rows = [["TT", "Nguồn thải", "Thông số", "Hệ số ô nhiễm (kg/tấn)", "Tải lượng (kg/ngày)", "Tải lượng (g/s)",
                 "Tải lượng (tấn/năm)"]]
        merges = []
        plan = (("Lò đốt chất thải y tế", kg_day / 1000, 8, 312,
                 {"2902": (2.0, 4.0), "0330": (1.0, 2.0), "0301": (2.0, 3.5), "0337": (2.5, 5.0), "0316": (1.0, 2.5)}),
                ("Máy phát điện dự phòng", 0.18 * 24, 24, 12.5,
                 {"2902": (0.6, 0.8), "0330": (3.5, 4.5), "0301": (40, 50), "0337": (10, 14)}))
        for k, (src, t_day, h_day, days, factors) in enumerate(plan, 1):
            start = len(rows)
            for c, (lo, hi) in factors.items():
                f = _sig(r.uniform(lo, hi), 3)
                kg = _sig(f * t_day, 3)
                g = _sig(kg * 1000 / (h_day * 3600), 3)
                t = _sig(kg * days / 1000, 3)
                label = vocab.air(c, "vi", 0 if c == "2902" else 1)
                rows.append([str(k) if len(rows) == start else None, src if len(rows) == start else None, label,
                             num(f, "vi"), num(kg, "vi"), num(g, "vi"), num(t, "vi")])
                doc.add("emissions", emission(c, g, t))
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
        doc.table("Bảng 3.15. Tải lượng các chất ô nhiễm trong khí thải giai đoạn vận hành", rows, merges, role="emissions")
        doc.p("Ghi chú: hệ số ô nhiễm theo Tổ chức Y tế Thế giới (WHO, 1993); khí thải lò đốt được xử lý bằng hệ thống "
              "hấp thụ dung dịch kiềm trước khi thải ra ống khói cao 20 m.")
        maybe_distractor(doc)
        return
    L = _L(doc)
    doc.h(doc.v("Раздел 4. Расчет выбросов загрязняющих веществ в атмосферу", "4-бөлім. Атмосфераға ластаушы заттар шығарындыларын есептеу", ""))
    doc.p(doc.v("Валовый выброс рассчитан по формуле М = q × B × 10⁻³, т/год, максимальный разовый – G = М × 10⁶ / (3600 × T), г/с, "
                "где q – удельный выброс, B – годовой расход топлива (отходов), T – время работы источника, ч/год.",
                "Жалпы шығарынды М = q × B × 10⁻³, т/жыл формуласы бойынша, ең жоғары бір реттік шығарынды G = М × 10⁶ / (3600 × T), г/с "
                "бойынша есептелді, мұнда q – меншікті шығарынды, B – отынның (қалдықтардың) жылдық шығыны, T – көздің жұмыс уақыты, сағ/жыл.", ""))
    rows = [doc.v(["Код ЗВ", "Наименование загрязняющего вещества", "Удельный выброс q", "Ед. изм. q", "Валовый выброс М, т/год",
                   "Максимальный разовый выброс G, г/с"],
                  ["ЛЗ коды", "Ластаушы заттың атауы", "Меншікті шығарынды q", "q өлш. бірл.", "Жалпы шығарынды М, т/жыл",
                   "Ең жоғары бір реттік шығарынды G, г/с"], [])]
    merges = []
    sources = [s for s in HOSPITAL_SOURCES if s[0] != "0003" or r.random() < 0.75]
    all_t = []
    for number, t_ru, t_kk, u_ru, u_kk, b_ru, b_kk, (lo, hi), hours, factors in sources:
        burned = _sig(r.uniform(lo, hi), 3)
        b, h = num(burned, doc.lang), num(hours, doc.lang)
        rows.append([doc.v(f"Источник № {number} – {t_ru}; сжигается B = {b} {b_ru}, T = {h} ч/год",
                           f"№ {number} көз – {t_kk}; жағылады B = {b} {b_kk}, T = {h} сағ/жыл", ""), None, None, None, None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 5))
        for c, (flo, fhi) in factors.items():
            q = _sig(r.uniform(flo, fhi), 3)
            t = _sig(q * burned / 1000, 4)
            g = _sig(t * 1e6 / (3600 * hours), 4)
            all_t.append(t)
            rows.append([c, _air(doc, c), num(q, doc.lang), (u_ru, u_kk)[L], num(t, doc.lang), num(g, doc.lang)])
            doc.add("emissions", emission(c, g, t, number))
    rows.append(["", doc.v("Всего по больнице", "Аурухана бойынша барлығы", ""), "", "", num(round(sum(all_t), 4), doc.lang), ""])
    doc.table(doc.v("Таблица 4.1 – Расчет выбросов от источников больницы", "4.1-кесте – Аурухана көздерінен шығарындыларды есептеу", ""),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": "organized"} for s in sources))
    maybe_distractor(doc)


# (number, RU source, KK source, hours, [(RU unit, KK unit, {code: (low, high) g/s})])
VACCINE_SOURCES = (
    ("0001", "Дымовая труба котельной", "Қазандықтың түтін мұржасы", 5160, [
        ("котел № 1 (газ природный)", "№ 1 қазандық (табиғи газ)", {"0301": (0.03, 0.07), "0304": (0.005, 0.011), "0337": (0.06, 0.15)}),
        ("котел № 2 (газ природный)", "№ 2 қазандық (табиғи газ)", {"0301": (0.03, 0.07), "0304": (0.005, 0.011), "0337": (0.06, 0.15)})]),
    ("0002", "Вытяжная труба корпуса № 3 (инактивированные вакцины)", "№ 3 корпустың сору құбыры (инактивацияланған вакциналар)", 2000, [
        ("вытяжной шкаф участка инактивации № 1", "№ 1 инактивациялау учаскесінің сору шкафы", {"1325": (0.0002, 0.0009)}),
        ("вытяжной шкаф участка инактивации № 2", "№ 2 инактивациялау учаскесінің сору шкафы", {"1325": (0.0002, 0.0009)}),
        ("реакторы приготовления питательных сред", "қоректік орта дайындау реакторлары", {"0316": (0.0002, 0.001), "0303": (0.0005, 0.003)})]),
    ("0003", "Вытяжная вентиляция вивария", "Виварийдің сору желдеткіші", 8760, [
        ("помещения содержания мелких животных", "ұсақ жануарларды ұстау үй-жайлары", {"0303": (0.001, 0.005), "0333": (0.00005, 0.0003)}),
        ("помещения содержания крупных животных", "ірі жануарларды ұстау үй-жайлары", {"0303": (0.002, 0.008), "0333": (0.0001, 0.0005)})]),
    ("0004", "Труба печи сжигания биологических отходов", "Биологиялық қалдықтарды жағу пешінің құбыры", 900, [
        ("печь КТО-50", "КТО-50 пеші", {"0301": (0.01, 0.04), "0330": (0.005, 0.02), "0337": (0.02, 0.08), "0316": (0.002, 0.01),
                                        "2902": (0.01, 0.05)})]),
    ("6001", "Открытая стоянка автотранспорта", "Автокөліктің ашық тұрағы", 1500, [
        ("стоянка на 40 машино-мест", "40 орындық тұрақ", {"0301": (0.002, 0.008), "0330": (0.0005, 0.002), "0337": (0.02, 0.08),
                                                           "2704": (0.003, 0.012)})]),
)  # fmt: skip
# (stack, hours a year, [(room, {code: (low, high) g/s})])
PHARMA_STACKS = (
    ("Ống khói lò hơi đốt viên nén sinh khối 4 tấn hơi/giờ", 6000, [
        ("Lò hơi", {"2902": (0.1, 0.4), "0330": (0.05, 0.3), "0301": (0.2, 0.7), "0337": (0.2, 0.9)})]),
    ("Ống thải chung hệ thống lọc bụi túi vải khu sản xuất thuốc viên", 4800, [
        ("Phòng pha chế, trộn khô", {"2902": (0.005, 0.02)}), ("Phòng dập viên", {"2902": (0.005, 0.02)}),
        ("Phòng bao phim", {"2902": (0.002, 0.01), "0621": (0.001, 0.006)})]),
    ("Ống thải tủ hút phòng kiểm nghiệm (QC)", 2000, [
        ("Tủ hút số 1 (hóa lý)", {"0316": (0.0002, 0.001), "0303": (0.0002, 0.002)}),
        ("Tủ hút số 2 (sắc ký)", {"0621": (0.001, 0.005), "0303": (0.0002, 0.002)})]),
    ("Ống xả máy phát điện dự phòng 750 kVA", 150, [
        ("Máy phát điện", {"0301": (0.3, 0.8), "0330": (0.03, 0.12), "0337": (0.1, 0.4)})]),
)


def _source_rows(doc: Doc, units, hours: float, kilo: bool, label_of, total_word: str):
    """A source's rows: each emitting unit's substances, then, when the source gathers several units, a total row per
    substance. Returns the rows (unit, code, g/s, amount a year as written) and {code: (g/s, t/year)} of the source."""
    r = doc.rng
    rows, sums = [], {}
    for unit, codes in units:
        for c, (lo, hi) in codes.items():
            g = _sig(r.uniform(lo, hi), 3)
            a = _sig(g * 3600 * hours / (1000 if kilo else 1e6) * r.uniform(0.6, 0.95), 3)
            rows.append([unit, c, label_of(c), num(g, doc.lang), num(a, doc.lang)])
            s = sums.setdefault(c, [0.0, 0.0])
            s[0] += g
            s[1] += a
    out = {}
    for c, (g, a) in sums.items():
        g, a = round(g, 7), round(a, 6)
        out[c] = (g, round(a / 1000, 9) if kilo else a)
        if len(units) > 1:
            rows.append([total_word, c, label_of(c), num(g, doc.lang), num(a, doc.lang)])
    return rows, out


def emissions_gc2(doc: Doc) -> None:
    """A vaccine and serum plant's inventory whose sources gather several emitting units: `№ ИЗА | источник выброса |
    источник выделения | код | вещество | г/с | кг/год`, the source's number and name merged down over the rows of its
    units (two boilers into one stack, fume hoods and reactors into a building's exhaust) and a `Всего по источнику`
    row per substance after them — the source's emission; a single-unit source has no such row; kilograms a year (VI:
    a GMP factory's stacks named, the rooms and hoods under each, `Cộng` rows per pollutant, kg a year)."""
    vi = doc.lang == "vi"
    if vi:
        doc.h("BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – NHÀ MÁY DƯỢC PHẨM GMP-WHO")
        doc.p("Tải lượng được tính từ kết quả quan trắc định kỳ (trung bình 4 đợt) và thời gian vận hành của từng nguồn; "
              "khí thải từ các phòng sản xuất được thu gom về ống thải chung.")
        rows = [["Ống thải", "Nguồn phát sinh", "Thông số", "Tải lượng (g/s)", "Tải lượng (kg/năm)"]]
        merges = []
        for stack, hours, units in PHARMA_STACKS:
            part, sums = _source_rows(doc, units, hours, True,
                                      lambda c: vocab.air(c, "vi", 0 if c in ("2902", "0621") else 1), "Cộng")
            start = len(rows)
            for k, line in enumerate(part):
                rows.append([stack if k == 0 else None, line[0], *line[2:]])
            _merge_runs(rows, start, 1, merges)
            if len(rows) - start > 1:
                merges.append((start, 0, len(rows) - 1, 0))
            for c, (g, t) in sums.items():
                doc.add("emissions", emission(c, g, t))
        doc.table("Bảng 2.4. Tải lượng bụi, khí thải phát sinh năm 2025", rows, merges, role="emissions")
        maybe_distractor(doc)
        return
    L = _L(doc)
    doc.h(doc.v("Отчет об инвентаризации выбросов загрязняющих веществ АО «Шығыс Биофарм» (завод вакцин и сывороток)",
                "«Шығыс Биофарм» АҚ (вакциналар мен сарысулар зауыты) ластаушы заттар шығарындыларын түгендеу туралы есеп", ""))
    doc.p(doc.v("Выбросы производственных корпусов незначительны и приведены в килограммах в год. Вытяжные системы "
                "нескольких помещений объединены в общие источники выброса.",
                "Өндірістік корпустардың шығарындылары шамалы және жылына килограммен келтірілген. Бірнеше үй-жайдың сору "
                "жүйелері ортақ шығарынды көздеріне біріктірілген.", ""))
    rows = [doc.v(["№ ИЗА", "Источник выброса", "Источник выделения", "Код ЗВ", "Наименование ЗВ", "Выброс, г/с", "Выброс, кг/год"],
                  ["ЛШК №", "Шығарынды көзі", "Бөліну көзі", "ЛЗ коды", "ЛЗ атауы", "Шығарынды, г/с", "Шығарынды, кг/жыл"], [])]
    merges = []
    numbers = []
    total_word = doc.v("Всего по источнику", "Көз бойынша барлығы", "")
    for number, s_ru, s_kk, hours, units in VACCINE_SOURCES:
        numbers.append(number)
        part, sums = _source_rows(doc, [((u_ru, u_kk)[L], codes) for u_ru, u_kk, codes in units], hours, True,
                                  lambda c: _air(doc, c), total_word)
        start = len(rows)
        for k, line in enumerate(part):
            rows.append([number if k == 0 else None, (s_ru, s_kk)[L] if k == 0 else None, *line])
        _merge_runs(rows, start, 2, merges)
        merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
        for c, (g, t) in sums.items():
            doc.add("emissions", emission(c, g, t, number))
    doc.table(doc.v("Таблица 3 – Источники выделения и выбросы загрязняющих веществ",
                    "3-кесте – Бөліну көздері және ластаушы заттар шығарындылары", ""), rows, merges, role="emissions")
    doc.add("sources", *({"number": n, "type": "unorganized" if n.startswith("6") else "organized"} for n in numbers))
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# (code, RU name, KK name, class, (low, high) kg a day, days a year, RU handling, KK handling, [(RU dept, KK dept)])
TB_WASTES = (
    ("18 01 03*", "Отходы класса В: перевязочный материал, СИЗ, одноразовые изделия, контактировавшие с больными туберкулезом",
     "В сыныпты қалдықтар: туберкулезбен ауыратын науқастармен жанасқан таңу материалы, ЖҚҚ, бір реттік бұйымдар", "В", (18, 45), 365,
     "обеззараживание в автоклаве, сжигание по договору", "автоклавта залалсыздандыру, шарт бойынша жағу",
     [("легочно-хирургическое отделение", "өкпе хирургиясы бөлімшесі"), ("отделение МЛУ-ТБ", "КДТ-ТБ бөлімшесі"),
      ("бактериологическая лаборатория", "бактериологиялық зертхана")]),
    ("18 01 03*", "Остатки мокроты и емкости для сбора мокроты", "Қақырық қалдықтары және қақырық жинауға арналған ыдыстар", "В", (2, 6), 365,
     "химическое обеззараживание, сжигание по договору", "химиялық залалсыздандыру, шарт бойынша жағу", []),
    ("18 01 03*", "Острые предметы (иглы, скарификаторы, стекло)", "Өткір заттар (инелер, скарификаторлар, шыны)", "Б", (1.5, 4), 365,
     "в непрокалываемых контейнерах – на сжигание по договору", "тесілмейтін контейнерлерде – шарт бойынша жағуға", []),
    ("18 01 06*", "Отработанные реактивы бактериологической и клинико-диагностической лабораторий",
     "Бактериологиялық және клиникалық-диагностикалық зертханалардың пайдаланылған реактивтері", "Г", (0.2, 0.8), 250,
     "передача специализированной организации", "мамандандырылған ұйымға беру", []),
    ("09 01 04*", "Отработанные растворы фиксажа рентгенкабинета", "Рентген кабинетінің пайдаланылған бекіткіш ерітінділері", "Г", (0.3, 1.2), 250,
     "передача на извлечение серебра", "күміс алуға беру", []),
    ("20 01 21*", "Отработанные ртутьсодержащие лампы", "Пайдаланылған құрамында сынап бар шамдар", "Г", (0.05, 0.2), 250,
     "демеркуризация по договору", "шарт бойынша демеркуризациялау", []),
    ("20 01 08", "Пищевые отходы пищеблока (административный корпус)", "Тамақ блогының тамақ қалдықтары (әкімшілік корпус)", "А", (10, 30), 365,
     "вывоз на полигон ТБО", "ҚТҚ полигонына шығару", []),
    ("20 03 01", "Смешанные коммунальные отходы", "Аралас коммуналдық қалдықтар", "А", (25, 60), 365, "вывоз на полигон ТБО",
     "ҚТҚ полигонына шығару", [("стационар", "стационар"), ("поликлиническое отделение", "емхана бөлімшесі")]),
)  # fmt: skip
# VI: (name, code or None, (low, high) kg a year, handling, [departments])
VN_HOSPITAL_WASTES = (
    ("Chất thải lây nhiễm (bao gồm cả chất thải sắc nhọn)", "13 01 01", (18000, 42000), "Xử lý bằng lò đốt tại bệnh viện",
     ["Khối Ngoại – Sản", "Khối Nội – Nhi", "Khoa Xét nghiệm"]),
    ("Hóa chất thải bao gồm hoặc có các thành phần nguy hại", "13 01 02", (150, 600), "Chuyển giao Công ty CP Môi trường Việt Úc",
     ["Khoa Xét nghiệm", "Khoa Chẩn đoán hình ảnh"]),
    ("Dược phẩm gây độc tế bào thải", "13 01 03", (20, 120), "Chuyển giao Công ty CP Môi trường Việt Úc", []),
    ("Bóng đèn huỳnh quang thải", "16 01 06", (30, 120), "Chuyển giao Công ty CP Môi trường Việt Úc", []),
    ("Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "17 02 03", (40, 200), "Chuyển giao Công ty CP Môi trường Việt Úc", []),
    ("Chất thải rắn sinh hoạt", None, (90000, 180000), "Công ty Môi trường đô thị thu gom", ["Khu điều trị", "Khu hành chính, căng tin"]),
)


def wastes_gc1(doc: Doc) -> None:
    """A tuberculosis dispensary's medical wastes: `Образование` merged over `кг/сут | т/год`, the class of the sanitary
    rules in a column of its own beside the code (one code for several classes' items), the yearly tonnes the amount;
    under some wastes `в т.ч.` rows split it by department with their own kilograms and tonnes (no wastes of their own),
    a total row (VI: a provincial hospital's annual report, CTNH with their codes and the `trong đó:` rows by department
    under the infectious waste and the household waste)."""
    r = doc.rng
    if doc.lang == "vi":
        doc.h("BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – BỆNH VIỆN ĐA KHOA TỈNH")
        doc.p("Khối lượng chất thải được tổng hợp từ sổ theo dõi chất thải y tế của các khoa, phòng; đơn vị tính: kg.")
        rows = [["TT", "Tên chất thải", "Mã CTNH", "Số lượng (kg/năm)", "Phương pháp xử lý"]]
        whole = []
        for k, (name, code, (lo, hi), how, parts) in enumerate(VN_HOSPITAL_WASTES, 1):
            kg = r.randint(lo // 10, hi // 10) * 10
            whole.append(kg)
            rows.append([str(k), name, code or "-", num(kg, "vi"), how])
            coded = {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True} if code else {
                "code": None, "code_system": None, "hazardous": False}
            doc.add("wastes", {**coded, "amount_t": kg / 1000, "name_contains": name})
            if parts:
                rows.append(["", "trong đó:", "", "", ""])
                shares = [r.uniform(1, 3) for _ in parts]
                left = kg
                for j, dept in enumerate(parts):
                    part = left if j == len(parts) - 1 else round(kg * shares[j] / sum(shares) / 10) * 10
                    left -= part
                    rows.append(["", f"- {dept}", "", num(part, "vi"), ""])
        rows.append(["", "Tổng cộng", "", num(sum(whole), "vi"), ""])
        doc.table("Bảng 4. Khối lượng chất thải phát sinh năm 2025", rows, role="wastes")
        maybe_distractor(doc)
        return
    L = _L(doc)
    doc.h(doc.v("Программа управления отходами КГП на ПХВ «Областной противотуберкулезный диспансер» на 2026–2028 годы",
                "«Облыстық туберкулезге қарсы диспансер» ШЖҚ КМК қалдықтарды басқару бағдарламасы (2026–2028 жылдар)", ""))
    doc.p(doc.v("Медицинские отходы разделяются на классы А, Б, В и Г согласно санитарным правилам; отходы класса В "
                "образуются в отделениях, где находятся больные туберкулезом, и в бактериологической лаборатории.",
                "Медициналық қалдықтар санитариялық қағидаларға сәйкес А, Б, В және Г сыныптарына бөлінеді; В сыныбының "
                "қалдықтары туберкулезбен ауыратын науқастар жатқан бөлімшелерде және бактериологиялық зертханада түзіледі.", ""))
    rows = [doc.v(["№", "Наименование отхода", "Класс", "Код отхода", "Образование", None, "Обращение"],
                  ["№", "Қалдықтың атауы", "Сыныбы", "Қалдық коды", "Түзілуі", None, "Жұмыс істеу"], []),
            doc.v([None, None, None, None, "кг/сут", "т/год", None], [None, None, None, None, "кг/тәул", "т/жыл", None], [])]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 4, 0, 5), (0, 6, 1, 6)]
    picked = [w for w in TB_WASTES if w[4][1] > 10 or r.random() < 0.8]  # the three large ones always
    whole = []
    for k, (code, n_ru, n_kk, klass, (lo, hi), days, h_ru, h_kk, parts) in enumerate(picked, 1):
        kg = _sig(r.uniform(lo, hi), 3)
        t = _sig(kg * days / 1000, 3)
        whole.append(t)
        name = (n_ru, n_kk)[L]
        rows.append([str(k), name, klass, code, num(kg, doc.lang), num(t, doc.lang), (h_ru, h_kk)[L]])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": name})
        shares = [r.uniform(1, 3) for _ in parts]
        left_kg, left_t = kg, t
        for j, dept in enumerate(parts):
            if j == len(parts) - 1:
                part, part_t = round(left_kg, 2), round(left_t, 3)
            else:
                part = round(kg * shares[j] / sum(shares), 1)
                part_t = round(t * shares[j] / sum(shares), 2)
                left_kg, left_t = left_kg - part, left_t - part_t
            rows.append(["", doc.v(f"в т.ч. {dept[0]}", f"оның ішінде {dept[1]}", ""), "", "", num(part, doc.lang),
                         num(part_t, doc.lang), ""])
    rows.append(["", doc.v("Итого", "Жиыны", ""), "", "", "", num(round(sum(whole), 2), doc.lang), ""])
    doc.table(doc.v("Таблица 2 – Образование медицинских и коммунальных отходов", "2-кесте – Медициналық және коммуналдық қалдықтардың түзілуі", ""),
              rows, merges, role="wastes")
    doc.p(doc.v("Класс А – неопасные, Б – эпидемиологически опасные, В – чрезвычайно эпидемиологически опасные, Г – токсикологически опасные отходы.",
                "А сыныбы – қауіпті емес, Б – эпидемиологиялық қауіпті, В – аса эпидемиологиялық қауіпті, Г – токсикологиялық қауіпті қалдықтар.", ""))
    maybe_distractor(doc)


# (code, RU name, KK name, (low, high) kg a month, share of months with some)
VET_WASTES = (
    ("18 02 02*", "Трупы лабораторных животных и биоматериал", "Зертханалық жануарлардың өлекселері және биоматериал", (20, 90), 1.0),
    ("18 02 02*", "Отработанные питательные среды и культуры микроорганизмов", "Пайдаланылған қоректік орталар мен микроорганизмдер дақылдары",
     (5, 25), 1.0),
    ("18 02 01", "Острые предметы (иглы, скальпели, стекло)", "Өткір заттар (инелер, скальпельдер, шыны)", (1, 4), 1.0),
    ("18 02 05*", "Отработанные химические реактивы и растворы", "Пайдаланылған химиялық реактивтер мен ерітінділер", (0.5, 4), 0.6),
    ("19 01 12", "Зола печи сжигания биологических отходов", "Биологиялық қалдықтарды жағу пешінің күлі", (3, 12), 0.9),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", (1, 6), 0.25),
    ("20 03 01", "Смешанные коммунальные отходы", "Аралас коммуналдық қалдықтар", (150, 320), 1.0),
)  # fmt: skip
MONTH_NAMES = {
    "ru": ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"),
    "kk": ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"),
    "vi": tuple(f"Tháng {m}" for m in range(1, 13)),
}
# VI: (group, name, code or None, (low, high) kg a month)
VN_MONTHLY = (
    ("Chất thải lây nhiễm", "Chất thải lây nhiễm sắc nhọn", "13 01 01", (150, 420)),
    ("Chất thải lây nhiễm", "Chất thải lây nhiễm không sắc nhọn", "13 01 01", (1500, 3600)),
    ("Chất thải lây nhiễm", "Chất thải có nguy cơ lây nhiễm cao", "13 01 01", (40, 160)),
    ("Chất thải lây nhiễm", "Chất thải giải phẫu", "13 01 01", (20, 110)),
    ("Chất thải nguy hại không lây nhiễm", "Hóa chất thải bao gồm hoặc có các thành phần nguy hại", "13 01 02", (10, 60)),
    ("Chất thải nguy hại không lây nhiễm", "Dược phẩm gây độc tế bào thải", "13 01 03", (1, 8)),
    ("Chất thải rắn thông thường", "Chất thải rắn sinh hoạt", None, (7000, 12000)),
)


def wastes_gc2(doc: Doc) -> None:
    """A veterinary laboratory's summary of its waste log for the year: the months as rows, the wastes as columns (the
    name in the first header row, the code in the second, kilograms in the caption), a dash in a month with none, then
    `Итого за год, кг` and `Итого за год, т` rows — the year's amount (VI: a provincial hospital's monthly summary of
    medical wastes under a three-row header — the group of wastes, the waste, its CTNH code — and a `Tổng cộng` row)."""
    r = doc.rng
    vi = doc.lang == "vi"
    months = MONTH_NAMES[doc.lang]
    if vi:
        doc.h("BÁO CÁO KẾT QUẢ QUẢN LÝ CHẤT THẢI Y TẾ NĂM 2025 – BỆNH VIỆN ĐA KHOA TỈNH")
        doc.p("Số liệu tổng hợp từ sổ giao nhận chất thải y tế giữa các khoa và bộ phận quản lý chất thải của bệnh viện.")
        items = [it for it in VN_MONTHLY if it[1] != "Dược phẩm gây độc tế bào thải" or r.random() < 0.6]
        head0, head1, head2 = ["Tháng"], [None], [None]
        merges = [(0, 0, 2, 0)]
        for k, (group, name, code, _) in enumerate(items, 1):
            head0.append(group if k == 1 or items[k - 2][0] != group else None)
            head1.append(name)
            head2.append(f"Mã CTNH: {code}" if code else "-")
        for k in range(1, len(head0)):
            if head0[k] is not None:
                j = k
                while j + 1 < len(head0) and head0[j + 1] is None:
                    j += 1
                if j > k:
                    merges.append((0, k, 0, j))
        rows = [head0, head1, head2]
        cols = []
        for _, _, _, (lo, hi) in items:
            cols.append([r.randint(lo, hi) for _ in months])
        for m, month in enumerate(months):
            rows.append([month, *(num(c[m], "vi") for c in cols)])
        rows.append(["Tổng cộng", *(num(sum(c), "vi") for c in cols)])
        for (_, name, code, _), c in zip(items, cols, strict=True):
            coded = {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True} if code else {
                "code": None, "code_system": None, "hazardous": False}
            doc.add("wastes", {**coded, "amount_t": sum(c) / 1000, "name_contains": name})
        doc.table("Bảng 2. Khối lượng chất thải y tế phát sinh theo tháng năm 2025 (đơn vị: kg)", rows, merges, role="wastes")
        maybe_distractor(doc)
        return
    L = _L(doc)
    it = doc.pick(KZ_VETLABS)
    doc.h(doc.v(f"Отчет по программе управления отходами за 2025 год. {it[0]}",
                f"{it[1]}. Қалдықтарды басқару бағдарламасы бойынша 2025 жылғы есеп", ""))
    doc.p(doc.v("Образование отходов учитывается в журнале учета отходов ежедневно; ниже приведены итоги журнала по месяцам. "
                "Биологические отходы обезвреживаются в собственной печи сжигания, остальные передаются по договорам.",
                "Қалдықтардың түзілуі қалдықтарды есепке алу журналында күн сайын ескеріледі; төменде журналдың айлар бойынша "
                "қорытындысы келтірілген. Биологиялық қалдықтар меншікті жағу пешінде залалсыздандырылады, қалғандары шарттар "
                "бойынша беріледі.", ""))
    items = [w for w in VET_WASTES if w[4] == 1.0 or r.random() < 0.8]
    cols = []
    for _, _, _, (lo, hi), share in items:
        col = [round(r.uniform(lo, hi), 1) if r.random() < share else 0.0 for _ in months]
        if not any(col):
            col[r.randrange(12)] = round(r.uniform(lo, hi), 1)
        cols.append(col)
    dash = "–"
    rows = [[doc.v("Месяц", "Ай", ""), *(w[1 + L] for w in items)],
            [doc.v("Код отхода", "Қалдық коды", ""), *(w[0] for w in items)]]
    for m, month in enumerate(months):
        rows.append([month, *(num(c[m], doc.lang) if c[m] else dash for c in cols)])
    sums = [round(sum(c), 1) for c in cols]
    rows.append([doc.v("Итого за год, кг", "Жыл бойы барлығы, кг", ""), *(num(x, doc.lang) for x in sums)])
    rows.append([doc.v("Итого за год, т", "Жыл бойы барлығы, т", ""), *(num(round(x / 1000, 4), doc.lang) for x in sums)])
    for (code, n_ru, n_kk, _, _), x in zip(items, sums, strict=True):
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": round(x / 1000, 4),
                           "name_contains": (n_ru, n_kk)[L]})
    doc.table(doc.v("Таблица 4 – Образование отходов по месяцам 2025 года, кг", "4-кесте – 2025 жылғы айлар бойынша қалдықтардың түзілуі, кг", ""),
              rows, role="wastes")
    doc.p(doc.v("Знаком «*» отмечены опасные отходы.", "«*» белгісімен қауіпті қалдықтар белгіленген.", ""))
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# (point, RU place, KK place)
INCINERATOR_PLOTS = (
    ("П-1", "50 м к северу от инсинератора", "инсинератордан солтүстікке қарай 50 м"),
    ("П-2", "50 м к востоку от инсинератора", "инсинератордан шығысқа қарай 50 м"),
    ("П-3", "у площадки накопления медицинских отходов", "медициналық қалдықтарды жинақтау алаңының жанында"),
    ("П-4", "фоновая точка, 1 км западнее больницы", "фондық нүкте, ауруханадан батысқа қарай 1 км"),
)
# code: B column of QCVN 02:2012/BTNMT (medical solid waste incinerators), mg/Nm3
QCVN02_B = {"2902": 115, "0316": 50, "0337": 200, "0330": 300, "0301": 300}
QCVN02_LABEL = {"2902": "Bụi tổng", "0316": "HCl", "0337": "CO", "0330": "SO2", "0301": "NOx (tính theo NO2)"}


def limits_gc1(doc: Doc) -> None:
    """Soil around a hospital's incinerator in a report on ПЭК: each sampling point merged down over two rows, one per
    sampling depth (`0–5`, `5–20` см), the elements as columns and their ПДК in a row of its own right under the header,
    the unit only in the caption (VI: one sampling of the incinerator's stack, each result as measured and as reduced
    to 7 % O2 — the reduced one is what the QCVN 02:2012/BTNMT column B value is set against —, the oxygen, flow and
    temperature without a norm)."""
    r = doc.rng
    if doc.lang == "vi":
        doc.h("PHIẾU KẾT QUẢ QUAN TRẮC KHÍ THẢI – BỆNH VIỆN ĐA KHOA TỈNH")
        o2 = round(r.uniform(9.5, 13.5), 1)
        k = (21 - 7) / (21 - o2)
        doc.p(f"Vị trí lấy mẫu: KT1 – ống khói lò đốt chất thải rắn y tế (60 kg/giờ), sau hệ thống xử lý. Ngày lấy mẫu: "
              f"{_date(doc, 2025, True)}. Kết quả được quy đổi về điều kiện chuẩn với oxy dư 7 % theo QCVN 02:2012/BTNMT.")
        rows = [["TT", "Thông số", "Đơn vị", "Kết quả đo", "Kết quả quy đổi (O2 = 7 %)", "QCVN 02:2012/BTNMT (cột B)"],
                ["1", "Lưu lượng", "m3/h", num(r.randint(1800, 2600), "vi"), "-", "-"],
                ["2", "Nhiệt độ", "°C", str(r.randint(160, 230)), "-", "-"],
                ["3", "Oxy (O2)", "%", num(o2, "vi"), "-", "-"]]
        for n, c in enumerate(("2902", "0316", "0337", "0330", "0301"), 4):
            lim = QCVN02_B[c]
            measured = _sig(lim * r.uniform(0.08, 0.6), 3)
            reduced = _sig(measured * k, 3)
            rows.append([str(n), QCVN02_LABEL[c], "mg/Nm3", num(measured, "vi"), num(reduced, "vi"), num(lim, "vi")])
            add(doc, limit(("code", c), "flue_gas", lim, "mg/Nm3", "B", "KT1", reduced))
        doc.table("Bảng 1. Kết quả phân tích mẫu khí thải", rows, role="limits")
        doc.p("Ghi chú: Tổng dioxin/furan được quan trắc 01 lần/năm, kết quả tại Phụ lục 3.")
        maybe_distractor(doc)
        return
    L = _L(doc)
    doc.h(doc.v("Отчет по производственному экологическому контролю за 2025 год. Мониторинг почвы",
                "2025 жылғы өндірістік экологиялық бақылау бойынша есеп. Топырақ мониторингі", ""))
    doc.p(doc.v("Пробы почвы отобраны в радиусе 200 м от инсинераторной установки на двух глубинах; дата отбора – "
                f"{r.randint(3, 28):02d}.09.2025.",
                "Топырақ сынамалары инсинераторлық қондырғыдан 200 м радиуста екі тереңдікте алынды; алу күні – "
                f"{r.randint(3, 28):02d}.09.2025.", ""))
    keys = ["Pb", "Zn", "Cu", *r.sample(["Ni", "Cr", "Co"], 2)]
    rows = [[doc.v("Точка отбора", "Сынама алу нүктесі", ""), doc.v("Глубина, см", "Тереңдік, см", ""), *(vocab.soil(s, doc.lang) for s in keys)],
            [doc.v("ПДК", "ШЖК", ""), None, *(num(SOIL_PDK[s], doc.lang) for s in keys)]]
    merges = [(1, 0, 1, 1)]
    plots = INCINERATOR_PLOTS if r.random() < 0.6 else INCINERATOR_PLOTS[:2] + INCINERATOR_PLOTS[3:]
    for p, ru, kk in plots:
        start = len(rows)
        for depth, high in (("0–5", 1.1), ("5–20", 0.7)):
            line = [f"{p} ({(ru, kk)[L]})" if depth == "0–5" else None, depth]
            for s in keys:
                lim = SOIL_PDK[s]
                v = _sig(lim * r.uniform(0.05, 0.3 if p == "П-4" else high), 3)
                line.append(num(v, doc.lang))
                add(doc, limit(("symbol", s), "soil", lim, "mg/kg", None, p, v))
            rows.append(line)
        merges.append((start, 0, start + 1, 0))
    doc.table(doc.v("Таблица 6 – Содержание тяжелых металлов в почве, мг/кг", "6-кесте – Топырақтағы ауыр металдардың құрамы, мг/кг", ""),
              rows, merges, role="limits")
    maybe_distractor(doc)


# (point, RU place, KK place)
CAMPUS_POINTS = (
    ("Т-1", "граница СЗЗ котельной, север (общежитие № 3)", "қазандық СҚА шекарасы, солтүстік (№ 3 жатақхана)"),
    ("Т-2", "граница СЗЗ, восток (учебный корпус № 5)", "СҚА шекарасы, шығыс (№ 5 оқу корпусы)"),
    ("Т-3", "граница СЗЗ, юг (склад угля)", "СҚА шекарасы, оңтүстік (көмір қоймасы)"),
)
PHARMA_WATER = ("pH", "BOD5", "COD", "TSS", "NH4+", "TN", "TP", "TPH", "Coliform")
KQ, KF = 0.9, 1.0


def limits_gc2(doc: Doc) -> None:
    """Air at the boundary of a campus boiler house's protection zone: a row per substance (`0301 Азота диоксид`), a
    column per point, and in each cell the result and the ПДК м.р. joined by a slash (`0,034 / 0,2`), the unit in the
    header row below the points (VI: a GMP factory's treated waste water at NT1 by quarter under a merged header naming
    the point, then the Cmax of QCVN 40:2011/BTNMT column A already multiplied by Kq and Kf; pH and coliforms not
    multiplied)."""
    r = doc.rng
    if doc.lang == "vi":
        doc.h("BÁO CÁO KẾT QUẢ QUAN TRẮC NƯỚC THẢI NĂM 2025 – NHÀ MÁY DƯỢC PHẨM GMP-WHO")
        doc.p(f"Nước thải sau hệ thống xử lý tập trung công suất 120 m3/ngày đêm được xả ra kênh Xáng. Giá trị tối đa cho phép "
              f"Cmax = C × Kq × Kf, trong đó C theo cột A QCVN 40:2011/BTNMT; Kq = {num(KQ, 'vi')}; Kf = {num(KF, 'vi')}.")
        rows = [["TT", "Thông số", "Đơn vị", "Kết quả quan trắc tại NT1 – hố ga sau hệ thống xử lý", None, None, None, "Cmax"],
                [None, None, None, "Quý I/2025", "Quý II/2025", "Quý III/2025", "Quý IV/2025", None]]
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6), (0, 7, 1, 7)]
        keys = [k for k in PHARMA_WATER if k in ("pH", "BOD5", "COD", "TSS", "Coliform") or r.random() < 0.7]
        for k, s in enumerate(keys, 1):
            if s == "Coliform":
                lim, unit = 3000.0, "MPN/100ml"
            elif s == "pH":
                lim, unit = QCVN40["pH"][0], None
            else:
                lim, unit = _sig(QCVN40[s][0] * KQ * KF, 3), "mg/l"
            vals = []
            for _ in range(4):
                if s == "pH":
                    vals.append(round(r.uniform(6.5, 8.2), 1))
                elif s == "Coliform":
                    vals.append(float(r.choice((230, 430, 930, 1500, 2100))))
                else:
                    vals.append(_sig(lim * r.uniform(0.15, 0.85), 3))
            rows.append([str(k), vocab.water(s, "vi"), unit or "-", *(num(v, "vi") for v in vals), cell(doc, lim)])
            for v in vals:
                add(doc, limit(("symbol", s), "waste_water", lim, unit, "A", "NT1", v))
        doc.table("Bảng 2. Kết quả quan trắc nước thải sau xử lý", rows, merges, role="limits")
        maybe_distractor(doc)
        return
    L = _L(doc)
    doc.h(doc.v("Отчет о выполнении программы ПЭК за II квартал 2025 года. Котельная кампуса университета",
                "Университет кампусының қазандығы. 2025 жылғы II тоқсандағы ӨЭБ бағдарламасының орындалуы туралы есеп", ""))
    doc.p(doc.v(f"Замеры выполнены {r.randint(10, 28)}.05.2025 аккредитованной лабораторией при работе котельной в режиме ГВС.",
                f"Өлшеулерді {r.randint(10, 28)}.05.2025 аккредиттелген зертхана қазандық ЫСҚ режимінде жұмыс істеген кезде жүргізді.", ""))
    codes = ["0301", "0330", "0337", "2908", *r.sample(["0304", "0328"], 1)]
    rows = [[doc.v("Загрязняющее вещество", "Ластаушы зат", ""), *(f"{p} – {(ru, kk)[L]}" for p, ru, kk in CAMPUS_POINTS)],
            ["", *([doc.v("факт / ПДК м.р., мг/м3", "нақты / ШЖК б.р., мг/м3", "")] * len(CAMPUS_POINTS))]]
    for c in codes:
        pdk = AIR_PDK[c][0]
        line = [f"{c} {_air(doc, c)}"]
        for p, _, _ in CAMPUS_POINTS:
            v = _sig(pdk * r.uniform(0.08, 0.7), 2)
            line.append(f"{num(v, doc.lang)} / {num(pdk, doc.lang)}")
            add(doc, limit(("code", c), "air", pdk, "mg/m3", None, p, v))
        rows.append(line)
    doc.table(doc.v("Таблица 2 – Результаты замеров на границе СЗЗ", "2-кесте – СҚА шекарасындағы өлшеу нәтижелері", ""), rows,
              role="limits")
    doc.p(doc.v("Превышений ПДК м.р. не установлено.", "ШЖК б.р. асып кету анықталған жоқ.", ""))
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

# code: (RU method, KK method)
KZ_METHOD = {"2902": ("гравиметрический", "гравиметриялық"), "0316": ("фотометрический", "фотометриялық"),
             "0328": ("гравиметрический", "гравиметриялық")}
ELECTRO = ("электрохимический (газоанализатор)", "электрохимиялық (газталдағыш)")
# symbol or code: VI method
VI_METHOD = {"pH": "TCVN 6492:2011", "BOD5": "SMEWW 5210B:2017", "COD": "SMEWW 5220C:2017", "TSS": "TCVN 6625:2000",
             "NH4+": "TCVN 6179-1:1996", "S2-": "SMEWW 4500-S2-.D:2017", "NO3-": "TCVN 6180:1996", "Coliform": "TCVN 6187-2:2020",
             "2902": "US EPA Method 5", "0316": "US EPA Method 26A", "0337": "US EPA Method 10", "0330": "US EPA Method 6C",
             "0301": "US EPA Method 7E"}


def monitoring_gc1(doc: Doc) -> None:
    """A hospital's ПЭК programme in blocks: each source or point a row spanning the table (`ИЗА № 0001 – …`, `Т-1, Т-2
    – …`, `К-1 – …`), its substances under it one per row with the code, the name and the method, and the block closed by
    a row spanning the table that gives its frequency and who does it (`Периодичность контроля: …`) — no frequency
    column (VI: a hospital's GPMT programme in the same blocks — periodic and automatic monitoring of the outfall NT1,
    the incinerator's stack KT1 — each closed by `Tần suất: …`)."""
    r = doc.rng
    merges: list = []

    def span(rows: list, text: str, width: int) -> None:
        rows.append([text, *([None] * (width - 1))])
        merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))

    if doc.lang == "vi":
        doc.h("GIẤY PHÉP MÔI TRƯỜNG – PHỤ LỤC III. CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG CỦA BỆNH VIỆN")
        rows = [["TT", "Thông số", "Phương pháp phân tích", "Quy chuẩn so sánh"]]
        qc28, qc02 = "QCVN 28:2010/BTNMT, cột B", "QCVN 02:2012/BTNMT, cột B"
        blocks = [("NT1 – Nước thải sau hệ thống xử lý nước thải tập trung (quan trắc định kỳ)", "NT1", "symbol",
                   ["BOD5", "S2-", "NO3-", "Coliform"], "quarterly", qc28, ["Salmonella", "Shigella", "Vibrio cholerae"]),
                  ("NT1 – Nước thải sau hệ thống xử lý nước thải tập trung (quan trắc tự động, liên tục)", "NT1", "symbol",
                   ["pH", "COD", "TSS", "NH4+"], "continuous", qc28, ["Lưu lượng đầu vào, đầu ra", "Nhiệt độ"]),
                  ("KT1 – Ống khói lò đốt chất thải rắn y tế", "KT1", "code", ["2902", "0316", "0337", "0330", "0301"], "quarterly", qc02,
                   ["Lưu lượng", "Nhiệt độ", "Oxy (O2)"])]
        for title, p, kind, params, w, std, extra in blocks:
            span(rows, title, 4)
            names = [QCVN02_LABEL[c] if kind == "code" else vocab.water(c, "vi") for c in params]
            for k, (name, c) in enumerate(zip(names, params, strict=True), 1):
                rows.append([str(k), name, VI_METHOD[c], std])
            for k, name in enumerate(extra, len(params) + 1):
                rows.append([str(k), name, "Thiết bị đo hiện trường" if kind == "code" or w == "continuous" else "TCVN 9717:2013", "-"])
            span(rows, f"Tần suất: {'liên tục, truyền dữ liệu về Sở Nông nghiệp và Môi trường' if w == 'continuous' else freq(doc, w)}", 4)
            doc.add("monitoring", *({"point_contains": p, kind: c, "frequency": w} for c in params))
        doc.table("Bảng 1. Chương trình quan trắc môi trường", rows, merges, role="monitoring")
        doc.p("Ghi chú: tổng dioxin/furan trong khí thải lò đốt được quan trắc 01 lần/năm.")
        maybe_distractor(doc)
        return
    L = _L(doc)
    doc.h(doc.v("Программа производственного экологического контроля КГП на ПХВ «Многопрофильная областная больница»",
                "«Көпбейінді облыстық аурухана» ШЖҚ КМК өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.h(doc.v("Раздел 3. План-график производственного мониторинга", "3-бөлім. Өндірістік мониторингтің жоспар-кестесі", ""))
    rows = [doc.v(["Код ЗВ", "Контролируемое вещество (показатель)", "Метод контроля"],
                  ["ЛЗ коды", "Бақыланатын зат (көрсеткіш)", "Бақылау әдісі"], [])]
    lab = doc.v("аккредитованная лаборатория", "аккредиттелген зертхана", "")
    eco = doc.v("эколог больницы (расчетным методом)", "аурухана экологы (есептік әдіспен)", "")
    period = doc.v("Периодичность контроля", "Бақылау кезеңділігі", "")
    who_word = doc.v("исполнитель", "орындаушы", "")
    blocks = [(("src", "0001"), doc.v("ИЗА № 0001 – дымовая труба инсинератора", "№ 0001 ЛШК – инсинератордың түтін мұржасы", ""),
               ["0301", "0304", "0330", "0337", "0316", "2902"], "quarterly", lab),
              (("src", "0002"), doc.v("ИЗА № 0002 – дымовая труба котельной", "№ 0002 ЛШК – қазандықтың түтін мұржасы", ""),
               ["0301", "0304", "0337"], "semiannual", lab),
              (("src", "0003"), doc.v("ИЗА № 0003 – выхлопная труба резервной ДЭС", "№ 0003 ЛШК – резервтік ДЭС шығару құбыры", ""),
               ["0301", "0304", "0328", "0330", "0337"], "yearly", eco),
              (("pt", "Т-1", "Т-2"), doc.v("Т-1, Т-2 – граница СЗЗ (северная и южная стороны)", "Т-1, Т-2 – СҚА шекарасы (солтүстік және оңтүстік жақтары)", ""),
               ["0301", "0330", "0337", "0316"], "quarterly", lab)]
    for loc, title, codes, w, who in blocks:
        rows.append([title, None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
        for c in codes:
            method = KZ_METHOD.get(c, ELECTRO)[L] if loc[1] != "0003" else doc.v("расчетный", "есептік", "")
            rows.append([c, _air(doc, c), method])
        rows.append([f"{period}: {freq(doc, w)}; {who_word} – {who}", None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
        for c in codes:
            if loc[0] == "src":
                doc.add("monitoring", {"source_number": loc[1], "code": c, "frequency": w})
            else:
                doc.add("monitoring", *({"point_contains": p, "code": c, "frequency": w} for p in loc[1:]))
    water = ["pH", "TSS", "BOD5", "COD", "NH4+", *r.sample(["Surfactants", "Cl-", "TPH"], 2)]
    rows.append([doc.v("К-1 – выпуск в городскую канализацию после хлораторной", "К-1 – хлораторлықтан кейін қалалық кәрізге шығарылым", ""),
                 None, None])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
    for s in water:
        rows.append(["–", vocab.water(s, doc.lang), doc.v("по аттестованной методике", "аттестатталған әдістеме бойынша", "")])
    rows.append([f"{period}: {freq(doc, 'monthly')}; {who_word} – {lab}", None, None])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
    doc.add("monitoring", *({"point_contains": "К-1", "symbol": s, "frequency": "monthly"} for s in water))
    doc.table(doc.v("Таблица 3.1", "3.1-кесте", ""), rows, merges, role="monitoring")
    maybe_distractor(doc)


MARKS = ("*", "**", "***")


def monitoring_gc2(doc: Doc) -> None:
    """A campus's programme of monitoring with no frequency column: each source or point with its parameters listed in
    one cell, every parameter carrying a mark (`Азота диоксид*`, `Пыль неорганическая …**`) that a note under the table
    turns into a frequency (`* – 1 раз в квартал; ** – 2 раза в год; *** – 1 раз в год`), one point's parameters at
    two frequencies (VI: a crematorium's plan with `(1)`, `(2)`, `(3)` after the parameters and the note under it)."""
    r = doc.rng
    vi = doc.lang == "vi"
    words = {"quarterly": 0, "semiannual": 1, "yearly": 2}
    mark = (lambda w: f"({words[w] + 1})") if vi else (lambda w: MARKS[words[w]])
    if vi:
        doc.h("KẾ HOẠCH QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ NĂM 2026 – ĐÀI HÓA THÂN VĨNH HẰNG")
        doc.p("Đài hóa thân có 04 lò hỏa táng dùng nhiên liệu gas; khí thải mỗi cặp lò được xử lý qua buồng đốt thứ cấp và "
              "thoát ra một ống khói chung.")
        rows = [["Ký hiệu", "Vị trí quan trắc", "Thông số quan trắc", "Phương pháp lấy mẫu"]]
        gas = [("2902", "quarterly"), ("0330", "quarterly"), ("0301", "quarterly"), ("0337", "quarterly"), ("0316", "semiannual")]
        amb = [("2902", "semiannual"), ("0330", "semiannual"), ("0301", "semiannual"), ("0337", "semiannual")]
        wat = [(s, "quarterly") for s in ("pH", "BOD5", "COD", "TSS", "NH4+")] + [("Coliform", "semiannual")]
        amb_names = {"2902": "Tổng bụi lơ lửng (TSP)", "0330": "SO2", "0301": "NO2", "0337": "CO"}
        plan = [("KT1", "Ống khói chung lò hỏa táng số 1, 2", "code", gas, "Lấy mẫu đẳng động học tại lỗ lấy mẫu"),
                ("KT2", "Ống khói chung lò hỏa táng số 3, 4", "code", gas, "Lấy mẫu đẳng động học tại lỗ lấy mẫu"),
                ("KK1", "Cổng chính, cuối hướng gió", "code", amb, "Lấy mẫu trung bình 1 giờ"),
                ("KK2", "Khu dân cư thôn Bình Yên, cách ranh giới 300 m", "code", amb, "Lấy mẫu trung bình 1 giờ"),
                ("NT1", "Hố ga sau hệ thống xử lý nước thải sinh hoạt 15 m3/ngày", "symbol", wat, "Lấy mẫu đơn")]
        for p, place, kind, params, std in plan:
            names = []
            for c, w in params:
                name = amb_names[c] if p.startswith("KK") else (QCVN02_LABEL[c] if kind == "code" else vocab.water(c, "vi"))
                names.append(f"{name}{mark(w)}")
                doc.add("monitoring", {"point_contains": p, kind: c, "frequency": w})
            if p.startswith("KT"):
                names.append(f"Tổng dioxin/furan{mark('yearly')}")
            rows.append([p, place, ", ".join(names), std])
        doc.table("Bảng 1. Vị trí và thông số quan trắc", rows, role="monitoring")
        doc.p(f"Ghi chú: (1) – {freq(doc, 'quarterly')}; (2) – {freq(doc, 'semiannual')}; (3) – {freq(doc, 'yearly')}.")
        maybe_distractor(doc)
        return
    doc.h(doc.v("Программа производственного экологического контроля котельной и склада топлива кампуса университета на 2026–2028 годы",
                "Университет кампусы қазандығы мен отын қоймасының 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы", ""))
    rows = [doc.v(["№", "Объект контроля", "Контролируемые параметры", "Метод", "Исполнитель"],
                  ["№", "Бақылау объектісі", "Бақыланатын параметрлер", "Әдіс", "Орындаушы"], [])]
    instr, calc = doc.v("инструментальный", "аспаптық", ""), doc.v("расчетный", "есептік", "")
    lab, eco = doc.v("аккредитованная лаборатория", "аккредиттелген зертхана", ""), doc.v("инженер-эколог", "инженер-эколог", "")
    boiler = [("0301", "quarterly"), ("0304", "quarterly"), ("0330", "quarterly"), ("0337", "quarterly"), ("2908", "semiannual")]
    zone = [("0301", "quarterly"), ("0330", "quarterly"), ("0337", "quarterly"), ("2908", "quarterly")]
    plan = [(("src", "0001"), doc.v("ИЗА 0001 – дымовая труба котельной (котлы КВр-1,16 № 1–3)", "0001 ЛШК – қазандықтың түтін мұржасы (№ 1–3 КВр-1,16 қазандықтары)", ""),
             boiler, instr, lab),
            (("src", "6001"), doc.v("ИЗА 6001 – открытый склад угля", "6001 ЛШК – ашық көмір қоймасы", ""), [("2908", "semiannual")], calc, eco),
            (("src", "6002"), doc.v("ИЗА 6002 – золоотвал", "6002 ЛШК – күлүйінді", ""), [("2908", "semiannual")], calc, eco),
            (("src", "0004"), doc.v("ИЗА 0004 – вытяжной шкаф химической лаборатории (корпус № 2)", "0004 ЛШК – химия зертханасының сору шкафы (№ 2 корпус)", ""),
             [("0316", "yearly"), ("0303", "yearly")], instr, lab),
            (("pt", "Т-1", "Т-2"), doc.v("Т-1, Т-2 – граница СЗЗ котельной (общежитие № 3, жилой квартал по ул. Лесной)",
                                         "Т-1, Т-2 – қазандық СҚА шекарасы (№ 3 жатақхана, Орман к. тұрғын орамы)", ""), zone, instr, lab)]
    for k, (loc, where, params, how, who) in enumerate(plan, 1):
        rows.append([str(k), where, ", ".join(f"{_air(doc, c)}{mark(w)}" for c, w in params), how, who])
        for c, w in params:
            if loc[0] == "src":
                doc.add("monitoring", {"source_number": loc[1], "code": c, "frequency": w})
            else:
                doc.add("monitoring", *({"point_contains": p, "code": c, "frequency": w} for p in loc[1:]))
    well = [("TPH", "semiannual"), ("pH", "semiannual"), (r.choice(["Cl-", "SO4"]), "yearly")]
    rows.append([str(len(plan) + 1), doc.v("Н-1 – наблюдательная скважина у склада ГСМ", "Н-1 – ЖЖМ қоймасы жанындағы бақылау ұңғымасы", ""),
                 ", ".join(f"{vocab.water(s, doc.lang)}{mark(w)}" for s, w in well), instr, lab])
    doc.add("monitoring", *({"point_contains": "Н-1", "symbol": s, "frequency": w} for s, w in well))
    doc.table(doc.v("Таблица 2 – План-график мониторинга", "2-кесте – Мониторингтің жоспар-кестесі", ""), rows, role="monitoring")
    doc.p(doc.v(f"Примечание: * – {freq(doc, 'quarterly')}; ** – {freq(doc, 'semiannual')} (май, октябрь); *** – {freq(doc, 'yearly')}.",
                f"Ескертпе: * – {freq(doc, 'quarterly')}; ** – {freq(doc, 'semiannual')} (мамыр, қазан); *** – {freq(doc, 'yearly')}.", ""))
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

# (RU unit, KK unit, VI unit, RU subject, KK subject, VI subject, frequency)
HOSPITAL_CHECKS = (
    ("Инсинераторная установка", "Инсинераторлық қондырғы", "Lò đốt chất thải rắn y tế",
     "режим сжигания, журнал загрузки, состояние газоочистки", "жағу режимі, тиеу журналы, газ тазартудың жай-күйі",
     "chế độ đốt, sổ nhật ký vận hành, hệ thống xử lý khí thải", "monthly"),
    ("Пост временного хранения медицинских отходов классов Б и В", "Б және В сыныптағы медициналық қалдықтарды уақытша сақтау посты",
     "Khu lưu giữ chất thải y tế tập trung", "маркировка, сроки хранения (не более 24 ч), холодильное оборудование",
     "таңбалау, сақтау мерзімдері (24 сағаттан аспайды), тоңазытқыш жабдық", "phân loại, bao bì, thời gian lưu giữ, nhiệt độ kho lạnh",
     "monthly"),
    ("Хлораторная и выпуск сточных вод", "Хлораторлық және ағынды сулар шығарылымы", "Hệ thống xử lý nước thải tập trung",
     "дозирование хлора, журнал обеззараживания", "хлор мөлшерлеу, залалсыздандыру журналы", "hóa chất khử trùng, sổ vận hành, đồng hồ lưu lượng",
     "quarterly"),
    ("Котельная", "Қазандық", "Lò hơi và kho nhiên liệu", "режимная карта котлов, учет расхода газа", "қазандықтардың режимдік картасы, газ шығынын есепке алу",
     "chế độ vận hành, ống khói, kho dầu DO", "semiannual"),
    ("Клинико-диагностическая лаборатория", "Клиникалық-диагностикалық зертхана", "Khoa Xét nghiệm",
     "учет и хранение реактивов, сбор отработанных растворов", "реактивтерді есепке алу және сақтау, пайдаланылған ерітінділерді жинау",
     "lưu giữ hóa chất, thu gom hóa chất thải", "quarterly"),
    ("Рентгеновское отделение", "Рентген бөлімшесі", "Khoa Chẩn đoán hình ảnh", "сбор фиксажа, учет рентгенпленки",
     "бекіткішті жинау, рентген пленкасын есепке алу", "thu gom dung dịch hiện, định hình thải", "semiannual"),
    ("Аптечный склад", "Дәріхана қоймасы", "Khoa Dược", "списание просроченных препаратов, акты уничтожения",
     "мерзімі өткен препараттарды есептен шығару, жою актілері", "thuốc hết hạn, biên bản hủy thuốc", "yearly"),
    ("Пищеблок", "Тамақ блогы", "Nhà ăn, căng tin", "жироуловитель, вывоз пищевых отходов", "май ұстағыш, тамақ қалдықтарын шығару",
     "bể tách mỡ, thu gom thức ăn thừa", "quarterly"),
)  # fmt: skip
# (RU, KK, VI group), items of HOSPITAL_CHECKS
HOSPITAL_ZONES = (
    (("I. Хозяйственная зона", "I. Шаруашылық аймақ", "I. Khu hạ tầng kỹ thuật"), (0, 1, 3, 7)),
    (("II. Лечебно-диагностические корпуса", "II. Емдеу-диагностикалық корпустар", "II. Khu khám bệnh, điều trị"), (4, 5, 6)),
    (("III. Инженерные сети", "III. Инженерлік желілер", "III. Hệ thống thoát nước, xử lý nước thải"), (2,)),
)
# who checks each item of HOSPITAL_CHECKS: (index in the RU/KK list, index in the VI list)
CHECKER = ((1, 1), (2, 3), (0, 1), (3, 0), (2, 3), (2, 3), (2, 2), (0, 0))


def inspections_gc1(doc: Doc) -> None:
    """A hospital's schedule of internal environmental checks with no frequency column: group rows spanning the table for
    the hospital's zones, items numbered straight through, each unit's cell giving the unit and, on a second line in
    brackets, how often it is checked (`Котельная` / `(2 раза в год)`), then what is checked, who and the record (VI: a
    provincial hospital's plan of self-checks)."""
    vi = doc.lang == "vi"
    i = 2 if vi else _L(doc)
    doc.h(doc.v("График внутреннего контроля соблюдения экологических требований на 2026 год",
                "2026 жылға арналған экологиялық талаптардың сақталуын ішкі бақылау кестесі",
                "KẾ HOẠCH TỰ KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2026 – BỆNH VIỆN ĐA KHOA TỈNH"))
    doc.p(doc.v("Утвержден приказом главного врача. Периодичность проверки указана в скобках под наименованием объекта.",
                "Бас дәрігердің бұйрығымен бекітілген. Тексеру кезеңділігі объект атауының астында жақшада көрсетілген.",
                "Ban hành kèm theo Quyết định của Giám đốc bệnh viện. Tần suất kiểm tra ghi trong ngoặc dưới tên khu vực."))
    rows = [doc.v(["№", "Объект проверки", "Предмет проверки", "Проверяющий", "Форма фиксации"],
                  ["№", "Тексеру объектісі", "Тексеру мәні", "Тексеруші", "Тіркеу нысаны"],
                  ["TT", "Khu vực kiểm tra", "Nội dung kiểm tra", "Người thực hiện", "Hồ sơ"])]
    merges = []
    who = doc.v(("заместитель главного врача по АХЧ", "эколог", "главная медицинская сестра", "инженер-энергетик"),
                ("бас дәрігердің ӘШБ жөніндегі орынбасары", "эколог", "бас мейірбике", "инженер-энергетик"),
                ("Phòng Hành chính quản trị", "Tổ Môi trường", "Phòng Điều dưỡng", "Khoa Kiểm soát nhiễm khuẩn"))
    record = doc.v(("журнал ПЭК", "акт проверки"), ("ӨЭБ журналы", "тексеру актісі"), ("Sổ theo dõi", "Biên bản kiểm tra"))
    drop = doc.rng.choice((5, 6, 7))
    k = 0
    for names, items in HOSPITAL_ZONES:
        rows.append([names[i], None, None, None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
        for j in items:
            if j == drop:
                continue
            it = HOSPITAL_CHECKS[j]
            unit, subject, w = it[i], it[3 + i], it[6]
            k += 1
            rows.append([str(k), f"{unit}\n({freq(doc, w)})", subject, who[CHECKER[j][1 if vi else 0]],
                         record[0] if w == "monthly" else record[1]])
            doc.add("obligations", {"kind": "inspection", "frequency": w, "text_contains": unit})
    doc.table(doc.v("Таблица 1", "1-кесте", "Bảng 1"), rows, merges, role="inspections")
    maybe_distractor(doc)


# (RU, KK, VI unit, RU basis, KK basis, VI basis, frequency or None, RU occasion, KK occasion, VI occasion)
VACCINE_CHECKS = (
    ("Печь сжигания биологических отходов", "Биологиялық қалдықтарды жағу пеші", "Lò hơi đốt sinh khối", "п. 4.2 программы ПЭК",
     "ӨЭБ бағдарламасының 4.2-т.", "SOP-MT-03", "monthly", "", "", ""),
    ("Локальные очистные сооружения (автоклавирование стоков)", "Жергілікті тазарту құрылыстары (ағындарды автоклавтау)",
     "Hệ thống xử lý nước thải tập trung", "п. 5.1 программы ПЭК", "ӨЭБ бағдарламасының 5.1-т.", "SOP-MT-05", "monthly", "", "", ""),
    ("Площадка временного хранения отходов", "Қалдықтарды уақытша сақтау алаңы", "Kho chất thải nguy hại", "п. 6.1 программы ПЭК",
     "ӨЭБ бағдарламасының 6.1-т.", "SOP-MT-06", "quarterly", "", "", ""),
    ("Склад химических реактивов", "Химиялық реактивтер қоймасы", "Kho hóa chất và dung môi", "п. 6.2 программы ПЭК",
     "ӨЭБ бағдарламасының 6.2-т.", "SOP-MT-07", "semiannual", "", "", ""),
    ("Система вентиляции чистых помещений (фильтры HEPA)", "Таза үй-жайлардың желдету жүйесі (HEPA сүзгілері)",
     "Hệ thống HVAC và phòng sạch", "п. 4.4 программы ПЭК", "ӨЭБ бағдарламасының 4.4-т.", "SOP-MT-04", "yearly", "", "", ""),
    ("Печь сжигания биологических отходов", "Биологиялық қалдықтарды жағу пеші", "Lò hơi đốt sinh khối", "приказ № 47-п",
     "№ 47-п бұйрық", "SOP-SC-01", None, "после каждой аварийной остановки или превышения температуры отходящих газов",
     "әрбір апаттық тоқтағаннан немесе шығатын газдар температурасы асқаннан кейін",
     "Sau mỗi lần dừng lò do sự cố hoặc khi khói đen kéo dài trên 15 phút"),
    ("Виварий", "Виварий", "Hệ thống xử lý bụi khu pha chế", "приказ № 47-п", "№ 47-п бұйрық", "SOP-SC-02", None,
     "при поступлении жалоб жителей на запах", "тұрғындардан иіс туралы шағым түскен кезде",
     "Khi có phản ánh của người dân về bụi, mùi"),
    ("Локальные очистные сооружения (автоклавирование стоков)", "Жергілікті тазарту құрылыстары (ағындарды автоклавтау)",
     "Hệ thống xử lý nước thải tập trung", "приказ № 47-п", "№ 47-п бұйрық", "SOP-SC-03", None,
     "после аварийного сброса или отказа автоклава", "апаттық төгіндіден немесе автоклав істен шыққаннан кейін",
     "Sau sự cố tràn, rò rỉ hoặc khi kết quả quan trắc vượt quy chuẩn"),
)  # fmt: skip


def inspections_gc2(doc: Doc) -> None:
    """A vaccine plant's procedure of internal checks under two group rows spanning the table — planned checks, each
    with its frequency, and unplanned checks, whose column holds the event that calls for one instead (no frequency) —
    the same unit under both; the basis (the item of the ПЭК programme or the order) beside it, no number column (VI: a
    GMP factory's `Kiểm tra định kỳ` and `Kiểm tra đột xuất`)."""
    vi = doc.lang == "vi"
    i = 2 if vi else _L(doc)
    doc.h(doc.v("Порядок внутренних проверок АО «Шығыс Биофарм» (приложение 5 к программе ПЭК)",
                "«Шығыс Биофарм» АҚ ішкі тексерулерінің тәртібі (ӨЭБ бағдарламасына 5-қосымша)",
                "QUY ĐỊNH KIỂM TRA NỘI BỘ VỀ MÔI TRƯỜNG – NHÀ MÁY DƯỢC PHẨM GMP-WHO (PHỤ LỤC 2)"))
    rows = [doc.v(["Объект проверки", "Основание", "Периодичность (повод) проверки", "Проверяющий"],
                  ["Тексеру объектісі", "Негіздеме", "Тексеру кезеңділігі (себебі)", "Тексеруші"],
                  ["Đối tượng kiểm tra", "Căn cứ", "Tần suất (trường hợp) kiểm tra", "Người kiểm tra"])]
    merges = []
    checkers = doc.v(("инженер-эколог", "начальник ОТК", "главный инженер"), ("инженер-эколог", "ТББ бастығы", "бас инженер"),
                     ("Cán bộ HSE", "Trưởng phòng Đảm bảo chất lượng", "Phó Giám đốc kỹ thuật"))
    groups = doc.v(("1. Плановые проверки", "2. Внеплановые проверки"), ("1. Жоспарлы тексерулер", "2. Жоспардан тыс тексерулер"),
                   ("I. Kiểm tra định kỳ", "II. Kiểm tra đột xuất"))
    skip = doc.rng.choice((3, 4))
    for g, planned in zip(groups, (True, False), strict=True):
        rows.append([g, None, None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 3))
        for k, it in enumerate(VACCINE_CHECKS):
            if (it[6] is not None) != planned or k == skip:
                continue
            unit, basis = it[i], it[3 + i]
            when = freq(doc, it[6]) if planned else it[7 + i]
            rows.append([unit, basis, when, checkers[k % 3]])
            item = {"kind": "inspection", "text_contains": unit}
            if planned:
                item["frequency"] = it[6]
            doc.add("obligations", item)
    doc.table(None, rows, merges, role="inspections")
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

# (RU measure, KK measure, RU item of the prescription, KK item, start, end)
PRESCRIPTION_FIXES = (
    ("Оборудовать инсинераторную установку системой мокрой очистки дымовых газов",
     "Инсинераторлық қондырғыны түтін газдарын ылғалды тазарту жүйесімен жабдықтау", "п. 1", "1-т.", "01.03.2026", "30.09.2026"),
    ("Получить экологическое разрешение с учетом источника № 0003 (резервная ДЭС)",
     "№ 0003 көзді (резервтік ДЭС) ескере отырып экологиялық рұқсат алу", "п. 2", "2-т.", "15.01.2026", "30.04.2026"),
    ("Обустроить пост временного хранения медицинских отходов с холодильной камерой",
     "Тоңазытқыш камерасы бар медициналық қалдықтарды уақытша сақтау постын жайластыру", "п. 3", "3-т.", "01.02.2026", "31.05.2026"),
    ("Установить прибор учета сточных вод на выпуске К-1", "К-1 шығарылымына ағынды суларды есепке алу аспабын орнату", "п. 4", "4-т.",
     "01.02.2026", "30.06.2026"),
    ("Заключить договор на демеркуризацию ртутьсодержащих ламп и термометров",
     "Құрамында сынап бар шамдар мен термометрлерді демеркуризациялауға шарт жасасу", "п. 5", "5-т.", "15.01.2026", "28.02.2026"),
    ("Провести инструментальные замеры на источниках 0001, 0002 и представить отчет в департамент экологии",
     "0001, 0002 көздерінде аспаптық өлшеулер жүргізу және экология департаментіне есеп ұсыну", "п. 6", "6-т.", "01.04.2026", "30.06.2026"),
)  # fmt: skip
# (RU surname, KK surname, RU position, KK position)
PEOPLE = (
    ("Кенжебаев Н.С.", "Кенжебаев Н.С.", "заместитель главного врача по АХЧ", "бас дәрігердің ӘШБ жөніндегі орынбасары"),
    ("Ли О.В.", "Ли О.В.", "инженер-эколог", "инженер-эколог"),
    ("Абдрахманова Г.Т.", "Әбдірахманова Г.Т.", "главная медицинская сестра", "бас мейірбике"),
    ("Петренко С.А.", "Петренко С.А.", "главный инженер", "бас инженер"),
)
# VI: (shortcoming, [(measure, term, who)])
VN_FIXES = (
    ("Chưa lắp đặt hệ thống quan trắc nước thải tự động, liên tục theo quy định", [
        ("Lắp đặt trạm quan trắc nước thải tự động, liên tục tại cửa xả NT1", "Trước 30/9/2026", "Phòng Hành chính quản trị"),
        ("Kết nối, truyền dữ liệu quan trắc về Sở Nông nghiệp và Môi trường", "Trước 31/10/2026", "Phòng Công nghệ thông tin")]),
    ("Khu lưu giữ chất thải y tế chưa có mái che, biển cảnh báo", [
        ("Cải tạo khu lưu giữ chất thải y tế: làm mái che, gờ chống tràn, biển cảnh báo", "Quý II/2026", "Phòng Hành chính quản trị")]),
    ("Lò đốt chất thải y tế có thông số CO vượt QCVN 02:2012/BTNMT", [
        ("Bảo dưỡng buồng đốt thứ cấp, thay béc đốt và quạt cấp khí", "Tháng 4/2026", "Tổ Cơ điện"),
        ("Quan trắc lại khí thải lò đốt sau bảo dưỡng", "Tháng 5/2026", "Khoa Kiểm soát nhiễm khuẩn")]),
    ("Sổ theo dõi chất thải y tế tại các khoa ghi chép chưa đầy đủ", [
        ("Tập huấn quản lý chất thải y tế cho điều dưỡng trưởng các khoa", "Tháng 3/2026", "Khoa Kiểm soát nhiễm khuẩn")]),
)


def tasks_gc1(doc: Doc) -> None:
    """A hospital's plan of measures to carry out the prescription of the ecology department: `№ | пункт предписания |
    мероприятие | срок выполнения | ответственный | отметка о выполнении`, the term the start and end dates on two lines,
    the responsible a person's name with the position on the line under it, an empty column for the mark (VI: a kế hoạch
    khắc phục after an inspection's conclusion, each shortcoming merged down over its measures numbered 1.1, 1.2)."""
    r = doc.rng
    if doc.lang == "vi":
        doc.h("KẾ HOẠCH KHẮC PHỤC CÁC TỒN TẠI THEO KẾT LUẬN KIỂM TRA VỀ BẢO VỆ MÔI TRƯỜNG")
        doc.p(f"Thực hiện Kết luận kiểm tra số {r.randint(100, 400)}/KL-SNNMT ngày {_date(doc, 2026, True)} của Sở Nông nghiệp "
              "và Môi trường, Bệnh viện Đa khoa tỉnh xây dựng kế hoạch khắc phục như sau:")
        rows = [["TT", "Tồn tại, hạn chế", "Biện pháp khắc phục", "Thời hạn hoàn thành", "Đơn vị chịu trách nhiệm"]]
        merges = []
        for k, (issue, measures) in enumerate(VN_FIXES, 1):
            start = len(rows)
            for j, (text, when, who) in enumerate(measures, 1):
                number = f"{k}.{j}"
                rows.append([number, issue if len(rows) == start else None, text, when, who])
                doc.add("obligations", {"kind": "task", "number": number, "text_contains": _words(text), "actor_contains": who})
            if len(measures) > 1:
                merges.append((start, 1, len(rows) - 1, 1))
        doc.table(None, rows, merges, role="tasks")
        maybe_distractor(doc)
        return
    L = _L(doc)
    doc.h(doc.v("План мероприятий по устранению нарушений, указанных в предписании департамента экологии",
                "Экология департаментінің нұсқамасында көрсетілген бұзушылықтарды жою жөніндегі іс-шаралар жоспары", ""))
    doc.p(doc.v(f"Предписание от {_date(doc, 2025)} № {r.randint(10, 99)}-П выдано КГП на ПХВ «Многопрофильная областная больница» "
                "по итогам внеплановой проверки.",
                f"{_date(doc, 2025)} № {r.randint(10, 99)}-П нұсқама «Көпбейінді облыстық аурухана» ШЖҚ КМК-ға жоспардан тыс тексеру "
                "қорытындысы бойынша берілді.", ""))
    rows = [doc.v(["№", "Пункт предписания", "Мероприятие", "Срок выполнения", "Ответственный", "Отметка о выполнении"],
                  ["№", "Нұсқама тармағы", "Іс-шара", "Орындау мерзімі", "Жауапты", "Орындалғаны туралы белгі"], [])]
    keep = sorted(r.sample(range(len(PRESCRIPTION_FIXES)), r.randint(4, 6)))
    for k, j in enumerate(keep, 1):
        it = PRESCRIPTION_FIXES[j]
        text, item, start, end = it[L], it[2 + L], it[4], it[5]
        person = PEOPLE[(3, 1, 2, 3, 0, 1)[j]]
        rows.append([str(k), item, text, f"{start}\n{end}", f"{person[L]}\n{person[2 + L]}", ""])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text), "actor_contains": person[L]})
    doc.table(doc.v("Приложение к письму", "Хатқа қосымша", ""), rows, role="tasks")
    doc.p(doc.v("Главный врач ____________", "Бас дәрігер ____________", ""))


# section (RU, KK): [(RU, KK measure, volume, RU unit, KK unit, budget, own funds, RU term, KK term, RU lead, KK lead)]
CAMPUS_PLAN = (
    (("1. Котельная и склад топлива", "1. Қазандық және отын қоймасы"), [
        ("Перевод котлов № 1–3 на природный газ с заменой горелок", "№ 1–3 қазандықтарды оттықтарын ауыстыра отырып табиғи газға көшіру",
         "3", "котла", "қазандық", 412.0, 38.5, "2026–2027 гг.", "2026–2027 жж.", "проректор по хозяйственной работе",
         "шаруашылық жұмысы жөніндегі проректор"),
        ("Рекультивация золоотвала после перевода котельной на газ", "Қазандықты газға көшіргеннен кейін күлүйіндіні рекультивациялау",
         "1,8", "га", "га", 0.0, 46.2, "2028 г.", "2028 ж.", "проректор по хозяйственной работе", "шаруашылық жұмысы жөніндегі проректор"),
        ("Устройство поддона и обваловки склада ГСМ", "ЖЖМ қоймасының табаны мен үйіндісін жасау", "240", "м2", "м2", 0.0, 6.8,
         "II квартал 2026 г.", "2026 ж. II тоқсан", "начальник гаража", "гараж бастығы")]),
    (("2. Общежития и учебные корпуса", "2. Жатақханалар және оқу корпустары"), [
        ("Организация раздельного сбора отходов (контейнерные площадки)", "Қалдықтарды бөлек жинауды ұйымдастыру (контейнер алаңдары)",
         "12", "площадок", "алаң", 0.0, 9.4, "сентябрь 2026 г.", "2026 ж. қыркүйек", "директор студенческого городка",
         "студенттер қалашығының директоры"),
        ("Замена люминесцентных ламп на светодиодные", "Люминесцентті шамдарды жарық диодты шамдарға ауыстыру", "3 400", "шт.", "дана",
         22.0, 5.1, "2026–2027 гг.", "2026–2027 жж.", "главный энергетик", "бас энергетик")]),
    (("3. Учебные лаборатории", "3. Оқу зертханалары"), [
        ("Замена вытяжных шкафов химической лаборатории с установкой фильтров", "Химия зертханасының сору шкафтарын сүзгілер орната отырып ауыстыру",
         "8", "шт.", "дана", 31.5, 0.0, "до 31.12.2026", "31.12.2026 дейін", "декан химического факультета", "химия факультетінің деканы"),
        ("Оборудование места накопления отработанных реактивов", "Пайдаланылған реактивтерді жинақтау орнын жабдықтау", "1", "помещение",
         "үй-жай", 0.0, 2.3, "I квартал 2026 г.", "2026 ж. I тоқсан", "заведующий лабораторным комплексом", "зертханалық кешен меңгерушісі")]),
)  # fmt: skip
# (code, measure, product, time, lead)
PILOT_PLAN = (
    ("MT-01", "Bổ sung bể khử trùng bằng clo cho nước thải phòng thí nghiệm vi sinh", "Bể khử trùng 5 m3", "Quý II/2026",
     "Phòng Quản trị – Thiết bị"),
    ("MT-02", "Lắp đồng hồ đo lưu lượng nước thải đầu ra", "Đồng hồ được kiểm định", "Tháng 6/2026", "Phòng Quản trị – Thiết bị"),
    ("MT-03", "Lắp tháp hấp phụ than hoạt tính cho hệ thống tủ hút phòng tổng hợp", "Biên bản nghiệm thu", "Quý III/2026",
     "Phòng thí nghiệm trọng điểm"),
    ("MT-04", "Thay lọc HEPA cho hệ thống thông gió khu lên men", "Biên bản bàn giao", "Tháng 8/2026", "Xưởng thực nghiệm"),
    ("MT-05", "Xây dựng kho lưu giữ chất thải nguy hại 12 m2 có gờ chống tràn", "Kho đạt yêu cầu", "Tháng 5/2026",
     "Phòng Quản trị – Thiết bị"),
    ("MT-06", "Ký hợp đồng thu gom, xử lý bã men và sinh khối thải", "Hợp đồng", "Tháng 2/2026", "Phòng Kế hoạch – Tài chính"),
    ("MT-07", "Tập huấn phân loại hóa chất thải cho nghiên cứu viên", "Danh sách học viên", "Tháng 3/2026", "Phòng Tổ chức – Hành chính"),
)


def tasks_gc2(doc: Doc) -> None:
    """A university's plan of environmental measures under section rows for the parts of the campus (`1. Котельная и
    склад топлива`), the measures numbered 1.1, 1.2 within them; the volume of work and its unit in two columns, the
    cost under a merged `Стоимость, млн тенге` split into the state budget and own funds (a dash where none), the term
    and the responsible last (VI: a research institute's plan whose items carry task codes `MT-01` … in place of
    numbers, with the product of each)."""
    r = doc.rng
    if doc.lang == "vi":
        doc.h("KẾ HOẠCH THỰC HIỆN CÁC NHIỆM VỤ BẢO VỆ MÔI TRƯỜNG NĂM 2026 – XƯỞNG SẢN XUẤT THỰC NGHIỆM")
        doc.p("Viện giao các đơn vị chủ trì thực hiện các nhiệm vụ sau; mã nhiệm vụ dùng để theo dõi trên phần mềm quản lý.")
        rows = [["Mã nhiệm vụ", "Nội dung nhiệm vụ", "Sản phẩm", "Thời gian hoàn thành", "Đơn vị chủ trì"]]
        items = [PILOT_PLAN[j] for j in sorted(r.sample(range(len(PILOT_PLAN)), r.randint(5, 7)))]
        for code, text, product, when, who in items:
            rows.append([code, text, product, when, who])
            doc.add("obligations", {"kind": "task", "number": code, "text_contains": _words(text), "actor_contains": who})
        doc.table("Bảng 1. Danh mục nhiệm vụ", rows, role="tasks")
        maybe_distractor(doc)
        return
    L = _L(doc)
    doc.h(doc.v("План мероприятий по охране окружающей среды НАО «Сарыаркинский технический университет» на 2026–2028 годы",
                "«Сарыарқа техникалық университеті» КеАҚ қоршаған ортаны қорғау жөніндегі 2026–2028 жылдарға арналған іс-шаралар жоспары", ""))
    rows = [doc.v(["№", "Мероприятие", "Объем работ", "Ед. изм.", "Стоимость, млн тенге", None, "Срок", "Ответственный"],
                  ["№", "Іс-шара", "Жұмыс көлемі", "Өлш. бірл.", "Құны, млн теңге", None, "Мерзімі", "Жауапты"], []),
            doc.v([None, None, None, None, "республиканский бюджет", "собственные средства", None, None],
                  [None, None, None, None, "республикалық бюджет", "меншікті қаражат", None, None], [])]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 6, 7)] + [(0, 4, 0, 5)]
    dash = "–"
    for (s_ru, s_kk), items in CAMPUS_PLAN:
        rows.append([(s_ru, s_kk)[L], *([None] * 7)])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 7))
        sec = (s_ru, s_kk)[L].split(".")[0]
        keep = [it for it in items if len(items) < 3 or r.random() < 0.8]
        for j, it in enumerate(keep, 1):
            text, vol, unit, budget, own, term, lead = it[L], it[2], it[3 + L], it[5], it[6], it[7 + L], it[9 + L]
            number = f"{sec}.{j}"
            rows.append([number, text, vol, unit, num(budget, doc.lang) if budget else dash, num(own, doc.lang) if own else dash, term, lead])
            doc.add("obligations", {"kind": "task", "number": number, "text_contains": _words(text), "actor_contains": lead})
    doc.table(doc.v("Таблица 1", "1-кесте", ""), rows, merges, role="tasks")
    doc.p(doc.v("Финансирование из республиканского бюджета – в рамках бюджетной программы 001 Министерства науки и высшего образования.",
                "Республикалық бюджеттен қаржыландыру – Ғылым және жоғары білім министрлігінің 001 бюджеттік бағдарламасы шеңберінде.", ""))


LAYOUTS = [Layout(role, f"GC{k}", globals()[f"{role}_gc{k}"]) for role in ROLES for k in (1, 2)]
"""`facility_gc1` … `tasks_gc2`, in the order of the roles."""
