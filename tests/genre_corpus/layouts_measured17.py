"""Measured blind once (part C of the ninth blind set, 0.776 as first measured under its name, 2026-12-04), then studied and
tuned on: now a tuning layout. What follows is its writer's description.

A blind held-out set (two layouts per role, `M1` and `M2`): never used for tuning, written by someone who neither
ran the extractor on them nor read it, to differ from every layout of `layouts_*.py`.

Theme: transport and storage — Kazakhstan's locomotive depots and railway divisions, bus parks, oil depots, a sea port
on the Caspian and a river port on the Irtysh, a regional airport, a compressor station of a main gas pipeline; Vietnam's
container seaports, a bus company and its depots, logistics centres and fuel depots, the central waste-water plant of an
industrial park (KCN). Documents: reports on ПЭК and báo cáo công tác bảo vệ môi trường, an application for an
environmental permit and a báo cáo đề xuất cấp GPMT, an inventory of emission sources, a waste-management programme, a
category III operator's declaration, an НДС project, a Giấy phép môi trường, a director's order with its annex, a
regional division's plan of checks, an oil-spill preparedness plan, a road map of a bus fleet's transition to gas
(VI: to electric buses).

Facility: a report's form whose labels stand in a row above their values, three such bands of four fields, the
coordinates written `с.ш. 47,83412°` (VI: `Vĩ độ … °B`) (M1); an application's card whose cells each join two fields
with a slash (`name / operator`, `BIN / KATO`, main / additional OKED, `category / ground`), coordinates with prime
signs (`54°46′28″`), an aerodrome's or compressor station's equipment in a table of no role (M2).
Emissions: the inventory form «источники выделения»: the workshop and the source of emission (ИЗА) merged down, the
sources of release numbered `001`, `002` inside each, hours a day and a year under a merged header, tonnes a year only,
a row of column numbers (VI: a bus depot's inventory by hạng mục, tấn/năm only) (M1); a compressor station's matrix,
the substances as rows and the sources as columns, each cell `г/с / т/год` in one, a hazard-class column and a total
column (VI: a container port's loads by named source in the same form) (M2).
Wastes: a sea port's waste-management programme with the wastes as columns and their code, hazard, source, amount,
place and handling as rows (VI: a port's GPMT with the CTNH as columns) (M1); a category III declaration, hazardous and
non-hazardous wastes in two tables, the declared year merged down the first column, the amounts formed and
accumulated side by side and equal, no codes (VI: a KCN waste-water plant's annual report, the reporting year merged
down, the transfer-document numbers beside tonnes) (M2).
Limits: a river port's НДС table with the fishery ПДК (`фон + 0,25` for suspended solids) beside the allowed
concentration at the outlet, mass in г/ч and т/год under a merged header (VI: a KCN waste-water plant's GPMT, Cmax of
QCVN 40 column A with Kq and Kf in the header, rows without a key and a note column) (M1); an airport's measurements
in long form, one row per date, point and substance, the date and the point merged down, ПДК м.р. on every row
(VI: a port's rounds against QCVN 05 one-hour values in µg/m3) (M2).
Monitoring: a port's marine programme, several stations listed in one cell, a sampling-layer column, frequencies with
qualifiers (`ежемесячно (в период навигации)`), sea water, bottom sediments and air (VI: NB/TT/KK points, QCVN 10 and
43) (M1); points as rows and the frequencies as sub-columns under a merged header, the parameters listed in the cells
(VI: a bus depot's wash water) (M2).
Inspections: a director's order's annex, the responsible before the frequency, frequencies with qualifiers
(`еженедельно (по понедельникам)`) and a record-form column (VI: a port's internal rules) (M1); a regional division's
plan, the divisions as rows and the kinds of check as sub-columns under a merged header, a frequency in each cell or a
dash (VI: a bus company's depots) (M2).
Tasks: a port's oil-spill preparedness plan, the responsible and the co-executor in one cell split by a slash, a
funding column and an empty completion column (M1); a road map of a bus fleet's conversion with a target-indicator
column, several executors in one cell split by semicolons (VI: the lead and the partner apart) (M2).

The words of each layout are in the text tables (RU, KK, VI); a header row is one string, its cells between `|`,
`^` for a cell a merge covers.
"""

from __future__ import annotations

from . import vocab
from .common import Doc, distractor, make_bin, make_kato, make_msdn, maybe_distractor, num, rate
from .limits_data import AIR_PDK, SURFACE, add, cell, limit
from .obligations_data import task
from .registry import ROLES, Layout
from .sources_data import emission

TEXT: dict[str, tuple[str, str, str]] = {}


def _t(doc: Doc, key: str) -> str:
    return TEXT[key][vocab.LANGS.index(doc.lang)]


def _list(doc: Doc, key: str) -> list[str]:
    return _t(doc, key).split("|")


def _cells(text: str) -> list[str | None]:
    return [None if x == "^" else x for x in text.split("|")]


def _row(doc: Doc, key: str) -> list[str | None]:
    """A header row of the text tables in the document's language."""
    return _cells(_t(doc, key))


def _down(rows: list, start: int, col: int, merges: list) -> None:
    """Merges a column down from row `start` to the last row, when that is two rows or more."""
    if len(rows) - 1 > start:
        merges.append((start, col, len(rows) - 1, col))


def _sig(x: float, digits: int = 2) -> float:
    return float(f"{x:.{digits}g}")


def _mon(loc: dict, key: tuple[str, str], frequency: str) -> dict:
    return {**loc, key[0]: key[1], "frequency": frequency}


def _i(doc: Doc) -> int:
    return vocab.LANGS.index(doc.lang)


# Vietnamese groups of the Law on Environmental Protection and the appendix of Decree 08/2022 that lists them
VN_APPENDIX = {"I": "III", "II": "IV", "III": "V"}


# ---------------------------------------------------------------- facility

# (name, operator, address, OKED with its name (VI: activity), capacity (VI only), centre)
SITES_BANDS = {
    "ru": (
        ("Эксплуатационное локомотивное депо «Шалкар»", "ТОО «Темир Жол Тарту»",
         "Актюбинская область, Шалкарский район, г. Шалкар, ул. Вокзальная, 3",
         ("33170", "Ремонт и техническое обслуживание прочих транспортных средств"), "", (47.83, 59.61)),
        ("Автобусный парк № 3", "ТОО «Шымкент Автобус Паркі-3»", "г. Шымкент, Абайский район, ул. Капал батыра, 112",
         ("49310", "Городской и пригородный пассажирский сухопутный транспорт"), "", (42.36, 69.63)),
        ("Нефтебаза «Тобыл»", "ТОО «Тобыл Мұнай Өнімдері»", "Костанайская область, г. Лисаковск, Промышленная зона, 4",
         ("52102", "Хранение и складирование нефти и продуктов ее переработки"), "", (52.55, 62.51)),
    ),
    "kk": (
        ("«Шалқар» пайдалану локомотив депосы", "«Теміржол Тарту» ЖШС",
         "Ақтөбе облысы, Шалқар ауданы, Шалқар қ., Вокзал көшесі, 3",
         ("33170", "Басқа да көлік құралдарын жөндеу және техникалық қызмет көрсету"), "", (47.83, 59.61)),
        ("№ 3 автобус паркі", "«Шымкент Автобус Паркі-3» ЖШС", "Шымкент қ., Абай ауданы, Қапал батыр көшесі, 112",
         ("49310", "Қалалық және қала маңындағы жолаушылар құрлық көлігі"), "", (42.36, 69.63)),
        ("«Тобыл» мұнай базасы", "«Тобыл Мұнай Өнімдері» ЖШС", "Қостанай облысы, Лисаков қ., Өнеркәсіптік аймақ, 4",
         ("52102", "Мұнай мен оның өңделген өнімдерін сақтау және қоймалау"), "", (52.55, 62.51)),
    ),
    "vi": (
        ("Xí nghiệp xe buýt Yên Viên Đông", "Công ty TNHH MTV Vận tải Xe buýt Yên Viên Đông",
         "số 12 đường Hà Huy Tập, thị trấn Yên Viên, huyện Gia Lâm, TP. Hà Nội",
         ("", "Bảo dưỡng, sửa chữa và trông giữ xe buýt"), "180 xe buýt; xưởng bảo dưỡng 2.400 m2", (21.08, 105.92)),
        ("Trung tâm logistics Long Bình Bắc", "Công ty Cổ phần Logistics Long Bình Bắc",
         "phường Long Bình, TP. Biên Hòa, tỉnh Đồng Nai",
         ("", "Kho bãi, lưu giữ hàng hóa, cảng cạn (ICD)"), "Bãi container 12 ha; 250.000 TEU/năm", (10.93, 106.88)),
        ("Kho xăng dầu Phú Xuân Nam", "Công ty TNHH Kho vận Xăng dầu Phú Xuân Nam", "xã Phú Xuân, huyện Nhà Bè, TP. Hồ Chí Minh",
         ("", "Kinh doanh dịch vụ kho xăng dầu"), "Sức chứa 60.000 m3; cầu cảng 5.000 DWT", (10.68, 106.75)),
    ),
}  # fmt: skip
TEXT |= {
    "f1.title": ("Отчет по программе производственного экологического контроля за 2025 год",
                 "2025 жылға арналған өндірістік экологиялық бақылау бағдарламасы бойынша есеп",
                 "BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025"),
    "f1.p": ("Отчет представляется в Департамент экологии в электронной форме через Национальный банк данных о состоянии "
             "окружающей среды и природных ресурсов.",
             "Есеп Экология департаментіне қоршаған ортаның және табиғи ресурстардың жай-күйі туралы ұлттық деректер банкі "
             "арқылы электрондық нысанда ұсынылады.",
             "(Mẫu số 05.A Phụ lục VI ban hành kèm theo Thông tư số 02/2022/TT-BTNMT ngày 10 tháng 01 năm 2022)"),
    "f1.h": ("Раздел 1. Общие сведения", "1-бөлім. Жалпы мәліметтер", "I. THÔNG TIN CHUNG VỀ CƠ SỞ"),
    "f1.band1": ("Наименование оператора|БИН оператора|Наименование объекта|Категория объекта",
                 "Оператордың атауы|Оператордың БСН|Объектінің атауы|Объектінің санаты",
                 "Tên chủ cơ sở|Mã số doanh nghiệp|Tên cơ sở|Phân loại cơ sở"),
    "f1.band2": ("Фактический адрес объекта|Код КАТО|Основной вид деятельности (ОКЭД)|Координаты (WGS-84)",
                 "Объектінің нақты мекенжайы|ҚАТО коды|Негізгі қызмет түрі (ЭҚЖЖ)|Координаттары (WGS-84)",
                 "Địa chỉ cơ sở|Loại hình hoạt động|Quy mô, công suất|Tọa độ (WGS-84)"),
    "f1.band3": ("Руководитель|Телефон|Электронная почта|Численность работающих, чел.",
                 "Басшысы|Телефоны|Электрондық поштасы|Жұмыскерлер саны, адам",
                 "Người đại diện theo pháp luật|Điện thoại|Thư điện tử|Số lao động (người)"),
    "f1.heads": ("Начальник Ержанов М.С.|Директор Абдуллаев Р.Т.|Директор Гриценко А.В.",
                 "Бастық Ержанов М.С.|Директор Абдуллаев Р.Т.|Директор Гриценко А.В.",
                 "Ông Phạm Quốc Bảo – Giám đốc|Bà Vũ Thị Thanh Hương – Tổng Giám đốc|Ông Đặng Minh Tuấn – Giám đốc"),
    "f1.mail": ("ecology@depo-shalkar.kz|park3@shymbus.kz|neftebaza@tobyl-oil.kz",
                "ecology@depo-shalkar.kz|park3@shymbus.kz|neftebaza@tobyl-oil.kz",
                "moitruong@xebuytyvd.vn|hse@longbinhbac-logistics.vn|khoxangdau@phuxuannam.com.vn"),
    "f1.caption": ("Форма 1. Сведения об операторе и объекте", "1-нысан. Оператор және объект туралы мәліметтер",
                   "Bảng 1. Thông tin về cơ sở"),
}  # fmt: skip


def facility_m1(doc: Doc) -> None:
    """A report's form whose labels stand in a row above their values: three bands of four fields (operator, BIN, site,
    category; address, KATO, OKED with its name, coordinates; head, phone, e-mail, staff), coordinates written
    `с.ш. 47,83412°; в.д. 59,61357°` (VI: `Vĩ độ 21,07815°B`, the group with its appendix of Decree 08/2022, activity
    and capacity in place of KATO and OKED)."""
    r = doc.rng
    vi = doc.lang == "vi"
    i = r.randrange(3)
    name, operator, address, (oked, activity), capacity, (lat0, lon0) = SITES_BANDS[doc.lang][i]
    doc.h(_t(doc, "f1.title"))
    doc.p(_t(doc, "f1.p"))
    doc.h(_t(doc, "f1.h"))
    cat = r.choice(("II", "III"))
    bin_ = make_msdn(r) if vi else make_bin(r)
    kato = make_kato(r)
    lat, lon = round(lat0 + r.uniform(-0.03, 0.03), 5), round(lon0 + r.uniform(-0.03, 0.03), 5)
    la, lo = num(lat, doc.lang, False), num(lon, doc.lang, False)
    coords = doc.v(f"с.ш. {la}°; в.д. {lo}°", f"с.е. {la}°; ш.б. {lo}°", f"Vĩ độ {la}°B; kinh độ {lo}°Đ")
    category = doc.v(f"{cat} категория", f"{cat} санат", f"Nhóm {cat} (Phụ lục {VN_APPENDIX[cat]} Nghị định số 08/2022/NĐ-CP)")
    phone = "024 3827 5510" if vi else f"+7 (7{r.randint(110, 299)}) {r.randint(20, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)}"
    staff = str(r.randint(40, 460))
    second = [address, activity, capacity, coords] if vi else [address, kato, f"{oked} – {activity}", coords]
    rows = [
        _list(doc, "f1.band1"), [operator, bin_, name, category],
        _list(doc, "f1.band2"), second,
        _list(doc, "f1.band3"), [_list(doc, "f1.heads")[i], phone, _list(doc, "f1.mail")[i], staff],
    ]
    doc.table(_t(doc, "f1.caption"), rows, role="facility")
    out = {"bin": bin_, "name_contains": name, "category": cat, "lat": lat, "lon": lon}
    if not vi:
        out.update(kato=kato, oked=oked)
    doc.add("facilities", out)
    maybe_distractor(doc)


def _prime(value: float) -> tuple[str, float]:
    """An angle in degrees, minutes and whole seconds with prime signs (`54°46′28″`) and the decimal degrees it stands for."""
    d = int(value)
    minutes = (value - d) * 60
    m = int(minutes)
    s = round((minutes - m) * 60)
    if s == 60:
        m, s = m + 1, 0
    if m == 60:
        d, m = d + 1, 0
    return f"{d}°{m:02d}′{s:02d}″", d + m / 60 + s / 3600


# (kind, name, operator, address, (main OKED, additional OKED) (VI: activity), centre, capacity)
SITES_SLASH = {
    "ru": (
        ("airport", "Аэропорт «Кызылжар»", "АО «Аэропорт Кызылжар»", "Северо-Казахстанская область, г. Петропавловск, ул. Аэропортовская, 1",
         ("52231", "52241"), (54.77, 69.18), "ВПП 2 500 × 45 м; пропускная способность аэровокзала 300 пасс./ч"),
        ("compressor", "Компрессорная станция КС-7 «Караозек»", "ТОО «ТрансГаз Оңтүстік»",
         "Кызылординская область, Сырдарьинский район, 14 км северо-западнее п. Жетиколь",
         ("49500", "35220"), (44.91, 64.86), "3 газоперекачивающих агрегата по 16 МВт; 18 млрд м³ газа в год"),
    ),
    "kk": (
        ("airport", "«Қызылжар» әуежайы", "«Қызылжар Әуежайы» АҚ", "Солтүстік Қазақстан облысы, Петропавл қ., Әуежай көшесі, 1",
         ("52231", "52241"), (54.77, 69.18), "ҰҚЖ 2 500 × 45 м; әуевокзалдың өткізу қабілеті сағатына 300 жолаушы"),
        ("compressor", "КС-7 «Қараөзек» компрессор станциясы", "«ТрансГаз Оңтүстік» ЖШС",
         "Қызылорда облысы, Сырдария ауданы, Жетікөл кентінен солтүстік-батысқа қарай 14 км",
         ("49500", "35220"), (44.91, 64.86), "әрқайсысы 16 МВт 3 газ айдау агрегаты; жылына 18 млрд м³ газ"),
    ),
    "vi": (
        ("port", "Bến cảng container Đình Vũ Tây", "Công ty Cổ phần Cảng Đình Vũ Tây",
         "Khu kinh tế Đình Vũ – Cát Hải, phường Đông Hải 2, quận Hải An, TP. Hải Phòng",
         ("Khai thác cảng biển, bốc xếp hàng hóa (mã ngành 5224)", ""), (20.84, 106.77),
         "Tiếp nhận tàu container đến 40.000 DWT; 1.200.000 TEU/năm"),
        ("port", "Cảng tổng hợp Hòn La Bắc", "Công ty Cổ phần Cảng biển Hòn La Bắc", "xã Quảng Đông, huyện Quảng Trạch, tỉnh Quảng Bình",
         ("Hoạt động dịch vụ hỗ trợ trực tiếp cho vận tải đường thủy (mã ngành 5222)", ""), (17.93, 106.52),
         "02 bến tàu 50.000 DWT; 3,5 triệu tấn hàng/năm"),
    ),
}  # fmt: skip
TEXT |= {
    "f2.title": ("Заявление на получение экологического разрешения на воздействие",
                 "Әсер етуге экологиялық рұқсат алуға арналған өтініш",
                 "BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA CƠ SỞ"),
    "f2.p": ("Приложение 1 к заявлению. Сведения об объекте, оказывающем негативное воздействие на окружающую среду.",
             "Өтінішке 1-қосымша. Қоршаған ортаға теріс әсер ететін объект туралы мәліметтер.",
             "Chương I. THÔNG TIN CHUNG VỀ CƠ SỞ"),
    "f2.head": ("Наименование данных|Сведения", "Деректердің атауы|Мәліметтер", "Nội dung|Thông tin"),
    "f2.labels": ("Наименование объекта / оператора|БИН / код КАТО|ОКЭД (основной / дополнительный)|Местонахождение|"
                  "Координаты {where}, WGS-84 (широта / долгота)|Категория объекта / основание|Мощность объекта",
                  "Объектінің / оператордың атауы|БСН / ҚАТО коды|ЭҚЖЖ (негізгі / қосымша)|Орналасқан жері|"
                  "{where} координаттары, WGS-84 (ендік / бойлық)|Объект санаты / негіздеме|Объектінің қуаты",
                  "Tên cơ sở / Chủ cơ sở|Mã số doanh nghiệp / Mã số thuế|Ngành nghề kinh doanh|Địa chỉ|"
                  "Tọa độ {where} (WGS-84): vĩ độ / kinh độ|Phân loại / căn cứ|Quy mô, công suất"),
    "f2.where": ("контрольной точки аэродрома (КТА)|центра промплощадки", "аэродромның бақылау нүктесінің|өндірістік алаң ортасының",
                 "trung tâm khu đất|trung tâm khu đất"),
    "f2.ground": ("раздел {s} приложения 2 к Экологическому кодексу РК", "ҚР Экологиялық кодексінің 2-қосымшасының {s}-бөлімі",
                  "Phụ lục {s} Nghị định số 08/2022/NĐ-CP"),
    "f2.caption": ("Таблица 1.1 – Паспортные данные объекта", "1.1-кесте – Объектінің паспорттық деректері", "Bảng 1.1. Thông tin chung về cơ sở"),
    "f2.extra.airport": ("Характеристика аэродрома|Показатель|Значение;Класс аэродрома|В;Длина / ширина ВПП, м|2 500 / 45;"
                         "Покрытие ВПП|асфальтобетон;Количество мест стоянки воздушных судов|8;Склад ГСМ, м³|2 × 400",
                         "Аэродромның сипаттамасы|Көрсеткіш|Мәні;Аэродром класы|В;ҰҚЖ ұзындығы / ені, м|2 500 / 45;"
                         "ҰҚЖ жабыны|асфальтбетон;Әуе кемелерінің тұрақ орындары|8;ЖЖМ қоймасы, м³|2 × 400", ""),
    "f2.extra.compressor": ("Основное технологическое оборудование КС|Оборудование|Количество, шт.|Мощность (производительность);"
                            "Газоперекачивающий агрегат ГПА-16 «Урал»|3|16 МВт;Пылеуловитель циклонный ГП-144|6|20 млн м³/сут;"
                            "Подогреватель топливного газа ПТПГ-15|1|1,5 МВт;Аппарат воздушного охлаждения газа|12|–",
                            "КС негізгі технологиялық жабдығы|Жабдық|Саны, дана|Қуаты (өнімділігі);"
                            "ГПА-16 «Урал» газ айдау агрегаты|3|16 МВт;ГП-144 циклонды шаң ұстағыш|6|тәулігіне 20 млн м³;"
                            "ПТПГ-15 отын газын жылытқыш|1|1,5 МВт;Газды ауамен салқындату аппараты|12|–", ""),
    "f2.extra.port": ("", "", "Các hạng mục công trình chính|Hạng mục|Quy mô;Cầu cảng|02 bến, tổng chiều dài 420 m;"
                      "Bãi container|18,5 ha;Kho CFS|12.000 m2;Trạm xử lý nước thải sinh hoạt|50 m3/ngày đêm"),
}  # fmt: skip


def _small(doc: Doc, key: str) -> None:
    """A small table of no role written `caption|head…;row…;…`."""
    caption, *head = _t(doc, key).split(";")[0].split("|")
    rows = [head] + [x.split("|") for x in _t(doc, key).split(";")[1:]]
    doc.table(caption, rows, role="other")


def facility_m2(doc: Doc) -> None:
    """An application's card whose cells each join two fields with a slash (`name / operator`, `BIN / KATO`, main /
    additional OKED, `category / ground`), coordinates with prime signs (`54°46′28″ с.ш. / 69°11′01″ в.д.`), and the
    aerodrome's or the compressor station's equipment in a table of no role (VI: a seaport's GPMT report, the
    enterprise number twice as the tax number, the group with its appendix)."""
    r = doc.rng
    vi = doc.lang == "vi"
    i = r.randrange(2)
    kind, name, operator, address, (oked, oked2), (lat0, lon0), capacity = SITES_SLASH[doc.lang][i]
    doc.h(_t(doc, "f2.title") + (f" {name.upper()}" if vi else ""))
    doc.p(_t(doc, "f2.p"))
    cat = r.choice(("I", "II"))
    bin_ = make_msdn(r) if vi else make_bin(r)
    kato = make_kato(r)
    (lat_t, lat), (lon_t, lon) = _prime(lat0 + r.uniform(-0.02, 0.02)), _prime(lon0 + r.uniform(-0.02, 0.02))
    coords = doc.v(f"{lat_t} с.ш. / {lon_t} в.д.", f"{lat_t} с.е. / {lon_t} ш.б.",
                   f"{lat_t} vĩ độ Bắc / {lon_t} kinh độ Đông")
    section = VN_APPENDIX[cat] if vi else {"I": "1", "II": "2"}[cat]
    ground = _t(doc, "f2.ground").format(s=section)
    category = f"Nhóm {cat} / {ground}" if vi else f"{cat} / {ground}"
    where = _list(doc, "f2.where")[i]
    labels = [x[:1].upper() + x[1:] for x in _t(doc, "f2.labels").format(where=where).split("|")]
    if vi:
        values = [f"{name} / {operator}", f"{bin_} / {bin_}", oked, address, coords, category, capacity]
    else:
        values = [f"{name} / {operator}", f"{bin_} / {kato}", f"{oked} / {oked2}", address, coords, category, capacity]
    rows = [_row(doc, "f2.head"), *([a, b] for a, b in zip(labels, values, strict=True))]
    doc.table(_t(doc, "f2.caption"), rows, role="facility")
    out = {"bin": bin_, "name_contains": name, "category": cat, "lat": lat, "lon": lon}
    if not vi:
        out.update(kato=kato, oked=oked)
    doc.add("facilities", out)
    _small(doc, f"f2.extra.{kind}")


# ---------------------------------------------------------------- emissions

# (ИЗА, organised?, workshop RU, KK, [(source of release, RU, KK, hours a day, hours a year, codes, t/year range)])
DEPOT = (
    ("0001", True, "Котельная депо", "Депо қазандығы",
     [("001", "Котлы КВр-1,16 (2 шт.), уголь", "КВр-1,16 қазандықтары (2 дана), көмір", 24, 5160,
       ("0301", "0304", "0330", "0337", "0328", "2908"), (0.4, 14))]),
    ("0002", True, "Пескосушильное отделение", "Құм кептіру бөлімшесі",
     [("001", "Печь сушки песка ПСП-2", "ПСП-2 құм кептіру пеші", 8, 1950, ("0301", "0337", "0330", "2908"), (0.01, 1.5))]),
    ("0003", True, "Станция реостатных испытаний", "Реостаттық сынау станциясы",
     [("001", "Дизель тепловоза ТЭ33А (реостатные испытания)", "ТЭ33А тепловозының дизелі (реостаттық сынау)", 6, 1460,
       ("0301", "0304", "0328", "0330", "0337", "1325", "2754"), (0.008, 2.5))]),
    ("0004", True, "Склад дизельного топлива", "Дизель отыны қоймасы",
     [("001", "Резервуары РГС-75 (4 шт.), дыхательные клапаны", "РГС-75 резервуарлары (4 дана), тыныс алу клапандары", 24, 8760,
       ("0333", "2754"), (0.0002, 0.3))]),
    ("6001", False, "Ремонтный цех", "Жөндеу цехы",
     [("001", "Сварочный пост (электроды МР-3)", "Дәнекерлеу посты (МР-3 электродтары)", 8, 1840, ("0123", "0143"), (0.002, 0.08)),
      ("002", "Окраска деталей (эмаль ПФ-115)", "Бөлшектерді бояу (ПФ-115 эмалі)", 4, 620, ("0616",), (0.03, 0.4))]),
    ("6002", False, "Пункт экипировки тепловозов", "Тепловоздарды жабдықтау пункті",
     [("001", "Топливораздаточная колонка (заправка тепловозов)", "Отын тарату колонкасы (тепловоздарға отын құю)", 24, 8760,
       ("0333", "2754"), (0.0001, 0.15)),
      ("002", "Пескоподача в тепловозы", "Тепловоздарға құм беру", 8, 1200, ("2908",), (0.05, 0.6))]),
)  # fmt: skip
# code: share of a source's range — the minor pollutants of a source come in smaller amounts
MINOR = {"0304": 0.15, "0328": 0.3, "0333": 0.003, "0143": 0.1, "1325": 0.05, "0602": 0.2}
# (hạng mục, [(source, hours a year, codes, t/year range)]) — a bus depot
BUS_DEPOT = (
    ("Xưởng bảo dưỡng, sửa chữa", [("Khu vực hàn, cắt kim loại", 1800, ("0123", "0143"), (0.004, 0.06)),
                                   ("Buồng sơn sửa chữa thân xe", 900, ("0616", "0621"), (0.04, 0.5))]),
    ("Trạm cấp nhiên liệu", [("Bồn chứa dầu DO 25 m3 (ống thông hơi)", 8760, ("0602", "0621"), (0.0004, 0.008))]),
    ("Bãi đỗ xe buýt", [("Xe buýt khởi động, di chuyển trong bãi", 2920, ("0301", "0330", "0337", "2902"), (0.03, 1.4))]),
    ("Máy phát điện dự phòng 500 kVA", [("Ống xả máy phát điện", 150, ("2902", "0330", "0301", "0337"), (0.001, 0.04))]),
)  # fmt: skip
TEXT |= {
    "e1.title": ("Бланк инвентаризации выбросов загрязняющих веществ в атмосферный воздух и их источников",
                 "Атмосфералық ауаға ластаушы заттар шығарындылары мен олардың көздерін түгендеу бланкісі",
                 "BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN CẢI TẠO, MỞ RỘNG XÍ NGHIỆP XE BUÝT YÊN VIÊN ĐÔNG"),
    "e1.p": ("Предприятие: ТОО «Темир Жол Тарту», эксплуатационное локомотивное депо «Шалкар». Инвентаризация выполнена по "
             "состоянию на 01.01.2026.",
             "Кәсіпорын: «Теміржол Тарту» ЖШС, «Шалқар» пайдалану локомотив депосы. Түгендеу 01.01.2026 жағдай бойынша жүргізілді.",
             "Kết quả kiểm kê các nguồn phát sinh khí thải hiện hữu của xí nghiệp được tổng hợp trong bảng dưới đây; tải lượng "
             "được tính theo hệ số phát thải và thời gian hoạt động thực tế năm 2025."),
    "e1.h0": ("Наименование производства, цеха, участка|Номер источника загрязнения атмосферы|Номер источника выделения|"
              "Наименование источника выделения|Время работы источника выделения, ч|^|Наименование загрязняющего вещества|"
              "Код ЗВ|Количество ЗВ, отходящих от источника выделения, т/год",
              "Өндірістің, цехтың, учаскенің атауы|Атмосфераны ластау көзінің нөмірі|Бөліну көзінің нөмірі|"
              "Бөліну көзінің атауы|Бөліну көзінің жұмыс уақыты, сағ|^|Ластаушы заттың атауы|ЛЗ коды|"
              "Бөліну көзінен шығатын ЛЗ мөлшері, т/жыл",
              "Hạng mục công trình|Nguồn phát sinh|Thời gian hoạt động (giờ/năm)|Chất ô nhiễm|Tải lượng (tấn/năm)"),
    "e1.h1": ("^|^|^|^|в сутки|за год|^|^|^", "^|^|^|^|тәулігіне|жылына|^|^|^", ""),
    "e1.caption": ("1. Источники выделения загрязняющих веществ", "1. Ластаушы заттардың бөліну көздері",
                   "Bảng 3.5. Kiểm kê nguồn phát sinh khí thải tại xí nghiệp"),
    "e1.after": ("Примечание: количество ЗВ определено расчетным методом по удельным показателям.",
                 "Ескертпе: ЛЗ мөлшері меншікті көрсеткіштер бойынша есептеу әдісімен анықталды.",
                 "Ghi chú: hệ số phát thải theo WHO (1993) và USEPA AP-42."),
}  # fmt: skip


def emissions_m1(doc: Doc) -> None:
    """The inventory form «Источники выделения загрязняющих веществ»: the workshop and the source of emission (ИЗА)
    merged down over their rows, the sources of release numbered `001`, `002` within each ИЗА with their hours a day and
    a year under a merged header, the code after the name, tonnes a year only, a row of column numbers (VI: a bus
    depot's inventory by hạng mục, the source and its hours merged over its pollutants, tấn/năm only, no numbers)."""
    r = doc.rng
    doc.h(_t(doc, "e1.title"))
    doc.p(_t(doc, "e1.p"))
    if doc.lang == "vi":
        rows, merges = [_row(doc, "e1.h0")], []
        for item, sources in BUS_DEPOT:
            start = len(rows)
            for source, hours, codes, span in sources:
                first = len(rows)
                for c in codes:
                    w = MINOR.get(c, 1)
                    t = rate(r, span[0] * w, span[1] * w, 3)
                    rows.append([item if len(rows) == start else None, source if len(rows) == first else None,
                                 num(hours, "vi") if len(rows) == first else None, vocab.air(c, "vi", r.randrange(2)),
                                 num(t, "vi")])
                    doc.add("emissions", emission(c, None, t))
                _down(rows, first, 1, merges)
                _down(rows, first, 2, merges)
            _down(rows, start, 0, merges)
        doc.table(_t(doc, "e1.caption"), rows, merges, role="emissions")
        doc.p(_t(doc, "e1.after"))
        return
    kept = [s for k, s in enumerate(DEPOT) if k != r.choice((1, 2, 3))]
    rows = [_row(doc, "e1.h0"), _row(doc, "e1.h1"), [str(k) for k in range(1, 10)]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 6, 7, 8)] + [(0, 4, 0, 5)]
    for number, organized, shop_ru, shop_kk, releases in kept:
        start = len(rows)
        for release, ru, kk, per_day, per_year, codes, span in releases:
            first = len(rows)
            codes = codes[: max(2, r.randint(3, 5))] if len(codes) > 4 else codes
            for c in codes:
                w = MINOR.get(c, 1)
                t = rate(r, span[0] * w, span[1] * w, 4)
                head = len(rows) == first
                shop = (shop_ru if doc.lang == "ru" else shop_kk) if len(rows) == start else None
                rows.append([shop, number if len(rows) == start else None, release if head else None,
                             (ru if doc.lang == "ru" else kk) if head else None, str(per_day) if head else None,
                             num(per_year, doc.lang) if head else None, vocab.air(c, doc.lang), c, num(t, doc.lang)])
                doc.add("emissions", emission(c, None, t, number))
            for col in (2, 3, 4, 5):
                _down(rows, first, col, merges)
        _down(rows, start, 0, merges)
        _down(rows, start, 1, merges)
        doc.add("sources", {"number": number, "type": "organized" if organized else "unorganized"})
    doc.table(_t(doc, "e1.caption"), rows, merges, role="emissions")
    doc.p(_t(doc, "e1.after"))
    maybe_distractor(doc)


# code: ((g/s low, high), (t/y low, high)) by kind of source of a compressor station
KS_RATES = {
    "gpa": {"0301": ((1.8, 5.5), (40, 150)), "0304": ((0.3, 0.9), (6, 24)), "0337": ((0.9, 4.2), (20, 110)),
            "0410": ((0.02, 0.09), (0.4, 2.5)), "0703": ((0.0000008, 0.0000035), (0.00002, 0.00009))},
    "vent": {"0410": ((18, 65), (4, 15))},
    "heater": {"0301": ((0.05, 0.2), (1.2, 5)), "0304": ((0.008, 0.03), (0.2, 0.8)), "0337": ((0.04, 0.25), (1, 6)),
               "0703": ((0.00000005, 0.0000002), (0.000001, 0.000005))},
}  # fmt: skip
KS_CODES = ("0301", "0304", "0337", "0410", "0703")
# VI: (source, codes, (g/s range, t/y range) scale)
PORT_SOURCES = (
    ("Tàu neo đậu tại cầu bến (máy phát phụ)", 1.0),
    ("Thiết bị xếp dỡ (cẩu RTG, xe nâng)", 0.35),
    ("Xe đầu kéo container ra vào cảng", 0.6),
)
PORT_RATES = {"2902": ((0.05, 0.4), (1, 9)), "0330": ((0.1, 1.2), (2, 30)), "0301": ((0.4, 3.5), (10, 90)),
              "0337": ((0.3, 2.2), (6, 55))}  # fmt: skip
TEXT |= {
    "e2.title": ("Проект нормативов допустимых выбросов. Компрессорная станция КС-7 «Караозек» (ТОО «ТрансГаз Оңтүстік»)",
                 "Рұқсат етілген шығарындылар нормативтерінің жобасы. КС-7 «Қараөзек» компрессор станциясы («ТрансГаз Оңтүстік» ЖШС)",
                 "BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – BẾN CẢNG CONTAINER ĐÌNH VŨ TÂY"),
    "e2.p": ("На КС установлено {n} газоперекачивающих агрегата с газотурбинным приводом; выхлопные газы каждого отводятся через "
             "отдельную трубу высотой 18 м. В таблице выбросы даны в виде «г/с / т/год».",
             "КС-та газтурбиналық жетегі бар {n} газ айдау агрегаты орнатылған; әрқайсысының пайдаланылған газдары биіктігі 18 м "
             "жеке мұржа арқылы шығарылады. Кестеде шығарындылар «г/с / т/жыл» түрінде берілген.",
             "Tải lượng các chất ô nhiễm không khí từ hoạt động của cảng được tính toán theo hệ số phát thải; giá trị trong "
             "bảng ghi theo dạng «g/s / tấn/năm»."),
    "e2.h0": ("Код ЗВ|Наименование загрязняющего вещества|Класс опасности|Выброс по источникам, г/с / т/год|{span}|"
              "Всего по КС, г/с / т/год",
              "ЛЗ коды|Ластаушы заттың атауы|Қауіптілік сыныбы|Көздер бойынша шығарынды, г/с / т/жыл|{span}|"
              "КС бойынша барлығы, г/с / т/жыл",
              "TT|Chất ô nhiễm|Tải lượng theo nguồn phát sinh (g/s / tấn/năm)|{span}|Tổng cộng"),
    "e2.src": ("ИЗА № {n}\n{name}", "№ {n} АЛК\n{name}", ""),
    "e2.gpa": ("ГПА-{k} (ГТК-16), выхлопная труба", "ГПА-{k} (ГТК-16), пайдаланылған газ мұржасы", ""),
    "e2.vent": ("Свеча стравливания газа", "Газды шығару шырағы", ""),
    "e2.heater": ("Подогреватель топливного газа ПТПГ-15", "ПТПГ-15 отын газын жылытқыш", ""),
    "e2.caption": ("Таблица 3.4 – Выбросы загрязняющих веществ по источникам КС-7",
                   "3.4-кесте – КС-7 көздері бойынша ластаушы заттар шығарындылары",
                   "Bảng 3.3. Tải lượng ô nhiễm không khí theo nguồn phát sinh tại cảng"),
}  # fmt: skip


def _pair(doc: Doc, g: float, t: float) -> str:
    return f"{num(g, doc.lang)} / {num(t, doc.lang)}"


def emissions_m2(doc: Doc) -> None:
    """A compressor station's matrix: the substances as rows with their code and hazard class, the sources as columns
    (`ИЗА № 0001` over the unit's name on a second line) under a merged header, each cell `г/с / т/год` in one, a dash
    where a source does not emit, a total column (VI: a container port's loads, pollutants as rows and three named
    sources as columns, each cell `g/s / tấn/năm`, a total column)."""
    r = doc.rng
    doc.h(_t(doc, "e2.title"))
    if doc.lang == "vi":
        doc.p(_t(doc, "e2.p"))
        codes = ["2902", "0330", "0301", "0337"]
        got = {}
        for k, (_, scale) in enumerate(PORT_SOURCES):
            for c in codes:
                (g0, g1), (t0, t1) = PORT_RATES[c]
                got[(k, c)] = (rate(r, g0 * scale, g1 * scale, 3), rate(r, t0 * scale, t1 * scale, 3))
        span = "|".join("^" for _ in PORT_SOURCES[1:])
        rows = [_cells(_t(doc, "e2.h0").format(span=span)), [None, None, *(s for s, _ in PORT_SOURCES), None]]
        for n, c in enumerate(codes, 1):
            pairs = [got[(k, c)] for k in range(len(PORT_SOURCES))]
            total = _pair(doc, round(sum(p[0] for p in pairs), 6), round(sum(p[1] for p in pairs), 6))
            rows.append([str(n), vocab.air(c, "vi", r.randrange(2)), *(_pair(doc, *p) for p in pairs), total])
            doc.add("emissions", *(emission(c, g, t) for g, t in pairs))
        width = len(PORT_SOURCES)
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 1 + width), (0, 2 + width, 1, 2 + width)]
        doc.table(_t(doc, "e2.caption"), rows, merges, role="emissions")
        return
    n_gpa = r.randint(2, 3)
    doc.p(_t(doc, "e2.p").format(n=n_gpa))
    sources = [(f"{k:04d}", "gpa", _t(doc, "e2.gpa").format(k=k)) for k in range(1, n_gpa + 1)]
    sources.append((f"{n_gpa + 1:04d}", "vent", _t(doc, "e2.vent")))
    sources.append((f"{n_gpa + 2:04d}", "heater", _t(doc, "e2.heater")))
    got: dict[tuple[str, str], tuple[float, float]] = {}
    for number, kind, _ in sources:
        for c, ((g0, g1), (t0, t1)) in KS_RATES[kind].items():
            got[(number, c)] = (rate(r, g0, g1, 4), rate(r, t0, t1, 4))
    span = "|".join("^" for _ in sources[1:])
    head = _cells(_t(doc, "e2.h0").format(span=span))
    sub = [None, None, None, *(_t(doc, "e2.src").format(n=n, name=name) for n, _, name in sources), None]
    rows = [head, sub]
    for c in KS_CODES:
        cells, g_sum, t_sum = [], 0.0, 0.0
        for number, _, _ in sources:
            if (number, c) in got:
                g, t = got[(number, c)]
                g_sum, t_sum = g_sum + g, t_sum + t
                cells.append(_pair(doc, g, t))
                doc.add("emissions", emission(c, g, t, number, vocab.hazard(c)))
            else:
                cells.append("–")
        hazard = vocab.hazard(c)
        rows.append([c, vocab.air(c, doc.lang), str(hazard) if hazard else "–", *cells,
                     _pair(doc, _sig(g_sum, 6), _sig(t_sum, 6))])
    width = len(sources)
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 2 + width), (0, 3 + width, 1, 3 + width)]
    doc.table(_t(doc, "e2.caption"), rows, merges, role="emissions")
    doc.add("sources", *({"number": n, "type": "organized"} for n, _, _ in sources))
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# (code, RU, KK, source RU, source KK, amount range, t)
PORT_WASTES = (
    ("13 04 03*", "Льяльные (подсланевые) воды судов портового флота", "Порт флоты кемелерінің трюм асты (льял) сулары",
     "суда портового флота", "порт флотының кемелері", (5, 60)),
    ("13 05 02*", "Шлам нефтеловушек очистных сооружений ливневых стоков", "Нөсер ағындарын тазарту құрылыстарының мұнай ұстағыш шламы",
     "ЛОС ливневой канализации", "нөсер кәрізінің жергілікті тазарту құрылыстары", (0.5, 6)),
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", "ремонтные мастерские, суда", "жөндеу шеберханалары, кемелер", (0.1, 1.5)),
    ("16 01 07*", "Отработанные масляные фильтры", "Пайдаланылған май сүзгілері",
     "техобслуживание перегрузочной техники", "қайта тиеу техникасына техникалық қызмет көрсету", (0.05, 0.8)),
    ("20 01 08", "Пищевые отходы (камбузные отходы судов)", "Тамақ қалдықтары (кемелердің камбуз қалдықтары)",
     "камбузы судов, столовая", "кеме камбуздары, асхана", (2, 25)),
    ("20 03 01", "Смешанные коммунальные отходы", "Аралас коммуналдық қалдықтар",
     "административные здания, причалы", "әкімшілік ғимараттар, айлақтар", (15, 120)),
    ("17 04 05", "Лом черных металлов", "Қара металл сынықтары",
     "ремонт причальных сооружений и техники", "айлақ құрылыстары мен техниканы жөндеу", (5, 80)),
)  # fmt: skip
BILGE_SLUDGE_VN = ("17 05 02", "Bùn thải từ thiết bị tách dầu/nước", "Bùn")
# code: kg a year / 10 — a container port's hazardous wastes
PORT_KG = {"17 02 03": (60, 500), "18 02 01": (10, 150), "16 01 06": (2, 15), "18 01 02": (5, 80), "19 06 01": (10, 90),
           "17 05 02": (100, 800)}
TEXT |= {
    "w1.title": ("Программа управления отходами морского порта «Баутино-Жаңа» на 2026–2035 годы",
                 "«Баутино-Жаңа» теңіз портының 2026–2035 жылдарға арналған қалдықтарды басқару бағдарламасы",
                 "GIẤY PHÉP MÔI TRƯỜNG – BẾN CẢNG CONTAINER ĐÌNH VŨ TÂY"),
    "w1.p": ("Оператор: ТОО «Маңғыстау Порт Сервис». Отходы, принимаемые с судов, учитываются в соответствии с требованиями "
             "Международной конвенции МАРПОЛ 73/78.",
             "Оператор: «Маңғыстау Порт Сервис» ЖШС. Кемелерден қабылданатын қалдықтар МАРПОЛ 73/78 халықаралық конвенциясының "
             "талаптарына сәйкес есепке алынады.",
             "Phụ lục III. YÊU CẦU VỀ QUẢN LÝ CHẤT THẢI, PHÒNG NGỪA VÀ ỨNG PHÓ SỰ CỐ MÔI TRƯỜNG. "
             "1. Chủng loại, khối lượng chất thải nguy hại phát sinh thường xuyên:"),
    "w1.labels": ("Наименование отхода|Код по Классификатору отходов|Уровень опасности|Источник образования|"
                  "Количество образования, т/год|Место накопления|Способ обращения",
                  "Қалдықтың атауы|Қалдықтар сыныптауышы бойынша коды|Қауіптілік деңгейі|Түзілу көзі|"
                  "Түзілу мөлшері, т/жыл|Жинақтау орны|Жұмыс тәсілі",
                  "Tên chất thải|Mã CTNH|Trạng thái tồn tại|Khối lượng phát sinh (kg/năm)|Đơn vị tiếp nhận, xử lý"),
    "w1.levels": ("опасный|неопасный", "қауіпті|қауіпті емес", ""),
    "w1.places": ("закрытый склад опасных отходов (бетонное основание)|емкость-накопитель V = 50 м³|контейнерная площадка № 1",
                  "қауіпті қалдықтардың жабық қоймасы (бетон негіз)|V = 50 м³ жинақтағыш сыйымдылық|№ 1 контейнер алаңы", ""),
    "w1.ways": ("передача ТОО «Каспий Эко Сервис» по договору|вывоз на полигон ТБО г. Актау|сдача в пункт приема металлолома",
                "шарт бойынша «Каспий Эко Сервис» ЖШС-на беру|Ақтау қ. ҚТҚ полигонына шығару|металл сынықтарын қабылдау пунктіне тапсыру",
                "Công ty TNHH Môi trường Đông Hải|Công ty Cổ phần Môi trường Đô thị Hải Phòng"),
    "w1.caption": ("Таблица 3.1 – Характеристика отходов, образующихся на объекте", "3.1-кесте – Объектіде түзілетін қалдықтардың сипаттамасы",
                   ""),
}  # fmt: skip


def wastes_m1(doc: Doc) -> None:
    """Transposed: a sea port's waste-management programme with the wastes as columns (their names in the first row)
    and the code, the hazard level, the source, the amount in t/year, the place of accumulation and the handling as
    rows (VI: a port's GPMT annex with the CTNH as columns, their code, state, kg/năm and receiver as rows)."""
    r = doc.rng
    doc.h(_t(doc, "w1.title"))
    doc.p(_t(doc, "w1.p"))
    labels = _list(doc, "w1.labels")
    if doc.lang == "vi":
        pool = [w for w in vocab.VN_CTNH if w[0] in ("17 02 03", "18 02 01", "16 01 06", "18 01 02", "19 06 01")]
        picked = [*r.sample(pool, r.randint(3, 4)), BILGE_SLUDGE_VN]
        wastes = [{"code": c, "name": n, "state": s, "hazardous": True, "kg": r.randint(*PORT_KG[c]) * 10} for c, n, s in picked]
        rows = [[labels[0], *(w["name"] for w in wastes)], [labels[1], *(w["code"] for w in wastes)],
                [labels[2], *(w["state"] for w in wastes)], [labels[3], *(num(w["kg"], "vi") for w in wastes)],
                [labels[4], *(r.choice(_list(doc, "w1.ways")) for _ in wastes)]]
        doc.table(None, rows, role="wastes")
        doc.add("wastes", *({"code": w["code"] + "*", "code_system": "VN-CTNH", "hazardous": True,
                             "amount_t": w["kg"] / 1000, "name_contains": w["name"]} for w in wastes))
        return
    hazardous = [w for w in PORT_WASTES if w[0].endswith("*")]
    plain = [w for w in PORT_WASTES if not w[0].endswith("*")]
    picked = r.sample(hazardous, 3) + r.sample(plain, 2)
    picked.sort(key=PORT_WASTES.index)
    level = _list(doc, "w1.levels")
    places, ways = _list(doc, "w1.places"), _list(doc, "w1.ways")
    name_i = 1 if doc.lang == "ru" else 2
    amounts = [rate(r, *w[5], 3) for w in picked]
    rows = [[labels[0], *(w[name_i] for w in picked)], [labels[1], *(w[0] for w in picked)]]
    rows.append([labels[2], *(level[0] if w[0].endswith("*") else level[1] for w in picked)])
    rows.append([labels[3], *(w[3] if doc.lang == "ru" else w[4] for w in picked)])
    rows.append([labels[4], *(num(t, doc.lang) for t in amounts)])
    rows.append([labels[5], *(places[1] if w[0] == "13 04 03*" else places[0] if w[0].endswith("*") else places[2] for w in picked)])
    rows.append([labels[6], *(ways[0] if w[0].endswith("*") else ways[2] if w[0] == "17 04 05" else ways[1] for w in picked)])
    doc.table(_t(doc, "w1.caption"), rows, role="wastes")
    doc.add("wastes", *({"code": w[0], "code_system": "LoW", "hazardous": w[0].endswith("*"), "amount_t": t,
                         "name_contains": w[name_i]} for w, t in zip(picked, amounts, strict=True)))
    maybe_distractor(doc)


# (RU, KK, range t) — a bus park's wastes
BUS_HAZARDOUS = (
    ("Отработанные моторные масла", "Пайдаланылған мотор майлары", (1.2, 9)),
    ("Отработанные свинцовые аккумуляторы", "Пайдаланылған қорғасын аккумуляторлары", (0.4, 3.5)),
    ("Промасленная ветошь", "Майланған шүберек", (0.05, 0.6)),
    ("Отработанные масляные фильтры", "Пайдаланылған май сүзгілері", (0.1, 1.2)),
    ("Отработанная охлаждающая жидкость (антифриз)", "Пайдаланылған салқындатқыш сұйықтық (антифриз)", (0.2, 2)),
    ("Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", (0.005, 0.05)),
)
BUS_PLAIN = (
    ("Изношенные шины", "Тозған шиналар", (3, 28)),
    ("Смешанные коммунальные отходы", "Аралас коммуналдық қалдықтар", (8, 60)),
    ("Лом черных металлов", "Қара металл сынықтары", (2, 30)),
    ("Отработанные тормозные колодки", "Пайдаланылған тежегіш қалыптары", (0.3, 2.5)),
    ("Смет с территории", "Аумақтан сыпырынды", (4, 35)),
)
# VI: a KCN waste-water plant's hazardous wastes: (code, name, range t)
KCN_CTNH = (
    ("12 06 05", "Bùn thải có các thành phần nguy hại từ quá trình xử lý sinh học nước thải công nghiệp", (40, 180)),
    ("18 01 03", "Bao bì cứng thải bằng nhựa", (0.05, 0.9)),
    ("16 01 06", "Bóng đèn huỳnh quang và các loại thủy tinh hoạt tính thải", (0.005, 0.05)),
    ("18 02 01", "Chất hấp thụ, vật liệu lọc, giẻ lau, vải bảo vệ thải bị nhiễm các thành phần nguy hại", (0.02, 0.4)),
    ("17 02 03", "Dầu động cơ, hộp số và bôi trơn tổng hợp thải", (0.01, 0.3)),
)  # fmt: skip
TEXT |= {
    "w2.title": ("Декларация о воздействии на окружающую среду", "Қоршаған ортаға әсер ету туралы декларация",
                 "BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025"),
    "w2.p": ("Оператор: {op}. Объект III категории: {name}, {addr}.", "Оператор: {op}. III санаттағы объект: {name}, {addr}.",
             "Cơ sở: Nhà máy xử lý nước thải tập trung Khu công nghiệp Long Đức Tây (công suất 6.000 m3/ngày đêm), "
             "Công ty Cổ phần Phát triển Hạ tầng KCN Long Đức Tây."),
    "w2.sites": ("Автобусный парк № 2;ТОО «Тараз Қалалық Көлік»;г. Тараз, ул. Сыпатай батыра, 40|"
                 "Автобусный парк «Кокше-Транс»;ТОО «Көкше Транс»;г. Кокшетау, ул. Ауельбекова, 171",
                 "№ 2 автобус паркі;«Тараз Қалалық Көлік» ЖШС;Тараз қ., Сыпатай батыр көшесі, 40|"
                 "«Көкше-Транс» автобус паркі;«Көкше Транс» ЖШС;Көкшетау қ., Әуелбеков көшесі, 171", ""),
    "w2.h": ("4. Декларируемое количество отходов", "4. Қалдықтардың декларацияланатын мөлшері",
             "3. Kết quả quản lý chất thải nguy hại"),
    "w2.head.h": ("Декларируемый год|Наименование опасных отходов|Количество образования, тонн/год|Количество накопления, тонн/год",
                  "Декларацияланатын жыл|Қауіпті қалдықтардың атауы|Түзілу мөлшері, тонна/жыл|Жинақтау мөлшері, тонна/жыл",
                  "Kỳ báo cáo|TT|Tên chất thải|Mã CTNH|Khối lượng (tấn)|Số chứng từ chất thải nguy hại|Tổ chức tiếp nhận"),
    "w2.head.p": ("Декларируемый год|Наименование неопасных отходов|Количество образования, тонн/год|Количество накопления, тонн/год",
                  "Декларацияланатын жыл|Қауіпті емес қалдықтардың атауы|Түзілу мөлшері, тонна/жыл|Жинақтау мөлшері, тонна/жыл", ""),
    "w2.caption.h": ("Таблица 4.1. Декларируемое количество опасных отходов", "4.1-кесте. Қауіпті қалдықтардың декларацияланатын мөлшері",
                     "Bảng 5. Chất thải nguy hại phát sinh và chuyển giao trong năm"),
    "w2.caption.p": ("Таблица 4.2. Декларируемое количество неопасных отходов",
                     "4.2-кесте. Қауіпті емес қалдықтардың декларацияланатын мөлшері", ""),
    "w2.year": ("2026", "2026", "Năm 2025"),
    "w2.to": ("", "", "Công ty TNHH Môi trường Xanh Việt|Công ty Cổ phần Xử lý Chất thải Sông Mây"),
}  # fmt: skip


def wastes_m2(doc: Doc) -> None:
    """A category III operator's declaration: hazardous and non-hazardous wastes in two tables told apart by their
    captions and headers, the declared year merged down the first column, the amounts formed and accumulated side by
    side and equal, no codes (VI: a KCN waste-water plant's annual report, the reporting year merged down the first
    column, tonnes beside the numbers of the hazardous-waste transfer documents and the receiver)."""
    r = doc.rng
    doc.h(_t(doc, "w2.title"))
    if doc.lang == "vi":
        doc.p(_t(doc, "w2.p"))
        doc.h(_t(doc, "w2.h"))
        picked = [KCN_CTNH[0], *r.sample(KCN_CTNH[1:], 3)]
        rows = [_row(doc, "w2.head.h")]
        for k, (code, name, span) in enumerate(picked, 1):
            t = rate(r, *span, 3)
            documents = "; ".join(f"{r.randint(10, 480):04d}/2025/CT" for _ in range(r.randint(1, 3)))
            rows.append([_t(doc, "w2.year") if k == 1 else None, str(k), name, code, num(t, "vi"), documents,
                         _list(doc, "w2.to")[k == 1]])
            doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": t,
                               "name_contains": name})
        doc.table(_t(doc, "w2.caption.h"), rows, [(1, 0, len(rows) - 1, 0)], role="wastes")
        maybe_distractor(doc)
        return
    name, operator, address = r.choice(_list(doc, "w2.sites")).split(";")
    doc.p(_t(doc, "w2.p").format(op=operator, name=name, addr=address))
    doc.h(_t(doc, "w2.h"))
    lang_i = 0 if doc.lang == "ru" else 1
    for key, pool, n, hazardous in (("h", BUS_HAZARDOUS, 4, True), ("p", BUS_PLAIN, 3, False)):
        picked = sorted(r.sample(pool, n), key=pool.index)
        rows = [_row(doc, f"w2.head.{key}")]
        for k, w in enumerate(picked):
            t = rate(r, *w[2], 3)
            rows.append([_t(doc, "w2.year") if k == 0 else None, w[lang_i], num(t, doc.lang), num(t, doc.lang)])
            doc.add("wastes", {"code": None, "code_system": None, "hazardous": hazardous, "amount_t": t,
                               "name_contains": w[lang_i]})
        doc.table(_t(doc, f"w2.caption.{key}"), rows, [(1, 0, len(rows) - 1, 0)], role="wastes")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

TEXT |= {
    "l1.title": ("Проект нормативов допустимых сбросов загрязняющих веществ со сточными водами. Речной порт «Ертіс-Павлодар»",
                 "Ағынды сулармен ластаушы заттардың рұқсат етілген төгінділерінің нормативтері жобасы. «Ертіс-Павлодар» өзен порты",
                 "GIẤY PHÉP MÔI TRƯỜNG"),
    "l1.p": ("Ливневые и талые воды с территории порта после очистки на локальных очистных сооружениях (песконефтеловушка, "
             "сорбционный фильтр) сбрасываются через выпуск № 1 в р. Иртыш. Расход сточных вод: {q} м3/ч, {Q} м3/год.",
             "Порт аумағынан нөсер және еріген сулар жергілікті тазарту құрылыстарында (құм-мұнай ұстағыш, сорбциялық сүзгі) "
             "тазартылғаннан кейін № 1 шығарылым арқылы Ертіс өзеніне төгіледі. Ағынды сулар шығыны: {q} м3/сағ, {Q} м3/жыл.",
             "Cấp cho Công ty Cổ phần Phát triển Hạ tầng KCN Long Đức Tây được thực hiện các hoạt động bảo vệ môi trường của "
             "Nhà máy xử lý nước thải tập trung Khu công nghiệp Long Đức Tây."),
    "l1.h": ("", "", "Phụ lục 1. NỘI DUNG CẤP PHÉP XẢ NƯỚC THẢI VÀO NGUỒN NƯỚC VÀ YÊU CẦU BẢO VỆ MÔI TRƯỜNG"),
    "l1.vi": ("", "", "1. Nguồn phát sinh: nước thải từ các doanh nghiệp thứ cấp trong KCN được thu gom về nhà máy xử lý tập trung.|"
              "2. Lưu lượng xả nước thải lớn nhất: 6.000 m3/ngày đêm (24 giờ).|"
              "3. Vị trí xả thải: suối Cầu Sâu, tọa độ X = 1.190.512; Y = 0.607.834 (hệ tọa độ VN-2000, kinh tuyến trục 107°45′, múi chiếu 3°).|"
              "4. Chất lượng nước thải trước khi xả vào nguồn nước tiếp nhận phải bảo đảm đáp ứng các giá trị giới hạn sau:"),
    "l1.h0": ("№ п/п|Наименование загрязняющего вещества|ПДК для водных объектов рыбохозяйственного значения, мг/дм3|"
              "Допустимая концентрация на выпуске (Сндс), мг/дм3|Норматив допустимого сброса|^",
              "Р/с №|Ластаушы заттың атауы|Балық шаруашылығы маңызы бар су объектілері үшін ШЖК, мг/дм3|"
              "Шығарылымдағы рұқсат етілген концентрация (Сндс), мг/дм3|Рұқсат етілген төгінді нормативі|^",
              "TT|Chất ô nhiễm|Đơn vị tính|Giá trị giới hạn cho phép Cmax (QCVN 40:2011/BTNMT, cột A; Kq = 0,9; Kf = 0,9)|Ghi chú"),
    "l1.h1": ("^|^|^|^|г/ч|т/год", "^|^|^|^|г/сағ|т/жыл", ""),
    "l1.bg": ("фон + 0,25", "фон + 0,25", ""),
    "l1.caption": ("Таблица 4.2 – Нормативы допустимых сбросов на 2026–2035 годы, выпуск № 1",
                   "4.2-кесте – 2026–2035 жылдарға арналған рұқсат етілген төгінділер нормативтері, № 1 шығарылым",
                   "Bảng 1. Giá trị giới hạn các chất ô nhiễm trong nước thải sau xử lý"),
    "l1.notes": ("", "", "Không áp dụng hệ số Kq, Kf|Cmax = C × Kq × Kf"),
    "l1.after": ("Фоновые концентрации приняты по данным РГП «Казгидромет» (створ 0,5 км выше г. Павлодар).",
                 "Фондық концентрациялар «Қазгидромет» РМК деректері бойынша қабылданды (Павлодар қ. 0,5 км жоғары тұстама).",
                 "Ghi chú: Kq = 0,9 ứng với nguồn tiếp nhận có lưu lượng dòng chảy ≤ 50 m3/s; Kf = 0,9 ứng với lưu lượng nguồn thải "
                 "F > 5.000 m3/ngày đêm."),
}  # fmt: skip
# symbol: (C of QCVN 40:2011 column A, K applies?) and rows without a key: (name, unit, C)
QCVN40A = {"pH": ((6, 9), False), "BOD5": (30, True), "COD": (75, True), "TSS": (50, True), "NH4+": (5, True),
           "TN": (20, True), "TP": (4, True), "TPH": (5, True), "Coliform": (3000, False)}  # fmt: skip
NO_KEY_VI = (("Nhiệt độ", "°C", 40), ("Độ màu", "Pt/Co", 50))


def limits_m1(doc: Doc) -> None:
    """A river port's НДС table for one outlet named in the caption: the fishery ПДК (a range for pH, `фон + 0,25` for
    suspended solids) beside the allowed concentration at the outlet, the allowed mass in г/ч and т/год under a merged
    header (VI: a KCN central waste-water plant's GPMT, Cmax of QCVN 40 column A with Kq and Kf in the header, temperature
    and colour rows with no substance, Coliform in MPN/100ml, a note column on the coefficients)."""
    r = doc.rng
    doc.h(_t(doc, "l1.title"))
    if doc.lang == "vi":
        doc.p(_t(doc, "l1.p"))
        doc.h(_t(doc, "l1.h"))
        for line in _list(doc, "l1.vi"):
            doc.p(line)
        no_k, with_k = _list(doc, "l1.notes")
        rows = [_row(doc, "l1.h0")]
        keys = ["pH", *sorted(r.sample(["BOD5", "COD", "TSS", "NH4+", "TN", "TP", "TPH"], 5), key=list(QCVN40A).index), "Coliform"]
        plain = list(NO_KEY_VI)
        for s in keys:
            if plain and r.random() < 0.4:
                name, unit, c = plain.pop(0)
                rows.append([str(len(rows)), name, unit, num(c, "vi"), no_k])
            c, k = QCVN40A[s]
            value = round(c * 0.81, 6) if k else c
            unit = {"pH": "-", "Coliform": "MPN/100ml"}.get(s, "mg/l")
            rows.append([str(len(rows)), vocab.water(s, "vi"), unit, cell(doc, value, to=" – "), with_k if k else no_k])
            add(doc, limit(("symbol", s), "waste_water", value, "MPN/100ml" if s == "Coliform" else "mg/l", "A"))
        doc.table(_t(doc, "l1.caption"), rows, role="limits")
        doc.p(_t(doc, "l1.after"))
        return
    q = r.choice((18, 25, 32, 40))
    big_q = q * r.choice((1100, 1400, 1800))
    doc.p(_t(doc, "l1.p").format(q=num(q, doc.lang), Q=num(big_q, doc.lang)))
    rows, merges = [_row(doc, "l1.h0"), _row(doc, "l1.h1")], [(0, c, 1, c) for c in range(4)] + [(0, 4, 0, 5)]
    pool = ["TSS", "BOD5", "TPH", "NH4+", "NO2-", "NO3-", "Fe", "Cl-", "SO4"]
    keys = ["pH", "TSS", *sorted(r.sample(pool[1:], 5), key=pool.index)]
    for k, s in enumerate(keys, 1):
        if s == "TSS":
            pdk, pdk_cell = None, _t(doc, "l1.bg")
            allowed = round(r.choice((6, 8, 9.5, 11, 14)) + 0.25, 2)
        else:
            pdk = SURFACE[s]
            pdk_cell = cell(doc, pdk)
            allowed = round(r.uniform(0.12, 0.25), 2) if s == "Fe" else pdk  # iron: the background, above the ПДК
        if isinstance(allowed, tuple):
            mass = ["–", "–"]
        else:
            mass = [num(_sig(allowed * q, 4), doc.lang), num(_sig(allowed * big_q / 1e6, 4), doc.lang)]
        rows.append([str(k), vocab.water(s, doc.lang), pdk_cell, cell(doc, allowed), *mass])
        if pdk is not None:
            add(doc, limit(("symbol", s), "water", pdk, "mg/l"))
        add(doc, limit(("symbol", s), "waste_water", allowed, "mg/l"))
    doc.table(_t(doc, "l1.caption"), rows, merges, role="limits")
    doc.p(_t(doc, "l1.after"))
    maybe_distractor(doc)


# code: µg/m3 — QCVN 05:2023/BTNMT, one-hour averages
QCVN05_1H = {"2902": 300, "0330": 350, "0301": 200, "0337": 30000}
TEXT |= {
    "l2.title": ("Отчет по программе производственного экологического контроля за 2025 год. Аэропорт «Кызылжар»",
                 "2025 жылғы өндірістік экологиялық бақылау бағдарламасы бойынша есеп. «Қызылжар» әуежайы",
                 "BÁO CÁO KẾT QUẢ QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ NĂM 2025 – BẾN CẢNG CONTAINER ĐÌNH VŨ TÂY"),
    "l2.h": ("3.2. Мониторинг воздействия на атмосферный воздух", "3.2. Атмосфералық ауаға әсер мониторингі",
             "2. Kết quả quan trắc chất lượng không khí xung quanh"),
    "l2.p": ("Пробы отбирались аккредитованной лабораторией ТОО «ЭкоАналит-Север» на границе СЗЗ аэропорта и в ближайшей жилой "
             "застройке при взлетно-посадочных операциях.",
             "Сынамаларды «ЭкоАналит-Солтүстік» ЖШС аккредиттелген зертханасы әуежайдың СҚА шекарасында және жақын тұрғын үйлерде "
             "ұшу-қону операциялары кезінде алды.",
             "Đơn vị quan trắc: Trung tâm Quan trắc Tài nguyên và Môi trường Hải Phòng (VIMCERTS 095). Kết quả so sánh với "
             "QCVN 05:2023/BTNMT."),
    "l2.head": ("Дата отбора|Точка отбора|Загрязняющее вещество|Результат, мг/м3|ПДК м.р., мг/м3|Соответствие нормативу",
                "Сынама алу күні|Сынама алу нүктесі|Ластаушы зат|Нәтиже, мг/м3|ШЖК м.б., мг/м3|Нормативке сәйкестігі",
                "Đợt quan trắc|Vị trí|Thông số|Kết quả (µg/m3)|QCVN 05:2023/BTNMT, trung bình 1 giờ (µg/m3)|Đánh giá"),
    "l2.points": ("Т-1 (граница СЗЗ, торец ВПП)|Т-2 (жилая застройка пос. Аэропорт)",
                  "Т-1 (СҚА шекарасы, ҰҚЖ шеті)|Т-2 (Әуежай кентінің тұрғын үйлері)",
                  "KK1 – Cổng chính cảng|KK2 – Khu vực bãi container"),
    "l2.ok": ("соответствует", "сәйкес", "Đạt"),
    "l2.caption": ("Таблица 3.3 – Результаты измерений загрязняющих веществ в атмосферном воздухе",
                   "3.3-кесте – Атмосфералық ауадағы ластаушы заттарды өлшеу нәтижелері",
                   "Bảng 2.1. Kết quả quan trắc không khí xung quanh năm 2025"),
}  # fmt: skip


def limits_m2(doc: Doc) -> None:
    """An airport's measurements in long form: one row per date, point and substance, the date merged over its rows and
    the point over its substances, the result before `ПДК м.р.` repeated on every row, a compliance column (VI: a
    container port's two rounds against QCVN 05:2023 one-hour values in µg/m3, the round with its date merged down)."""
    r = doc.rng
    vi = doc.lang == "vi"
    doc.h(_t(doc, "l2.title"))
    doc.h(_t(doc, "l2.h"))
    doc.p(_t(doc, "l2.p"))
    points = _list(doc, "l2.points")
    if vi:
        pool = list(QCVN05_1H)
        dates = [f"Đợt {k}\n({r.randint(3, 27)}/{m}/2025)" for k, m in ((1, r.randint(2, 4)), (2, r.randint(8, 10)))]
    else:
        pool = ["0301", "0330", "0337", "0328", "2754", "1325"]
        dates = [f"{r.randint(3, 27):02d}.{m:02d}.2025" for m in (r.randint(3, 5), r.randint(8, 10))]
    codes = sorted(r.sample(pool, 3), key=pool.index)
    names = {c: vocab.air(c, doc.lang, r.randrange(2) if vi else 0) for c in codes}
    column = "Trung bình 1 giờ" if vi else doc.v("м.р.", "м.б.", "")
    rows, merges = [_row(doc, "l2.head")], []
    for date in dates:
        start = len(rows)
        for p in points:
            first = len(rows)
            for c in codes:
                lim = QCVN05_1H[c] if vi else AIR_PDK[c][0]
                value = _sig(lim * r.uniform(0.08, 0.8), 2 if not vi or lim < 1000 else 3)
                rows.append([date if len(rows) == start else None, p if len(rows) == first else None, names[c],
                             num(value, doc.lang), num(lim, doc.lang), _t(doc, "l2.ok")])
                add(doc, limit(("code", c), "air", lim, "µg/m3" if vi else "mg/m3", column, p.split(" ")[0], value))
            _down(rows, first, 1, merges)
        _down(rows, start, 0, merges)
    doc.table(_t(doc, "l2.caption"), rows, merges, role="limits")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

TEXT |= {
    "m1.title": ("Программа производственного экологического контроля морского порта «Баутино-Жаңа» на 2026–2028 годы",
                 "«Баутино-Жаңа» теңіз портының 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы",
                 "CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ – BẾN CẢNG CONTAINER ĐÌNH VŨ TÂY"),
    "m1.h": ("4.3. Мониторинг воздействия на морскую среду и атмосферный воздух",
             "4.3. Теңіз ортасына және атмосфералық ауаға әсер мониторингі",
             "Chương V. CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG CỦA CƠ SỞ"),
    "m1.p": ("Отбор проб морской воды и донных отложений выполняется с борта лоцманского катера; координаты станций приведены в "
             "приложении 5.",
             "Теңіз суы мен түптік шөгінділердің сынамалары лоцман катерінің бортынан алынады; станциялардың координаттары "
             "5-қосымшада келтірілген.",
             "Vị trí các điểm quan trắc được thể hiện tại sơ đồ Phụ lục 3 kèm theo báo cáo."),
    "m1.head": ("Компонент среды|Станции отбора проб|Горизонт (слой) отбора|Определяемые показатели|Периодичность",
                "Орта компоненті|Сынама алу станциялары|Сынама алу қабаты|Анықталатын көрсеткіштер|Кезеңділігі",
                "Thành phần môi trường|Vị trí quan trắc|Thông số quan trắc|Tần suất|Quy chuẩn so sánh"),
    "m1.media": ("Морская вода|Донные отложения|Атмосферный воздух", "Теңіз суы|Түптік шөгінділер|Атмосфералық ауа",
                 "Nước biển ven bờ|Trầm tích|Không khí xung quanh"),
    "m1.st.sea": ("М-1, М-2, М-3 (акватория у причалов № 1–3)", "М-1, М-2, М-3 (№ 1–3 айлақтар маңындағы акватория)",
                  "NB1, NB2, NB3 – vùng nước trước cầu bến số 1 đến số 3"),
    "m1.st.bg": ("Ф-1 (фоновая станция, 3 км мористее)", "Ф-1 (фондық станция, теңізге қарай 3 км)",
                 "NB4 – điểm đối chứng, cách cảng 2 km về phía biển"),
    "m1.st.sed": ("М-1, М-3", "М-1, М-3", "TT1, TT2 – trầm tích đáy trước cầu bến số 1 và số 3"),
    "m1.st.air": ("А-1, А-2 (граница СЗЗ, север и юг)", "А-1, А-2 (СҚА шекарасы, солтүстік және оңтүстік)",
                  "KK1, KK2 – cổng cảng và bãi container"),
    "m1.layers": ("поверхностный, придонный|поверхностный|0–5 см|–", "беткі, түп маңы|беткі|0–5 см|–", ""),
    "m1.monthly": ("ежемесячно (в период навигации)", "навигация кезеңінде ай сайын", "Hằng tháng"),
    "m1.quarterly": ("1 раз в квартал", "тоқсанына 1 рет", "03 tháng/lần"),
    "m1.semiannual": ("2 раза в год (май, октябрь)", "жылына 2 рет (мамыр, қазан)", "06 tháng/lần"),
    "m1.yearly": ("1 раз в год (август)", "жылына 1 рет (тамыз)", "12 tháng/lần"),
    "m1.std": ("", "", "QCVN 10:2023/BTNMT|QCVN 43:2017/BTNMT|QCVN 05:2023/BTNMT"),
    "m1.caption": ("Таблица 4.5 – План-график мониторинга воздействия", "4.5-кесте – Әсер мониторингінің жоспар-кестесі",
                   "Bảng 5.1. Chương trình quan trắc môi trường định kỳ"),
}  # fmt: skip
SEA = ("pH", "TSS", "TPH", "Phenols", "Surfactants", "NH4+", "DO", "BOD5")
SEA_VI = ("pH", "TSS", "DO", "TPH", "NH4+", "Coliform")
SEDIMENT = ("TPH", "Pb", "Cd", "Zn", "Cu", "Hg", "Ni")
SEDIMENT_VI = ("As", "Cd", "Pb", "Zn", "Cu", "Hg", "TPH")


def _codes(text: str) -> list[str]:
    """The point codes a cell lists before its place: `М-1, М-2, М-3 (акватория…)` or `NB1, NB2 – vùng…`."""
    head = text.split(" (")[0].split(" – ")[0]
    return [x.strip() for x in head.split(",")]


def monitoring_m1(doc: Doc) -> None:
    """A sea port's marine programme: the medium merged down the first column, several stations listed in one cell
    (`М-1, М-2, М-3 (акватория у причалов № 1–3)`), a sampling-layer column, the parameters in one cell, frequencies with
    qualifiers (`ежемесячно (в период навигации)`, `2 раза в год (май, октябрь)`): sea water at the berths and at a
    background station, bottom sediments, air at the boundary of the protection zone (VI: NB, TT, KK points with the
    standard compared in the last column)."""
    r = doc.rng
    vi = doc.lang == "vi"
    doc.h(_t(doc, "m1.title"))
    doc.h(_t(doc, "m1.h"))
    doc.p(_t(doc, "m1.p"))
    sea_m, sed_m, air_m = _list(doc, "m1.media")
    layers = _list(doc, "m1.layers") if not vi else ["", "", "", ""]
    standards = _list(doc, "m1.std") if vi else ["", "", ""]
    sea_pool, sed_pool = (SEA_VI, SEDIMENT_VI) if vi else (SEA, SEDIMENT)
    sea = ["TPH", *r.sample([s for s in sea_pool if s != "TPH"], 3)]
    sea.sort(key=sea_pool.index)
    sed = sorted(r.sample(sed_pool, 4), key=sed_pool.index)
    air_pool = ["2902", "0330", "0301", "0337"] if vi else ["0301", "0330", "0337", "0333", "2754"]
    air = sorted(r.sample(air_pool, 3), key=air_pool.index)
    near = "quarterly" if vi else "monthly"
    lines = [
        (sea_m, _t(doc, "m1.st.sea"), layers[0], ("symbol", sea), near, standards[0]),
        (sea_m, _t(doc, "m1.st.bg"), layers[1], ("symbol", sea), "semiannual", standards[0]),
        (sed_m, _t(doc, "m1.st.sed"), layers[2], ("soil", sed), r.choice(("semiannual", "yearly")), standards[1]),
        (air_m, _t(doc, "m1.st.air"), layers[3], ("code", air), "quarterly", standards[2]),
    ]
    rows, merges = [_row(doc, "m1.head")], []
    for medium, stations, layer, (kind, keys), word, standard in lines:
        if kind == "code":
            names = [vocab.air(c, doc.lang, r.randrange(2) if vi else 0) for c in keys]
        elif kind == "soil":
            names = [vocab.soil(s, doc.lang) for s in keys]
        else:
            names = [vocab.water(s, doc.lang) for s in keys]
        said = _t(doc, f"m1.{word}")
        head = None if len(rows) == 2 else medium  # the two sea-water lines share one merged cell
        if vi:
            rows.append([head, stations, ", ".join(names), said, standard])
        else:
            rows.append([head, stations, layer, ", ".join(names), said])
        key = "code" if kind == "code" else "symbol"
        for point in _codes(stations):
            doc.add("monitoring", *(_mon({"point_contains": point}, (key, x), word) for x in keys))
    merges.append((1, 0, 2, 0))
    doc.table(_t(doc, "m1.caption"), rows, merges, role="monitoring")
    maybe_distractor(doc)


TEXT |= {
    "m2.title": ("Программа производственного экологического контроля аэропорта «Кызылжар»",
                 "«Қызылжар» әуежайының өндірістік экологиялық бақылау бағдарламасы",
                 "KẾ HOẠCH QUAN TRẮC NƯỚC THẢI NĂM 2026 – XÍ NGHIỆP XE BUÝT YÊN VIÊN ĐÔNG"),
    "m2.h": ("Раздел 5. Операционный мониторинг и мониторинг сточных вод", "5-бөлім. Операциялық мониторинг және ағынды сулар мониторингі",
             "1. Quan trắc nước thải rửa xe và nước thải sinh hoạt"),
    "m2.p": ("Ливневые и талые стоки с перрона, рулежных дорожек и склада ГСМ собираются на локальные очистные сооружения (ЛОС) "
             "и после очистки отводятся в пруд-испаритель.",
             "Перроннан, рульдеу жолдарынан және ЖЖМ қоймасынан нөсер және еріген сулар жергілікті тазарту құрылыстарына (ЖТҚ) "
             "жиналып, тазартылғаннан кейін булану тоғанына бұрылады.",
             "Nước thải rửa xe được xử lý sơ bộ qua bể tách dầu mỡ trước khi đấu nối vào hệ thống thoát nước thải của khu vực."),
    "m2.h0": ("Точка контроля|Контролируемые показатели по периодичности отбора проб|^|^|^|Исполнитель",
              "Бақылау нүктесі|Сынама алу кезеңділігі бойынша бақыланатын көрсеткіштер|^|^|^|Орындаушы",
              "Vị trí quan trắc|Thông số quan trắc theo tần suất|^|^|^|Đơn vị thực hiện"),
    "m2.h1": ("^|ежедневно|еженедельно|ежемесячно|ежеквартально|^", "^|күн сайын|апта сайын|ай сайын|тоқсан сайын|^",
              "^|Hằng ngày|Hằng tuần|Hằng tháng|03 tháng/lần|^"),
    "m2.points": ("К-1 – вход на ЛОС (ливневые стоки перрона и РД)|К-2 – выход с ЛОС (перед прудом-испарителем)|"
                  "Н-1 – наблюдательная скважина у склада ГСМ",
                  "К-1 – ЖТҚ кірісі (перрон мен РЖ нөсер ағындары)|К-2 – ЖТҚ шығысы (булану тоғанының алдында)|"
                  "Н-1 – ЖЖМ қоймасы маңындағы бақылау ұңғымасы",
                  "NT-R1 – nước thải rửa xe trước bể tách dầu|NT-R2 – sau bể tách dầu, trước điểm đấu nối|"
                  "NT-SH – nước thải sinh hoạt sau bể tự hoại"),
    "m2.who": ("лаборатория службы ГСМ (экспресс-анализ); аккредитованная лаборатория|аккредитованная лаборатория (по договору)",
               "ЖЖМ қызметінің зертханасы (экспресс-талдау); аккредиттелген зертхана|аккредиттелген зертхана (шарт бойынша)",
               "Tổ vận hành (test nhanh); đơn vị quan trắc có chứng nhận VIMCERTS|Đơn vị quan trắc có chứng nhận VIMCERTS"),
    "m2.caption": ("Таблица 5.1 – График отбора проб сточных и подземных вод",
                   "5.1-кесте – Ағынды және жерасты суларының сынамаларын алу кестесі",
                   "Bảng 1. Kế hoạch lấy mẫu nước thải"),
}  # fmt: skip
WORDS4 = ("daily", "weekly", "monthly", "quarterly")
# per point: per frequency, (pool, how many at least, at most)
PLAN_KZ = (
    ((("TPH",), 1, 1), (("pH", "TSS"), 1, 2), (("COD", "BOD5", "Surfactants"), 0, 2), ((), 0, 0)),
    ((("TPH", "pH"), 1, 2), (("TSS",), 1, 1), (("BOD5", "COD", "Surfactants"), 2, 2), (("Fe", "Cl-"), 1, 2)),
    (((), 0, 0), ((), 0, 0), (("TPH",), 0, 1), (("pH", "Cl-", "SO4", "TDS"), 3, 3)),
)
PLAN_VI = (
    ((("TPH",), 1, 1), (("pH", "TSS"), 1, 2), (("COD",), 1, 1), ((), 0, 0)),
    ((("TPH", "pH"), 1, 2), (("TSS",), 1, 1), (("COD", "Surfactants"), 1, 2), (("Fe", "Zn"), 1, 2)),
    (((), 0, 0), ((), 0, 0), (("BOD5", "NH4+"), 1, 2), (("Coliform", "TSS", "pH"), 2, 3)),
)


def monitoring_m2(doc: Doc) -> None:
    """Points as rows and the frequencies as sub-columns (`ежедневно | еженедельно | ежемесячно | ежеквартально`) under a
    merged header, the parameters of each frequency listed in the cell, a dash where none; an airport's storm-water
    treatment inlet and outlet and a well by its fuel store (VI: a bus depot's wash water before and after the oil
    separator and its domestic waste water)."""
    r = doc.rng
    vi = doc.lang == "vi"
    doc.h(_t(doc, "m2.title"))
    doc.h(_t(doc, "m2.h"))
    doc.p(_t(doc, "m2.p"))
    rows = [_row(doc, "m2.h0"), _row(doc, "m2.h1")]
    merges = [(0, 0, 1, 0), (0, 1, 0, 4), (0, 5, 1, 5)]
    who = _list(doc, "m2.who")
    for k, (point, plan) in enumerate(zip(_list(doc, "m2.points"), PLAN_VI if vi else PLAN_KZ, strict=True)):
        code = point.split(" – ")[0]
        cells = []
        for word, (pool, low, high) in zip(WORDS4, plan, strict=True):
            picked = sorted(r.sample(pool, r.randint(low, high)), key=pool.index) if pool else []
            cells.append(", ".join(vocab.water(s, doc.lang) for s in picked) or "–")
            doc.add("monitoring", *(_mon({"point_contains": code}, ("symbol", s), word) for s in picked))
        rows.append([point, *cells, who[0] if k < 2 else who[1]])
    doc.table(_t(doc, "m2.caption"), rows, merges, role="monitoring")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

# (unit, what is checked)
KS_UNITS = {
    "ru": (("Площадка газоперекачивающих агрегатов", "отсутствие утечек газа и масла, состояние выхлопных труб"),
           ("Пылеуловители узла очистки газа", "уровень шлама, герметичность дренажных линий"),
           ("Емкость сбора конденсата Е-1", "уровень заполнения, отсутствие проливов на обваловании"),
           ("Склад масел и ГСМ", "целостность тары, наличие поддонов и сорбента"),
           ("Площадка временного хранения отходов", "маркировка контейнеров, сроки накопления"),
           ("Очистные сооружения хозяйственно-бытовых стоков", "работа аэротенка, состояние поля фильтрации")),
    "kk": (("Газ айдау агрегаттарының алаңы", "газ бен майдың ағып кетпеуі, пайдаланылған газ мұржаларының жай-күйі"),
           ("Газды тазарту торабының шаң ұстағыштары", "шлам деңгейі, дренаж желілерінің саңылаусыздығы"),
           ("Е-1 конденсат жинау сыйымдылығы", "толу деңгейі, үйінді ішінде төгілудің болмауы"),
           ("Майлар мен ЖЖМ қоймасы", "ыдыстың бүтіндігі, табандықтар мен сорбенттің болуы"),
           ("Қалдықтарды уақытша сақтау алаңы", "контейнерлердің таңбалануы, жинақтау мерзімдері"),
           ("Шаруашылық-тұрмыстық ағындарды тазарту құрылыстары", "аэротенктің жұмысы, сүзу алқабының жай-күйі")),
    "vi": (("Kho chứa chất thải nguy hại", "nhãn, biển cảnh báo, thời gian lưu giữ"),
           ("Bể tách dầu xưởng sửa chữa phương tiện", "lớp dầu nổi, bùn cặn, song chắn rác"),
           ("Cầu tàu khu vực tiếp nhận nhiên liệu", "rò rỉ, tràn dầu, vật tư ứng phó sự cố"),
           ("Bãi container lạnh", "rò rỉ môi chất lạnh, nước ngưng"),
           ("Trạm xử lý nước thải sinh hoạt", "vận hành máy thổi khí, mùi, bùn"),
           ("Khu vực rửa xe nâng, xe đầu kéo", "hố lắng, rãnh thu nước")),
}  # fmt: skip
TEXT |= {
    "i1.title": ("График осмотров объектов компрессорной станции КС-7 «Караозек»",
                 "КС-7 «Қараөзек» компрессор станциясы объектілерін қарау кестесі",
                 "LỊCH KIỂM TRA MÔI TRƯỜNG NỘI BỘ TẠI BẾN CẢNG"),
    "i1.p": ("Приложение 1 к приказу начальника КС-7 от 12.01.2026 № 48-п. Результаты осмотров заносятся в журналы по формам "
             "Ф-ЭК-01 … Ф-ЭК-03 и передаются инженеру по охране окружающей среды.",
             "КС-7 бастығының 12.01.2026 № 48-п бұйрығына 1-қосымша. Қарау нәтижелері Ф-ЭК-01 … Ф-ЭК-03 нысандары бойынша "
             "журналдарға енгізіліп, қоршаған ортаны қорғау жөніндегі инженерге беріледі.",
             "Phụ lục 02 ban hành kèm theo Quyết định số 15/QĐ-CĐVT ngày 12/01/2026 của Tổng Giám đốc về Quy chế bảo vệ môi "
             "trường của Công ty."),
    "i1.head": ("№|Объект осмотра|Что проверяется|Ответственный|Периодичность|Форма учета",
                "№|Қарау объектісі|Не тексеріледі|Жауапты|Кезеңділігі|Есепке алу нысаны",
                "TT|Khu vực kiểm tra|Nội dung kiểm tra|Người thực hiện|Tần suất|Biểu mẫu ghi chép"),
    "i1.who": ("сменный инженер|начальник службы ГКС|инженер по ООС|мастер по эксплуатации",
               "ауысым инженері|ГКС қызметінің бастығы|ҚОҚ жөніндегі инженер|пайдалану шебері",
               "Trưởng ca|Cán bộ môi trường|Đội trưởng đội kỹ thuật|Tổ trưởng tổ vận hành"),
    "i1.daily": ("ежедневно (при обходе)|1 раз в сутки", "күн сайын (аралау кезінде)|тәулігіне 1 рет", "Hằng ngày (đầu ca)"),
    "i1.weekly": ("еженедельно (по понедельникам)|1 раз в неделю", "апта сайын (дүйсенбі күндері)|аптасына 1 рет",
                  "Hằng tuần (thứ Hai)|01 lần/tuần"),
    "i1.monthly": ("ежемесячно (до 5 числа)|1 раз в месяц", "ай сайын (5-күнге дейін)|айына 1 рет", "Hằng tháng|01 tháng/lần"),
    "i1.quarterly": ("ежеквартально|1 раз в квартал (в первый месяц квартала)", "тоқсан сайын|тоқсанына 1 рет (тоқсанның бірінші айында)",
                     "03 tháng/lần|Hằng quý"),
    "i1.form": ("журнал Ф-ЭК-0{k}", "Ф-ЭК-0{k} журналы", "BM-MT-0{k}"),
}  # fmt: skip


def inspections_m1(doc: Doc) -> None:
    """A director's order's annex: the unit, what is checked, the responsible before the frequency, frequencies with
    qualifiers (`ежедневно (при обходе)`, `еженедельно (по понедельникам)`, `ежемесячно (до 5 числа)`), a record-form
    column with numbered forms (VI: a port's internal rules, `Hằng ngày (đầu ca)`, `Hằng tuần (thứ Hai)`)."""
    r = doc.rng
    doc.h(_t(doc, "i1.title"))
    doc.p(_t(doc, "i1.p"))
    rows = [_row(doc, "i1.head")]
    words = ["daily", "weekly", "monthly", "quarterly", r.choice(("weekly", "monthly"))]
    r.shuffle(words)
    for k, ((unit, what), word) in enumerate(zip(r.sample(KS_UNITS[doc.lang], 5), words, strict=True), 1):
        form = _t(doc, "i1.form").format(k=1 + WORDS4.index(word) % 3)
        rows.append([str(k), unit, what, r.choice(_list(doc, "i1.who")), r.choice(_list(doc, f"i1.{word}")), form])
        doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": unit})
    doc.table(None, rows, role="inspections")
    distractor(doc, "approval")


# (division, has a gas-cleaning or treatment plant?)
DIVISIONS = {
    "ru": (("Эксплуатационное локомотивное депо ТЧ-8 (ст. Шалкар)", True), ("Вагонное ремонтное депо ВЧД-3", True),
           ("Дистанция пути ПЧ-12", False), ("Станция Кандыагаш (пункт экипировки)", True),
           ("Дистанция гражданских сооружений НГЧ-5", False), ("Путевая машинная станция ПМС-41", True)),
    "kk": (("ТЧ-8 пайдалану локомотив депосы (Шалқар ст.)", True), ("ВЧД-3 вагон жөндеу депосы", True),
           ("ПЧ-12 жол дистанциясы", False), ("Қандыағаш станциясы (жабдықтау пункті)", True),
           ("НГЧ-5 азаматтық құрылыстар дистанциясы", False), ("ПМС-41 жол машина станциясы", True)),
    "vi": (("Xí nghiệp xe buýt Yên Viên Đông", True), ("Xí nghiệp xe buýt Thăng Long Nam", True),
           ("Xưởng đại tu Gia Lâm", True), ("Bãi đỗ xe buýt Long Biên", False),
           ("Trạm cấp khí CNG Sài Đồng", False), ("Văn phòng điều hành tuyến Cầu Giấy", False)),
}  # fmt: skip
TEXT |= {
    "i2.title": ("План-график внутреннего экологического контроля структурных подразделений Актюбинского регионального "
                 "филиала ТОО «Темір Жол Желі» на 2026 год",
                 "«Темір Жол Желі» ЖШС Ақтөбе өңірлік филиалының құрылымдық бөлімшелерін 2026 жылы ішкі экологиялық бақылау "
                 "жоспар-кестесі",
                 "KẾ HOẠCH KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG TẠI CÁC ĐƠN VỊ TRỰC THUỘC NĂM 2026"),
    "i2.p": ("Проверки проводит инженер-эколог филиала; о выявленных нарушениях сообщается начальнику подразделения письменно.",
             "Тексерулерді филиалдың инженер-экологы жүргізеді; анықталған бұзушылықтар туралы бөлімше бастығына жазбаша хабарланады.",
             "Tổng công ty Vận tải Hà Nội Xanh – Phòng An toàn, Môi trường chủ trì kiểm tra; kết quả được lập thành biên bản."),
    "i2.h0": ("№|Структурное подразделение|Периодичность проверок по видам контроля|^|^|Примечание",
              "№|Құрылымдық бөлімше|Бақылау түрлері бойынша тексеру кезеңділігі|^|^|Ескертпе",
              "TT|Đơn vị|Tần suất kiểm tra theo nội dung|^|^|Ghi chú"),
    "i2.h1": ("^|^|Документальная проверка (журналы, договоры, паспорта отходов)|Осмотр мест накопления отходов|"
              "Проверка ПГОУ и очистных сооружений|^",
              "^|^|Құжаттық тексеру (журналдар, шарттар, қалдықтар паспорттары)|Қалдықтарды жинақтау орындарын қарау|"
              "ШГТҚ мен тазарту құрылыстарын тексеру|^",
              "^|^|Kiểm tra hồ sơ, sổ sách môi trường|Kiểm tra khu lưu giữ chất thải|Kiểm tra hệ thống xử lý nước thải|^"),
    "i2.monthly": ("ежемесячно", "ай сайын", "Hằng tháng"),
    "i2.quarterly": ("ежеквартально", "тоқсан сайын", "Hằng quý"),
    "i2.semiannual": ("1 раз в полугодие", "жарты жылда 1 рет", "6 tháng/lần"),
    "i2.yearly": ("1 раз в год", "жылына 1 рет", "1 lần/năm"),
    "i2.none": ("нет ПГОУ и ЛОС", "ШГТҚ және ЖТҚ жоқ", "Không có hệ thống xử lý"),
    "i2.caption": ("Таблица 1", "1-кесте", "Bảng 1"),
}  # fmt: skip
KINDS_OF_CHECK = (("quarterly", "semiannual"), ("monthly", "quarterly"), ("semiannual", "yearly"))


def inspections_m2(doc: Doc) -> None:
    """A regional division's plan: the structural divisions as rows, three kinds of check (documents, waste accumulation
    sites, gas-cleaning and treatment plants) as sub-columns under a merged `Периодичность проверок по видам контроля`, a
    frequency in each cell, each kind of a division at its own, or a dash where a division has no such plant (VI: a bus
    company's depots and stations)."""
    r = doc.rng
    doc.h(_t(doc, "i2.title"))
    doc.p(_t(doc, "i2.p"))
    rows = [_row(doc, "i2.h0"), _row(doc, "i2.h1")]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4), (0, 5, 1, 5)]
    for k, (unit, plant) in enumerate(r.sample(DIVISIONS[doc.lang], 5), 1):
        words: list[str | None] = [r.choice(choices) for choices in KINDS_OF_CHECK]
        while len(set(words)) < 3:  # each kind of check of a division at its own frequency
            words = [r.choice(choices) for choices in KINDS_OF_CHECK]
        if not plant:
            words[2] = None
        cells = [_t(doc, f"i2.{w}") if w else "–" for w in words]
        rows.append([str(k), unit, *cells, "" if plant else _t(doc, "i2.none")])
        short = unit.split(" (")[0]
        doc.add("obligations", *({"kind": "inspection", "frequency": w, "text_contains": short} for w in words if w))
    doc.table(_t(doc, "i2.caption"), rows, merges, role="inspections")
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

# (task, term, responsible / co-executor, funding)
SPILL = {
    "ru": (("Доукомплектовать аварийный запас боновых заграждений (300 п. м) и нефтесборных скиммеров", "до 01.05.2026",
            "Служба портового флота / отдел МТС", "собственные средства"),
           ("Провести комплексные учения по локализации разлива нефтепродуктов у нефтеналивного причала", "июнь 2026 г.",
            "Капитан порта / ТОО «Каспий АСФ»", "в рамках договора"),
           ("Заключить договор с профессиональным аварийно-спасательным формированием на 2026–2027 годы", "январь 2026 г.",
            "Юридический отдел / служба ОТиОС", "собственные средства"),
           ("Актуализировать План ЛРН и согласовать его с уполномоченным органом в области охраны окружающей среды",
            "до 30.03.2026", "Служба ОТиОС / капитан порта", "–"),
           ("Оборудовать пункт хранения сорбентов и средств индивидуальной защиты на причале № 2", "II квартал 2026 г.",
            "Начальник грузового района / служба МТС", "собственные средства"),
           ("Обучить швартовые команды и экипажи портового флота действиям при разливе нефти", "в течение 2026 г.",
            "Отдел кадров / служба ОТиОС", "собственные средства")),
    "kk": (("Бон қоршауларының (300 қ. м) және мұнай жинайтын скиммерлердің авариялық қорын толықтыру", "01.05.2026 дейін",
            "Порт флоты қызметі / МТЖ бөлімі", "меншікті қаражат"),
           ("Мұнай құю айлағында мұнай өнімдерінің төгілуін оқшаулау бойынша кешенді оқу-жаттығу өткізу", "2026 ж. маусым",
            "Порт капитаны / «Каспий АҚҚ» ЖШС", "шарт шеңберінде"),
           ("2026–2027 жылдарға кәсіби авариялық-құтқару құрамасымен шарт жасасу", "2026 ж. қаңтар",
            "Заң бөлімі / ЕҚжҚОҚ қызметі", "меншікті қаражат"),
           ("Мұнай төгілуін жою жоспарын өзектендіру және оны қоршаған ортаны қорғау саласындағы уәкілетті органмен келісу",
            "30.03.2026 дейін", "ЕҚжҚОҚ қызметі / порт капитаны", "–"),
           ("№ 2 айлақта сорбенттер мен жеке қорғану құралдарын сақтау пунктін жабдықтау", "2026 ж. II тоқсан",
            "Жүк ауданының бастығы / МТЖ қызметі", "меншікті қаражат"),
           ("Айлақтау командалары мен порт флоты экипаждарын мұнай төгілген кездегі әрекеттерге оқыту", "2026 ж. ішінде",
            "Кадрлар бөлімі / ЕҚжҚОҚ қызметі", "меншікті қаражат")),
    "vi": (("Bổ sung phao quây dầu (300 m) và thiết bị thu gom dầu tràn cho đội ứng phó", "Trước 30/4/2026",
            "Phòng Kỹ thuật – Vật tư / Đội tàu lai", "Vốn sản xuất kinh doanh"),
           ("Tổ chức diễn tập ứng phó sự cố tràn dầu tại cầu bến tiếp nhận nhiên liệu", "Tháng 6/2026",
            "Phòng An toàn – Môi trường / Cảng vụ Hàng hải Hải Phòng", "Vốn sản xuất kinh doanh"),
           ("Ký hợp đồng với đơn vị ứng phó sự cố tràn dầu chuyên nghiệp giai đoạn 2026–2027", "Tháng 01/2026",
            "Phòng Pháp chế / Phòng An toàn – Môi trường", "Vốn sản xuất kinh doanh"),
           ("Cập nhật Kế hoạch ứng phó sự cố tràn dầu và trình cơ quan có thẩm quyền phê duyệt", "Trước 31/3/2026",
            "Phòng An toàn – Môi trường / Ban Giám đốc", "–"),
           ("Bố trí kho chứa vật liệu thấm hút dầu và trang bị bảo hộ tại cầu bến số 2", "Quý II/2026",
            "Đội Khai thác cầu bến / Phòng Kỹ thuật – Vật tư", "Vốn sản xuất kinh doanh"),
           ("Tập huấn kỹ năng ứng phó tràn dầu cho công nhân cầu bến và thuyền viên tàu lai", "Trong năm 2026",
            "Phòng Tổ chức – Lao động / Phòng An toàn – Môi trường", "Vốn sản xuất kinh doanh")),
}  # fmt: skip
TEXT |= {
    "t1.title": ("План мероприятий по предупреждению и ликвидации разливов нефти и нефтепродуктов на 2026 год",
                 "2026 жылға арналған мұнай мен мұнай өнімдерінің төгілуін алдын алу және жою жөніндегі іс-шаралар жоспары",
                 "KẾ HOẠCH THỰC HIỆN CÁC BIỆN PHÁP PHÒNG NGỪA, ỨNG PHÓ SỰ CỐ TRÀN DẦU NĂM 2026"),
    "t1.p": ("Морской порт «Баутино-Жаңа», ТОО «Маңғыстау Порт Сервис». Утвержден решением производственного совещания "
             "от 22.12.2025.",
             "«Баутино-Жаңа» теңіз порты, «Маңғыстау Порт Сервис» ЖШС. 22.12.2025 өндірістік кеңестің шешімімен бекітілді.",
             "Bến cảng container Đình Vũ Tây – Công ty Cổ phần Cảng Đình Vũ Tây (ban hành kèm theo Quyết định số 02/QĐ-CĐVT)."),
    "t1.head": ("№|Мероприятие|Срок исполнения|Ответственный / соисполнитель|Источник финансирования|Отметка о выполнении",
                "№|Іс-шара|Орындау мерзімі|Жауапты / бірлескен орындаушы|Қаржыландыру көзі|Орындалуы туралы белгі",
                "TT|Nội dung công việc|Thời hạn|Đơn vị chủ trì / phối hợp|Nguồn kinh phí|Ghi chú"),
}  # fmt: skip


def tasks_m1(doc: Doc) -> None:
    """A port's oil-spill preparedness plan: the responsible and the co-executor in one cell split by a slash, the term
    before them, a funding column and an empty completion column; numbers written `1.` or `1`."""
    r = doc.rng
    doc.h(_t(doc, "t1.title"))
    doc.p(_t(doc, "t1.p"))
    rows = [_row(doc, "t1.head")]
    dot = r.random() < 0.5
    for k, (text, term, who, money) in enumerate(r.sample(SPILL[doc.lang], 5), 1):
        rows.append([f"{k}." if dot else str(k), text, term, who, money, ""])
        doc.add("obligations", task(str(k), text, who.split(" / ")[0]))
    doc.table(None, rows, role="tasks")
    maybe_distractor(doc)


# (task, target indicator, term, executors) — RU/KK; VI: (task, indicator, term, lead, partner)
ROADMAP = {
    "ru": (("Закупить автобусы, работающие на компримированном природном газе, взамен дизельных",
            "120 ед.; доля газомоторных автобусов – не менее 60 %", "2026–2027 гг.",
            "ТОО «Шымкент Автобус Паркі-3»; отдел пассажирского транспорта акимата"),
           ("Построить автомобильную газонаполнительную компрессорную станцию на территории парка",
            "1 АГНКС производительностью 10 тыс. м³/сут", "до 31.12.2026", "Служба капитального строительства; ТОО «QazaqGaz Сбыт»"),
           ("Оборудовать мойку автобусов системой оборотного водоснабжения с очисткой стоков",
            "сокращение водопотребления на 70 %", "III квартал 2026 г.", "Главный механик; отдел главного энергетика"),
           ("Вывести из эксплуатации автобусы экологического класса ниже Евро-3", "45 ед.", "до 01.07.2027",
            "Отдел эксплуатации; бухгалтерия"),
           ("Провести инструментальный контроль дымности и токсичности отработавших газов подвижного состава",
            "100 % автобусов", "до 01.06.2026", "Отдел технического контроля"),
           ("Озеленить санитарно-защитную зону автобусного парка", "0,8 га, 350 деревьев", "апрель–май 2026 г.",
            "Административно-хозяйственный отдел; подрядная организация")),
    "kk": (("Дизельді автобустардың орнына сығылған табиғи газбен жұмыс істейтін автобустар сатып алу",
            "120 бірлік; газ қозғалтқышты автобустардың үлесі – кемінде 60 %", "2026–2027 жж.",
            "«Шымкент Автобус Паркі-3» ЖШС; әкімдіктің жолаушылар көлігі бөлімі"),
           ("Парк аумағында автомобильдерге газ құю компрессорлық станциясын салу", "тәулігіне 10 мың м³ өнімділікті 1 АГҚКС",
            "31.12.2026 дейін", "Күрделі құрылыс қызметі; «QazaqGaz Сбыт» ЖШС"),
           ("Автобус жуу орнын ағындарды тазарта отырып айналымды сумен жабдықтау жүйесімен жарақтандыру",
            "су тұтынуды 70 %-ға қысқарту", "2026 ж. III тоқсан", "Бас механик; бас энергетик бөлімі"),
           ("Еуро-3-тен төмен экологиялық сыныптағы автобустарды пайдаланудан шығару", "45 бірлік", "01.07.2027 дейін",
            "Пайдалану бөлімі; бухгалтерия"),
           ("Жылжымалы құрамның пайдаланылған газдарының түтінділігі мен уыттылығына аспаптық бақылау жүргізу",
            "автобустардың 100 %", "01.06.2026 дейін", "Техникалық бақылау бөлімі"),
           ("Автобус паркінің санитариялық-қорғау аймағын көгалдандыру", "0,8 га, 350 ағаш", "2026 ж. сәуір–мамыр",
            "Әкімшілік-шаруашылық бөлімі; мердігер ұйым")),
    "vi": (("Đầu tư mới xe buýt điện thay thế xe buýt sử dụng dầu diesel", "150 xe; tỷ lệ xe buýt điện đạt 50 %", "2026–2028",
            "Công ty TNHH MTV Vận tải Xe buýt Yên Viên Đông", "Sở Xây dựng"),
           ("Lắp đặt trạm sạc điện tại bãi đỗ xe buýt Gia Lâm", "24 trụ sạc, công suất 150 kW/trụ", "Quý IV/2026",
            "Ban Quản lý dự án", "Tổng công ty Điện lực TP. Hà Nội"),
           ("Cải tạo khu rửa xe, lắp đặt bể tách dầu và hệ thống tuần hoàn nước", "Giảm 60 % lượng nước sử dụng", "Tháng 9/2026",
            "Xưởng bảo dưỡng", "Phòng Kỹ thuật"),
           ("Đào tạo lái xe, thợ sửa chữa về vận hành và bảo dưỡng xe buýt điện", "300 lượt người", "2026–2027",
            "Phòng Tổ chức – Lao động", "Nhà cung cấp xe"),
           ("Thanh lý xe buýt hết niên hạn, không đạt tiêu chuẩn khí thải mức 4", "60 xe", "Trước 31/12/2027",
            "Phòng Kế hoạch – Kỹ thuật", "Sở Xây dựng"),
           ("Trồng cây xanh cách ly quanh bãi đỗ và xưởng bảo dưỡng", "1,2 ha; 500 cây", "Tháng 3–4/2026",
            "Phòng Hành chính – Quản trị", "Công đoàn công ty")),
}  # fmt: skip
TEXT |= {
    "t2.title": ("Дорожная карта по снижению выбросов от автобусного парка г. Шымкент на 2026–2028 годы",
                 "Шымкент қ. автобус паркінен шығарындыларды азайту жөніндегі 2026–2028 жылдарға арналған жол картасы",
                 "LỘ TRÌNH CHUYỂN ĐỔI XE BUÝT SỬ DỤNG ĐIỆN, NĂNG LƯỢNG XANH GIAI ĐOẠN 2026–2030"),
    "t2.p": ("Согласована с управлением природных ресурсов и регулирования природопользования г. Шымкент.",
             "Шымкент қ. табиғи ресурстар және табиғат пайдалануды реттеу басқармасымен келісілген.",
             "Thực hiện Quyết định số 876/QĐ-TTg ngày 22/7/2022 của Thủ tướng Chính phủ về Chương trình hành động chuyển đổi "
             "năng lượng xanh, giảm phát thải khí các-bon và khí mê-tan của ngành giao thông vận tải."),
    "t2.head": ("№|Мероприятие|Целевой показатель (результат)|Срок реализации|Ответственные исполнители",
                "№|Іс-шара|Нысаналы көрсеткіш (нәтиже)|Іске асыру мерзімі|Жауапты орындаушылар",
                "TT|Nhiệm vụ|Sản phẩm, chỉ tiêu cần đạt|Thời gian hoàn thành|Đơn vị chủ trì|Đơn vị phối hợp"),
}  # fmt: skip


def tasks_m2(doc: Doc) -> None:
    """A road map of a bus fleet's conversion to gas: a target-indicator column full of figures between the measure and
    its term, several executors in one cell split by semicolons, numbers written `1.` (VI: the conversion to electric
    buses, the lead and the partner in columns of their own)."""
    r = doc.rng
    vi = doc.lang == "vi"
    doc.h(_t(doc, "t2.title"))
    doc.p(_t(doc, "t2.p"))
    rows = [_row(doc, "t2.head")]
    picked = sorted(r.sample(range(6), 5))
    for k, i in enumerate(picked, 1):
        text, target, term, who, *partner = ROADMAP[doc.lang][i]
        rows.append([str(k) if vi else f"{k}.", text, target, term, who, *partner])
        doc.add("obligations", task(str(k), text, who.split(";")[0]))
    doc.table(None, rows, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"C{k}", globals()[f"{role}_m{k}"]) for role in ROLES for k in (1, 2)]
"""`facility_m1` … `tasks_m2`, in the order of the roles."""
