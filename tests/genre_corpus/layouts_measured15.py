"""Measured blind once (part A of the ninth blind set, 0.473 as first measured under its name, 2026-12-04), then studied and
tuned on: now a tuning layout. What follows is its writer's description.

A blind held-out set (two layouts per role, `K1` and `K2`): never used for tuning, written by someone who neither
ran the extractor on them nor read it, to differ from every layout of `layouts_*.py`.

Theme: agriculture and food processing — Kazakhstan's meat-processing plants, sugar and dairy plants, grain
elevators, pig complexes and poultry farms (applications for a КЭР, projects of the sanitary protection zone, the
fee for emissions, НДВ projects, reports on ПЭК and on the waste-management programme, ПЭК programmes of a seasonal
plant, calendar plans of internal checks, a director's order, plans of measures, the protocol of public hearings)
and Vietnam's seafood processing plants, rice mills, sugar mills, pig farms and breweries (báo cáo đề xuất cấp giấy
phép môi trường, ĐTM, tờ khai phí bảo vệ môi trường đối với khí thải, báo cáo công tác bảo vệ môi trường, chương
trình quan trắc, kế hoạch quản lý môi trường, tham vấn cộng đồng).

Facility: the operator and the site in two tables one after the other, coordinates as a decimal pair with a dot;
a sanitary-protection-zone project's summary whose sanitary hazard class and protection-zone width stand beside the
environmental category (VI: an ĐTM summary with the public-investment group beside the environmental group).
Emissions: the yearly fee for emissions, the tonnes emitted beside the fee rate and the money (VI: the fee declaration
for waste gas); the sources as columns, each cell `г/с / т/год` as numerator and denominator. Wastes: where each
waste went, as three amount columns of which one is filled; the wastes of each place of formation listed in one cell
with code and amount. Limits: one substance at the boundary of the protection zone, dates by points with the weather
beside them, the ПДК only in the sentence before; the limits of three media in one table under group rows naming
the medium and the standard. Monitoring: a seasonal plant's programme whose frequency cell gives one frequency for
the processing season and another for the rest of the year, substances as bare codes; a matrix of wells (VI:
points) by parameters whose cells hold letters explained under the table. Inspections: a calendar whose rows are the
months, the units checked that month listed in one cell; an order's annex giving each position its units, each with
its frequency, in one cell. Tasks: the term and the responsible written inside the task's cell on lines of their
own; the commitments answering the remarks of public hearings.

The words of each layout are in the text tables (RU, KK, VI); a header row is one string, its cells between `|`,
`^` for a cell a merge covers.
"""

from __future__ import annotations

from . import vocab
from .common import Doc, distractor, make_bin, make_kato, make_msdn, maybe_distractor, num, rate
from .layouts_measured3 import GROUND_VN
from .layouts_wastes import expect_vn
from .limits_data import AIR_PDK, DISCHARGE, QCVN19, QCVN40, SOIL_PDK, add, cell, limit
from .obligations_data import inspection, task
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


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose one cell spans the table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _sig(x: float, digits: int = 2) -> float:
    return float(f"{x:.{digits}g}")


def _dms(value: float) -> tuple[str, float]:
    """An angle in whole degrees, minutes and seconds (`43°24'44"`) and the decimal degrees it stands for."""
    total = round(value * 3600)
    d, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    return f"{d}°{m:02d}'{s:02d}\"", d + m / 60 + s / 3600


# the enterprises of the theme: (name, operator, address, OKED, activity, capacity)
FIRMS = {
    "ru": (
        ("Мясокомбинат «Ертіс Ет»", "ТОО «Ертіс Ет Өнімдері»", "Павлодарская область, г. Павлодар, Северная промышленная зона, строение 45",
         "10110", "Переработка и консервирование мяса", "убой до 60 голов КРС в смену, 9 000 т мясной продукции в год"),
        ("Сахарный завод «Мерке Кант»", "АО «Мерке Кант»", "Жамбылская область, Меркенский район, с. Мерке, ул. Заводская, 1",
         "10810", "Производство сахара", "переработка 3 000 т сахарной свеклы в сутки"),
        ("Молочный завод «Ақ Бұлақ»", "ТОО «Ак Булак Сут»", "Северо-Казахстанская область, г. Петропавловск, ул. Заводская, 3",
         "10510", "Переработка молока и производство сыров", "120 т молока в сутки"),
        ("Элеватор «Көкше Астық»", "ТОО «Кокше Астык»", "Акмолинская область, Зерендинский район, с. Зеренда, ул. Элеваторная, 2",
         "52101", "Складирование и хранение зерна", "единовременное хранение 60 тыс. т зерна"),
        ("Свиноводческий комплекс «Тобыл»", "ТОО «Тобыл Агро»", "Костанайская область, Костанайский район, с. Заречное",
         "01460", "Разведение свиней", "24 000 голов откорма в год"),
        ("Птицефабрика «Алтын Дән»", "ТОО «Алтын Дан Агро»", "Алматинская область, Илийский район, с. Байсерке",
         "01470", "Разведение сельскохозяйственной птицы", "400 тыс. голов кур-несушек"),
    ),
    "kk": (
        ("«Ертіс Ет» ет комбинаты", "«Ертіс Ет Өнімдері» ЖШС", "Павлодар облысы, Павлодар қ., Солтүстік өнеркәсіп аймағы, 45-құрылыс",
         "10110", "Етті өңдеу және консервілеу", "ауысымына 60 басқа дейін ІҚМ сою, жылына 9 000 т ет өнімі"),
        ("«Мерке Қант» қант зауыты", "«Мерке Қант» АҚ", "Жамбыл облысы, Мерке ауданы, Мерке ауылы, Зауыт көшесі, 1",
         "10810", "Қант өндірісі", "тәулігіне 3 000 т қант қызылшасын өңдеу"),
        ("«Ақ Бұлақ» сүт зауыты", "«Ақ Бұлақ Сүт» ЖШС", "Солтүстік Қазақстан облысы, Петропавл қ., Зауыт көшесі, 3",
         "10510", "Сүтті өңдеу және ірімшік өндірісі", "тәулігіне 120 т сүт"),
        ("«Көкше Астық» элеваторы", "«Көкше Астық» ЖШС", "Ақмола облысы, Зеренді ауданы, Зеренді ауылы, Элеватор көшесі, 2",
         "52101", "Астықты қоймалау және сақтау", "бір мезгілде 60 мың т астық сақтау"),
        ("«Тобыл» шошқа өсіру кешені", "«Тобыл Агро» ЖШС", "Қостанай облысы, Қостанай ауданы, Заречный ауылы",
         "01460", "Шошқа өсіру", "жылына 24 000 бас бордақылау"),
        ("«Алтын Дән» құс фабрикасы", "«Алтын Дән Агро» ЖШС", "Алматы облысы, Іле ауданы, Байсерке ауылы",
         "01470", "Ауыл шаруашылығы құсын өсіру", "400 мың бас мекиен тауық"),
    ),
    "vi": (
        ("Nhà máy chế biến thủy sản Cửu Long Xanh", "Công ty Cổ phần Thủy sản Cửu Long Xanh", "Khu công nghiệp Trà Nóc 2, quận Ô Môn, TP. Cần Thơ",
         "", "Chế biến cá tra phi lê đông lạnh xuất khẩu", "15.000 tấn thành phẩm/năm"),
        ("Nhà máy xay xát, lau bóng gạo Tân Hồng", "Công ty TNHH Lương thực Tân Hồng", "xã Tân Hộ Cơ, huyện Tân Hồng, tỉnh Đồng Tháp",
         "", "Xay xát, lau bóng và đóng gói gạo", "120.000 tấn gạo thành phẩm/năm"),
        ("Trang trại chăn nuôi heo nái Phú An", "Công ty TNHH Chăn nuôi Phú An", "xã Tân Hưng, huyện Bàu Bàng, tỉnh Bình Dương",
         "", "Chăn nuôi heo nái sinh sản", "2.400 con heo nái; 60.000 con heo con/năm"),
        ("Nhà máy bia Sông Lam Xanh", "Công ty Cổ phần Bia Sông Lam Xanh", "Khu công nghiệp Nam Cấm, huyện Nghi Lộc, tỉnh Nghệ An",
         "", "Sản xuất bia", "100 triệu lít/năm"),
        ("Nhà máy chế biến tôm đông lạnh Minh Hải Xanh", "Công ty TNHH Thủy sản Minh Hải Xanh", "Khu công nghiệp Hòa Trung, huyện Cái Nước, tỉnh Cà Mau",
         "", "Chế biến tôm đông lạnh", "8.000 tấn sản phẩm/năm"),
    ),
}  # fmt: skip
# rough centre (lat, lon) of each enterprise's place
CENTRES = {
    "kz": ((52.33, 76.98), (42.87, 73.18), (54.88, 69.17), (52.91, 69.14), (53.08, 63.62), (43.47, 77.03)),
    "vi": ((10.11, 105.70), (10.87, 105.47), (11.25, 106.63), (18.85, 105.63), (9.05, 105.05)),
}


def _firm(doc: Doc, index: int) -> tuple[str, ...]:
    return FIRMS[doc.lang][index]


def _place(doc: Doc, index: int) -> tuple[float, float]:
    lat, lon = CENTRES["vi" if doc.lang == "vi" else "kz"][index]
    return round(lat + doc.rng.uniform(-0.03, 0.03), 5), round(lon + doc.rng.uniform(-0.03, 0.03), 5)


# ---------------------------------------------------------------- facility

TEXT |= {
    "f1.title": ("Заявление на получение экологического разрешения на воздействие|Программа производственного экологического контроля на 2026–2030 годы",
                 "Әсер етуге экологиялық рұқсат алуға арналған өтініш|2026–2030 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы",
                 "BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA CƠ SỞ|BÁO CÁO ĐỀ XUẤT CẤP LẠI GIẤY PHÉP MÔI TRƯỜNG"),
    "f1.h": ("Раздел 1. Общие сведения", "1-бөлім. Жалпы мәліметтер", "Chương I. THÔNG TIN CHUNG VỀ CƠ SỞ"),
    "f1.cap1": ("Таблица 1.1 – Сведения об операторе", "1.1-кесте – Оператор туралы мәліметтер", "Bảng 1.1. Thông tin về chủ cơ sở"),
    "f1.head1": ("Наименование реквизита|Сведения", "Деректеменің атауы|Мәліметтер", "Nội dung|Thông tin"),
    "f1.labels1": ("Полное наименование юридического лица|Бизнес-идентификационный номер|Юридический адрес|Первый руководитель|Телефон, e-mail",
                   "Заңды тұлғаның толық атауы|Бизнес-сәйкестендіру нөмірі|Заңды мекенжайы|Бірінші басшысы|Телефон, e-mail",
                   "Tên chủ cơ sở|Mã số doanh nghiệp|Địa chỉ văn phòng|Người đại diện theo pháp luật|Điện thoại, e-mail"),
    "f1.office": ("г. Астана, пр. Мангилик Ел, 55/20, офис 310|г. Алматы, пр. Аль-Фараби, 77/8, офис 12",
                  "Астана қ., Мәңгілік Ел даңғылы, 55/20, 310-кеңсе|Алматы қ., Әл-Фараби даңғылы, 77/8, 12-кеңсе",
                  "Số 12 Lê Duẩn, phường Bến Nghé, quận 1, TP. Hồ Chí Minh|Số 45 đường 30/4, phường Xuân Khánh, quận Ninh Kiều, TP. Cần Thơ"),
    "f1.heads": ("Генеральный директор Жакупов Е.С.|Председатель правления Нурланов А.К.|Директор Белова О.Н.",
                 "Бас директор Жақыпов Е.С.|Басқарма төрағасы Нұрланов А.Қ.|Директор Белова О.Н.",
                 "Ông Huỳnh Văn Tâm – Tổng Giám đốc|Bà Phạm Thị Ngọc Lan – Giám đốc"),
    "f1.cap2": ("Таблица 1.2 – Сведения об объекте, оказывающем негативное воздействие на окружающую среду",
                "1.2-кесте – Қоршаған ортаға теріс әсер ететін объект туралы мәліметтер",
                "Bảng 1.2. Thông tin về cơ sở"),
    "f1.labels2": ("Наименование объекта|Фактический адрес (местонахождение)|Код КАТО|Основной вид деятельности (ОКЭД)|Проектная мощность|Категория объекта|Географические координаты (WGS-84)",
                   "Объектінің атауы|Нақты мекенжайы (орналасқан жері)|ҚАТО коды|Негізгі қызмет түрі (ЭҚЖЖ)|Жобалық қуаты|Объектінің санаты|Географиялық координаттары (WGS-84)",
                   "Tên cơ sở|Địa điểm cơ sở|-|Loại hình sản xuất|Công suất hoạt động|Phân loại theo Luật Bảo vệ môi trường năm 2020|Tọa độ trung tâm (WGS-84)"),
    "f1.cat": ("объект {c} категории", "{c} санаттағы объект", "Cơ sở thuộc nhóm {c}"),
}  # fmt: skip


def facility_k1(doc: Doc) -> None:
    """The operator and the site in two tables one after the other under one heading: first `Наименование реквизита |
    Сведения` with the BIN and the legal (office) address, then the site's lines with no header row — address, KATO, the
    OKED with its words, the capacity, the category in a phrase and the coordinates as a decimal pair with a dot
    (`52.31245, 76.96011`) (VI: the chapter I of a GPMT application, the enterprise number in the first table)."""
    r = doc.rng
    vi = doc.lang == "vi"
    i = r.randrange(len(FIRMS[doc.lang]))
    name, operator, address, oked, activity, capacity = _firm(doc, i)
    bin_ = make_msdn(r) if vi else make_bin(r)
    kato = make_kato(r)
    cat = r.choice(("I", "II", "II", "III"))
    lat, lon = _place(doc, i)
    title = r.choice(_list(doc, "f1.title"))
    doc.h(f"{title} {name.upper()}" if vi else title)
    doc.p(doc.v(f"Объект: {name}. Разработчик: ТОО «АгроЭкоПроект».", f"Объект: {name}. Әзірлеуші: «АгроЭкоПроект» ЖШС.",
                "Đơn vị tư vấn: Công ty TNHH Tư vấn Môi trường Mê Kông Xanh."))
    doc.h(_t(doc, "f1.h"))
    if vi:
        phone = f"0292 38{r.randint(10, 99)} {r.randint(100, 999)}; phongmoitruong.{r.randint(10, 99)}@gmail.com"
    else:
        phone = f"+7 (7{r.randint(100, 299)}) {r.randint(20, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)}; office@agrofood.kz"
    values1 = [operator, bin_, r.choice(_list(doc, "f1.office")), r.choice(_list(doc, "f1.heads")), phone]
    rows = [_row(doc, "f1.head1"), *([a, b] for a, b in zip(_list(doc, "f1.labels1"), values1, strict=True))]
    doc.table(_t(doc, "f1.cap1"), rows, role="facility")
    coords = f"{lat:.5f}, {lon:.5f}"
    values2 = [name, address, kato, f"{oked} – {activity}", capacity, _t(doc, "f1.cat").format(c=cat), coords]
    rows = [[a, b] for a, b in zip(_list(doc, "f1.labels2"), values2, strict=True)]
    if vi:
        del rows[2]  # no KATO in Vietnam
        rows[2][1] = activity
    doc.table(_t(doc, "f1.cap2"), rows, role="facility")
    out = {"bin": bin_, "name_contains": name, "category": cat, "lat": lat, "lon": lon}
    if not vi:
        out.update(kato=kato, oked=oked)
    doc.add("facilities", out)
    maybe_distractor(doc)


TEXT |= {
    "f2.title": ("Проект обоснования размера санитарно-защитной зоны", "Санитариялық-қорғау аймағының өлшемін негіздеу жобасы",
                 "BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG CỦA DỰ ÁN ĐẦU TƯ MỞ RỘNG, NÂNG CÔNG SUẤT"),
    "f2.p": ("Проект выполнен ТОО «Санэпид-Проект» по заказу оператора в соответствии с Санитарными правилами «Санитарно-эпидемиологические требования к санитарно-защитным зонам объектов».",
             "Жоба оператордың тапсырысы бойынша «Санэпид-Проект» ЖШС-мен «Объектілердің санитариялық-қорғау аймақтарына қойылатын санитариялық-эпидемиологиялық талаптар» санитариялық қағидаларына сәйкес орындалды.",
             "Báo cáo được lập theo Mẫu số 04, Phụ lục II Thông tư số 02/2022/TT-BTNMT."),
    "f2.caption": ("Таблица 1 – Краткая характеристика предприятия", "1-кесте – Кәсіпорынның қысқаша сипаттамасы",
                   "Bảng 1.1. Tóm tắt các thông tin chính của dự án"),
    "f2.head": ("№ п/п|Характеристика|Показатель", "Р/с №|Сипаттамасы|Көрсеткіш", "TT|Hạng mục|Nội dung"),
    "f2.labels": ("Наименование предприятия (оператор)|БИН|Наименование и местонахождение объекта|Вид деятельности|Мощность|"
                  "Класс опасности по санитарной классификации|Размер нормативной СЗЗ, м|Категория объекта, оказывающего негативное воздействие на окружающую среду|"
                  "Код КАТО|Координаты центра промплощадки|Площадь промплощадки, га|Численность работающих, чел.",
                  "Кәсіпорынның атауы (оператор)|БСН|Объектінің атауы және орналасқан жері|Қызмет түрі|Қуаты|"
                  "Санитариялық жіктеу бойынша қауіптілік сыныбы|Нормативтік СҚА өлшемі, м|Қоршаған ортаға теріс әсер ететін объектінің санаты|"
                  "ҚАТО коды|Өнеркәсіптік алаң орталығының координаттары|Өнеркәсіптік алаң ауданы, га|Жұмыскерлер саны, адам",
                  "Tên dự án|Chủ dự án|Mã số doanh nghiệp|Địa điểm thực hiện|Công suất sau mở rộng|"
                  "Phân loại theo tiêu chí của pháp luật về đầu tư công|Diện tích khu đất|Phân loại theo tiêu chí môi trường (Phụ lục III Nghị định 08/2022/NĐ-CP)|"
                  "Tổng vốn đầu tư|Tọa độ địa lý (WGS-84)|Tọa độ (VN-2000, KTT 104°45', múi chiếu 3°)|Số lao động"),
    "f2.class": ("{c} класс", "{c} сынып", ""),
    "f2.coords": ("с.ш. {lat}; в.д. {lon}", "с.е. {lat}; ш.б. {lon}", "{lat}N; {lon}E"),
    "f2.herd": ("Таблица 2 – Производственная программа", "2-кесте – Өндірістік бағдарлама", "Bảng 1.2. Danh mục sản phẩm"),
    "f2.herd.head": ("Продукция|Ед. изм.|Существующее положение|После реконструкции", "Өнім|Өлш. бірл.|Қазіргі жағдай|Қайта құрудан кейін",
                     "Sản phẩm|Đơn vị|Hiện hữu|Sau mở rộng"),
}  # fmt: skip
# sanitary class and the width of the protection zone, m, of each KZ enterprise
SANITARY = {0: ("II", 500), 1: ("III", 300), 2: ("IV", 100), 3: ("III", 300), 4: ("I", 1000), 5: ("I", 1000)}
# the products of each enterprise (FIRMS index): (name, unit)
PRODUCTS = {
    "ru": {0: (("Мясо и субпродукты", "т/год"), ("Колбасные изделия", "т/год")), 1: (("Сахар-песок", "т/сутки"), ("Жом сушеный", "т/сезон")),
           2: (("Молоко пастеризованное", "т/сутки"), ("Сыры твердые", "т/год")), 3: (("Прием зерна", "тыс. т/год"), ("Отгрузка зерна", "тыс. т/год"))},
    "kk": {0: (("Ет және қосалқы өнімдер", "т/жыл"), ("Шұжық өнімдері", "т/жыл")), 1: (("Қант құмы", "т/тәул."), ("Кептірілген жом", "т/маусым")),
           2: (("Пастерленген сүт", "т/тәул."), ("Қатты ірімшіктер", "т/жыл")), 3: (("Астық қабылдау", "мың т/жыл"), ("Астық тиеу", "мың т/жыл"))},
    "vi": {0: (("Cá tra phi lê đông lạnh", "tấn/năm"), ("Bột cá, mỡ cá", "tấn/năm")), 1: (("Gạo thành phẩm", "tấn/năm"), ("Cám gạo", "tấn/năm")),
           3: (("Bia hơi", "triệu lít/năm"), ("Bia chai, bia lon", "triệu lít/năm")), 4: (("Tôm đông lạnh", "tấn/năm"), ("Tôm chế biến giá trị gia tăng", "tấn/năm"))},
}  # fmt: skip


def facility_k2(doc: Doc) -> None:
    """A sanitary-protection-zone project's summary `№ п/п | Характеристика | Показатель`: the sanitary hazard class
    (`II класс`) and the width of the zone stand beside the environmental category (a bare numeral, the expected one),
    the name and the place in one cell, the KATO, the coordinates in whole seconds after `с.ш.` / `в.д.`, area and
    staff; a production table of no role after it (VI: an ĐTM summary of an expansion, the group under the
    public-investment law (`Nhóm B`) beside the environmental group, geographic and VN-2000 coordinates)."""
    r = doc.rng
    vi = doc.lang == "vi"
    i = r.randrange(4) if not vi else r.choice((0, 1, 3, 4))
    name, operator, address, _, activity, capacity = _firm(doc, i)
    bin_ = make_msdn(r) if vi else make_bin(r)
    lat0, lon0 = _place(doc, i)
    (lat, lat_v), (lon, lon_v) = _dms(lat0), _dms(lon0)
    coords = _t(doc, "f2.coords").format(lat=lat, lon=lon)
    doc.h(_t(doc, "f2.title") + (f" {name.upper()}" if vi else f". {name}"))
    doc.p(_t(doc, "f2.p"))
    rows = [_row(doc, "f2.head")]
    labels = _list(doc, "f2.labels")
    if vi:
        cat = r.choice(("I", "II"))
        x, y = r.randint(1_000_000, 2_100_000), r.randint(450_000, 650_000)
        values = [f"Đầu tư mở rộng, nâng công suất {name}", operator, bin_, address, capacity, r.choice(("Nhóm B", "Nhóm C")),
                  f"{num(rate(r, 4, 25, 3), 'vi')} ha", f"Dự án đầu tư nhóm {cat}", f"{num(r.randint(120, 1500), 'vi')} tỷ đồng",
                  coords, f"X = {num(x, 'vi')} m; Y = {num(y, 'vi')} m", f"{r.randint(80, 650)} người"]
    else:
        san, zone = SANITARY[i]
        cat = r.choice([c for c in ("I", "II", "III") if c != san])
        kato = make_kato(r)
        values = [operator, bin_, f"{name}, {address}", activity, capacity, _t(doc, "f2.class").format(c=san), num(zone, doc.lang),
                  cat, kato, coords, num(rate(r, 4, 60, 3), doc.lang), str(r.randint(60, 900))]
    rows += [[f"{k}.", a, b] for k, (a, b) in enumerate(zip(labels, values, strict=True), 1)]
    doc.table(_t(doc, "f2.caption"), rows, role="facility")
    out = {"bin": bin_, "name_contains": name, "category": cat, "lat": lat_v, "lon": lon_v}
    if not vi:
        out["kato"] = kato
    doc.add("facilities", out)
    prod_rows = [_row(doc, "f2.herd.head")]
    for what, unit in PRODUCTS[doc.lang][i]:
        now = r.randint(20, 900) * (10 if unit.endswith(("/год", "/жыл", "/năm")) and "тыс" not in unit and "мың" not in unit and "triệu" not in unit else 1)
        prod_rows.append([what, unit, num(now, doc.lang), num(now * r.choice((1.5, 2, 3)), doc.lang)])
    doc.table(_t(doc, "f2.herd"), prod_rows, role="other")


# ---------------------------------------------------------------- emissions

# code: fee in МРП per tonne (emissions from stationary sources)
FEE_KZ = {"0301": 20, "0304": 20, "0330": 20, "0337": 0.32, "0328": 24, "2908": 10, "0303": 24, "0333": 124, "2902": 10, "1325": 332}
# the payer's plant: FIRMS index, codes it pays for
FEE_PLANTS = ((0, ("0301", "0304", "0337", "0328", "0303", "1325")), (1, ("0301", "0304", "0330", "0337", "0328", "2908")),
              (5, ("0303", "0333", "0301", "0304", "0337", "2902")))
# code: đồng per tonne — Nghị định 153/2024/NĐ-CP
FEE_VN = {"2902": 800, "0330": 700, "0301": 800, "0337": 500}
TEXT |= {
    "e1.title": ("Расчет платы за эмиссии в окружающую среду за 2025 год", "2025 жылғы қоршаған ортаға эмиссиялар үшін төлемақы есебі",
                 "TỜ KHAI PHÍ BẢO VỆ MÔI TRƯỜNG ĐỐI VỚI KHÍ THẢI – NĂM 2025"),
    "e1.p": ("Плательщик: {op} (БИН {bin}), {name}. Объект обложения – выбросы загрязняющих веществ от стационарных источников.",
             "Төлеуші: {op} (БСН {bin}), {name}. Салық салу объектісі – стационарлық көздерден ластаушы заттардың шығарындылары.",
             "Người nộp phí: {op}; mã số thuế: {bin}; cơ sở: {name}."),
    "e1.p2": ("Ставки платы установлены в месячных расчетных показателях (МРП) за 1 тонну; МРП на 2025 год – 3 932 тенге. Фактические выбросы определены по данным производственного экологического контроля.",
              "Төлемақы мөлшерлемелері 1 тонна үшін айлық есептік көрсеткішпен (АЕК) белгіленген; 2025 жылға арналған АЕК – 3 932 теңге. Нақты шығарындылар өндірістік экологиялық бақылау деректері бойынша айқындалды.",
              "Căn cứ Nghị định số 153/2024/NĐ-CP ngày 21/11/2024 của Chính phủ quy định phí bảo vệ môi trường đối với khí thải. Phí cố định: 3.000.000 đồng/năm; tổng lượng thải được xác định theo kết quả quan trắc định kỳ, lưu lượng khí thải và thời gian xả thải thực tế."),
    "e1.caption": ("Таблица 1 – Расчет платы за выбросы загрязняющих веществ от стационарных источников",
                   "1-кесте – Стационарлық көздерден ластаушы заттар шығарындылары үшін төлемақы есебі",
                   "Bảng 2. Xác định số phí biến đổi phải nộp"),
    "e1.head": ("№ п/п|Код ЗВ|Наименование загрязняющего вещества|Фактический выброс за год, т|Ставка платы, МРП/т|Сумма платы, тенге",
                "Р/с №|ЛЗ коды|Ластаушы заттың атауы|Жылдағы нақты шығарынды, т|Төлемақы мөлшерлемесі, АЕК/т|Төлемақы сомасы, теңге",
                "TT|Chất ô nhiễm tính phí|Tổng lượng thải trong năm (tấn)|Mức thu phí (đồng/tấn)|Số phí phải nộp (đồng)"),
    "e1.total": ("Итого", "Барлығы", "Tổng cộng"),
    "e1.after": ("Сумма платы подлежит уплате по месту нахождения объекта ежеквартально, не позднее 25 числа второго месяца, следующего за отчетным кварталом.",
                 "Төлемақы сомасы объектінің орналасқан жері бойынша тоқсан сайын, есепті тоқсаннан кейінгі екінші айдың 25-күнінен кешіктірілмей төленеді.",
                 "Tổng số phí phải nộp = phí cố định + phí biến đổi; nộp theo quý, chậm nhất là ngày 20 của tháng đầu tiên của quý tiếp theo."),
}  # fmt: skip
MRP = 3932


def emissions_k1(doc: Doc) -> None:
    """The yearly fee for emissions from stationary sources: code, name, the tonnes actually emitted in the year, the fee
    rate in МРП per tonne and the money in tenge, a row of column numbers and a total row; no g/s, no sources, the payer
    and the МРП in the sentences before (VI: the declaration of the fee for waste gas of a brewery or rice mill, tonnes
    a year beside the rate in đồng per tonne and the money)."""
    r = doc.rng
    vi = doc.lang == "vi"
    doc.h(_t(doc, "e1.title"))
    if vi:
        i = r.choice((1, 3))
        codes = list(FEE_VN)
    else:
        i, codes = r.choice(FEE_PLANTS)
        codes = sorted(r.sample(codes, r.randint(4, 6)), key=codes.index)
    name, operator, *_ = _firm(doc, i)
    bin_ = make_msdn(r) if vi else make_bin(r)
    doc.p(_t(doc, "e1.p").format(op=operator, bin=bin_, name=name))
    doc.p(_t(doc, "e1.p2"))
    head = _row(doc, "e1.head")
    rows = [head, [str(k) for k in range(1, len(head) + 1)]]
    tonnes, money = [], []
    for k, c in enumerate(codes, 1):
        t = rate(r, 0.8, 45, 4) if vi else rate(r, 0.02, 60, 4)
        if c == "0304" and "0301" in codes[:k]:  # NO as the usual 13 % of the NO2
            t = _sig(tonnes[codes.index("0301")] * 0.13, 4)
        fee = FEE_VN[c] if vi else FEE_KZ[c]
        paid = round(t * fee) if vi else round(t * fee * MRP)
        tonnes.append(t)
        money.append(paid)
        if vi:
            rows.append([str(k), vocab.air(c, "vi", r.randrange(2) if c != "2902" else 0), num(t, "vi"), num(fee, "vi"), num(paid, "vi")])
        else:
            rows.append([str(k), c, vocab.air(c, doc.lang), num(t, doc.lang), num(fee, doc.lang), num(paid, doc.lang)])
        doc.add("emissions", emission(c, None, t))
    total = [num(round(sum(tonnes), 4), doc.lang), "", num(sum(money), doc.lang)]
    rows.append(["", _t(doc, "e1.total"), *total] if vi else ["", "", _t(doc, "e1.total"), *total])
    doc.table(_t(doc, "e1.caption"), rows, role="emissions")
    doc.p(_t(doc, "e1.after"))
    maybe_distractor(doc)


# (RU, KK) name, organised?, codes — sources of a meat-processing plant
PLANT_SOURCES = (
    (("Котельная (котлы КВ-1,0 на угле)", "Қазандық (көмірмен жұмыс істейтін КВ-1,0 қазандықтары)"), True, ("0301", "0304", "0330", "0337", "2908")),
    (("Коптильная камера (дымогенератор)", "Ыстау камерасы (түтін генераторы)"), True, ("0337", "0301", "1325", "0328")),
    (("Дизель-генератор резервный", "Резервтік дизель-генератор"), True, ("0301", "0304", "0328", "0337", "2754")),
    (("Аммиачная холодильная установка", "Аммиак тоңазытқыш қондырғысы"), True, ("0303",)),
    (("Склад угля", "Көмір қоймасы"), False, ("2908",)),
    (("Загон предубойного содержания скота", "Малды сою алдында ұстау қорасы"), False, ("0303", "0333")),
)  # fmt: skip
# VI: a seafood plant's named sources
VI_PLANT_SOURCES = (
    ("Lò hơi đốt củi trấu 6 tấn hơi/giờ", ("2902", "0330", "0301", "0337")),
    ("Máy phát điện dự phòng 1.000 kVA", ("2902", "0330", "0301", "0337")),
    ("Hệ thống lạnh dùng NH3 (xả khí định kỳ)", ("0303",)),
    ("Trạm xử lý nước thải tập trung", ("0303", "0333")),
)
TEXT |= {
    "e2.title": ("Проект нормативов допустимых выбросов (НДВ) на 2026–2035 гг.", "2026–2035 жж. арналған рұқсат етілген шығарындылар нормативтерінің (РЕШН) жобасы",
                 "BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG"),
    "e2.p": ("Объект: {name}. Количество источников выбросов по результатам инвентаризации – {n}, из них организованных – {o}.",
             "Объект: {name}. Түгендеу нәтижелері бойынша шығарынды көздерінің саны – {n}, оның ішінде ұйымдастырылғаны – {o}.",
             "Nguồn phát sinh khí thải của {name} và tải lượng các chất ô nhiễm được tổng hợp trong bảng dưới đây."),
    "e2.head": ("Код ЗВ|Наименование загрязняющего вещества|Выброс по источникам, г/с / т/год",
                "ЛЗ коды|Ластаушы заттың атауы|Көздер бойынша шығарынды, г/с / т/жыл",
                "TT|Chất ô nhiễm|Tải lượng theo nguồn thải, g/s / tấn/năm"),
    "e2.all": ("Всего по предприятию", "Кәсіпорын бойынша барлығы", ""),
    "e2.src": ("ИЗА {n}\n{name}", "АЛК {n}\n{name}", "{name}"),
    "e2.sum": ("Итого по источнику", "Көз бойынша жиыны", ""),
    "e2.note": ("Примечание: в числителе – максимальный разовый выброс, г/с; в знаменателе – валовый выброс, т/год; «–» – вещество источником не выбрасывается.",
                "Ескертпе: алымында – ең жоғары бір реттік шығарынды, г/с; бөлімінде – жалпы шығарынды, т/жыл; «–» – зат көзден шығарылмайды.",
                "Ghi chú: mỗi ô ghi tải lượng tức thời (g/s) / tổng tải lượng năm (tấn/năm); (–): nguồn không phát sinh chất ô nhiễm này."),
    "e2.caption": ("Таблица 3.1 – Выбросы загрязняющих веществ в атмосферу по источникам", "3.1-кесте – Көздер бойынша атмосфераға ластаушы заттар шығарындылары",
                   "Bảng 3.3. Tải lượng các chất ô nhiễm không khí từ các nguồn thải của cơ sở"),
    "e2.fuel": ("Характеристика топлива (уголь Экибастузский)", "Отын сипаттамасы (Екібастұз көмірі)", "Đặc tính nhiên liệu đốt lò hơi (củi trấu)"),
    "e2.fuel.rows": ("Показатель|Значение;Зольность, %|39,5;Содержание серы, %|0,7;Низшая теплота сгорания, ккал/кг|4 200;Расход за год, т|{t}",
                     "Көрсеткіш|Мәні;Күлділігі, %|39,5;Күкірт құрамы, %|0,7;Төменгі жану жылуы, ккал/кг|4 200;Жылдық шығыны, т|{t}",
                     "Thông số|Giá trị;Độ ẩm, %|10,5;Độ tro, %|14,2;Nhiệt trị, kcal/kg|3.450;Lượng tiêu thụ (tấn/năm)|{t}"),
}  # fmt: skip


def _pair(doc: Doc, g: float | None, t: float | None) -> str:
    return "–" if g is None else f"{num(g, doc.lang)} / {num(t, doc.lang)}"


def emissions_k2(doc: Doc) -> None:
    """The sources as columns: substances as rows, each source a column under a merged `Выброс по источникам, г/с / т/год`
    whose second header row gives `ИЗА 0001` and the name on two lines; each cell holds `г/с / т/год` as numerator and
    denominator (`0,0412 / 1,096`), a dash where the source does not emit it; a column for the whole plant and a row of
    each source's totals, both not items; the fuel in a table of no role before it (VI: a seafood plant's named
    sources, no numbers, no totals)."""
    r = doc.rng
    vi = doc.lang == "vi"
    name = _firm(doc, r.choice((0, 4)) if vi else 0)[0]
    doc.h(_t(doc, "e2.title") + ("" if vi else f". {name}"))
    if vi:
        picked = [VI_PLANT_SOURCES[0], *r.sample(VI_PLANT_SOURCES[1:], 2)]
        sources = [(None, s[0], s[1]) for s in picked]
    else:
        org = [s for s in PLANT_SOURCES if s[1]]
        chosen = [org[0], *r.sample(org[1:], 2), r.choice([s for s in PLANT_SOURCES if not s[1]])]
        sources, n_org, n_unorg = [], 0, 0
        for names, organized, codes in chosen:
            if organized:
                n_org += 1
                number = f"{n_org:04d}"
            else:
                n_unorg += 1
                number = f"{6000 + n_unorg:04d}"
            keep = codes if len(codes) <= 2 else codes[: r.randint(3, len(codes))]
            sources.append((number, names[vocab.LANGS.index(doc.lang)], keep))
            doc.add("sources", {"number": number, "type": "organized" if organized else "unorganized"})
    doc.p(_t(doc, "e2.p").format(name=name, n=len(sources), o=sum(1 for s in sources if s[0] and s[0] < "6000")))
    fuel = [_cells(x) for x in _t(doc, "e2.fuel.rows").format(t=num(r.randint(180, 2400), doc.lang)).split(";")]
    doc.table(_t(doc, "e2.fuel"), fuel, role="other")
    codes: list[str] = []
    for _, _, cs in sources:
        codes += [c for c in cs if c not in codes]
    if not vi:
        codes.sort()
    got = {}
    for number, sname, cs in sources:
        for c in cs:
            g, t = rate(r, 0.0005, 1.2, 3), rate(r, 0.001, 18, 4)
            if c in ("0303", "0333") and vi:  # a treatment plant's and a refrigerator's gases come in small amounts
                g, t = _sig(g / 20, 3), _sig(t / 20, 3)
            if c == "0304" and "0301" in cs:  # NO as the usual 13 % of the NO2 of the same source
                g, t = _sig(got[(sname, "0301")][0] * 0.13, 3), _sig(got[(sname, "0301")][1] * 0.13, 4)
            got[(sname, c)] = (g, t)
            doc.add("emissions", emission(c, g, t, number))
    width = 2 + len(sources) + (0 if vi else 1)
    top = _row(doc, "e2.head") + [None] * (len(sources) - 1) + ([] if vi else [_t(doc, "e2.all")])
    sub = [None, None, *(_t(doc, "e2.src").format(n=n, name=s) for n, s, _ in sources)] + ([] if vi else [None])
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 1 + len(sources))]
    if not vi:
        merges.append((0, width - 1, 1, width - 1))
    rows = [top, sub]
    for k, c in enumerate(codes, 1):
        cells = [_pair(doc, *got.get((s, c), (None, None))) for _, s, _ in sources]
        if vi:
            rows.append([str(k), vocab.air(c, "vi", r.randrange(2) if c != "2902" else 0), *cells])
            continue
        here = [got[(s, c)] for _, s, _ in sources if (s, c) in got]
        whole = _pair(doc, round(sum(x[0] for x in here), 6), round(sum(x[1] for x in here), 6))
        rows.append([c, vocab.air(c, doc.lang), *cells, whole])
    if not vi:
        sums = []
        for _, s, cs in sources:
            sums.append(_pair(doc, round(sum(got[(s, c)][0] for c in cs), 6), round(sum(got[(s, c)][1] for c in cs), 6)))
        rows.append([_t(doc, "e2.sum"), None, *sums, ""])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 1))
    doc.table(_t(doc, "e2.caption"), rows, merges, role="emissions")
    doc.p(_t(doc, "e2.note"))


# ---------------------------------------------------------------- wastes

# (code, RU, KK, column of where it went: 0 handed over, 1 used at the enterprise, 2 placed on its own objects,
# (low, high) t, receiver or use RU, KK) — the wastes of the enterprise's own trade
AGRO_WASTES = {
    0: (("02 02 02", "Отходы тканей животных (конфискаты)", "Жануар тіндерінің қалдықтары (тәркіленген өнім)", 0, (20, 300),
         "ветеринарно-санитарный утилизационный завод ТОО «Павлодар Утиль»", "«Павлодар Утиль» ЖШС ветеринариялық-санитариялық кәдеге жарату зауыты"),
        ("02 02 04", "Осадок локальных очистных сооружений (жироуловитель)", "Жергілікті тазарту құрылыстарының тұнбасы (май ұстағыш)", 0, (10, 120),
         "ТОО «ЭкоУтиль Казахстан», договор № 14/25", "«ЭкоУтиль Қазақстан» ЖШС, № 14/25 шарт"),
        ("02 01 06", "Навоз КРС с базы предубойного содержания", "Сою алдында ұстау базасының ІҚМ көңі", 1, (200, 1500),
         "компостирование на площадке предприятия", "кәсіпорын алаңында компосттау")),
    1: (("02 04 01", "Почва от очистки и мойки свеклы", "Қызылшаны тазалау мен жуудан қалған топырақ", 2, (3000, 15000),
         "карты намыва на территории завода", "зауыт аумағындағы шаю карталары"),
        ("02 04 02", "Дефекат (некондиционный карбонат кальция)", "Дефекат (кондицияға сай емес кальций карбонаты)", 0, (5000, 20000),
         "сельхозформирования района для известкования почв", "топырақты әктеу үшін аудандағы ауыл шаруашылығы құрылымдары"),
        ("02 04 03", "Осадок очистки сточных вод на предприятии", "Кәсіпорында ағынды суларды тазартудан шыққан тұнба", 2, (100, 900),
         "иловые площадки предприятия", "кәсіпорынның тұнба алаңдары")),
    5: (("02 01 06", "Помет птичий", "Құс саңғырығы", 1, (4000, 18000),
         "внесение на поля хозяйства в качестве органического удобрения", "шаруашылық алқаптарына органикалық тыңайтқыш ретінде енгізу"),
        ("02 01 02", "Падеж птицы (отходы тканей животных)", "Құс өлексесі (жануар тіндерінің қалдықтары)", 2, (5, 60),
         "биотермическая яма на территории птицефабрики", "құс фабрикасы аумағындағы биотермиялық шұңқыр"),
        ("15 01 01", "Прокладки и коробки для яиц картонные (брак)", "Жұмыртқаға арналған картон төсемдер мен қораптар (ақаулы)", 1, (2, 40),
         "повторное использование в цехе сортировки яиц", "жұмыртқа сұрыптау цехында қайта пайдалану")),
}  # fmt: skip
# (code, t range) of the wastes every enterprise has, handed over
COMMON = (("20 03 01", (8, 60)), ("20 01 21*", (0.01, 0.12)), ("13 02 05*", (0.2, 3.5)), ("16 01 07*", (0.02, 0.4)),
          ("15 01 02", (0.5, 12)), ("17 04 05", (1.5, 25)))  # fmt: skip
TEXT |= {
    "w1.title": ("Отчет о выполнении программы управления отходами за 2025 год", "2025 жылғы қалдықтарды басқару бағдарламасының орындалуы туралы есеп",
                 "BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025"),
    "w1.p": ("Оператор: {op}. Объект: {name}. Сведения об образовании отходов и направлениях их использования за отчетный год:",
             "Оператор: {op}. Объект: {name}. Есепті жылдағы қалдықтардың түзілуі және оларды пайдалану бағыттары туралы мәліметтер:",
             "Cơ sở: {name} ({op}). Kết quả thu gom, lưu giữ, xử lý chất thải rắn năm 2025 như sau:"),
    "w1.head": ("№|Код отхода|Наименование отхода|Образовано и направлено в 2025 г., т|^|^|Получатель отходов / направление использования",
                "№|Қалдық коды|Қалдықтың атауы|2025 жылы түзілді және жіберілді, т|^|^|Қалдықтарды алушы / пайдалану бағыты",
                "TT|Tên chất thải|Mã chất thải|Khối lượng phát sinh năm 2025 (kg)|^|^|Đơn vị tiếp nhận, hình thức xử lý"),
    "w1.sub": ("^|^|^|передано сторонним организациям|использовано на предприятии|размещено на собственных объектах|^",
               "^|^|^|бөгде ұйымдарға берілді|кәсіпорында пайдаланылды|меншікті объектілерде орналастырылды|^",
               "^|^|^|Chuyển giao cho đơn vị có chức năng|Tự xử lý tại cơ sở|Tái sử dụng, bán phế liệu|^"),
    "w1.hazardous": ("ТОО «ЭкоУтиль Казахстан», договор № 14/25", "«ЭкоУтиль Қазақстан» ЖШС, № 14/25 шарт",
                     "Công ty TNHH Môi trường Xanh Mê Kông (HĐ số 21/2025/HĐ-CTNH)"),
    "w1.plain": ("ТОО «Таза Аймақ», договор № 3-ТБО|ТОО «Вторсырье Экспорт»", "«Таза Аймақ» ЖШС, № 3-ҚТҚ шарт|«Вторсырье Экспорт» ЖШС", ""),
    "w1.total": ("Итого", "Барлығы", "Tổng cộng"),
    "w1.groups": ("", "", "I. Chất thải nguy hại|II. Chất thải rắn công nghiệp thông thường"),
    "w1.caption": ("Таблица 2 – Движение отходов в 2025 году", "2-кесте – 2025 жылғы қалдықтардың қозғалысы",
                   "Bảng 3. Khối lượng chất thải phát sinh và hình thức xử lý năm 2025"),
}  # fmt: skip
# VI: ordinary solid wastes of a seafood plant, where each went (0 handed over, 1 treated on site, 2 sold or reused) and to whom
VI_ORDINARY = (
    ("Bùn thải từ hệ thống xử lý nước thải", 1, "Ép bùn, phơi khô, bón cây xanh trong khuôn viên"),
    ("Bao bì giấy, carton thải", 2, "Bán cho cơ sở thu mua phế liệu Hưng Thịnh"),
    ("Vụn cá, mỡ cá thu hồi từ bể tách mỡ", 0, "Cơ sở chế biến bột cá Tân Phát"),
    ("Pallet gỗ hư hỏng", 2, "Tái sử dụng tại kho thành phẩm"),
    ("Phế liệu kim loại", 2, "Bán cho cơ sở thu mua phế liệu Hưng Thịnh"),
)  # fmt: skip


def wastes_k1(doc: Doc) -> None:
    """Where each waste went: three tonne columns under a merged `Образовано и направлено в 2025 г., т` — handed over,
    used at the enterprise, placed on its own objects — one filled and dashes in the others, so the filled one is the
    amount; agricultural LoW codes (02 01 06 manure, 02 04 02 defecation lime …) before the name, the receiver or the
    use last, a total row per column (VI: a seafood plant's annual report in kg, hazardous and ordinary group rows,
    `Chuyển giao | Tự xử lý | Tái sử dụng, bán phế liệu`, the name before the code)."""
    r = doc.rng
    vi = doc.lang == "vi"
    which = r.choice((0, 4)) if vi else r.choice((0, 1, 5))
    name, operator, *_ = _firm(doc, which)
    doc.h(_t(doc, "w1.title"))
    doc.p(_t(doc, "w1.p").format(op=operator, name=name))
    rows, merges = [_row(doc, "w1.head"), _row(doc, "w1.sub")], [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 1, 6)]
    sums = [0.0, 0.0, 0.0]

    def line(first: str, second: str, amount: float, column: int, receiver: str) -> None:
        cells = ["–", "–", "–"]
        cells[column] = num(amount, doc.lang)
        sums[column] += amount
        rows.append([str(sum(1 for x in rows if x[0] and x[0].isdigit()) + 1), first, second, *cells, receiver])

    if vi:
        hazardous = [{"code": c, "name": n, "hazardous": True, "kg": r.randint(4, 180) * 10} for c, n, _ in r.sample(vocab.VN_CTNH, 3)]
        groups = _list(doc, "w1.groups")
        _span(rows, merges, groups[0], 7)
        for w in hazardous:
            line(w["name"], w["code"], w["kg"], 0, _t(doc, "w1.hazardous"))
        expect_vn(doc, hazardous)
        _span(rows, merges, groups[1], 7)
        for wname, column, receiver in r.sample(VI_ORDINARY, 3):
            kg = r.randint(2, 400) * 100
            line(wname, "–", kg, column, receiver)
            doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": kg / 1000, "name_contains": wname})
    else:
        low = {c: (ru, kk) for c, ru, kk in vocab.LOW}
        plain = _list(doc, "w1.plain")
        items = list(AGRO_WASTES[which])
        for code, span in r.sample(COMMON, 3):
            receiver = _t(doc, "w1.hazardous") if code.endswith("*") else plain[0] if code == "20 03 01" else plain[1]
            items.append((code, *low[code], 0, span, receiver, receiver))
        items.sort(key=lambda w: (not w[0].endswith("*"), w[0]))
        for code, ru, kk, column, (lo, hi), to_ru, to_kk in items:
            wname, receiver = (ru, to_ru) if doc.lang == "ru" else (kk, to_kk)
            t = rate(r, lo, hi, 3)
            line(code, wname, t, column, receiver)
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": wname})
    rows.append(["", _t(doc, "w1.total"), None, *(num(round(x, 3), doc.lang) if x else "–" for x in sums), ""])
    merges.append((len(rows) - 1, 1, len(rows) - 1, 2))
    doc.table(_t(doc, "w1.caption"), rows, merges, role="wastes")
    maybe_distractor(doc)


# places of formation of a dairy (KZ) with their wastes: (RU place, KK place, [(code, t low, t high)], handling index)
DAIRY_PLACES = (
    ("Аппаратный цех (приемка и переработка молока)", "Аппарат цехы (сүтті қабылдау және өңдеу)", (("02 05 01", 5, 40), ("15 01 10*", 0.2, 1.5)), 0),
    ("Локальные очистные сооружения", "Жергілікті тазарту құрылыстары", (("02 05 02", 40, 300),), 2),
    ("Котельная", "Қазандық", (("10 01 01", 80, 600),), 2),
    ("Автотранспортный участок", "Автокөлік учаскесі", (("13 02 05*", 0.4, 3), ("16 01 07*", 0.05, 0.4), ("16 01 03", 1, 6)), 0),
    ("Административно-бытовой корпус", "Әкімшілік-тұрмыстық корпус", (("20 03 01", 8, 40), ("20 01 21*", 0.01, 0.09)), 1),
    ("Склад готовой продукции", "Дайын өнім қоймасы", (("15 01 01", 2, 25), ("15 01 02", 1, 12)), 3),
)  # fmt: skip
EXTRA_LOW = {
    "02 05 01": ("Молочная продукция, непригодная для потребления или переработки", "Тұтынуға немесе өңдеуге жарамсыз сүт өнімдері"),
    "02 05 02": ("Осадок очистки сточных вод на предприятии", "Кәсіпорында ағынды суларды тазартудан шыққан тұнба"),
    "10 01 01": ("Золошлаковые отходы котельной", "Қазандықтың күл-қож қалдықтары"),
}
TEXT |= {
    "w2.title": ("Раздел «Охрана окружающей среды» к рабочему проекту реконструкции молочного завода «Ақ Бұлақ»",
                 "«Ақ Бұлақ» сүт зауытын қайта құрудың жұмыс жобасына «Қоршаған ортаны қорғау» бөлімі",
                 "BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN TRANG TRẠI CHĂN NUÔI HEO NÁI PHÚ AN"),
    "w2.h": ("6.2. Виды и количество отходов", "6.2. Қалдықтардың түрлері мен мөлшері", "3.1.1.3. Tác động do chất thải rắn"),
    "w2.p": ("Отходы по местам образования после реконструкции (код – по Классификатору отходов):",
             "Қайта құрудан кейін түзілу орындары бойынша қалдықтар (коды – Қалдықтар сыныптауышы бойынша):",
             "Chất thải rắn phát sinh khi trang trại đi vào hoạt động ổn định được dự báo theo từng khu vực như sau:"),
    "w2.head": ("№|Место образования отходов|Наименование отхода (код) – количество, т/год|Обращение",
                "№|Қалдықтардың түзілу орны|Қалдықтың атауы (коды) – мөлшері, т/жыл|Қалдықтармен жұмыс",
                "TT|Khu vực phát sinh|Chất thải rắn thông thường|Chất thải nguy hại (mã CTNH)|Biện pháp quản lý"),
    "w2.handling": ("накопление не более 6 месяцев, передача по договору специализированной организации|вывоз на полигон ТБО по договору|"
                    "передача по договору на утилизацию|сдача в пункты приема вторсырья",
                    "6 айдан аспай жинақтау, шарт бойынша мамандандырылған ұйымға беру|шарт бойынша ҚТҚ полигонына шығару|"
                    "кәдеге жарату үшін шарт бойынша беру|қайталама шикізат қабылдау пункттеріне тапсыру",
                    ""),
    "w2.caption": ("Таблица 6.3 – Отходы производства и потребления по местам образования", "6.3-кесте – Түзілу орындары бойынша өндіріс және тұтыну қалдықтары",
                   "Bảng 3.14. Dự báo chất thải rắn phát sinh theo khu vực"),
}  # fmt: skip
# VI: a pig farm's places, their ordinary wastes (name, t low, t high), their hazardous wastes (code, kg low, kg high), the handling
PIG_PLACES = (
    ("Khu chuồng nuôi", (("Phân heo sau máy tách ép", 900, 2600), ("Xác heo chết, nhau thai", 8, 30)), (),
     "Phân ủ hoai làm phân bón; xác heo xử lý bằng lò đốt tại trại"),
    ("Khu xử lý nước thải, hầm biogas", (("Bùn thải từ hệ thống xử lý nước thải", 40, 160),), (), "Phơi khô, ủ làm phân bón"),
    ("Kho thuốc thú y, hóa chất sát trùng", (("Bao bì giấy, nhựa đựng thức ăn chăn nuôi", 2, 9),), (("18 01 03", 60, 400), ("18 02 01", 20, 150)),
     "Lưu giữ tại kho CTNH, chuyển giao cho đơn vị có chức năng"),
    ("Khu văn phòng, nhà ở công nhân", (("Chất thải rắn sinh hoạt", 6, 25),), (("16 01 06", 10, 60),),
     "Hợp đồng thu gom với Công ty CP Môi trường Bình Dương Xanh"),
    ("Xưởng cơ khí, máy phát điện", (), (("17 02 03", 60, 300), ("19 06 01", 40, 200)), "Lưu giữ tại kho CTNH, chuyển giao cho đơn vị có chức năng"),
)  # fmt: skip


def wastes_k2(doc: Doc) -> None:
    """The wastes of each place of formation listed in one cell, one per line as `name (code) – amount`, the unit only
    in the header, under a dairy's reconstruction project; hazardous ones marked by the star of the code, the handling
    in the last column (VI: a pig farm's ĐTM, ordinary and hazardous wastes of a place in two columns, each line with
    `tấn/năm` or `kg/năm`, the CTNH code in brackets, a dash where a place forms none of a kind)."""
    r = doc.rng
    vi = doc.lang == "vi"
    doc.h(_t(doc, "w2.title"))
    doc.h(_t(doc, "w2.h"))
    doc.p(_t(doc, "w2.p"))
    rows = [_row(doc, "w2.head")]
    if vi:
        ctnh = {c: n for c, n, _ in vocab.VN_CTNH}
        places = [PIG_PLACES[0], *r.sample(PIG_PLACES[1:], 3)]
        for k, (place, plain, hazardous, how) in enumerate(places, 1):
            lines_plain, lines_haz = [], []
            for wname, lo, hi in plain:
                t = rate(r, lo, hi, 3)
                lines_plain.append(f"{wname} – {num(t, 'vi')} tấn/năm")
                doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": wname})
            for code, lo, hi in hazardous:
                kg = r.randint(lo, hi)
                lines_haz.append(f"{ctnh[code]} ({code}) – {num(kg, 'vi')} kg/năm")
                doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": ctnh[code]})
            rows.append([str(k), place, "\n".join(lines_plain) or "–", "\n".join(lines_haz) or "–", how])
        doc.table(_t(doc, "w2.caption"), rows, role="wastes")
        maybe_distractor(doc)
        return
    low = {c: (ru, kk) for c, ru, kk in vocab.LOW} | EXTRA_LOW
    handling = _list(doc, "w2.handling")
    places = [DAIRY_PLACES[0], *r.sample(DAIRY_PLACES[1:], 3)]
    for k, (ru, kk, items, how) in enumerate(places, 1):
        lines = []
        for code, lo, hi in items:
            wname = low[code][0 if doc.lang == "ru" else 1]
            t = rate(r, lo, hi, 3)
            lines.append(f"{wname} ({code}) – {num(t, doc.lang)}")
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": wname})
        rows.append([str(k), ru if doc.lang == "ru" else kk, "\n".join(lines), handling[how]])
    doc.table(_t(doc, "w2.caption"), rows, role="wastes")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

TEXT |= {
    "l1.title": ("Отчет по программе производственного экологического контроля за III квартал 2025 года. {name}",
                 "2025 жылғы III тоқсандағы өндірістік экологиялық бақылау бағдарламасы бойынша есеп. {name}",
                 "BÁO CÁO KẾT QUẢ QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ ĐỢT 3 NĂM 2025 – {name}"),
    "l1.h": ("3. Мониторинг воздействия на атмосферный воздух", "3. Атмосфералық ауаға әсер мониторингі", "2.2. Kết quả quan trắc không khí xung quanh"),
    "l1.p": ("В период приемки и сушки зерна на границе санитарно-защитной зоны контролировались взвешенные частицы (код 2902); ПДК м.р. – 0,5 мг/м3. "
             "Точки отбора: Т-1 – север, 300 м от зерносушилки; Т-2 – восток; Т-3 – юг, со стороны с. Зеренда.",
             "Астықты қабылдау және кептіру кезеңінде санитариялық-қорғау аймағының шекарасында қалқыма бөлшектер (коды 2902) бақыланды; ШЖК м.б. – 0,5 мг/м3. "
             "Сынама алу нүктелері: Т-1 – солтүстік, астық кептіргіштен 300 м; Т-2 – шығыс; Т-3 – оңтүстік, Зеренді ауылы жағы.",
             "Trong mùa thu hoạch lúa, nhà máy quan trắc thông số bụi tổng (TSP) tại 03 vị trí: KK1 – cổng nhà máy; KK2 – khu vực lò sấy lúa; "
             "KK3 – khu dân cư ấp Tân Hòa, cách hàng rào 200 m về phía Tây. Giá trị giới hạn theo QCVN 05:2023/BTNMT: 300 µg/m3."),
    "l1.head": ("Дата отбора|Метеоусловия|^|^|Концентрация, мг/м3|^|^",
                "Сынама алынған күн|Метеожағдайлар|^|^|Концентрациясы, мг/м3|^|^",
                "Ngày quan trắc|Điều kiện vi khí hậu|^|^|Nồng độ bụi tổng (µg/m3)|^|^"),
    "l1.sub": ("^|направление ветра|скорость ветра, м/с|температура, °С|Т-1|Т-2|Т-3",
               "^|жел бағыты|жел жылдамдығы, м/с|температура, °С|Т-1|Т-2|Т-3",
               "^|Hướng gió|Tốc độ gió (m/s)|Nhiệt độ (°C)|KK1|KK2|KK3"),
    "l1.winds": ("С|СВ|В|ЮВ|Ю|ЮЗ|З|СЗ", "С|СШ|Ш|ОШ|О|ОБ|Б|СБ", "Bắc|Đông Bắc|Đông|Đông Nam|Nam|Tây Nam|Tây|Tây Bắc"),
    "l1.caption": ("Таблица 3.1 – Результаты замеров на границе СЗЗ", "3.1-кесте – СҚА шекарасындағы өлшеу нәтижелері",
                   "Bảng 2.3. Kết quả quan trắc bụi tổng trong không khí xung quanh"),
    "l1.after": ("Превышений ПДК м.р. не зафиксировано. Замеры выполнены аккредитованной лабораторией ТОО «Экоаналитика».",
                 "ШЖК м.б. асып кету тіркелген жоқ. Өлшеулерді «Экоаналитика» ЖШС аккредиттелген зертханасы жүргізді.",
                 "Nhận xét: nồng độ bụi tổng tại các vị trí quan trắc đều nằm trong giới hạn cho phép của QCVN 05:2023/BTNMT."),
}  # fmt: skip


def limits_k1(doc: Doc) -> None:
    """One substance at the boundary of a grain elevator's protection zone: a row per sampling date, the weather (wind
    direction and speed, temperature) under a merged `Метеоусловия`, then the three points as sub-columns under a
    merged `Концентрация, мг/м3`; the substance, its ПДК м.р. and the points only in the sentence before (VI: a rice
    mill's total dust in µg/m3 at KK1–KK3, the QCVN 05:2023 value in the sentence)."""
    r = doc.rng
    vi = doc.lang == "vi"
    name = _firm(doc, 1 if vi else 3)[0]
    doc.h(_t(doc, "l1.title").format(name=name.upper() if vi else name))
    doc.h(_t(doc, "l1.h"))
    doc.p(_t(doc, "l1.p"))
    rows = [_row(doc, "l1.head"), _row(doc, "l1.sub")]
    merges = [(0, 0, 1, 0), (0, 1, 0, 3), (0, 4, 0, 6)]
    points = rows[1][4:]
    lim, unit = (300, "µg/m3") if vi else (0.5, "mg/m3")
    column = doc.v("м.р.", "м.б.", None)
    winds = _list(doc, "l1.winds")
    month = r.choice((8, 9)) if not vi else r.choice((3, 9))
    days = sorted(r.sample(range(2, 29), r.randint(4, 6)))
    for day in days:
        when = f"{day:02d}/{month:02d}/2025" if vi else f"{day:02d}.{month:02d}.2025"
        weather = [r.choice(winds), num(round(r.uniform(0.8, 6.5), 1), doc.lang), num(round(r.uniform(8, 31) if not vi else r.uniform(26, 35), 1), doc.lang)]
        values = [_sig(lim * r.uniform(0.12, 0.9)) for _ in points]
        rows.append([when, *weather, *(num(v, doc.lang) for v in values)])
        for p, v in zip(points, values, strict=True):
            add(doc, limit(("code", "2902"), "air", lim, unit, column, p, v))
    doc.table(_t(doc, "l1.caption"), rows, merges, role="limits")
    doc.p(_t(doc, "l1.after"))
    maybe_distractor(doc)


TEXT |= {
    "l2.title": ("Экологическое разрешение на воздействие. Приложение 3. Нормативы качества, контролируемые оператором",
                 "Әсер етуге экологиялық рұқсат. 3-қосымша. Оператор бақылайтын сапа нормативтері",
                 "BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG – CHƯƠNG 1. 1.4. CÁC QUY CHUẨN, TIÊU CHUẨN ÁP DỤNG"),
    "l2.p": ("Оператор: {op} ({name}). Нормативы применяются при производственном экологическом контроле.",
             "Оператор: {op} ({name}). Нормативтер өндірістік экологиялық бақылау кезінде қолданылады.",
             "Dự án: {name}. Chủ dự án: {op}. Các quy chuẩn áp dụng trong quá trình vận hành như sau:"),
    "l2.head": ("№|Показатель|Ед. изм.|Норматив|Нормативный документ", "№|Көрсеткіш|Өлш. бірл.|Норматив|Нормативтік құжат",
                "TT|Thông số|Đơn vị|Giá trị giới hạn|Ghi chú"),
    "l2.air": ("1. Атмосферный воздух на границе СЗЗ (ПДК м.р.)", "1. СҚА шекарасындағы атмосфералық ауа (ШЖК м.б.)",
               "B. Khí thải lò hơi – QCVN 19:2009/BTNMT, cột B"),
    "l2.water": ("2. Сточные воды, выпуск № 1 в пруд-накопитель (допустимая концентрация)", "2. Ағынды сулар, жинақтағыш тоғанға № 1 шығарылым (рұқсат етілген концентрация)",
                 "A. Nước thải sau xử lý, trước khi đấu nối vào hệ thống thu gom của KCN – QCVN 40:2011/BTNMT, cột B"),
    "l2.soil": ("3. Почва на территории промплощадки (ПДК)", "3. Өнеркәсіптік алаң аумағындағы топырақ (ШЖК)",
                "C. Nước dưới đất tại giếng khoan khai thác – QCVN 09:2023/BTNMT"),
    "l2.units": ("мг/м3|мг/дм3|ед. pH|мг/кг", "мг/м3|мг/дм3|pH бірл.|мг/кг", "mg/Nm3|mg/l|-|mg/l"),
    "l2.docs": ("Гигиенические нормативы к атмосферному воздуху (приказ МЗ РК № ҚР ДСМ-70 от 02.08.2022)|Проект НДС, утв. 2025 г.|"
                "Гигиенические нормативы к безопасности среды обитания (приказ МЗ РК № ҚР ДСМ-32 от 21.04.2021)",
                "Атмосфералық ауаға гигиеналық нормативтер (ҚР ДСМ 02.08.2022 № ҚР ДСМ-70 бұйрығы)|РЕТН жобасы, 2025 ж. бекітілген|"
                "Тіршілік ортасының қауіпсіздігіне гигиеналық нормативтер (ҚР ДСМ 21.04.2021 № ҚР ДСМ-32 бұйрығы)",
                "Lò hơi đốt củi trấu 6 tấn hơi/giờ|Theo thỏa thuận đấu nối với Ban quản lý KCN|Giếng khoan GK1, GK2"),
    "l2.caption": ("Таблица 1", "1-кесте", "Bảng 1.6. Giá trị giới hạn của các quy chuẩn áp dụng"),
}  # fmt: skip


def limits_k2(doc: Doc) -> None:
    """The limits of three media in one table of a КЭР's annex: numbered group rows spanning the table name the medium
    and the kind of norm (`1. Атмосферный воздух на границе СЗЗ (ПДК м.р.)`, `2. Сточные воды … (допустимая
    концентрация)`, `3. Почва … (ПДК)`), items numbered 1.1, 2.1 …, the unit per row, the norm and the normative
    document (VI: an ĐTM's applied standards — waste water to QCVN 40 column B, boiler gas to QCVN 19 column B and
    groundwater to QCVN 09:2023 under lettered group rows, the column named only in the group row)."""
    r = doc.rng
    vi = doc.lang == "vi"
    which = r.choice((3, 0)) if vi else r.choice((0, 2))
    name, operator, *_ = _firm(doc, which)
    doc.h(_t(doc, "l2.title"))
    doc.p(_t(doc, "l2.p").format(op=operator, name=name))
    rows, merges = [_row(doc, "l2.head")], []
    units = _list(doc, "l2.units")
    docs = _list(doc, "l2.docs")
    if vi:
        gas, water, ph, ground = units
        _span(rows, merges, _t(doc, "l2.water"), 5)
        pool = ["BOD5", "COD", "TSS", "NH4+", "TN", "TP"]
        for k, s in enumerate(["pH", *sorted(r.sample(pool, 4), key=pool.index)], 1):
            lim = QCVN40[s][1]
            rows.append([str(k), vocab.water(s, "vi"), ph if s == "pH" else water, cell(doc, lim), docs[1] if k == 1 else ""])
            add(doc, limit(("symbol", s), "waste_water", lim, "mg/l", "B"))
        _span(rows, merges, _t(doc, "l2.air"), 5)
        for k, c in enumerate(("2902", "0330", "0301", "0337"), 1):
            lim = QCVN19[c][1]
            rows.append([str(k), vocab.air(c, "vi", 0 if c == "2902" else r.randrange(2)), gas, num(lim, "vi"), docs[0] if k == 1 else ""])
            add(doc, limit(("code", c), "flue_gas", lim, "mg/Nm3", "B"))
        _span(rows, merges, _t(doc, "l2.soil"), 5)
        pool = ["TDS", "NH4+", "NO3-", "Cl-", "Fe", "Mn"]
        for k, s in enumerate(["pH", *sorted(r.sample(pool, 3), key=pool.index)], 1):
            lim = GROUND_VN[s]
            rows.append([str(k), vocab.water(s, "vi"), ph if s == "pH" else ground, cell(doc, lim), docs[2] if k == 1 else ""])
            add(doc, limit(("symbol", s), "water", lim, "mg/l"))
        doc.table(_t(doc, "l2.caption"), rows, merges, role="limits")
        return
    mg_air, mg_water, ph, mg_soil = units
    column = doc.v("м.р.", "м.б.", "")
    _span(rows, merges, _t(doc, "l2.air"), 5)
    pool = ["0301", "0330", "0337", "0303", "0333", "2902"]
    for k, c in enumerate(sorted(r.sample(pool, 4), key=pool.index), 1):
        lim = AIR_PDK[c][0]
        rows.append([f"1.{k}", vocab.air(c, doc.lang), mg_air, num(lim, doc.lang), docs[0]])
        add(doc, limit(("code", c), "air", lim, "mg/m3", column))
    _span(rows, merges, _t(doc, "l2.water"), 5)
    pool = ["BOD5", "COD", "TSS", "NH4+", "Cl-", "SO4", "Surfactants"]
    for k, s in enumerate(["pH", *sorted(r.sample(pool, 4), key=pool.index)], 1):
        lim = DISCHARGE[s]
        rows.append([f"2.{k}", vocab.water(s, doc.lang), ph if s == "pH" else mg_water, cell(doc, lim), docs[1]])
        add(doc, limit(("symbol", s), "waste_water", lim, "mg/l"))
    _span(rows, merges, _t(doc, "l2.soil"), 5)
    pool = ["Pb", "Zn", "Cu", "Ni", "Co", "Cr"]
    for k, s in enumerate(sorted(r.sample(pool, 3), key=pool.index), 1):
        lim = SOIL_PDK[s]
        rows.append([f"3.{k}", vocab.soil(s, doc.lang), mg_soil, num(lim, doc.lang), docs[2]])
        add(doc, limit(("symbol", s), "soil", lim, "mg/kg"))
    doc.table(_t(doc, "l2.caption"), rows, merges, role="limits")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

TEXT |= {
    "m1.title": ("Программа производственного экологического контроля сахарного завода «Мерке Кант» на 2026–2030 годы",
                 "«Мерке Қант» қант зауытының 2026–2030 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы",
                 "CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG – NHÀ MÁY ĐƯỜNG SƠN HÒA XANH"),
    "m1.p": ("Завод работает сезонно: переработка сахарной свеклы ведется с сентября по январь, в межсезонье работают котельная и цех переработки сахара-сырца. "
             "Периодичность контроля установлена отдельно для сезона переработки и для межсезонья.",
             "Зауыт маусымдық жұмыс істейді: қант қызылшасын өңдеу қыркүйектен қаңтарға дейін жүргізіледі, маусымаралық кезеңде қазандық және шикі қантты өңдеу цехы жұмыс істейді. "
             "Бақылау кезеңділігі өңдеу маусымы мен маусымаралық кезең үшін бөлек белгіленген.",
             "Nhà máy hoạt động theo mùa vụ: vụ ép mía kéo dài từ tháng 12 đến tháng 4 năm sau; ngoài vụ ép chỉ vận hành kho đường và hệ thống xử lý nước thải. "
             "Tần suất quan trắc được quy định riêng cho thời gian trong vụ ép và ngoài vụ ép."),
    "m1.head": ("№|Объект контроля (источник, точка)|Контролируемые вещества и показатели|Периодичность контроля|Метод контроля",
                "№|Бақылау объектісі (көз, нүкте)|Бақыланатын заттар мен көрсеткіштер|Бақылау кезеңділігі|Бақылау әдісі",
                "TT|Ký hiệu|Vị trí quan trắc|Thông số quan trắc|Tần suất"),
    "m1.codes": ("коды ЗВ: {c}", "ЛЗ кодтары: {c}", ""),
    "m1.sources": ("ИЗА 0001 – дымовая труба ТЭЦ|ИЗА 0002 – жомосушильный барабан|ИЗА 0003 – известково-газовая печь|ИЗА 6001 – склад угля",
                   "АЛК 0001 – ЖЭО түтін мұржасы|АЛК 0002 – жом кептіру барабаны|АЛК 0003 – әк-газ пеші|АЛК 6001 – көмір қоймасы", ""),
    "m1.points": ("Т-1 – граница СЗЗ, север|Т-2 – граница СЗЗ, юг (жилая зона с. Мерке)|Н-1 – наблюдательная скважина у полей фильтрации",
                  "Т-1 – СҚА шекарасы, солтүстік|Т-2 – СҚА шекарасы, оңтүстік (Мерке ауылының тұрғын аймағы)|Н-1 – сүзу алқаптары маңындағы бақылау ұңғымасы",
                  "NT1|Nước thải sau hệ thống xử lý tập trung, trước khi xả ra suối Cái;KT1|Ống khói lò hơi đốt bã mía số 1;KT2|Ống khói lò hơi đốt bã mía số 2;"
                  "KK1|Khu vực bãi chứa bùn lọc, cuối hướng gió"),
    "m1.season": ("в сезон переработки – {a};\nв межсезонье – {b}", "өңдеу маусымында – {a};\nмаусымаралық кезеңде – {b}", "Trong vụ ép: {a};\nNgoài vụ ép: {b}"),
    "m1.off": ("не проводится (источник не работает)", "жүргізілмейді (көз жұмыс істемейді)", "không quan trắc (lò hơi dừng hoạt động)"),
    "m1.monthly": ("ежемесячно", "ай сайын", "01 tháng/lần"),
    "m1.quarterly": ("1 раз в квартал", "тоқсанына 1 рет", "03 tháng/lần"),
    "m1.semiannual": ("2 раза в год (апрель, октябрь)", "жылына 2 рет (сәуір, қазан)", "06 tháng/lần"),
    "m1.methods": ("инструментальный|расчетный|лабораторный", "аспаптық|есептік|зертханалық", ""),
    "m1.caption": ("Таблица 5 – План-график производственного экологического контроля", "5-кесте – Өндірістік экологиялық бақылаудың жоспар-кестесі",
                   "Bảng 4. Chương trình quan trắc môi trường định kỳ"),
}  # fmt: skip
# KZ: (index of m1.sources or None for a point, codes, season word, off-season word or None)
SUGAR_ROWS = (
    (0, ("0301", "0304", "0330", "0337", "2908"), "monthly", "quarterly"),
    (1, ("0301", "0337", "2908"), "monthly", None),
    (2, ("0337", "0301", "2908"), "quarterly", None),
    (3, ("2908",), "semiannual", "semiannual"),
)


def monitoring_k1(doc: Doc) -> None:
    """A seasonal plant's programme: the frequency cell gives one frequency for the processing season and another for
    the rest of the year on two lines (`в сезон переработки – ежемесячно; в межсезонье – 1 раз в квартал`), or says the
    source does not work then; sources written `ИЗА 0001 – …`, their substances as bare codes (`коды ЗВ: 0301, 0304`),
    points at the boundary of the protection zone, a well with water parameters by name (VI: a sugar mill's programme,
    `Trong vụ ép: … / Ngoài vụ ép: …`, point codes in their own column)."""
    r = doc.rng
    vi = doc.lang == "vi"
    doc.h(_t(doc, "m1.title"))
    doc.p(_t(doc, "m1.p"))
    rows = [_row(doc, "m1.head")]
    say = {w: _t(doc, f"m1.{w}") for w in ("monthly", "quarterly", "semiannual")}

    def when(season: str, off: str | None) -> str:
        if season == off == "semiannual":
            return say["semiannual"]
        return _t(doc, "m1.season").format(a=say[season], b=say[off] if off else _t(doc, "m1.off"))

    if vi:
        points = [x.split("|") for x in _t(doc, "m1.points").split(";")]
        water = ["pH", *sorted(r.sample(["BOD5", "COD", "TSS", "TN", "TP", "Coliform"], 4), key=list(vocab.WATER).index)]
        plan = [(points[0], [("symbol", s) for s in water], "monthly", "quarterly"),
                (points[1], [("code", c) for c in ("2902", "0330", "0301", "0337")], "quarterly", None),
                (points[2], [("code", c) for c in ("2902", "0330", "0301", "0337")], "quarterly", None),
                (points[3], [("code", "0303"), ("code", "0333")], "semiannual", "semiannual")]
        for k, ((code, place), keys, season, off) in enumerate(plan, 1):
            names = [vocab.water(x, "vi") if kind == "symbol" else vocab.air(x, "vi", 0 if x == "2902" else r.randrange(2)) for kind, x in keys]
            rows.append([str(k), code, place, ", ".join(names), when(season, off)])
            for word in {season, off} - {None}:
                doc.add("monitoring", *({"point": code, kind: x, "frequency": word} for kind, x in keys))
        doc.table(_t(doc, "m1.caption"), rows, role="monitoring")
        maybe_distractor(doc)
        return
    sources = _list(doc, "m1.sources")
    instrumental, calculated, laboratory = _list(doc, "m1.methods")
    n = 0
    for index, codes, season, off in SUGAR_ROWS:
        n += 1
        label = sources[index]
        number = label.split()[1]
        keep = codes if len(codes) < 4 else codes[: r.randint(4, len(codes))]
        method = calculated if number.startswith("6") else instrumental
        rows.append([str(n), label, _t(doc, "m1.codes").format(c=", ".join(keep)), when(season, off), method])
        for word in {season, off} - {None}:
            doc.add("monitoring", *({"source_number": number, "code": c, "frequency": word} for c in keep))
    points = _list(doc, "m1.points")
    air = sorted(r.sample(["0301", "0330", "0337", "2908", "0303"], 4))
    for p in points[:2]:
        n += 1
        rows.append([str(n), p, _t(doc, "m1.codes").format(c=", ".join(air)), when("monthly", "quarterly"), instrumental])
        for word in ("monthly", "quarterly"):
            doc.add("monitoring", *({"point": p.split()[0], "code": c, "frequency": word} for c in air))
    water = ["pH", *sorted(r.sample(["COD", "BOD5", "TSS", "NH4+", "Cl-", "SO4", "TDS"], 4), key=list(vocab.WATER).index)]
    n += 1
    rows.append([str(n), points[2], ", ".join(vocab.water(s, doc.lang) for s in water), when("semiannual", "semiannual"), laboratory])
    doc.add("monitoring", *({"point": "Н-1", "symbol": s, "frequency": "semiannual"} for s in water))
    doc.table(_t(doc, "m1.caption"), rows, role="monitoring")
    maybe_distractor(doc)


TEXT |= {
    "m2.title": ("Программа производственного экологического контроля свиноводческого комплекса «Тобыл». Раздел 4. Мониторинг подземных вод",
                 "«Тобыл» шошқа өсіру кешенінің өндірістік экологиялық бақылау бағдарламасы. 4-бөлім. Жерасты суларының мониторингі",
                 "KẾ HOẠCH QUẢN LÝ MÔI TRƯỜNG – NHÀ MÁY BIA SÔNG LAM XANH. 3. Chương trình quan trắc nước thải và nước dưới đất"),
    "m2.p": ("Наблюдательная сеть включает четыре скважины: Н-1 – фоновая, выше по потоку подземных вод; Н-2 и Н-3 – ниже лагун-накопителей навозных стоков; "
             "Н-4 – на участке поля орошения.",
             "Бақылау желісі төрт ұңғымадан тұрады: Н-1 – фондық, жерасты суларының ағыны бойынша жоғары; Н-2 және Н-3 – көң ағындарын жинайтын лагуналардан төмен; "
             "Н-4 – суару алқабы учаскесінде.",
             "Nước thải của nhà máy được xử lý tại trạm xử lý công suất 2.500 m3/ngày đêm trước khi đấu nối vào hệ thống thu gom của KCN Nam Cấm; "
             "nhà máy khai thác nước dưới đất tại giếng khoan GK1."),
    "m2.head": ("Скважина|Расположение|Определяемые показатели|", "Ұңғыма|Орналасуы|Анықталатын көрсеткіштер|",
                "Ký hiệu|Vị trí|Thông số quan trắc|"),
    "m2.level": ("Уровень воды", "Су деңгейі", "Lưu lượng"),
    "m2.where": ("фоновая, 600 м выше комплекса|150 м ниже лагуны № 1|150 м ниже лагуны № 2|поле орошения, участок № 3",
                 "фондық, кешеннен 600 м жоғары|№ 1 лагунадан 150 м төмен|№ 2 лагунадан 150 м төмен|суару алқабы, № 3 учаске",
                 "Nước thải đầu vào trạm xử lý (bể gom)|Nước thải sau xử lý, trước khi đấu nối vào KCN|Giếng khoan khai thác GK1"),
    "m2.legend": ("Условные обозначения: М – ежемесячно; К – 1 раз в квартал; П – 1 раз в полугодие; «–» – не определяется.",
                  "Шартты белгілер: А – ай сайын; Т – тоқсанына 1 рет; Ж – жарты жылда 1 рет; «–» – анықталмайды.",
                  "Ký hiệu: LT – quan trắc tự động, liên tục; T – 01 tháng/lần; Q – 03 tháng/lần; 6T – 06 tháng/lần; (-) – không quan trắc."),
    "m2.letters": ("М|К|П", "А|Т|Ж", "T|Q|6T"),
    "m2.caption": ("Таблица 4.1 – Периодичность определения показателей в наблюдательных скважинах", "4.1-кесте – Бақылау ұңғымаларында көрсеткіштерді анықтау кезеңділігі",
                   "Bảng 3.1. Vị trí, thông số và tần suất quan trắc"),
}  # fmt: skip
WELL_PARAMS = ("pH", "NH4+", "NO3-", "NO2-", "Cl-", "SO4", "TDS")
# VI: the brewery's points and the frequency of each parameter there (None: not monitored)
BREWERY = (
    ("NT1", {"BOD5": "semiannual", "COD": "semiannual", "TSS": "semiannual"}),
    ("NT2", {"pH": "continuous", "BOD5": "quarterly", "COD": "continuous", "TSS": "continuous", "NH4+": "quarterly", "TN": "quarterly",
             "TP": "quarterly", "Coliform": "monthly"}),
    ("NN1", {"pH": "semiannual", "NH4+": "semiannual", "Coliform": "semiannual"}),
)  # fmt: skip
VI_PARAMS = ("pH", "BOD5", "COD", "TSS", "NH4+", "TN", "TP", "Coliform")


def monitoring_k2(doc: Doc) -> None:
    """A matrix of wells by parameters around a pig complex's manure lagoons: a row per well with its place, a column per
    parameter under a merged `Определяемые показатели`, each cell a letter (`М`, `К`, `П`) or a dash, a water-level
    column that is no substance; the letters explained under the table (VI: a brewery's inlet, outlet and well as rows,
    `LT` for the automatic continuous station, `T`, `Q`, `6T`, a flow column)."""
    r = doc.rng
    vi = doc.lang == "vi"
    doc.h(_t(doc, "m2.title"))
    doc.p(_t(doc, "m2.p"))
    head = _row(doc, "m2.head")[:3]
    where = _list(doc, "m2.where")
    letters = dict(zip(("monthly", "quarterly", "semiannual"), _list(doc, "m2.letters"), strict=True))
    if vi:
        letters["continuous"] = "LT"
        params = list(VI_PARAMS)
        wells = BREWERY
    else:
        params = ["pH", *r.sample(WELL_PARAMS[1:], 5)]
        params.sort(key=WELL_PARAMS.index)
        wells = []
        for k in range(1, 5):
            if k == 1:
                plan = {p: "semiannual" for p in params}
            else:
                base = "quarterly" if k < 4 else r.choice(("quarterly", "semiannual"))
                plan = {p: base for p in params}
                if k < 4:
                    for p in r.sample([p for p in params if p in ("NH4+", "NO3-", "NO2-")] or params[1:], 1):
                        plan[p] = "monthly"
                for p in r.sample(params[1:], 1 if k < 4 else 2):
                    plan[p] = None
            wells.append((f"Н-{k}", plan))
    names = [vocab.water(p, doc.lang) for p in params]
    top = [*head[:2], head[2], *([None] * len(params))]
    sub = [None, None, _t(doc, "m2.level"), *names]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 2 + len(params))]
    rows = [top, sub]
    for (point, plan), place in zip(wells, where, strict=False):
        level = ("LT" if point == "NT2" else "–") if vi else letters["monthly"]
        cells = [letters[plan[p]] if plan.get(p) else "–" for p in params]
        rows.append([point, place, level, *cells])
        doc.add("monitoring", *({"point": point, "symbol": p, "frequency": plan[p]} for p in params if plan.get(p)))
    doc.table(_t(doc, "m2.caption"), rows, merges, role="monitoring")
    doc.p(_t(doc, "m2.legend"))
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

MONTHS = {
    "ru": ("Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август", "Сентябрь", "Октябрь", "Ноябрь", "Декабрь"),
    "kk": ("Қаңтар", "Ақпан", "Наурыз", "Сәуір", "Мамыр", "Маусым", "Шілде", "Тамыз", "Қыркүйек", "Қазан", "Қараша", "Желтоқсан"),
    "vi": tuple(f"Tháng {m}" for m in range(1, 13)),
}
FARM_UNITS = {
    "ru": ("Пометохранилище", "Биотермическая яма", "Котельная", "Площадка временного хранения отходов", "Отстойник-жироуловитель убойного цеха",
           "Склад ГСМ", "Дезинфекционный барьер на въезде", "Птичники № 1–8 (вентиляция)"),
    "kk": ("Саңғырық қоймасы", "Биотермиялық шұңқыр", "Қазандық", "Қалдықтарды уақытша сақтау алаңы", "Сою цехының тұндырғыш-май ұстағышы",
           "ЖЖМ қоймасы", "Кіреберістегі дезинфекциялық тосқауыл", "№ 1–8 құс қоралары (желдету)"),
    "vi": ("Hầm biogas", "Hồ sinh học", "Kho chứa chất thải nguy hại", "Khu ủ phân compost", "Hệ thống xử lý nước thải", "Lò đốt xác heo",
           "Khu vực chuồng nuôi", "Hố khử trùng tại cổng trại"),
}  # fmt: skip
TEXT |= {
    "i1.title": ("Календарный план внутренних проверок соблюдения экологических требований на 2026 год",
                 "2026 жылға арналған экологиялық талаптардың сақталуын ішкі тексерулердің күнтізбелік жоспары",
                 "LỊCH TỰ KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2026"),
    "i1.p": ("Утвержден приказом директора {op} от 05.01.2026 № 3-П. Проверки проводит инженер-эколог с участием руководителя проверяемого участка; результаты заносятся в журнал внутренних проверок.",
             "{op} директорының 05.01.2026 № 3-Б бұйрығымен бекітілген. Тексерулерді тексерілетін учаске басшысының қатысуымен инженер-эколог жүргізеді; нәтижелер ішкі тексерулер журналына енгізіледі.",
             "Ban hành kèm theo Quyết định số 03/QĐ-{short} ngày 05/01/2026 của Giám đốc {op}. Kết quả kiểm tra được ghi vào sổ theo dõi."),
    "i1.head": ("Месяц|Проверяемые участки и объекты|Ответственный|Отметка о проведении", "Ай|Тексерілетін учаскелер мен объектілер|Жауапты|Өткізілгені туралы белгі",
                "Tháng|Hạng mục, khu vực kiểm tra|Người thực hiện|Ghi chú"),
    "i1.who": ("инженер-эколог|инженер-эколог, главный ветврач", "инженер-эколог|инженер-эколог, бас ветдәрігер", "Cán bộ môi trường|Cán bộ môi trường, Trưởng trại"),
}  # fmt: skip


def inspections_k1(doc: Doc) -> None:
    """A calendar whose rows are the twelve months: the units checked that month listed in one cell, one per line, so a
    unit's frequency is read from the months it appears in — every month, every third month, twice a year six months
    apart, once; who checks and an empty mark column; under a heading and an approving sentence, no caption."""
    r = doc.rng
    vi = doc.lang == "vi"
    _, operator, *_ = _firm(doc, 2 if vi else 5)
    doc.h(_t(doc, "i1.title"))
    doc.p(_t(doc, "i1.p").format(op=operator, short="PA"))
    units = r.sample(FARM_UNITS[doc.lang], 5)
    words = ["monthly", "quarterly", "quarterly", "semiannual", "yearly"]
    r.shuffle(words)
    offsets = r.sample(range(3), 2)
    months: list[list[str]] = [[] for _ in range(12)]
    q = 0
    for unit, word in zip(units, words, strict=True):
        if word == "monthly":
            picked = range(12)
        elif word == "quarterly":
            picked = range(offsets[q], 12, 3)
            q += 1
        elif word == "semiannual":
            m = r.randrange(6)
            picked = (m, m + 6)
        else:
            picked = (r.randrange(12),)
        for m in picked:
            months[m].append(unit)
        doc.add("obligations", inspection(unit, word))
    who = _list(doc, "i1.who")
    rows = [_row(doc, "i1.head")]
    for m, listed in enumerate(months):
        order = sorted(listed, key=units.index)
        rows.append([MONTHS[doc.lang][m], ";\n".join(order) if order else "–", who[1] if len(order) > 2 else who[0], ""])
    doc.table(None, rows, role="inspections")
    distractor(doc, "approval")


TEXT |= {
    "i2.title": ("ПРИКАЗ № 12-ОС от 10.01.2026 «Об организации производственного экологического контроля»",
                 "10.01.2026 № 12-ҚО БҰЙРЫҚ «Өндірістік экологиялық бақылауды ұйымдастыру туралы»",
                 "QUYẾT ĐỊNH số 05/QĐ-TS ngày 10/01/2026 về việc phân công nhiệm vụ kiểm tra công tác bảo vệ môi trường"),
    "i2.p": ("В целях соблюдения требований Экологического кодекса Республики Казахстан при эксплуатации объекта {name} ПРИКАЗЫВАЮ: 1. Утвердить распределение обязанностей по внутренним проверкам (приложение 1). 2. Контроль за исполнением приказа оставляю за собой.",
             "{name} объектісін пайдалану кезінде Қазақстан Республикасы Экологиялық кодексінің талаптарын сақтау мақсатында БҰЙЫРАМЫН: 1. Ішкі тексерулер бойынша міндеттерді бөлуді бекіту (1-қосымша). 2. Бұйрықтың орындалуын бақылауды өзіме қалдырамын.",
             "Giám đốc {op} QUYẾT ĐỊNH: Điều 1. Phân công nhiệm vụ kiểm tra định kỳ công tác bảo vệ môi trường tại {name} theo Phụ lục kèm theo."),
    "i2.caption": ("Приложение 1. Распределение обязанностей по внутренним проверкам", "1-қосымша. Ішкі тексерулер бойынша міндеттерді бөлу",
                   "Phụ lục. Phân công nhiệm vụ kiểm tra"),
    "i2.head": ("№|Должность|Проверяемые объекты и периодичность проверок|Форма отчетности", "№|Лауазымы|Тексерілетін объектілер және тексеру кезеңділігі|Есептілік нысаны",
                "TT|Chức danh|Hạng mục kiểm tra và tần suất|Hình thức báo cáo"),
    "i2.report": ("запись в журнале|акт проверки|служебная записка на имя директора", "журналға жазба|тексеру актісі|директордың атына қызметтік жазба",
                  "Ghi sổ nhật ký|Biên bản kiểm tra|Báo cáo Giám đốc"),
    "i2.daily": ("ежедневно", "күн сайын", "hằng ngày"),
    "i2.weekly": ("еженедельно", "апта сайын", "hằng tuần"),
    "i2.monthly": ("ежемесячно", "ай сайын", "hằng tháng"),
    "i2.quarterly": ("1 раз в квартал", "тоқсанына 1 рет", "03 tháng/lần"),
    "i2.semiannual": ("1 раз в полугодие", "жарты жылда 1 рет", "06 tháng/lần"),
}  # fmt: skip
# (position, [(unit, frequency)]) of a meat-processing plant (KZ) and a seafood plant (VI)
DUTIES = {
    "ru": (("Инженер-эколог", (("Площадка временного хранения отходов", "weekly"), ("Локальные очистные сооружения", "monthly"),
                               ("Склад химреагентов", "quarterly"))),
           ("Главный энергетик", (("Аммиачная холодильная установка", "daily"), ("Котельная (золоуловитель)", "monthly"))),
           ("Начальник цеха убоя и первичной переработки", (("Жироловки и трапы цеха убоя", "daily"),)),
           ("Заместитель директора по производству", (("Санитарно-защитная зона (озеленение, состояние территории)", "semiannual"),
                                                     ("Загон предубойного содержания скота", "weekly")))),
    "kk": (("Инженер-эколог", (("Қалдықтарды уақытша сақтау алаңы", "weekly"), ("Жергілікті тазарту құрылыстары", "monthly"),
                               ("Химреагенттер қоймасы", "quarterly"))),
           ("Бас энергетик", (("Аммиак тоңазытқыш қондырғысы", "daily"), ("Қазандық (күл ұстағыш)", "monthly"))),
           ("Сою және алғашқы өңдеу цехының бастығы", (("Сою цехының май ұстағыштары мен траптары", "daily"),)),
           ("Директордың өндіріс жөніндегі орынбасары", (("Санитариялық-қорғау аймағы (көгалдандыру, аумақтың жай-күйі)", "semiannual"),
                                                         ("Малды сою алдында ұстау қорасы", "weekly")))),
    "vi": (("Cán bộ chuyên trách môi trường", (("Hệ thống xử lý nước thải", "daily"), ("Kho chứa chất thải nguy hại", "weekly"))),
           ("Quản đốc phân xưởng chế biến", (("Khu vực rửa, sơ chế nguyên liệu", "daily"), ("Bể tách mỡ", "weekly"))),
           ("Tổ trưởng tổ cơ điện", (("Hệ thống máy nén lạnh NH3", "weekly"), ("Lò hơi đốt củi trấu", "monthly"))),
           ("Phó Giám đốc sản xuất", (("Khu vực tập kết phế phẩm", "quarterly"), ("Hệ thống thoát nước mưa", "semiannual")))),
}  # fmt: skip


def inspections_k2(doc: Doc) -> None:
    """An order's annex distributing the checks: a row per position (the checker), the units it checks listed in one cell,
    each line `unit – frequency`, daily and weekly among them, the form of the report last; the order's text before
    (VI: a director's decision assigning checks at a seafood plant)."""
    r = doc.rng
    vi = doc.lang == "vi"
    name, operator, *_ = _firm(doc, r.choice((0, 4)) if vi else 0)
    doc.h(_t(doc, "i2.title"))
    doc.p(_t(doc, "i2.p").format(name=name, op=operator))
    rows = [_row(doc, "i2.head")]
    reports = _list(doc, "i2.report")
    duties = list(DUTIES[doc.lang])
    if r.random() < 0.5:  # one position left out of this year's order
        duties.pop(r.randrange(1, len(duties)))
    for k, (position, items) in enumerate(duties, 1):
        lines = [f"{unit} – {_t(doc, f'i2.{word}')}" for unit, word in items]
        rows.append([str(k), position, ";\n".join(lines), r.choice(reports)])
        doc.add("obligations", *(inspection(unit, word) for unit, word in items))
    doc.table(_t(doc, "i2.caption"), rows, role="inspections")
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

# (task, term, responsible)
FARM_TASKS = {
    "ru": (("Провести инвентаризацию источников выбросов птичников и пометохранилища", "до 01.04.2026", "главный инженер"),
           ("Оборудовать пометохранилище водонепроницаемым основанием и обваловкой", "II–III кв. 2026 г.", "заместитель директора по строительству"),
           ("Заключить договор на утилизацию падежа птицы с ветеринарно-санитарным утилизационным заводом", "январь 2026 г.", "главный ветеринарный врач"),
           ("Высадить защитную лесополосу по границе санитарно-защитной зоны", "апрель–май 2026 г.", "агроном хозяйства"),
           ("Установить биофильтры на вытяжной вентиляции птичников № 5–8", "до 30.11.2026", "главный энергетик"),
           ("Обучить персонал правилам обращения с опасными отходами", "март 2026 г.", "инженер по охране окружающей среды")),
    "kk": (("Құс қоралары мен саңғырық қоймасының шығарынды көздеріне түгендеу жүргізу", "01.04.2026 дейін", "бас инженер"),
           ("Саңғырық қоймасын су өткізбейтін негізбен және үйінді қоршаумен жабдықтау", "2026 ж. II–III тоқсан", "директордың құрылыс жөніндегі орынбасары"),
           ("Құс өлексесін кәдеге жарату үшін ветеринариялық-санитариялық кәдеге жарату зауытымен шарт жасасу", "2026 ж. қаңтар", "бас ветеринариялық дәрігер"),
           ("Санитариялық-қорғау аймағының шекарасы бойымен қорғаныш орман белдеуін отырғызу", "2026 ж. сәуір–мамыр", "шаруашылық агрономы"),
           ("№ 5–8 құс қораларының сорма желдеткішіне биосүзгілер орнату", "30.11.2026 дейін", "бас энергетик"),
           ("Персоналды қауіпті қалдықтармен жұмыс істеу қағидаларына оқыту", "2026 ж. наурыз", "қоршаған ортаны қорғау жөніндегі инженер")),
    "vi": (("Cải tạo bể điều hòa và bổ sung bể kỵ khí UASB cho hệ thống xử lý nước thải", "Quý III/2026", "Phòng Kỹ thuật – Cơ điện"),
           ("Lắp đặt hệ thống thu hồi CO2 từ quá trình lên men", "Trước ngày 31/12/2026", "Ban Quản lý dự án"),
           ("Ký hợp đồng bán bã malt, men bia thải cho cơ sở chăn nuôi", "Tháng 01/2026", "Phòng Kinh doanh"),
           ("Trồng bổ sung cây xanh dọc hàng rào phía Tây nhà máy", "Tháng 5–6/2026", "Phòng Hành chính – Nhân sự"),
           ("Nâng cấp kho chứa chất thải nguy hại, bổ sung biển cảnh báo và gờ chống tràn", "Quý II/2026", "Phòng An toàn – Môi trường"),
           ("Tổ chức diễn tập ứng phó sự cố rò rỉ NH3 cho công nhân vận hành", "Tháng 9/2026", "Tổ cơ điện lạnh")),
}  # fmt: skip
TEXT |= {
    "t1.title": ("План мероприятий по охране окружающей среды птицефабрики «Алтын Дән» на 2026 год",
                 "«Алтын Дән» құс фабрикасының 2026 жылға арналған қоршаған ортаны қорғау жөніндегі іс-шаралар жоспары",
                 "KẾ HOẠCH QUẢN LÝ MÔI TRƯỜNG NĂM 2026 – NHÀ MÁY BIA SÔNG LAM XANH"),
    "t1.p": ("Утвержден решением производственного совещания от 22.12.2025.", "22.12.2025 өндірістік кеңестің шешімімен бекітілген.",
             "Ban hành kèm theo Quyết định số 112/QĐ-BSL ngày 22/12/2025 của Tổng Giám đốc."),
    "t1.head": ("№ п/п|Мероприятие, срок исполнения, ответственный", "Р/с №|Іс-шара, орындалу мерзімі, жауапты",
                "TT|Nội dung công việc, thời hạn, trách nhiệm"),
    "t1.cell": ("{task}\nСрок: {term}\nОтветственный: {who}", "{task}\nМерзімі: {term}\nЖауапты: {who}", "{task}\nThời hạn: {term}\nTrách nhiệm: {who}"),
    "t1.caption": ("Таблица 1", "1-кесте", "Bảng 1. Các nhiệm vụ bảo vệ môi trường năm 2026"),
}  # fmt: skip


def tasks_k1(doc: Doc) -> None:
    """A plan of two columns: the number (`1.`) and one cell holding the measure, then `Срок: …` and `Ответственный: …`
    on lines of their own inside the same cell; no deadline or responsible column (VI: a brewery's plan, `Thời hạn:`
    and `Trách nhiệm:` lines)."""
    r = doc.rng
    vi = doc.lang == "vi"
    doc.h(_t(doc, "t1.title"))
    doc.p(_t(doc, "t1.p"))
    rows = [_row(doc, "t1.head")]
    picked = sorted(r.sample(range(6), 5))
    for k, i in enumerate(picked, 1):
        text, term, who = FARM_TASKS[doc.lang][i]
        rows.append([str(k) if vi else f"{k}.", _t(doc, "t1.cell").format(task=text, term=term, who=who)])
        doc.add("obligations", task(str(k), text, who))
    doc.table(_t(doc, "t1.caption"), rows, role="tasks")
    maybe_distractor(doc)


# (remark, answer, term, responsible) — a task when the term is not None
HEARINGS = {
    "ru": (("Жители опасаются запаха от лагун с навозными стоками (Искакова Г., с. Заречное)",
            "Предусмотреть укрытие лагун плавающей пленкой и обработку стоков биопрепаратами", "до ввода в эксплуатацию (IV кв. 2026 г.)", "главный технолог"),
           ("Просим не вносить навоз на поля рядом с селом (Ким С., с. Заречное)",
            "Исключить внесение навоза на поля в пределах 1 км от жилой застройки", "постоянно", "агрономическая служба"),
           ("Не будет ли загрязнена вода в колодцах? (Нуржанов Б., аким сельского округа)",
            "Пробурить четыре наблюдательные скважины и вести мониторинг подземных вод", "до 01.09.2026", "главный инженер"),
           ("Какова ширина санитарно-защитной зоны комплекса? (Оспанов Д., с. Береговое)",
            "Размер СЗЗ составляет 1 000 м; ближайшая жилая застройка находится на расстоянии 2,3 км.", None, None),
           ("Подъездная дорога пылит при движении скотовозов (Иванов П., с. Береговое)",
            "Выполнить асфальтирование подъездной дороги протяженностью 2,4 км", "III кв. 2026 г.", "заместитель директора по строительству"),
           ("Предлагаем высадить деревья вдоль дороги к селу (Сулейменова А.)",
            "Высадить 1 200 саженцев вяза и тополя вдоль подъездной дороги", "апрель 2027 г.", "отдел благоустройства")),
    "kk": (("Тұрғындар көң ағындары бар лагуналардың иісінен алаңдайды (Исқақова Г., Заречный а.)",
            "Лагуналарды қалқымалы қабықшамен жабуды және ағындарды биопрепараттармен өңдеуді көздеу", "пайдалануға бергенге дейін (2026 ж. IV тоқсан)", "бас технолог"),
           ("Ауыл маңындағы алқаптарға көң енгізбеуді сұраймыз (Ким С., Заречный а.)",
            "Тұрғын үйлерден 1 км шегінде алқаптарға көң енгізуді болдырмау", "тұрақты", "агрономиялық қызмет"),
           ("Құдықтардағы су ластанбай ма? (Нұржанов Б., ауылдық округ әкімі)",
            "Төрт бақылау ұңғымасын бұрғылау және жерасты суларына мониторинг жүргізу", "01.09.2026 дейін", "бас инженер"),
           ("Кешеннің санитариялық-қорғау аймағының ені қандай? (Оспанов Д., Береговое а.)",
            "СҚА өлшемі 1 000 м құрайды; ең жақын тұрғын үйлер 2,3 км қашықтықта орналасқан.", None, None),
           ("Мал тасығыштар жүргенде кіреберіс жол шаңдайды (Иванов П., Береговое а.)",
            "Ұзындығы 2,4 км кіреберіс жолды асфальттау", "2026 ж. III тоқсан", "директордың құрылыс жөніндегі орынбасары"),
           ("Ауылға баратын жол бойына ағаш отырғызуды ұсынамыз (Сүлейменова А.)",
            "Кіреберіс жол бойына 1 200 шегіршін және терек көшетін отырғызу", "2027 ж. сәуір", "абаттандыру бөлімі")),
    "vi": (("Người dân lo ngại mùi hôi từ khu chuồng nuôi và hồ sinh học (ông Nguyễn Văn Bảy, ấp 4)",
            "Phủ bạt HDPE kín hầm biogas, bổ sung chế phẩm sinh học khử mùi vào hồ sinh học", "Trước khi vận hành (Quý IV/2026)", "Tổ kỹ thuật trại"),
           ("Đề nghị không xả nước thải ra suối Bà Tô (UBND xã Tân Hưng)",
            "Tái sử dụng toàn bộ nước thải sau xử lý để tưới cây, không xả ra nguồn nước mặt", "Trong suốt quá trình hoạt động", "Quản lý trại"),
           ("Trang trại cách khu dân cư bao xa? (bà Lê Thị Hồng, ấp 3)",
            "Khoảng cách từ khu chuồng nuôi đến khu dân cư gần nhất là 1,2 km, đáp ứng QCVN 01-14:2010/BNNPTNT.", None, None),
           ("Xe chở heo, thức ăn làm hư đường liên ấp (Mặt trận Tổ quốc xã)",
            "Nâng cấp, bê tông hóa 1,5 km đường liên ấp dẫn vào trại", "Quý II/2027", "Ban Quản lý dự án"),
           ("Đề nghị ưu tiên tuyển dụng lao động địa phương (Hội Nông dân xã)",
            "Tuyển dụng tối thiểu 70% lao động là người dân địa phương", "Năm 2026–2027", "Phòng Hành chính – Nhân sự"),
           ("Đề nghị trồng cây xanh cách ly quanh trại (ông Trần Văn Lực, ấp 4)",
            "Trồng dải cây xanh cách ly rộng 10 m quanh hàng rào trại", "Tháng 6–8/2026", "Tổ kỹ thuật trại")),
}  # fmt: skip
TEXT |= {
    "t2.title": ("Протокол общественных слушаний по отчету о возможных воздействиях намечаемой деятельности «Строительство свиноводческого комплекса «Тобыл» на 24 000 голов»",
                 "«24 000 басқа арналған «Тобыл» шошқа өсіру кешенінің құрылысы» белгіленіп отырған қызметтің ықтимал әсерлері туралы есеп бойынша қоғамдық тыңдаулар хаттамасы",
                 "BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG – CHƯƠNG 6. KẾT QUẢ THAM VẤN"),
    "t2.p": ("Слушания проведены 14.11.2025 в доме культуры с. Заречное; присутствовали 46 человек. Инициатор – ТОО «Тобыл Агро».",
             "Тыңдаулар 14.11.2025 Заречный ауылының мәдениет үйінде өтті; 46 адам қатысты. Бастамашы – «Тобыл Агро» ЖШС.",
             "Chủ dự án đã tổ chức họp tham vấn cộng đồng dân cư tại UBND xã Tân Hưng ngày 14/11/2025 với sự tham gia của 52 đại biểu."),
    "t2.caption": ("Приложение 2. Свод замечаний и предложений общественности и ответы инициатора",
                   "2-қосымша. Жұртшылықтың ескертулері мен ұсыныстарының жиынтығы және бастамашының жауаптары",
                   "Bảng 6.1. Tổng hợp ý kiến tham vấn và nội dung tiếp thu, cam kết của chủ dự án"),
    "t2.head": ("№|Замечание, предложение (автор, населенный пункт)|Ответ инициатора / принятое решение|Срок реализации|Ответственный",
                "№|Ескерту, ұсыныс (авторы, елді мекен)|Бастамашының жауабы / қабылданған шешім|Іске асыру мерзімі|Жауапты",
                "TT|Ý kiến góp ý (người, đơn vị góp ý)|Nội dung tiếp thu, cam kết của chủ dự án|Thời gian thực hiện|Bộ phận thực hiện"),
}  # fmt: skip


def tasks_k2(doc: Doc) -> None:
    """The commitments answering the remarks of public hearings: the remark with its author first, the initiator's
    answer (the task), its term and the responsible; a remark answered with a fact only (dashes in term and responsible)
    is no task (VI: the ĐTM's summary of the consultation, the commitments of the project owner)."""
    r = doc.rng
    doc.h(_t(doc, "t2.title"))
    doc.p(_t(doc, "t2.p"))
    rows = [_row(doc, "t2.head")]
    items = list(HEARINGS[doc.lang])
    fact = next(x for x in items if x[2] is None)
    chosen = [x for x in items if x[2] is not None]
    chosen = sorted(r.sample(chosen, 4), key=items.index)
    chosen.insert(r.randint(1, 3), fact)
    for k, (remark, answer, term, who) in enumerate(chosen, 1):
        rows.append([str(k), remark, answer, term or "–", who or "–"])
        if term is not None:
            doc.add("obligations", task(str(k), answer, who))
    doc.table(_t(doc, "t2.caption"), rows, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"A{k}", globals()[f"{role}_k{k}"]) for role in ROLES for k in (1, 2)]
"""`facility_k1` … `tasks_k2`, in the order of the roles."""
