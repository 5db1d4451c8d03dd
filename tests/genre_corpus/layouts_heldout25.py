"""A blind held-out set (two layouts per role, `BA1` and `BA2`): never used for tuning, written by someone who neither
ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`.

Theme: oil, gas and petrochemicals. Kazakhstan: an oil field of a subsoil user with its oil treatment unit (УПН),
metering units (ГЗУ), flare, tank park and well pads, the drilling of its production wells, a gas processing plant
with its Claus unit and flares, a refinery with its tank parks, sludge pond and evaporation ponds, a main oil pipeline
and its pumping station (ПЭК programmes and reports, НДВ projects and their ЭРА forms, a group project of well
construction, a КЭР's annex of accumulation limits, a protocol of instrumental measurements, plans of the liquidation
of historical pollution and of the consequences of a spill, a pipeline's patrol schedule, a refinery's regulation of
internal control). Vietnam: a gas processing plant, an offshore operator's platforms and its development drilling,
a refinery, a petrochemical plant and a fuel terminal with its gas pipeline landfall (báo cáo đề xuất cấp GPMT,
báo cáo công tác bảo vệ môi trường, ĐTM, kết quả quan trắc, chương trình quan trắc, kế hoạch quản lý chất thải,
quy chế tự kiểm tra, kế hoạch tuần tra tuyến ống, kế hoạch khắc phục).

Facility: a card whose labels are merged down the first column over several value rows, each value carrying its own
prefix (`БИН: …`, `КАТО: …`), the centre of the field in WGS-84 beside a UTM (VI: VN-2000) line (BA1); a subsoil
user's fields under group rows naming each subsoil-use contract, the operator and its BIN only in the sentence
before, coordinates written as a GPS pair `N 46,87061 E 53,68575` (VI: an operator's platforms under group rows
naming each block) (BA2). Emissions: the construction of a well by stages — the stage merged down the first column,
each source merged over its substances, the same diesel power station in two stages, tonnes for the period, a
subtotal per stage (VI: development drilling offshore, named sources) (BA1); the ЭРА form «Параметры выбросов» of a
gas processing plant with the production merged down, the source's release, hours, height, diameter and gas-air
mixture merged over its substances, and `г/с | мг/нм3 | т/год` at the end (VI: a refinery's stacks, the
concentration before the loads) (BA2). Wastes: drilling wastes as a norm per well times the number of wells (merged
down the count column), the total for the drilling the amount (BA1); a refinery's accumulation limits with a column
per year, the value merged across the years or repeated in each, a catalyst changed in one year only (VI: a
petrochemical plant's plan for 2026–2028 in kg) (BA2). Limits: soil at well pads, a group row per point over its
depth rows, the metals as columns and the ПДК as the first row under the header (VI: groundwater wells at a fuel
terminal, rounds as rows, QCVN 09:2023 first) (BA1); a protocol of instrumental measurements at heaters, a row per
source with O2 and the excess-air ratio, `норматив | факт` per substance (VI: a refinery's stacks, `Kết quả | Cmax`)
(BA2). Monitoring: an oil field's programme with the object merged down the first column over rows that are either
sources or points, substances written as formulas or names (VI: a gas processing plant) (BA1); points as rows and
parameter groups as columns whose header cells name several parameters, the frequency in each cell, a water-level
column of no substance (VI: a refinery's waste water, river and well) (BA2). Inspections: a main oil pipeline's
patrol schedule by sections of the route (`км 24 – км 51`), the way of patrolling beside the frequency (VI: a gas
pipeline's sections `KP 0 – KP 14`) (BA1); a refinery's regulation of internal control under group rows naming the
environmental component, a unit checked under two components at two frequencies (VI: a fuel terminal) (BA2).
Tasks: the liquidation of historical pollution, a row per oil pit or contaminated plot with its coordinates, area and
volume before the measure (BA1); a plan of liquidating the consequences of a pipeline spill with the forces and means
(people, machinery) under a merged header between the measure and its term (VI: a spill at a terminal's berth) (BA2).

The words of each layout are in the text tables (RU, KK, VI); a header row is one string, its cells between `|`, `^`
for a cell a merge covers.
"""

from __future__ import annotations

from . import vocab
from .common import Doc, distractor, freq, make_bin, maybe_distractor, num
from .layouts_measured3 import GROUND_VN
from .limits_data import SOIL_PDK, add, cell, limit
from .obligations_data import inspection, task
from .registry import ROLES, Layout
from .sources_data import emission

TEXT: dict[str, tuple[str, str, str]] = {}


def _t(doc: Doc, key: str) -> str:
    return TEXT[key][vocab.LANGS.index(doc.lang)]


def _cells(text: str) -> list[str | None]:
    return [None if x == "^" else x for x in text.split("|")]


def _row(doc: Doc, key: str) -> list[str | None]:
    """A header row of the text tables in the document's language."""
    return _cells(_t(doc, key))


def _list(doc: Doc, key: str) -> list[str]:
    return _t(doc, key).split("|")


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose one cell spans the table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _down(rows: list, start: int, col: int, merges: list, end: int | None = None) -> None:
    """Merges a column down from row `start` to row `end` (the last row), when that is two rows or more."""
    last = len(rows) - 1 if end is None else end
    if last > start:
        merges.append((start, col, last, col))


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _mon(loc: dict, key: tuple[str, str], frequency: str | None) -> dict:
    return {**loc, key[0]: key[1], "frequency": frequency}


def _source(number: str) -> dict:
    return {"number": number, "type": "organized" if int(number) < 6000 else "unorganized"}


def _dms(value: float, seconds: int = 1) -> tuple[str, float]:
    """An angle in degrees, minutes and seconds (a tenth when `seconds` is 1), and the decimal degrees it stands for."""
    d = int(value)
    m = int((value - d) * 60)
    s = round(((value - d) * 60 - m) * 60, seconds)
    if s >= 60:
        m, s = m + 1, 0.0
    if seconds:
        text = f"{d}°{m:02d}′{s:04.1f}″".replace(".", ",")
    else:
        s = int(s)
        text = f"{d}°{m:02d}′{s:02d}″"
    return text, d + m / 60 + s / 3600


# names of substances of the Kazakh list that vocab.AIR lacks, as corpus/air_pollutants.csv names them, with the
# class the Kazakh list prints: (RU, KK, class)
EXTRA = {
    "0415": ("Смесь углеводородов предельных С1-С5", "Шекті көмірсутектер қоспасы С1-С5", 4),
    "0416": ("Смесь углеводородов предельных С6-С10", "Шекті көмірсутектер қоспасы С6-С10", 3),
}
# short forms of the programmes of oil fields (formulas, `УВ С1-С5`)
FORMULA = {"0301": "NO2", "0304": "NO", "0337": "CO", "0330": "SO2", "0333": "H2S", "0410": "CH4", "0415": "УВ С1-С5",
           "0416": "УВ С6-С10", "0328": "сажа", "0602": "бензол", "0621": "толуол"}  # fmt: skip


def _air(doc: Doc, code: str, variant: int = 0) -> str:
    if code in EXTRA:
        return EXTRA[code][0 if doc.lang == "ru" else 1]
    return vocab.air(code, doc.lang, variant)


# the sites of the set: (name, operator, place) per language
SITES = {
    "field": {
        "ru": ("Месторождение Тасбулак", "ТОО «Тасбулак Мунай»", "Атырауская область, Жылыойский район, 62 км юго-восточнее г. Кульсары"),
        "kk": ("Тасбұлақ кен орны", "«Тасбұлақ Мұнай» ЖШС", "Атырау облысы, Жылыой ауданы, Құлсары қ. оңтүстік-шығысқа қарай 62 км"),
    },
    "gpz": {
        "ru": ("Газоперерабатывающий завод «Жаркамыс»", "АО «Жаркамыс Газ»", "Актюбинская область, Мугалжарский район"),
        "kk": ("«Жарқамыс» газ өңдеу зауыты", "«Жарқамыс Газ» АҚ", "Ақтөбе облысы, Мұғалжар ауданы"),
    },
    "refinery": {
        "ru": ("Нефтеперерабатывающий завод «Каспий Өнім»", "ТОО «Каспий Өнім»", "Мангистауская область, г. Актау, промышленная зона 6"),
        "kk": ("«Каспий Өнім» мұнай өңдеу зауыты", "«Каспий Өнім» ЖШС", "Маңғыстау облысы, Ақтау қ., 6-өнеркәсіптік аймақ"),
        "vi": ("Nhà máy lọc dầu Vạn Tường", "Công ty TNHH Lọc hóa dầu Vạn Tường",
               "Khu kinh tế Dung Quất, xã Bình Thuận, huyện Bình Sơn, tỉnh Quảng Ngãi"),
    },
    "pipeline": {
        "ru": ("Магистральный нефтепровод «Шагырлы – Актау»", "АО «Батыс Құбыр»", "Атырауская и Мангистауская области"),
        "kk": ("«Шағырлы – Ақтау» магистральдық мұнай құбыры", "«Батыс Құбыр» АҚ", "Атырау және Маңғыстау облыстары"),
        "vi": ("Tuyến ống dẫn khí Sao Đỏ – Cửa Lấp", "Công ty Vận chuyển Khí Đông Nam Bộ", "Vùng biển và huyện Long Điền, tỉnh Bà Rịa – Vũng Tàu"),
    },
    "gpp": {
        "vi": ("Nhà máy xử lý khí Cửa Lấp", "Công ty Chế biến Khí Cửa Lấp", "xã Phước Hưng, huyện Long Điền, tỉnh Bà Rịa – Vũng Tàu"),
    },
    "petchem": {
        "vi": ("Nhà máy hóa dầu Long Sơn Tây", "Công ty TNHH Hóa dầu Long Sơn Tây", "xã Long Sơn, thành phố Vũng Tàu, tỉnh Bà Rịa – Vũng Tàu"),
    },
    "terminal": {
        "vi": ("Kho xăng dầu Cái Mép Hạ", "Công ty Cổ phần Xăng dầu Cái Mép Hạ", "phường Tân Phước, thị xã Phú Mỹ, tỉnh Bà Rịa – Vũng Tàu"),
    },
    "offshore": {
        "vi": ("Dự án phát triển mỏ Sao Đỏ, Lô 09-3/22", "Công ty Điều hành Dầu khí Sao Đỏ",
               "Lô 09-3/22, thềm lục địa Việt Nam, cách Vũng Tàu khoảng 135 km về phía Đông Nam"),
    },
}  # fmt: skip


def _site(doc: Doc, kz: str, vi: str) -> tuple[str, str, str]:
    """The (name, operator, place) of the site a layout is about in Kazakhstan (`kz`) or in Vietnam (`vi`)."""
    return SITES[vi if doc.lang == "vi" else kz][doc.lang]


DAILY = {
    "ru": ("ежедневно", "1 раз в сутки"),
    "kk": ("күн сайын", "тәулігіне 1 рет"),
    "vi": ("Hằng ngày", "01 lần/ngày"),
}
WEEKLY = {
    "ru": ("еженедельно", "1 раз в неделю"),
    "kk": ("апта сайын", "аптасына 1 рет"),
    "vi": ("Hằng tuần", "01 lần/tuần"),
}


def _often(doc: Doc, word: str) -> str:
    """A frequency as the document writes it, daily and weekly included."""
    if word == "daily":
        return doc.pick(DAILY[doc.lang])
    if word == "weekly":
        return doc.pick(WEEKLY[doc.lang])
    return freq(doc, word)


def _msdn(doc: Doc) -> str:
    """An enterprise number registered in Bà Rịa – Vũng Tàu (35)."""
    return "35" + f"{doc.rng.randint(0, 99999999):08d}"


def _kato(doc: Doc, region: str = "23") -> str:
    """A KATO code of an Atyrau (23), Mangystau (47) or Aktobe (15) district."""
    return f"{region}{doc.rng.randint(1, 9)}{doc.rng.randint(100, 699)}{doc.pick(('000', '100'))}"


# ---------------------------------------------------------------- facility

TEXT |= {
    "f1.title": ("Программа производственного экологического контроля на 2026–2028 годы. Недропользователь: {operator}",
                 "2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы. Жер қойнауын пайдаланушы: {operator}",
                 "BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA CƠ SỞ “{name}”"),
    "f1.h": ("1. Общие сведения о недропользователе и производственном объекте",
             "1. Жер қойнауын пайдаланушы және өндірістік объект туралы жалпы мәліметтер",
             "Chương I. THÔNG TIN CHUNG VỀ CƠ SỞ"),
    "f1.p": ("Сведения приведены по данным государственной регистрации и контракта на недропользование; координаты "
             "определены по топографическому плану месторождения масштаба 1:10 000.",
             "Мәліметтер мемлекеттік тіркеу және жер қойнауын пайдалануға арналған келісімшарт деректері бойынша келтірілген; "
             "координаттар кен орнының 1:10 000 масштабты топографиялық жоспары бойынша анықталған.",
             "Thông tin về chủ cơ sở và cơ sở được tổng hợp theo Giấy chứng nhận đăng ký doanh nghiệp và hồ sơ pháp lý "
             "của Nhà máy như sau:"),
    "f1.head": ("Наименование сведений|Содержание", "Мәліметтер атауы|Мазмұны", "Nội dung|Thông tin"),
    "f1.head2": ("Раздел|Данные", "Бөлім|Деректер", "Hạng mục|Chi tiết"),
    "f1.caption": ("Таблица 1.1 – Общие сведения", "1.1-кесте – Жалпы мәліметтер", "Bảng 1.1. Thông tin chung về chủ cơ sở và cơ sở"),
    "f1.labels": ("Недропользователь (оператор объекта)|Контракт на недропользование|Производственный объект|"
                  "Координаты центра месторождения",
                  "Жер қойнауын пайдаланушы (объект операторы)|Жер қойнауын пайдалануға арналған келісімшарт|Өндірістік объект|"
                  "Кен орны орталығының координаттары",
                  "Chủ cơ sở|Văn bản pháp lý|Cơ sở|Tọa độ vị trí"),
    "f1.bin": ("БИН: {x}|БИН {x}|БИН – {x}", "БСН: {x}|БСН {x}", "Mã số doanh nghiệp: {x}|Mã số doanh nghiệp (mã số thuế): {x}"),
    "f1.legal": ("Юридический адрес: г. Атырау, пр. Азаттык, 48А, БЦ «Нұр Тауэр»",
                 "Заңды мекенжайы: Атырау қ., Азаттық даңғылы, 48А, «Нұр Тауэр» БО",
                 "Địa chỉ trụ sở: Số 101 Lê Lợi, phường Thắng Nhì, thành phố Vũng Tàu, tỉnh Bà Rịa – Vũng Tàu"),
    "f1.head_person": ("Первый руководитель: генеральный директор Утегенов Е. С.", "Бірінші басшы: бас директор Өтегенов Е. С.",
                       "Người đại diện theo pháp luật: Ông Nguyễn Văn Thành – Giám đốc"),
    "f1.contract": ("№ {n} от 18.06.2004 г. на добычу углеводородов на месторождении (с дополнениями № 1–6)",
                    "2004 жылғы 18.06. № {n} кен орнында көмірсутектерді өндіруге арналған (№ 1–6 толықтырулармен)",
                    "Quyết định phê duyệt kết quả thẩm định báo cáo ĐTM số {n}/QĐ-BTNMT ngày 18/6/2014 của Bộ Tài nguyên và Môi trường"),
    "f1.place": ("Местоположение: {place}", "Орналасқан жері: {place}", "Địa điểm: {place}"),
    "f1.kato": ("КАТО: {x}|Код КАТО – {x}", "ҚАТО: {x}|ҚАТО коды – {x}", ""),
    "f1.cat": ("Категория объекта: {cat} (подпункт 1.2 пункта 1 раздела 1 приложения 2 к Экологическому кодексу РК – "
               "добыча сырой нефти и попутного газа)",
               "Объект санаты: {cat} (ҚР Экология кодексіне 2-қосымшаның 1-бөлімі 1-тармағының 1.2-тармақшасы – шикі мұнай "
               "мен ілеспе газ өндіру)",
               "Phân loại: Dự án nhóm {cat} (số thứ tự 8, Phụ lục III ban hành kèm theo Nghị định số 08/2022/NĐ-CP)"),
    "f1.works": ("Основные сооружения: УПН, ГЗУ-1 – ГЗУ-6, факельная установка, резервуарный парк (4 × РВС-5000), вахтовый "
                 "поселок на 120 мест",
                 "Негізгі құрылыстар: МДҚ, ТӨҚ-1 – ТӨҚ-6, алау қондырғысы, резервуарлар паркі (4 × РВС-5000), 120 орындық "
                 "вахталық кент",
                 "Công suất: tiếp nhận và xử lý {q} triệu m3 khí ẩm/ngày; sản phẩm: khí khô, LPG, condensate"),
    "f1.wgs": ("WGS-84: {lat} с.ш., {lon} в.д.", "WGS-84: {lat} с.е., {lon} ш.б.", "Hệ WGS-84: {lat}N; {lon}E"),
    "f1.grid": ("UTM, зона 39N: E {x} м, N {y} м", "UTM, 39N аймағы: E {x} м, N {y} м",
                "Hệ VN-2000 (kinh tuyến trục 107°45′, múi chiếu 3°): X = {y} m; Y = {x} m"),
}  # fmt: skip


def facility_ba1(doc: Doc) -> None:
    """A card `Наименование сведений | Содержание` whose labels are merged down the first column over several value
    rows — the operator's name, its BIN, legal address and head; the site's name, place, KATO, category and main works;
    the centre's coordinates in WGS-84 degrees, minutes and seconds and again in UTM metres — each value carrying its own
    prefix (`БИН: …`, `КАТО: …`), the subsoil-use contract on a single row (VI: a gas processing plant's GPMT
    application, the coordinates in VN-2000 metres and in WGS-84, the project group with its appendix)."""
    r = doc.rng
    vi = doc.lang == "vi"
    name, operator, place = _site(doc, "field", "gpp")
    bin_ = _msdn(doc) if vi else make_bin(r)
    kato = _kato(doc)
    cat = r.choice(("I", "II")) if vi else "I"
    lat_text, lat = _dms(r.uniform(10.33, 10.46) if vi else r.uniform(46.3, 47.4))
    lon_text, lon = _dms(r.uniform(107.05, 107.2) if vi else r.uniform(52.6, 54.1))
    doc.h(_t(doc, "f1.title").format(operator=operator, name=name.upper()))
    doc.h(_t(doc, "f1.h"))
    doc.p(_t(doc, "f1.p"))
    rows = [_row(doc, doc.pick(("f1.head", "f1.head2")))]
    merges: list = []
    labels = _list(doc, "f1.labels")

    def block(label: str, values: list[str]) -> None:
        start = len(rows)
        for k, value in enumerate(values):
            rows.append([label if k == 0 else None, value])
        _down(rows, start, 0, merges)

    block(
        labels[0],
        [
            operator,
            doc.pick(_list(doc, "f1.bin")).format(x=bin_),
            _t(doc, "f1.legal"),
            _t(doc, "f1.head_person"),
        ],
    )
    block(labels[1], [_t(doc, "f1.contract").format(n=r.randint(1100, 4800))])
    site = [name, _t(doc, "f1.place").format(place=place)]
    if not vi:
        site.append(doc.pick(_list(doc, "f1.kato")).format(x=kato))
    site += [
        _t(doc, "f1.cat").format(cat=cat),
        _t(doc, "f1.works").format(q=num(r.choice((4.5, 6.5, 7.2)), "vi")),
    ]
    block(labels[2], site)
    grid = _t(doc, "f1.grid").format(
        x=num(r.randint(420000, 436000) if vi else r.randint(560000, 720000), doc.lang),
        y=num(r.randint(1141000, 1150000) if vi else r.randint(5130000, 5230000), doc.lang),
    )
    wgs = _t(doc, "f1.wgs").format(lat=lat_text, lon=lon_text)
    block(labels[3], [grid, wgs] if vi else [wgs, grid])
    doc.table(_t(doc, "f1.caption"), rows, merges, role="facility")
    out = {"bin": bin_, "name_contains": name, "category": cat, "lat": lat, "lon": lon}
    if not vi:
        out["kato"] = kato
    doc.add("facilities", out)
    maybe_distractor(doc)


TEXT |= {
    "f2.title": ("Отчет по выполнению программы производственного экологического контроля за 2025 год",
                 "2025 жылғы өндірістік экологиялық бақылау бағдарламасының орындалуы туралы есеп",
                 "BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025"),
    "f2.p": ("Недропользователь – {operator} (БИН {bin}) – ведет разведку и добычу углеводородов по двум контрактам на "
             "недропользование. Сведения о месторождениях, на которые распространяется программа, приведены ниже.",
             "Жер қойнауын пайдаланушы – {operator} (БСН {bin}) – екі жер қойнауын пайдалану келісімшарты бойынша "
             "көмірсутектерді барлау мен өндіруді жүргізеді. Бағдарлама қолданылатын кен орындары туралы мәліметтер төменде "
             "келтірілген.",
             "{operator} (mã số doanh nghiệp: {bin}) là người điều hành các hợp đồng chia sản phẩm dầu khí tại các lô dưới "
             "đây. Danh mục các công trình dầu khí thuộc phạm vi báo cáo như sau:"),
    "f2.caption": ("Таблица 1.2 – Месторождения недропользователя", "1.2-кесте – Жер қойнауын пайдаланушының кен орындары",
                   "Bảng 1. Danh mục công trình dầu khí đang vận hành"),
    "f2.head": ("№ п/п|Месторождение|Местоположение|Код КАТО|Стадия освоения|Категория объекта|Координаты центра (WGS-84)",
                "Р/с №|Кен орны|Орналасқан жері|ҚАТО коды|Игеру сатысы|Объект санаты|Орталығының координаттары (WGS-84)",
                "TT|Công trình|Vị trí|Độ sâu nước (m)|Tọa độ (WGS-84)|Phân nhóm dự án|Văn bản pháp lý về môi trường"),
    "f2.contract": ("Контракт № {n} от {d} г. на {what}", "{d} ж. № {n} келісімшарт, {what}",
                    "Lô {n} – Hợp đồng chia sản phẩm dầu khí ký ngày {d}"),
    "f2.what": ("добычу углеводородов|разведку и добычу углеводородов",
                "көмірсутектерді өндіруге|көмірсутектерді барлау мен өндіруге", ""),
    "f2.stage": ("промышленная разработка|пробная эксплуатация|разведка (оценочное бурение)",
                 "өнеркәсіптік игеру|сынамалы пайдалану|барлау (бағалау бұрғылауы)", ""),
    "f2.note": ("Примечание: координаты центров месторождений приведены в градусах с десятичными долями (система WGS-84).",
                "Ескертпе: кен орындары орталықтарының координаттары ондық үлестері бар градуспен берілген (WGS-84 жүйесі).",
                "Ghi chú: tọa độ là tọa độ tâm sàn công tác chính của công trình."),
}  # fmt: skip
# (RU, KK) name, (RU, KK) district, category, exploration?
KZ_FIELDS = (
    (("Тасбулак", "Тасбұлақ"), ("Жылыойский район, Атырауская область", "Атырау облысы, Жылыой ауданы"), "I", False),
    (("Карасай", "Қарасай"), ("Жылыойский район, Атырауская область", "Атырау облысы, Жылыой ауданы"), "I", False),
    (("Шолаккудук", "Шолаққұдық"), ("Кзылкогинский район, Атырауская область", "Атырау облысы, Қызылқоға ауданы"), "I", False),
    (("Акжар Восточный", "Шығыс Ақжар"), ("Макатский район, Атырауская область", "Атырау облысы, Мақат ауданы"), "II", True),
)  # fmt: skip
# VI: block, platforms (name, water depth)
VI_BLOCKS = (
    ("09-3/22", "12/05/2008", (("Giàn xử lý trung tâm Sao Đỏ", 52), ("Giàn đầu giếng Hồng Hạc", 48))),
    (
        "16-1/15",
        "03/11/2015",
        (("Giàn đầu giếng Cá Ngừ Vàng Tây", 61), ("Giàn nhà ở và điều khiển Rạng Đông Nam", 57)),
    ),
)


def facility_ba2(doc: Doc) -> None:
    """A report's list of the subsoil user's fields under group rows naming each subsoil-use contract (`Контракт № 1432
    от 18.06.2004 г. на добычу углеводородов`) spanning the table, a row per field with its district, KATO, the stage of
    development, a bare category and the centre as a GPS pair `N 46,87061 E 53,68575`; the operator and its BIN only in
    the sentence before, so every field is the same operator's site (VI: an offshore operator's platforms under group
    rows naming each block and its production-sharing contract, water depth, degrees, minutes and seconds with N/E, the
    group and the ĐTM decision; the enterprise number in the sentence)."""
    r = doc.rng
    vi = doc.lang == "vi"
    operator = (
        SITES["offshore"]["vi"][1]
        if vi
        else doc.v("ТОО «Мунай Каспий Групп»", "«Мұнай Каспий Групп» ЖШС", "")
    )
    bin_ = _msdn(doc) if vi else make_bin(r)
    doc.h(_t(doc, "f2.title"))
    doc.p(_t(doc, "f2.p").format(operator=operator, bin=bin_))
    head = _row(doc, "f2.head")
    rows, merges, n = [head], [], 0
    if vi:
        for block, day, platforms in VI_BLOCKS:
            _span(rows, merges, _t(doc, "f2.contract").format(n=block, d=day), len(head))
            centre = (r.uniform(9.0, 10.1), r.uniform(107.0, 108.2))
            far = r.randint(110, 240)
            for platform, depth in platforms:
                n += 1
                lat_text, lat = _dms(centre[0] + r.uniform(-0.08, 0.08))
                lon_text, lon = _dms(centre[1] + r.uniform(-0.08, 0.08))
                where = f"Lô {block}, cách Vũng Tàu {far + r.randint(-6, 6)} km"
                legal = f"Quyết định phê duyệt ĐTM số {r.randint(150, 2900)}/QĐ-BTNMT ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(2012, 2021)}"
                rows.append(
                    [str(n), platform, where, str(depth), f"{lat_text}N; {lon_text}E", "Nhóm I", legal]
                )
                doc.add(
                    "facilities",
                    {"bin": bin_, "name_contains": platform, "category": "I", "lat": lat, "lon": lon},
                )
        doc.table(_t(doc, "f2.caption"), rows, merges, role="facility")
        doc.p(_t(doc, "f2.note"))
        return
    lang = 0 if doc.lang == "ru" else 1
    stages = _list(doc, "f2.stage")
    contracts = (
        (r.randint(1100, 2400), "18.06.2004", KZ_FIELDS[: r.randint(2, 3)], 0),
        (r.randint(3100, 4900), "27.12.2011", KZ_FIELDS[3:], 1),
    )
    for number, day, fields, what in contracts:
        _span(
            rows,
            merges,
            _t(doc, "f2.contract").format(n=number, d=day, what=_list(doc, "f2.what")[what]),
            len(head),
        )
        for names, district, cat, exploration in fields:
            n += 1
            la, lo = round(r.uniform(46.2, 47.6), 5), round(r.uniform(51.9, 54.2), 5)
            gps = f"N {num(la, doc.lang)} E {num(lo, doc.lang)}"
            kato = _kato(doc)
            stage = stages[2] if exploration else doc.pick(stages[:2])
            rows.append([str(n), names[lang], district[lang], kato, stage, cat, gps])
            doc.add(
                "facilities",
                {
                    "bin": bin_,
                    "name_contains": names[lang],
                    "kato": kato,
                    "category": cat,
                    "lat": la,
                    "lon": lo,
                },
            )
    doc.table(_t(doc, "f2.caption"), rows, merges, role="facility")
    doc.p(_t(doc, "f2.note"))
    maybe_distractor(doc)


# ---------------------------------------------------------------- emissions

TEXT |= {
    "e1.title": ("Групповой технический проект на строительство эксплуатационных скважин месторождения Тасбулак. "
                 "Раздел «Охрана окружающей среды»",
                 "Тасбұлақ кен орнының пайдалану ұңғымаларын салуға арналған топтық техникалық жоба. «Қоршаған ортаны қорғау» бөлімі",
                 "BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN PHÁT TRIỂN MỎ SAO ĐỎ, LÔ 09-3/22"),
    "e1.h": ("5.2. Выбросы загрязняющих веществ в период строительства скважины",
             "5.2. Ұңғыманы салу кезеңіндегі ластаушы заттар шығарындылары",
             "3.1.1. Đánh giá tác động trong giai đoạn thi công xây dựng (lắp đặt công trình và khoan phát triển mỏ)"),
    "e1.p": ("Строительство одной скважины проектной глубиной {depth} м включает подготовительные и вышкомонтажные работы, "
             "бурение и крепление, испытание. Выбросы приведены на одну скважину; продолжительность этапов указана в графе 1.",
             "Жобалық тереңдігі {depth} м бір ұңғыманы салу дайындық және мұнара құрастыру жұмыстарын, бұрғылау мен бекітуді, "
             "сынауды қамтиды. Шығарындылар бір ұңғымаға келтірілген; кезеңдердің ұзақтығы 1-бағанда көрсетілген.",
             "Tải lượng khí thải được tính theo hệ số phát thải của US EPA (AP-42) và lượng nhiên liệu DO tiêu thụ của các "
             "phương tiện; khối lượng khí đốt bỏ khi thử vỉa lấy theo chương trình thử vỉa của nhà thầu khoan."),
    "e1.caption": ("Таблица 5.3 – Выбросы загрязняющих веществ по этапам строительства скважины",
                   "5.3-кесте – Ұңғыманы салу кезеңдері бойынша ластаушы заттар шығарындылары",
                   "Bảng 3.4. Tải lượng các chất ô nhiễm không khí theo từng hoạt động trong giai đoạn thi công xây dựng"),
    "e1.head": ("Этап строительства (продолжительность)|№ ИЗА|Наименование источника выброса|Код ЗВ|Наименование ЗВ|"
                "Выброс ЗВ, г/с|Выброс ЗВ, т/период",
                "Салу кезеңі (ұзақтығы)|ШК №|Шығарынды көзінің атауы|ЛЗ коды|ЛЗ атауы|ЛЗ шығарындысы, г/с|ЛЗ шығарындысы, т/кезең",
                "Hoạt động (thời gian)|Nguồn phát sinh|Chất ô nhiễm|Tải lượng (g/s)|Tổng tải lượng cả giai đoạn (tấn)"),
    "e1.stages": ("Подготовительные и вышкомонтажные работы ({d} сут)|Бурение и крепление скважины ({d} сут)|Испытание скважины ({d} сут)",
                  "Дайындық және мұнара құрастыру жұмыстары ({d} тәул.)|Ұңғыманы бұрғылау және бекіту ({d} тәул.)|Ұңғыманы сынау ({d} тәул.)",
                  "Lắp đặt chân đế và khối thượng tầng giàn đầu giếng ({d} ngày)|Khoan {w} giếng phát triển ({d} ngày)|"
                  "Hoàn thiện giếng và thử vỉa ({d} ngày)"),
    "e1.subtotal": ("Итого по этапу", "Кезең бойынша барлығы", ""),
    "e1.total": ("Всего за период строительства скважины", "Ұңғыманы салу кезеңі бойынша барлығы", "Tổng cộng cả giai đoạn"),
}  # fmt: skip
# number: (RU, KK) name, codes, (g/s low, high) of the first code
WELL_SOURCES = {
    "0001": (("Дизельная электростанция ДЭС-200", "ДЭС-200 дизель электр станциясы"),
             ("0301", "0304", "0328", "0330", "0337", "1325", "2754", "0703")),
    "0002": (("Привод буровой установки (дизельные двигатели Caterpillar 3512, 3 шт.)",
              "Бұрғылау қондырғысының жетегі (Caterpillar 3512 дизель қозғалтқыштары, 3 дана)"),
             ("0301", "0304", "0328", "0330", "0337", "1325", "2754", "0703")),
    "0003": (("Котельная ПКН-2М (обогрев буровой)", "ПКН-2М қазандығы (бұрғылауды жылыту)"), ("0301", "0304", "0328", "0330", "0337")),
    "0004": (("Факельная установка при испытании скважины", "Ұңғыманы сынау кезіндегі алау қондырғысы"),
             ("0301", "0304", "0328", "0337", "0410", "0333")),
    "6001": (("Сварочный пост", "Дәнекерлеу посты"), ("0123", "0143")),
    "6002": (("Емкость дизельного топлива V = 50 м3", "Дизель отыны сыйымдылығы V = 50 м3"), ("0333", "2754")),
    "6003": (("Блок приготовления бурового и цементного растворов", "Бұрғылау және цемент ерітінділерін дайындау блогы"), ("2908",)),
    "6004": (("Работа строительной техники (бульдозер, автокран)", "Құрылыс техникасының жұмысы (бульдозер, автокран)"),
             ("0301", "0328", "0330", "0337")),
}  # fmt: skip
# code: (g/s low, high)
WELL_GS = {"0301": (0.05, 0.9), "0304": (0.008, 0.15), "0328": (0.004, 0.08), "0330": (0.01, 0.2), "0337": (0.04, 0.8),
           "1325": (0.001, 0.02), "2754": (0.01, 0.2), "0703": (0.0000005, 0.000003), "0410": (0.05, 0.6), "0333": (0.00002, 0.0009),
           "0123": (0.002, 0.02), "0143": (0.0002, 0.002), "2908": (0.01, 0.12)}  # fmt: skip
# stage: (days low, high), sources
WELL_STAGES = (
    ((10, 16), ("0001", "6001", "6004")),
    ((32, 48), ("0002", "0003", "6002", "6003")),
    ((10, 18), ("0001", "0004", "6002")),
)
# VI: (source, codes) per stage
VI_STAGES = (
    (
        ("Sà lan cẩu và máy phát điện trên sà lan", ("2902", "0330", "0301", "0337")),
        ("Tàu kéo, tàu dịch vụ hỗ trợ lắp đặt", ("2902", "0330", "0301", "0337")),
    ),
    (
        ("Máy phát điện chính của giàn khoan tự nâng (3 × 1.500 kW)", ("2902", "0330", "0301", "0337")),
        ("Tàu dịch vụ cung ứng", ("0330", "0301", "0337")),
    ),
    (
        ("Hệ thống đốt đuốc khi thử vỉa", ("0301", "0337", "0410", "0330")),
        ("Máy phát điện chính của giàn khoan tự nâng (3 × 1.500 kW)", ("2902", "0330", "0301", "0337")),
    ),
)


def emissions_ba1(doc: Doc) -> None:
    """The construction of one production well by stages (preparatory and rig-up works, drilling and casing, testing):
    the stage with its duration merged down the first column, each source's number and name merged over its
    substances, code and name, `г/с` and `т/период`; the diesel power station `0001` works in the first and the last
    stage, so it gives the same substances twice with other figures; an `Итого по этапу` row under each stage and a
    total for the well; no hazard class (VI: development drilling offshore in the construction period, the activity and
    its named sources merged down, tonnes for the whole stage, one total row)."""
    r = doc.rng
    vi = doc.lang == "vi"
    doc.h(_t(doc, "e1.title"))
    doc.h(_t(doc, "e1.h"))
    doc.p(_t(doc, "e1.p").format(depth=num(r.choice((2450, 2800, 3150)), doc.lang)))
    head = _row(doc, "e1.head")
    rows, merges = [head], []
    names = _list(doc, "e1.stages")
    grand = 0.0
    if vi:
        wells = r.randint(4, 8)
        for k, (name, sources) in enumerate(zip(names, VI_STAGES, strict=True)):
            days = (r.randint(20, 30), wells * r.randint(28, 36), r.randint(20, 30))[k]
            stage_start = len(rows)
            for source, codes in sources:
                start = len(rows)
                for code in codes:
                    low, high = WELL_GS.get(code, (0.05, 0.9))
                    g_s = _sig(r.uniform(low, high) * 3, 3)
                    t = _sig(g_s * days * 86400 / 1e6 * r.uniform(0.4, 0.85), 4)
                    grand += t
                    label = vocab.air(code, "vi", r.randrange(2))
                    lead = [
                        name.format(d=days, w=wells) if len(rows) == stage_start else None,
                        source if len(rows) == start else None,
                    ]
                    rows.append([*lead, label, num(g_s, "vi"), num(t, "vi")])
                    doc.add("emissions", emission(code, g_s, t, period="construction"))
                _down(rows, start, 1, merges)
            _down(rows, stage_start, 0, merges)
        rows.append([_t(doc, "e1.total"), None, None, "-", num(round(grand, 4), "vi")])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
        doc.table(_t(doc, "e1.caption"), rows, merges, role="emissions")
        maybe_distractor(doc)
        return
    lang = 0 if doc.lang == "ru" else 1
    seen: list[str] = []
    for name, ((low_d, high_d), numbers) in zip(names, WELL_STAGES, strict=True):
        days = r.randint(low_d, high_d)
        stage_start = len(rows)
        sum_g = sum_t = 0.0
        for number in numbers:
            source, codes = WELL_SOURCES[number]
            if len(codes) > 5:
                codes = tuple(c for c in codes if c in ("0301", "0304", "0337") or r.random() < 0.55)
            start = len(rows)
            for code in codes:
                g_s = _sig(r.uniform(*WELL_GS[code]), 3)
                t = _sig(g_s * days * 86400 / 1e6 * r.uniform(0.4, 0.9), 4)
                sum_g, sum_t = sum_g + g_s, sum_t + t
                lead = [name.format(d=days) if len(rows) == stage_start else None]
                lead += [number, source[lang]] if len(rows) == start else [None, None]
                rows.append([*lead, code, _air(doc, code), num(g_s, doc.lang), num(t, doc.lang)])
                doc.add("emissions", emission(code, g_s, t, number, period="construction"))
            _down(rows, start, 1, merges)
            _down(rows, start, 2, merges)
            if number not in seen:
                seen.append(number)
        _down(rows, stage_start, 0, merges)
        rows.append(
            [
                "",
                _t(doc, "e1.subtotal"),
                None,
                None,
                None,
                num(round(sum_g, 7), doc.lang),
                num(round(sum_t, 6), doc.lang),
            ]
        )
        merges.append((len(rows) - 1, 1, len(rows) - 1, 4))
        grand += sum_t
    rows.append([_t(doc, "e1.total"), None, None, None, None, "–", num(round(grand, 6), doc.lang)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
    doc.table(_t(doc, "e1.caption"), rows, merges, role="emissions")
    doc.add("sources", *(_source(x) for x in sorted(seen)))
    maybe_distractor(doc)


TEXT |= {
    "e2.title": ("Проект нормативов допустимых выбросов на 2026–2035 годы. Объект: {name}",
                 "{name} үшін 2026–2035 жылдарға арналған жол берілетін шығарындылар нормативтерінің жобасы",
                 "BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA {name}"),
    "e2.h": ("3.4. Параметры выбросов загрязняющих веществ в атмосферу для расчета нормативов допустимых выбросов",
             "3.4. Жол берілетін шығарындылар нормативтерін есептеуге арналған атмосфераға ластаушы заттар шығарындыларының параметрлері",
             "1.4. Nguồn phát sinh khí thải và tải lượng các chất ô nhiễm"),
    "e2.p": ("Таблица составлена по форме программного комплекса «ЭРА» v3.0; концентрации приведены к нормальным условиям.",
             "Кесте «ЭРА» v3.0 бағдарламалық кешенінің нысаны бойынша жасалды; концентрациялар қалыпты жағдайларға келтірілген.",
             "Các nguồn khí thải của Nhà máy được tổng hợp tại bảng dưới đây; nồng độ quy về điều kiện tiêu chuẩn (25 °C, 1 atm)."),
    "e2.caption": ("Таблица 3.4", "3.4-кесте",
                   "Bảng 1.12. Thông số các nguồn thải khí và tải lượng ô nhiễm của Nhà máy trong giai đoạn vận hành"),
    "e2.head0": ("Производство, цех|Источник выделения ЗВ|^|Число часов работы в году|Источник выброса ЗВ|^|Высота источника, м|"
                 "Диаметр устья, м|Параметры ГВС на выходе из источника|^|^|Наименование ГОУ|Код ЗВ|Наименование ЗВ|"
                 "Выбросы загрязняющего вещества|^|^",
                 "Өндіріс, цех|ЛЗ бөліну көзі|^|Жылына жұмыс сағаттарының саны|ЛЗ шығарынды көзі|^|Көздің биіктігі, м|"
                 "Сағасының диаметрі, м|Көзден шығатын ГАҚ параметрлері|^|^|ГТҚ атауы|ЛЗ коды|ЛЗ атауы|Ластаушы зат шығарындылары|^|^",
                 "Phân xưởng|Nguồn thải|Ký hiệu|Thông số ống thải|^|Thông số khí thải|^|Chất ô nhiễm|Nồng độ (mg/Nm3)|Tải lượng|^"),
    "e2.head1": ("^|наименование|кол-во, шт.|^|номер|наименование|^|^|скорость, м/с|объем, м3/с|температура, °С|^|^|^|г/с|мг/нм3|т/год",
                 "^|атауы|саны, дана|^|нөмірі|атауы|^|^|жылдамдығы, м/с|көлемі, м3/с|температурасы, °С|^|^|^|г/с|мг/нм3|т/жыл",
                 "^|^|^|Chiều cao (m)|Đường kính (m)|Lưu lượng (Nm3/h)|Nhiệt độ (°C)|^|^|g/s|tấn/năm"),
    "e2.none": ("отсутствует", "жоқ", ""),
}  # fmt: skip
# production (RU, KK), [(number, release (RU, KK), count, emission source (RU, KK), height, diameter, temperature, codes)]
GPZ = (
    (("Установка комплексной подготовки газа", "Газды кешенді дайындау қондырғысы"), (
        ("0001", ("Печь подогрева газа регенерации П-101", "П-101 регенерация газын қыздыру пеші"), 1,
         ("Дымовая труба печи П-101", "П-101 пешінің түтін мұржасы"), 30, 0.8, 380, ("0301", "0304", "0337", "0410")),
        ("0002", ("Котел-утилизатор КУ-40", "КУ-40 кәдеге жарату қазаны"), 1,
         ("Дымовая труба котла-утилизатора", "Кәдеге жарату қазанының түтін мұржасы"), 45, 1.2, 210, ("0301", "0304", "0337")))),
    (("Установка получения серы (процесс Клауса)", "Күкірт алу қондырғысы (Клаус процесі)"), (
        ("0003", ("Печь дожига хвостовых газов", "Құйрық газдарын жағып бітіру пеші"), 1,
         ("Дымовая труба печи дожига", "Жағып бітіру пешінің түтін мұржасы"), 80, 1.4, 320, ("0330", "0333", "0301", "0337")),)),
    (("Факельное хозяйство", "Алау шаруашылығы"), (
        ("0004", ("Факел высокого давления", "Жоғары қысымды алау"), 1,
         ("Факельный ствол ФВД", "ЖҚА алау оқпаны"), 60, 0.6, 1100, ("0301", "0304", "0328", "0337", "0410", "0333")),
        ("0005", ("Факел низкого давления", "Төмен қысымды алау"), 1,
         ("Факельный ствол ФНД", "ТҚА алау оқпаны"), 40, 0.4, 950, ("0301", "0328", "0337", "0410")))),
    (("Товарно-сырьевой парк", "Тауарлық-шикізат паркі"), (
        ("6001", ("Резервуары стабильного конденсата РВС-2000", "РВС-2000 тұрақты конденсат резервуарлары"), 4,
         ("Дыхательные клапаны резервуаров", "Резервуарлардың тыныс алу клапандары"), 12, None, None, ("0415", "0416", "0602", "0621", "0333")),
        ("6002", ("Неплотности ЗРА и фланцевых соединений", "БРА мен фланецтік қосылыстардың тығыз еместігі"), 420,
         ("Технологическая площадка УКПГ (неорганизованный)", "ГКДҚ технологиялық алаңы (ұйымдастырылмаған)"), 2, None, None,
         ("0333", "0410", "0415")))),
)  # fmt: skip
# code: (mg/nm3 low, high) at an organised source, (g/s low, high) at an unorganised one
GPZ_CONC = {"0301": (120, 380), "0304": (20, 60), "0337": (40, 260), "0410": (5, 45), "0330": (350, 1100), "0333": (2, 9),
            "0328": (15, 80)}  # fmt: skip
GPZ_GS = {"0301": (0.3, 4), "0304": (0.05, 0.6), "0337": (0.2, 6), "0410": (0.01, 0.5), "0330": (2, 14), "0333": (0.001, 0.03),
          "0328": (0.01, 0.4), "0415": (0.2, 2.5), "0416": (0.05, 0.9), "0602": (0.001, 0.02), "0621": (0.001, 0.015)}  # fmt: skip
# VI: unit, source, code, height, diameter, flow (Nm3/h), temperature, codes
REFINERY_STACKS = (
    ("Phân xưởng chưng cất dầu thô (CDU)", "Ống khói lò gia nhiệt dầu thô", "KT-01", 70, 3.2, (180000, 260000), 170,
     ("2902", "0330", "0301", "0337")),
    ("Phân xưởng cracking xúc tác tầng sôi (RFCC)", "Ống khói thiết bị tái sinh xúc tác", "KT-02", 90, 3.6, (260000, 340000), 210,
     ("2902", "0330", "0301", "0337")),
    ("Phân xưởng thu hồi lưu huỳnh (SRU)", "Ống khói lò đốt khí đuôi", "KT-03", 80, 1.4, (30000, 45000), 300, ("0330", "0333", "0301")),
    ("Phân xưởng phụ trợ", "Ống khói lò hơi phụ trợ (đốt khí nhiên liệu)", "KT-04", 55, 2.4, (90000, 140000), 150,
     ("2902", "0330", "0301", "0337")),
)  # fmt: skip
# code: (mg/Nm3 low, high)
VI_CONC = {"2902": (8, 60), "0330": (60, 380), "0301": (110, 420), "0337": (25, 240), "0333": (0.5, 5)}


def emissions_ba2(doc: Doc) -> None:
    """The ЭРА form «Параметры выбросов загрязняющих веществ в атмосферу для расчета НДВ» of a gas processing plant: a
    two-row header and a row of column numbers 1–17; the production merged down the first column; the source of release
    (name, number of units), its hours a year, the source's number and name, height, mouth diameter, the gas-air mixture
    (velocity, volume, temperature) and the gas cleaning merged down over its substances; then code, name and the
    emission as `г/с | мг/нм3 | т/год` — the concentration between the two rates; dashes for the unorganised sources'
    mixture and concentration; no hazard class and no period (VI: a refinery's stacks by unit, height, diameter, flow in
    Nm3/h and temperature, the concentration in mg/Nm3 before `g/s | tấn/năm`, the operation period in the caption)."""
    r = doc.rng
    vi = doc.lang == "vi"
    name, operator, _ = _site(doc, "gpz", "refinery")
    doc.h(_t(doc, "e2.title").format(name=name.upper() if vi else name))
    doc.p(doc.v(f"Оператор: {operator}.", f"Оператор: {operator}.", f"Chủ cơ sở: {operator}."))
    doc.h(_t(doc, "e2.h"))
    doc.p(_t(doc, "e2.p"))
    if vi:
        rows = [_row(doc, "e2.head0"), _row(doc, "e2.head1")]
        merges = [
            (0, 0, 1, 0),
            (0, 1, 1, 1),
            (0, 2, 1, 2),
            (0, 3, 0, 4),
            (0, 5, 0, 6),
            (0, 7, 1, 7),
            (0, 8, 1, 8),
            (0, 9, 0, 10),
        ]
        for unit, source, code_, height, diameter, flows, temp, codes in REFINERY_STACKS:
            flow = r.randint(*flows) // 1000 * 1000
            start = len(rows)
            for code in codes:
                g_s = _sig(r.uniform(*VI_CONC[code]) * flow / 3.6e6, 3)
                conc = _sig(g_s * 3.6e6 / flow, 3)
                t_y = _sig(g_s * 8000 * 3600 / 1e6, 4)
                lead = [
                    unit,
                    source,
                    code_,
                    num(height, "vi"),
                    num(diameter, "vi"),
                    num(flow, "vi"),
                    str(temp),
                ]
                label = vocab.air(code, "vi", r.randrange(2))
                rows.append(
                    [
                        *(lead if len(rows) == start else [None] * 7),
                        label,
                        num(conc, "vi"),
                        num(g_s, "vi"),
                        num(t_y, "vi"),
                    ]
                )
                doc.add("emissions", emission(code, g_s, t_y, period="operation"))
            for c in range(7):
                _down(rows, start, c, merges)
        doc.table(_t(doc, "e2.caption"), rows, merges, role="emissions")
        maybe_distractor(doc)
        return
    lang = 0 if doc.lang == "ru" else 1
    rows = [_row(doc, "e2.head0"), _row(doc, "e2.head1"), [str(k) for k in range(1, 18)]]
    merges = [
        (0, 0, 1, 0),
        (0, 1, 0, 2),
        (0, 3, 1, 3),
        (0, 4, 0, 5),
        (0, 6, 1, 6),
        (0, 7, 1, 7),
        (0, 8, 0, 10),
        (0, 11, 1, 11),
        (0, 12, 1, 12),
        (0, 13, 1, 13),
        (0, 14, 0, 16),
    ]
    dash = "–"
    sources = []
    for production, items in GPZ:
        kept = [x for x in items if x[0] in ("0001", "0003", "0004", "6001") or r.random() < 0.6]
        prod_start = len(rows)
        for number, release, count, src_name, height, diameter, temp, codes in kept:
            sources.append(_source(number))
            hours = 8760 if number != "0005" else r.choice((2200, 3600))
            organised = diameter is not None
            if organised:
                speed = round(r.uniform(4, 14), 1)
                volume = _sig(3.14159 * diameter**2 / 4 * speed, 3)
                normal = volume * 273 / (273 + temp)
                gas = [num(speed, doc.lang), num(volume, doc.lang), str(temp)]
            else:
                normal, gas = None, [dash] * 3
            start = len(rows)
            for code in codes:
                if normal:
                    g_s = _sig(r.uniform(*GPZ_CONC[code]) * normal / 1000, 3)
                    conc = num(_sig(g_s * 1000 / normal, 3), doc.lang)
                else:
                    g_s, conc = _sig(r.uniform(*GPZ_GS[code]), 3), dash
                t_y = _sig(g_s * hours * 3600 / 1e6 * r.uniform(0.75, 1), 4)
                lead = [
                    release[lang],
                    str(count),
                    num(hours, doc.lang),
                    number,
                    src_name[lang],
                    num(height, doc.lang),
                    num(diameter, doc.lang) if organised else dash,
                    *gas,
                    _t(doc, "e2.none") if organised else dash,
                ]
                first = len(rows) == start
                rows.append(
                    [
                        production[lang] if len(rows) == prod_start else None,
                        *(lead if first else [None] * 11),
                        code,
                        _air(doc, code),
                        num(g_s, doc.lang),
                        conc,
                        num(t_y, doc.lang),
                    ]
                )
                doc.add("emissions", emission(code, g_s, t_y, number))
            for c in range(1, 12):
                _down(rows, start, c, merges)
        _down(rows, prod_start, 0, merges)
    doc.table(_t(doc, "e2.caption"), rows, merges, role="emissions")
    doc.add("sources", *sources)
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

TEXT |= {
    "w1.title": ("Оценка воздействия на окружающую среду к проекту «Бурение эксплуатационных скважин на месторождении Тасбулак»",
                 "«Тасбұлақ кен орнында пайдалану ұңғымаларын бұрғылау» жобасына қоршаған ортаға әсерді бағалау",
                 "BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN PHÁT TRIỂN MỎ SAO ĐỎ, LÔ 09-3/22"),
    "w1.h": ("7.2. Объемы образования отходов при строительстве скважин", "7.2. Ұңғымаларды салу кезінде түзілетін қалдықтар көлемі",
             "3.1.1.3. Chất thải rắn và chất thải nguy hại phát sinh trong quá trình khoan"),
    "w1.p": ("Проектом предусмотрено бурение {w} эксплуатационных скважин в 2026–2027 годах. Нормативы образования отходов "
             "на одну скважину определены по фактическим данным бурения аналогичных скважин месторождения.",
             "Жобада 2026–2027 жылдары {w} пайдалану ұңғымасын бұрғылау көзделген. Бір ұңғымаға шаққандағы қалдықтардың "
             "түзілу нормативтері кен орнының ұқсас ұңғымаларын бұрғылаудың нақты деректері бойынша анықталды.",
             "Dự án khoan {w} giếng phát triển bằng giàn khoan tự nâng, sử dụng dung dịch khoan nền nước. Khối lượng chất "
             "thải được ước tính cho 01 giếng theo số liệu khoan các giếng tương tự trong khu vực và nhân với số giếng:"),
    "w1.caption": ("Таблица 7.3 – Расчет объемов образования отходов бурения", "7.3-кесте – Бұрғылау қалдықтарының түзілу көлемдерін есептеу",
                   "Bảng 3.9. Khối lượng chất thải phát sinh trong giai đoạn khoan"),
    "w1.head": ("№|Наименование отхода|Код отхода|Уровень опасности|Норматив образования на 1 скважину, т|Количество скважин, шт.|"
                "Объем образования за период бурения, т|Способ обращения",
                "№|Қалдықтың атауы|Қалдық коды|Қауіптілік деңгейі|1 ұңғымаға түзілу нормативі, т|Ұңғымалар саны, дана|"
                "Бұрғылау кезеңіндегі түзілу көлемі, т|Жұмыс істеу тәсілі",
                "TT|Loại chất thải|Mã CTNH|Khối lượng/giếng (tấn)|Số giếng|Tổng khối lượng (tấn)|Biện pháp quản lý"),
    "w1.level": ("опасный|неопасный", "қауіпті|қауіпті емес", ""),
    "w1.total": ("Итого", "Барлығы", "Tổng cộng"),
}  # fmt: skip
# code, (RU, KK), (t per well low, high), handling (RU, KK)
DRILL_WASTES = (
    ("01 05 05*", ("Буровой шлам", "Бұрғылау шламы"), (180, 420),
     ("передача ТОО «Каспий Экосервис» на термодесорбцию", "термодесорбцияға «Каспий Экосервис» ЖШС-ға беру")),
    ("01 05 06*", ("Отработанный буровой раствор", "Пайдаланылған бұрғылау ерітіндісі"), (90, 260),
     ("повторное использование, остаток – на обезвреживание", "қайта пайдалану, қалдығы – залалсыздандыруға")),
    ("16 10 01*", ("Буровые сточные воды", "Бұрғылау ағынды сулары"), (150, 380),
     ("вывоз на установку очистки ТОО «Каспий Экосервис»", "«Каспий Экосервис» ЖШС тазарту қондырғысына шығару")),
    ("13 02 05*", ("Отработанные моторные масла", "Пайдаланылған мотор майлары"), (0.3, 1.2),
     ("передача на регенерацию по договору", "шарт бойынша регенерацияға беру")),
    ("15 02 02*", ("Промасленная ветошь", "Майланған шүберек"), (0.05, 0.3),
     ("передача специализированной организации", "мамандандырылған ұйымға беру")),
    ("15 01 10*", ("Тара из-под химических реагентов", "Химиялық реагенттер ыдысы"), (0.2, 1.5),
     ("возврат поставщику", "жеткізушіге қайтару")),
    ("12 01 13", ("Огарки сварочных электродов", "Дәнекерлеу электродтарының қалдықтары"), (0.01, 0.05),
     ("сдача в пункт приема металлолома", "металл сынықтарын қабылдау пунктіне тапсыру")),
    ("17 04 05", ("Лом черных металлов", "Қара металл сынықтары"), (1, 4),
     ("сдача в пункт приема металлолома", "металл сынықтарын қабылдау пунктіне тапсыру")),
    ("20 03 01", ("Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар"), (1.5, 4),
     ("вывоз на полигон ТБО г. Кульсары", "Құлсары қ. ҚТҚ полигонына шығару")),
)  # fmt: skip
# VI: name, code (None for ordinary), (t per well low, high), handling
VI_DRILL_WASTES = (
    ("Mùn khoan nền nước (đã tách dung dịch khoan)", None, (250, 600), "Thải xuống biển tại vị trí giàn theo QCVN 36:2010/BTNMT"),
    ("Dung dịch khoan nền nước thải", None, (80, 200), "Thải xuống biển tại vị trí giàn theo QCVN 36:2010/BTNMT"),
    ("Chất thải rắn thông thường (giấy, gỗ, kim loại phế liệu)", None, (2, 6), "Đưa về bờ, chuyển giao đơn vị thu gom"),
    ("Chất hấp thụ, vật liệu lọc, giẻ lau, vải bảo vệ thải bị nhiễm các thành phần nguy hại", "18 02 01", (0.2, 0.8),
     "Đưa về căn cứ dịch vụ, chuyển giao đơn vị có GPMT xử lý CTNH"),
    ("Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "17 02 03", (0.5, 2), "Đưa về căn cứ dịch vụ, chuyển giao đơn vị có GPMT xử lý CTNH"),
    ("Bao bì cứng thải bằng kim loại", "18 01 02", (0.3, 1.2), "Đưa về căn cứ dịch vụ, chuyển giao đơn vị có GPMT xử lý CTNH"),
    ("Bao bì cứng thải bằng nhựa", "18 01 03", (0.2, 0.9), "Đưa về căn cứ dịch vụ, chuyển giao đơn vị có GPMT xử lý CTNH"),
    ("Bóng đèn huỳnh quang và các loại thủy tinh hoạt tính thải", "16 01 06", (0.01, 0.04),
     "Đưa về căn cứ dịch vụ, chuyển giao đơn vị có GPMT xử lý CTNH"),
)  # fmt: skip


def wastes_ba1(doc: Doc) -> None:
    """Drilling wastes of a group of production wells: each waste's norm of formation per well, the number of wells
    merged down its column over all rows, and the amount for the whole drilling (norm × wells) — the amount; the code
    and the level of hazard before them, the handling last, a total row (VI: development drilling offshore, cuttings and
    water-based mud discharged at sea without codes beside the CTNH brought ashore, tonnes)."""
    r = doc.rng
    vi = doc.lang == "vi"
    wells = r.choice((4, 5, 6, 8, 10))
    doc.h(_t(doc, "w1.title"))
    doc.h(_t(doc, "w1.h"))
    doc.p(_t(doc, "w1.p").format(w=f"{wells:02d}" if vi else wells))
    head = _row(doc, "w1.head")
    rows, merges = [head], []
    grand = 0.0
    if vi:
        picked = [w for w in VI_DRILL_WASTES if w[1] is None or r.random() < 0.8]
        for k, (name, code, (low, high), handling) in enumerate(picked, 1):
            per = _sig(r.uniform(low, high), 3)
            total = round(per * wells, 6)
            grand += total
            rows.append(
                [
                    str(k),
                    name,
                    code or "-",
                    num(per, "vi"),
                    str(wells) if k == 1 else None,
                    num(total, "vi"),
                    handling,
                ]
            )
            hazardous = code is not None
            doc.add(
                "wastes",
                {
                    "code": f"{code}*" if code else None,
                    "code_system": "VN-CTNH" if code else None,
                    "hazardous": hazardous,
                    "amount_t": total,
                    "name_contains": name,
                },
            )
        _down(rows, 1, 4, merges)
        rows.append(["", _t(doc, "w1.total"), "", "", "", num(round(grand, 4), "vi"), ""])
        doc.table(_t(doc, "w1.caption"), rows, merges, role="wastes")
        maybe_distractor(doc)
        return
    lang = 0 if doc.lang == "ru" else 1
    levels = _list(doc, "w1.level")
    picked = DRILL_WASTES[:3] + tuple(w for w in DRILL_WASTES[3:] if r.random() < 0.75)
    for k, (code, names, (low, high), handling) in enumerate(picked, 1):
        per = _sig(r.uniform(low, high), 3)
        total = round(per * wells, 6)
        grand += total
        hazardous = code.endswith("*")
        level = levels[0 if hazardous else 1]
        rows.append(
            [
                str(k),
                names[lang],
                code,
                level,
                num(per, doc.lang),
                str(wells) if k == 1 else None,
                num(total, doc.lang),
                handling[lang],
            ]
        )
        doc.add(
            "wastes",
            {
                "code": code,
                "code_system": "LoW",
                "hazardous": hazardous,
                "amount_t": total,
                "name_contains": names[lang],
            },
        )
    _down(rows, 1, 5, merges)
    rows.append(["", _t(doc, "w1.total"), "", "", "", "", num(round(grand, 4), doc.lang), ""])
    doc.table(_t(doc, "w1.caption"), rows, merges, role="wastes")
    maybe_distractor(doc)


TEXT |= {
    "w2.title": ("Комплексное экологическое разрешение. Объект: {name}. Приложение 4. Лимиты накопления отходов",
                 "{name} кешенді экологиялық рұқсаты. 4-қосымша. Қалдықтарды жинақтау лимиттері",
                 "KẾ HOẠCH QUẢN LÝ CHẤT THẢI GIAI ĐOẠN 2026–2028 CỦA {name}"),
    "w2.p": ("Оператор: {operator}. Лимиты накопления установлены на каждый год срока действия разрешения; место накопления "
             "указано по схеме размещения площадок (приложение 4.1).",
             "Оператор: {operator}. Жинақтау лимиттері рұқсаттың қолданылу мерзімінің әр жылына белгіленген; жинақтау орны "
             "алаңдарды орналастыру схемасы бойынша көрсетілген (4.1-қосымша).",
             "Chủ cơ sở: {operator}. Khối lượng dự kiến phát sinh được lập trên cơ sở số liệu năm 2025 và kế hoạch bảo dưỡng "
             "tổng thể (turnaround) năm 2027."),
    "w2.caption": ("Таблица 4.1 – Лимиты накопления отходов на 2026–2030 годы", "4.1-кесте – 2026–2030 жылдарға арналған қалдықтарды жинақтау лимиттері",
                   "Bảng 2. Khối lượng chất thải dự kiến phát sinh theo năm"),
    "w2.head0": ("№ п/п|Наименование отхода|Код отхода|Лимит накопления, т/год|^|^|^|^|Место накопления",
                 "Р/с №|Қалдықтың атауы|Қалдық коды|Жинақтау лимиті, т/жыл|^|^|^|^|Жинақтау орны",
                 "TT|Tên chất thải|Mã chất thải|Khối lượng dự kiến phát sinh (kg/năm)|^|^|Đơn vị tiếp nhận, xử lý"),
    "w2.head1": ("^|^|^|2026 г.|2027 г.|2028 г.|2029 г.|2030 г.|^", "^|^|^|2026 ж.|2027 ж.|2028 ж.|2029 ж.|2030 ж.|^",
                 "^|^|^|Năm 2026|Năm 2027|Năm 2028|^"),
    "w2.total": ("Всего", "Барлығы", "Tổng cộng"),
    "w2.groups": ("", "", "A. Chất thải nguy hại|B. Chất thải rắn công nghiệp thông thường"),
    "w2.note": ("Примечание: отработанный катализатор гидроочистки образуется при плановой замене катализатора (один раз "
                "за срок действия разрешения).",
                "Ескертпе: гидротазартудың пайдаланылған катализаторы катализаторды жоспарлы ауыстыру кезінде түзіледі (рұқсаттың "
                "қолданылу мерзімінде бір рет).",
                "Ghi chú: linh kiện điện tử thải phát sinh một lần khi thay thế hệ thống điều khiển phân tán (DCS) trong đợt "
                "bảo dưỡng tổng thể năm 2027."),
}  # fmt: skip
# code, (RU, KK), (t low, high), place (RU, KK)
REFINERY_WASTES = (
    ("05 01 03*", ("Нефтешлам (донные отложения резервуаров)", "Мұнай шламы (резервуарлардың түп шөгінділері)"), (300, 1500),
     ("шламонакопитель, карта № 2", "шлам жинағыш, № 2 карта")),
    ("05 01 09*", ("Осадок очистных сооружений промышленных стоков", "Өнеркәсіптік ағындарды тазарту құрылыстарының тұнбасы"), (120, 600),
     ("шламонакопитель, карта № 3", "шлам жинағыш, № 3 карта")),
    ("17 05 03*", ("Замазученный грунт", "Мұнаймен ластанған топырақ"), (20, 150),
     ("площадка временного хранения № 1", "№ 1 уақытша сақтау алаңы")),
    ("05 01 15*", ("Отработанные адсорбенты (фильтрующие глины)", "Пайдаланылған адсорбенттер (сүзгіш саздар)"), (5, 40),
     ("склад опасных отходов", "қауіпті қалдықтар қоймасы")),
    ("16 08 04", ("Отработанный катализатор каталитического крекинга", "Каталитикалық крекингтің пайдаланылған катализаторы"), (150, 400),
     ("площадка временного хранения № 2", "№ 2 уақытша сақтау алаңы")),
    ("05 01 16", ("Отходы серы (некондиционная сера)", "Күкірт қалдықтары (кондициялық емес күкірт)"), (10, 80),
     ("склад серы", "күкірт қоймасы")),
    ("13 02 05*", ("Отработанные моторные масла", "Пайдаланылған мотор майлары"), (2, 12), ("склад ГСМ, емкость 5 м3", "ЖЖМ қоймасы, 5 м3 сыйымдылық")),
    ("20 01 21*", ("Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар"), (0.1, 0.5),
     ("склад опасных отходов", "қауіпті қалдықтар қоймасы")),
    ("20 03 01", ("Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар"), (60, 200), ("контейнерные площадки", "контейнер алаңдары")),
    ("17 04 05", ("Лом черных металлов", "Қара металл сынықтары"), (30, 150), ("площадка металлолома", "металл сынықтары алаңы")),
)  # fmt: skip
CATALYST = (
    "16 08 02*",
    ("Отработанный катализатор гидроочистки", "Гидротазартудың пайдаланылған катализаторы"),
    (40, 120),
    ("склад опасных отходов", "қауіпті қалдықтар қоймасы"),
)
# VI: code (None for ordinary), name, (kg low, high)
PETCHEM_WASTES = (
    ("17 05 02", "Bùn thải từ thiết bị tách dầu/nước", (8000, 30000)),
    (
        "18 02 01",
        "Chất hấp thụ, vật liệu lọc, giẻ lau, vải bảo vệ thải bị nhiễm các thành phần nguy hại",
        (1500, 6000),
    ),
    ("17 02 03", "Dầu động cơ, hộp số và bôi trơn tổng hợp thải", (800, 4000)),
    ("18 01 02", "Bao bì cứng thải bằng kim loại", (500, 3000)),
    ("18 01 03", "Bao bì cứng thải bằng nhựa", (400, 2500)),
    ("16 01 06", "Bóng đèn huỳnh quang và các loại thủy tinh hoạt tính thải", (50, 300)),
)
VI_ONCE = ("16 01 13", "Các thiết bị, bộ phận, linh kiện điện tử thải", (300, 1200))
RECEIVERS = ("Công ty TNHH Môi trường Xanh Phú Mỹ", "Công ty Cổ phần Môi trường Đông Nam Bộ")


def wastes_ba2(doc: Doc) -> None:
    """A КЭР's annex of accumulation limits of a refinery with a column per year 2026–2030 under a merged `Лимит
    накопления, т/год`: a constant limit merged across the five year cells in some rows and repeated in each in others,
    the spent hydrotreating catalyst only in the year it is changed (dashes in the others); the place of accumulation
    last, a total row per year and a note on the catalyst (VI: a petrochemical plant's waste plan for 2026–2028 in
    kg/năm under hazardous and ordinary group rows, electronic parts only in the turnaround year)."""
    r = doc.rng
    vi = doc.lang == "vi"
    name, operator, _ = _site(doc, "refinery", "petchem")
    doc.h(_t(doc, "w2.title").format(name=name.upper() if vi else name))
    doc.p(_t(doc, "w2.p").format(operator=operator))
    rows, merges = [_row(doc, "w2.head0"), _row(doc, "w2.head1")], []
    if vi:
        merges += [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 1, 6)]
        groups = _list(doc, "w2.groups")
        sums = [0, 0, 0]
        _span(rows, merges, groups[0], 7)
        picked = [w for w in PETCHEM_WASTES if w[0] == "17 05 02" or r.random() < 0.75]
        once_at = len(picked) - r.randrange(2)
        picked.insert(once_at, VI_ONCE)
        n = 0
        for code, name_, (low, high) in picked:
            n += 1
            kg = r.randint(low // 10, high // 10) * 10
            years = [None, kg, None] if code == VI_ONCE[0] else [kg, kg, kg]
            sums = [a + (b or 0) for a, b in zip(sums, years, strict=True)]
            cells = [num(x, "vi") if x else "-" for x in years]
            merged = code != VI_ONCE[0] and r.random() < 0.5
            if merged:
                cells = [cells[0], None, None]
                merges.append((len(rows), 3, len(rows), 5))
            rows.append([str(n), name_, code, *cells, r.choice(RECEIVERS)])
            doc.add(
                "wastes",
                {
                    "code": code + "*",
                    "code_system": "VN-CTNH",
                    "hazardous": True,
                    "amount_t": kg / 1000,
                    "name_contains": name_,
                },
            )
        _span(rows, merges, groups[1], 7)
        for name_ in r.sample(("Bao bì giấy, carton thải", "Pallet gỗ hư hỏng", "Phế liệu kim loại"), 2):
            n += 1
            kg = r.randint(200, 3000) * 10
            sums = [a + kg for a in sums]
            rows.append(
                [str(n), name_, "-", num(kg, "vi"), None, None, "Công ty TNHH Thu mua phế liệu Tân Thành"]
            )
            merges.append((len(rows) - 1, 3, len(rows) - 1, 5))
            doc.add(
                "wastes",
                {
                    "code": None,
                    "code_system": None,
                    "hazardous": False,
                    "amount_t": kg / 1000,
                    "name_contains": name_,
                },
            )
        rows.append(["", _t(doc, "w2.total"), "", *(num(x, "vi") for x in sums), ""])
        doc.table(_t(doc, "w2.caption"), rows, merges, role="wastes")
        doc.p(_t(doc, "w2.note"))
        return
    lang = 0 if doc.lang == "ru" else 1
    merges += [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 7), (0, 8, 1, 8)]
    picked = [w for w in REFINERY_WASTES if w[0] in ("05 01 03*", "05 01 09*") or r.random() < 0.65]
    picked.insert(r.randint(2, 4), CATALYST)
    year = r.randint(1, 3)
    sums = [0.0] * 5
    for n, (code, names, (low, high), place) in enumerate(picked, 1):
        t = _sig(r.uniform(low, high), 3)
        years = [t if k == year else None for k in range(5)] if code == CATALYST[0] else [t] * 5
        sums = [a + (b or 0) for a, b in zip(sums, years, strict=True)]
        cells = [num(x, doc.lang) if x else "–" for x in years]
        if code != CATALYST[0] and r.random() < 0.5:
            cells = [cells[0], None, None, None, None]
            merges.append((len(rows), 3, len(rows), 7))
        rows.append([str(n), names[lang], code, *cells, place[lang]])
        doc.add(
            "wastes",
            {
                "code": code,
                "code_system": "LoW",
                "hazardous": code.endswith("*"),
                "amount_t": t,
                "name_contains": names[lang],
            },
        )
    rows.append(["", _t(doc, "w2.total"), "", *(num(round(x, 4), doc.lang) for x in sums), ""])
    doc.table(_t(doc, "w2.caption"), rows, merges, role="wastes")
    doc.p(_t(doc, "w2.note"))
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

TEXT |= {
    "l1.title": ("Отчет по производственному экологическому контролю за 2025 год. {name}",
                 "{name}. 2025 жылғы өндірістік экологиялық бақылау бойынша есеп",
                 "BÁO CÁO KẾT QUẢ QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ NĂM 2025 – {name}"),
    "l1.h": ("4.4. Мониторинг почв на территории месторождения", "4.4. Кен орны аумағындағы топырақ мониторингі",
             "2.4. Kết quả quan trắc nước dưới đất"),
    "l1.p": ("Пробы почвы отобраны 12–14 сентября 2025 г. послойно (0–5 см и 5–20 см) на участках, прилегающих к кустовым "
             "площадкам и объектам подготовки нефти. Почвы участков – бурые пустынные супесчаные.",
             "Топырақ сынамалары 2025 жылғы 12–14 қыркүйекте қабаттар бойынша (0–5 см және 5–20 см) ұңғымалар тобының алаңдары мен "
             "мұнай дайындау объектілеріне іргелес учаскелерде алынды. Учаскелердің топырағы – қоңыр шөлді құмдақ.",
             "Nước dưới đất được lấy tại các giếng quan trắc bố trí quanh khu bể chứa xăng dầu của Kho trong hai đợt: đợt 1 "
             "(mùa khô) và đợt 2 (mùa mưa). Kết quả được so sánh với QCVN 09:2023/BTNMT."),
    "l1.caption": ("Таблица 4.7 – Содержание тяжелых металлов в почве, мг/кг", "4.7-кесте – Топырақтағы ауыр металдардың мөлшері, мг/кг",
                   "Bảng 2.6. Kết quả phân tích chất lượng nước dưới đất"),
    "l1.first": ("Точка отбора, глубина", "Сынама алу нүктесі, тереңдігі", "Vị trí, đợt quan trắc"),
    "l1.norm": ("ПДК, мг/кг", "ШЖК, мг/кг", "QCVN 09:2023/BTNMT"),
    "l1.points": ("П-1 – кустовая площадка № 3 (скв. 301–306), 50 м к северу|П-2 – территория УПН, у резервуарного парка|"
                  "П-3 – район бывшего шламового амбара скв. 45|П-4 – фоновая точка, 3 км западнее УПН",
                  "П-1 – № 3 ұңғымалар тобының алаңы (301–306 ұңғ.), солтүстікке қарай 50 м|П-2 – МДҚ аумағы, резервуарлар паркінің жанында|"
                  "П-3 – 45-ұңғыманың бұрынғы шлам қамбасы ауданы|П-4 – фондық нүкте, МДҚ-дан батысқа қарай 3 км",
                  "NN1 – Giếng quan trắc phía Bắc khu bể chứa xăng (sâu 12 m)|NN2 – Giếng quan trắc phía Nam khu bể chứa dầu DO (sâu 15 m)|"
                  "NN3 – Giếng quan trắc gần hệ thống xử lý nước nhiễm dầu (sâu 12 m)"),
    "l1.depths": ("0–5 см|5–20 см", "0–5 см|5–20 см", "Đợt 1 (03/2025)|Đợt 2 (09/2025)"),
    "l1.note": ("Примечание: ПДК приведены согласно гигиеническим нормативам к безопасности среды обитания (для меди, цинка, "
                "никеля, кобальта и хрома – подвижные формы).",
                "Ескертпе: ШЖК тіршілік ортасының қауіпсіздігіне қойылатын гигиеналық нормативтерге сәйкес келтірілген (мыс, "
                "мырыш, никель, кобальт және хром үшін – жылжымалы түрлері).",
                "Ghi chú: đơn vị các thông số là mg/l, trừ pH."),
}  # fmt: skip


def limits_ba1(doc: Doc) -> None:
    """Soil at an oil field's well pads and works: the metals as columns (their names in the header, the unit in the
    caption), the ПДК as the first row under the header, then a group row per sampling point spanning the table
    (`П-1 – кустовая площадка № 3 …`) over its two depth rows (`0–5 см`, `5–20 см`); a point's result is the measured
    value beside the column's ПДК (VI: groundwater wells around a fuel terminal's tank farm, two rounds per well as
    rows, QCVN 09:2023 as the first row, pH a range, units in the header)."""
    r = doc.rng
    vi = doc.lang == "vi"
    name, _, _ = _site(doc, "field", "terminal")
    doc.h(_t(doc, "l1.title").format(name=name.upper() if vi else name))
    doc.h(_t(doc, "l1.h"))
    doc.p(_t(doc, "l1.p"))
    if vi:
        pool = ["TDS", "NH4+", "Cl-", "SO4", "Fe", "Mn", "Pb", "As"]
        keys = ["pH", *sorted(r.sample(pool, 4), key=pool.index)]
        norms = GROUND_VN
        labels = [("pH" if s == "pH" else f"{vocab.water(s, 'vi')} (mg/l)") for s in keys]
        medium, unit = "water", "mg/l"
    else:
        keys = ["Pb", "Zn", "Cu", "Ni", *r.sample(["Co", "Cr", "As", "Hg"], r.randint(0, 2))]
        norms = SOIL_PDK
        labels = [vocab.soil(s, doc.lang) for s in keys]
        medium, unit = "soil", "mg/kg"
    width = 1 + len(keys)
    rows, merges = [[_t(doc, "l1.first"), *labels]], []
    rows.append([_t(doc, "l1.norm"), *(cell(doc, norms[s], to=" – ") for s in keys)])
    points = _list(doc, "l1.points")
    if not vi:
        points = [*sorted(r.sample(points[:3], r.randint(2, 3))), points[3]]
    for place in points:
        point = place.split(" ")[0]
        _span(rows, merges, place, width)
        background = place.startswith("П-4")
        for depth in _list(doc, "l1.depths"):
            cells = [depth]
            for s in keys:
                lim = norms[s]
                if isinstance(lim, tuple):
                    value = round(r.uniform(6.2, 7.8), 1)
                else:
                    value = _sig(lim * r.uniform(0.05, 0.35 if background else 0.95), 2)
                cells.append(num(value, doc.lang))
                add(doc, limit(("symbol", s), medium, lim, unit, None, point, value))
            rows.append(cells)
    doc.table(_t(doc, "l1.caption"), rows, merges, role="limits")
    doc.p(_t(doc, "l1.note"))
    maybe_distractor(doc)


TEXT |= {
    "l2.title": ("Протокол инструментальных замеров выбросов загрязняющих веществ на источниках № {n} от {d}",
                 "Ластаушы заттар шығарындыларын көздерде аспаптық өлшеу хаттамасы № {n}, {d}",
                 "KẾT QUẢ QUAN TRẮC KHÍ THẢI ĐỊNH KỲ QUÝ II NĂM 2025 – {name}"),
    "l2.p": ("Объект: {name} ({operator}), установка подготовки нефти. Замеры выполнены газоанализатором «Testo 350» "
             "(свидетельство о поверке действительно до 12.2025); концентрации приведены к нормальным условиям и "
             "сопоставлены с нормативами, установленными экологическим разрешением.",
             "Объект: {name} ({operator}), мұнай дайындау қондырғысы. Өлшеулер «Testo 350» газталдағышымен орындалды "
             "(салыстырып тексеру туралы куәлік 12.2025 дейін жарамды); концентрациялар қалыпты жағдайларға келтіріліп, "
             "экологиялық рұқсатпен белгіленген нормативтермен салыстырылды.",
             "Cơ sở: {name} ({operator}). Thời gian lấy mẫu: ngày 16–17/5/2025. Giá trị giới hạn Cmax là giá trị ghi trong "
             "Giấy phép môi trường số 87/GPMT-BTNMT (QCVN 19:2009/BTNMT cột B và QCVN 34:2010/BTNMT, đã nhân hệ số Kp, Kv)."),
    "l2.head0": ("№ ИЗА|Источник выброса|O2, %|Коэффициент избытка воздуха α|{a}|^|{b}|^|{c}|^",
                 "ШК №|Шығарынды көзі|O2, %|Ауаның артықтық коэффициенті α|{a}|^|{b}|^|{c}|^",
                 "Ký hiệu, vị trí|Lưu lượng (Nm3/h)|O2 (%)|{a}|^|{b}|^|{c}|^|{d}|^"),
    "l2.pair": ("^|^|^|^|норматив|факт|норматив|факт|норматив|факт", "^|^|^|^|норматив|нақты|норматив|нақты|норматив|нақты",
                "^|^|^|Kết quả|Cmax|Kết quả|Cmax|Kết quả|Cmax|Kết quả|Cmax"),
    "l2.subst": ("{name} ({code}), мг/нм3", "{name} ({code}), мг/нм3", "{name} (mg/Nm3)"),
    "l2.below": ("< 5|н/о", "< 5|а/ж", "KPH|< 3"),
    "l2.note": ("Примечание: «< 5», «н/о» – ниже предела обнаружения методики; α – по результатам измерения O2.",
                "Ескертпе: «< 5», «а/ж» – әдістеменің анықтау шегінен төмен; α – O2 өлшеу нәтижелері бойынша.",
                "Ghi chú: KPH – không phát hiện (nhỏ hơn giới hạn phát hiện của phương pháp); “-” – không quy định."),
}  # fmt: skip
# number, (RU, KK), norms {code: mg/Nm3}
HEATERS = (
    ("0001", ("Путевой подогреватель ПП-1,6 № 1", "№ 1 ПП-1,6 жолдық жылытқышы"), {"0301": 250, "0337": 300, "0330": 35}),
    ("0002", ("Путевой подогреватель ПП-1,6 № 2", "№ 2 ПП-1,6 жолдық жылытқышы"), {"0301": 250, "0337": 300, "0330": 35}),
    ("0003", ("Печь нагрева нефти ПТБ-10", "ПТБ-10 мұнай қыздыру пеші"), {"0301": 240, "0337": 250, "0330": 35}),
    ("0006", ("Котел КВа-1,0 котельной вахтового поселка", "Вахталық кент қазандығының КВа-1,0 қазаны"), {"0301": 200, "0337": 150, "0330": 35}),
)  # fmt: skip
# VI: point, place, {code: Cmax}, flow range
VI_STACKS = (
    (
        "KT-01",
        "Ống khói lò gia nhiệt CDU",
        {"2902": 180, "0330": 450, "0301": 765, "0337": 900},
        (180000, 260000),
    ),
    (
        "KT-02",
        "Ống khói thiết bị tái sinh xúc tác RFCC",
        {"2902": 180, "0330": 450, "0301": 765, "0337": 900},
        (260000, 340000),
    ),
    ("KT-03", "Ống khói lò đốt khí đuôi SRU", {"0330": 450, "0301": 765, "0333": 6.75}, (30000, 45000)),
    (
        "KT-04",
        "Ống khói lò hơi phụ trợ",
        {"2902": 180, "0330": 450, "0301": 765, "0337": 900},
        (90000, 140000),
    ),
)


def _measured(item: dict | None) -> dict | None:
    """A limit whose measured value is below the method's limit (`< 5`, `KPH`): the limit stands, its value is not compared."""
    if item is not None and item.get("value") is None:
        item.pop("value", None)
    return item


def limits_ba2(doc: Doc) -> None:
    """A protocol of instrumental measurements at an oil treatment unit's heaters and the camp's boiler: a row per
    source (number, name), the O2 and the excess-air ratio α measured, then for three substances a merged header
    (`Азота диоксид (0301), мг/нм3`) over `норматив | факт`; the norm is the permit's limit at the source, the fact its
    measured value, `< 5` or `н/о` below the method's limit (the limit stands, no value) (VI: a refinery's four stacks,
    the flow and O2, then `Kết quả | Cmax` for four pollutants, a dash where the permit sets no limit for a stack, `KPH`
    for hydrogen sulphide not found)."""
    r = doc.rng
    vi = doc.lang == "vi"
    name, operator, _ = _site(doc, "field", "refinery")
    day = f"{r.randint(10, 28):02d}.0{r.randint(4, 6)}.2025"
    doc.h(_t(doc, "l2.title").format(n=f"{r.randint(12, 140)}-ПЭК", d=day, name=name.upper()))
    doc.p(_t(doc, "l2.p").format(name=name, operator=operator))
    below = _list(doc, "l2.below")
    if vi:
        codes = ["2902", "0330", "0301", "0333"] if r.random() < 0.5 else ["2902", "0330", "0301", "0337"]
        labels = {c: _t(doc, "l2.subst").format(name=vocab.air(c, "vi", 1)) for c in codes}
        rows = [
            _cells(_t(doc, "l2.head0").format(**dict(zip("abcd", labels.values(), strict=True)))),
            _row(doc, "l2.pair"),
        ]
        merges = [
            (0, 0, 1, 0),
            (0, 1, 1, 1),
            (0, 2, 1, 2),
            (0, 3, 0, 4),
            (0, 5, 0, 6),
            (0, 7, 0, 8),
            (0, 9, 0, 10),
        ]
        for point, place, norms, flows in VI_STACKS:
            cells = [
                f"{point} – {place}",
                num(r.randint(*flows) // 100 * 100, "vi"),
                num(round(r.uniform(3, 9), 1), "vi"),
            ]
            for c in codes:
                lim = norms.get(c)
                if lim is None:
                    cells += ["-", "-"]
                    continue
                if c == "0333" and r.random() < 0.5:
                    value, said = None, below[0]
                else:
                    value = _sig(lim * r.uniform(0.1, 0.8), 3)
                    said = num(value, "vi")
                cells += [said, num(lim, "vi")]
                add(doc, _measured(limit(("code", c), "flue_gas", lim, "mg/Nm3", None, point, value)))
            rows.append(cells)
        doc.table(None, rows, merges, role="limits")
        doc.p(_t(doc, "l2.note"))
        return
    lang = 0 if doc.lang == "ru" else 1
    codes = ["0301", "0337", "0330"]
    labels = [_t(doc, "l2.subst").format(name=_air(doc, c), code=c) for c in codes]
    rows = [_cells(_t(doc, "l2.head0").format(a=labels[0], b=labels[1], c=labels[2])), _row(doc, "l2.pair")]
    merges = [
        (0, 0, 1, 0),
        (0, 1, 1, 1),
        (0, 2, 1, 2),
        (0, 3, 1, 3),
        (0, 4, 0, 5),
        (0, 6, 0, 7),
        (0, 8, 0, 9),
    ]
    chosen = [h for h in HEATERS if h[0] != "0002" or r.random() < 0.7]
    for number, names, norms in chosen:
        o2 = round(r.uniform(4, 11), 1)
        alpha = round(21 / (21 - o2), 2)
        cells = [number, names[lang], num(o2, doc.lang), num(alpha, doc.lang)]
        for c in codes:
            lim = norms[c]
            if c == "0330" and r.random() < 0.6:
                value, said = None, r.choice(below)
            else:
                value = _sig(lim * r.uniform(0.15, 0.9), 3)
                said = num(value, doc.lang)
            cells += [num(lim, doc.lang), said]
            add(doc, _measured(limit(("code", c), "flue_gas", lim, "mg/Nm3", None, number, value)))
            doc.add("emissions", emission(c, None, None, number))
        rows.append(cells)
        doc.add("sources", _source(number))
    doc.table(None, rows, merges, role="limits")
    doc.p(_t(doc, "l2.note"))
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

TEXT |= {
    "m1.title": ("Программа производственного экологического контроля месторождения Тасбулак на 2026–2028 годы",
                 "Тасбұлақ кен орнының 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы",
                 "CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG CỦA NHÀ MÁY XỬ LÝ KHÍ CỬA LẤP"),
    "m1.h": ("Раздел 4. План-график контроля на источниках выбросов и на границе санитарно-защитной зоны",
             "4-бөлім. Шығарынды көздерінде және санитариялық-қорғау аймағының шекарасында бақылау жоспар-кестесі",
             "(Kèm theo Giấy phép môi trường số 312/GPMT-BTNMT ngày 14/8/2024 của Bộ Tài nguyên và Môi trường)"),
    "m1.p": ("Оператор: {operator}. Размер СЗЗ – 1000 м. Контроль на неорганизованных источниках выполняется расчетным "
             "методом по фактическим объемам хранения и перекачки.",
             "Оператор: {operator}. СҚА мөлшері – 1000 м. Ұйымдастырылмаған көздердегі бақылау сақтау мен айдаудың нақты "
             "көлемдері бойынша есептеу әдісімен орындалады.",
             "Chủ cơ sở: {operator}. Chương trình quan trắc gồm quan trắc khí thải, nước thải và môi trường xung quanh."),
    "m1.head": ("Объект|Место контроля|Контролируемые вещества|Метод контроля|Периодичность|Исполнитель",
                "Объект|Бақылау орны|Бақыланатын заттар|Бақылау әдісі|Кезеңділігі|Орындаушы",
                "Hạng mục công trình|Vị trí quan trắc|Thông số quan trắc|Phương thức|Tần suất|Quy chuẩn so sánh"),
    "m1.objects": ("Установка подготовки нефти (УПН)|Факельная установка|Групповые замерные установки ГЗУ-1 – ГЗУ-6|"
                   "Граница санитарно-защитной зоны",
                   "Мұнай дайындау қондырғысы (МДҚ)|Алау қондырғысы|ТӨҚ-1 – ТӨҚ-6 топтық өлшеу қондырғылары|"
                   "Санитариялық-қорғау аймағының шекарасы",
                   "Lò gia nhiệt dầu nóng và tua bin khí|Hệ thống xử lý nước thải|Môi trường không khí xung quanh"),
    "m1.methods": ("инструментальный|расчетный", "аспаптық|есептік", "Định kỳ|Tự động, liên tục"),
    "m1.who": ("аккредитованная лаборатория ТОО «ЭкоАналитика»|инженер-эколог УПН",
               "«ЭкоАналитика» ЖШС аккредиттелген зертханасы|МДҚ инженер-экологы", ""),
    "m1.src": ("ИЗА {n} – {name}", "{n} ШК – {name}", ""),
}  # fmt: skip
# object index, number or point, (RU, KK) place, codes, method index, frequency
FIELD_PLAN = (
    (0, "0001", ("Путевой подогреватель ПП-1,6 № 1", "№ 1 ПП-1,6 жолдық жылытқышы"), ("0301", "0304", "0337", "0330"), 0, "quarterly"),
    (0, "0003", ("Печь нагрева нефти ПТБ-10", "ПТБ-10 мұнай қыздыру пеші"), ("0301", "0304", "0337", "0330"), 0, "quarterly"),
    (0, "6001", ("Резервуарный парк (РВС-5000, 4 шт.)", "Резервуарлар паркі (РВС-5000, 4 дана)"), ("0333", "0415", "0416"), 1, "yearly"),
    (1, "0004", ("Факел высокого давления", "Жоғары қысымды алау"), ("0301", "0337", "0328", "0410"), 1, "quarterly"),
    (1, "Т-1", ("100 м от факела по направлению ветра", "алаудан жел бағыты бойынша 100 м"), ("0301", "0337", "0333"), 0, "monthly"),
    (2, "6002", ("Неплотности ЗРА и фланцевых соединений ГЗУ", "ТӨҚ БРА мен фланецтік қосылыстарының тығыз еместігі"),
     ("0333", "0415"), 1, "yearly"),
    (3, "Т-2", ("граница СЗЗ, север", "СҚА шекарасы, солтүстік"), ("0301", "0330", "0337", "0333", "0415"), 0, "quarterly"),
    (3, "Т-3", ("граница СЗЗ, юго-восток", "СҚА шекарасы, оңтүстік-шығыс"), ("0301", "0330", "0337", "0333", "0415"), 0, "quarterly"),
    (3, "Т-4", ("граница СЗЗ, запад (в сторону с. Тасбулак)", "СҚА шекарасы, батыс (Тасбұлақ а. жағына)"),
     ("0301", "0330", "0337", "0333", "0415"), 0, "quarterly"),
)  # fmt: skip
# VI: object index, point, place, keys (key kind, values), method index, frequency, standard
GPP_PLAN = (
    (0, "KT1", "Ống khói lò gia nhiệt dầu nóng H-101", ("code", ("2902", "0330", "0301", "0337")), 0, "quarterly", "QCVN 19:2009/BTNMT, cột B"),
    (0, "KT2", "Ống khói tua bin khí máy nén GTC-201", ("code", ("0301", "0337")), 1, "continuous", "QCVN 22:2009/BTNMT, cột B"),
    (1, "NT1", "Nước thải sau hệ thống xử lý, trước khi xả ra sông Cửa Lấp", ("symbol", ("pH", "TSS", "COD", "BOD5", "TPH")), 0,
     "monthly", "QCVN 40:2011/BTNMT, cột B"),
    (2, "KK1", "Cổng chính nhà máy", ("code", ("2902", "0330", "0301", "0337", "0333")), 0, "semiannual", "QCVN 05:2023/BTNMT"),
    (2, "KK2", "Khu dân cư ấp Phước Thới, cách hàng rào 500 m cuối hướng gió", ("code", ("2902", "0330", "0301", "0337", "0333")), 0,
     "semiannual", "QCVN 05:2023/BTNMT"),
)  # fmt: skip


def monitoring_ba1(doc: Doc) -> None:
    """An oil field's plan of control with the object of the field (the oil treatment unit, the flare, the metering
    units, the boundary of the protection zone) merged down the first column over its rows, each row either a source
    (`ИЗА 0001 – …`) or a point (`Т-1 – 100 м от факела …`); the substances in one cell, written in one document as
    formulas (`NO2, NO, CO, SO2`, `УВ С1-С5`) and in another as names; the method, the frequency and who (VI: a gas
    processing plant's GPMT programme, the works merged down over their stacks KT1–KT2, the outlet NT1 and the ambient
    points KK1–KK2, the gas turbine's stack monitored continuously, the standard compared in the last column)."""
    r = doc.rng
    vi = doc.lang == "vi"
    name, operator, _ = _site(doc, "field", "gpp")
    doc.h(_t(doc, "m1.title"))
    doc.h(_t(doc, "m1.h"))
    doc.p(_t(doc, "m1.p").format(operator=operator))
    objects, methods = _list(doc, "m1.objects"), _list(doc, "m1.methods")
    rows, merges = [_row(doc, "m1.head")], []
    if vi:
        last, start = None, 0
        for obj, point, place, (kind, keys), method, word, standard in GPP_PLAN:
            if obj != last:
                _down(rows, start, 0, merges)
                start, last = len(rows), obj
            if kind == "code":
                names = [vocab.air(c, "vi", r.randrange(2)) for c in keys]
            else:
                names = [vocab.water(s, "vi") for s in keys]
            said = "Liên tục (tự động)" if word == "continuous" else freq(doc, word)
            rows.append(
                [
                    objects[obj] if len(rows) == start else None,
                    f"{point} – {place}",
                    ", ".join(names),
                    methods[method],
                    said,
                    standard,
                ]
            )
            doc.add("monitoring", *(_mon({"point": point}, (kind, k), word) for k in keys))
        _down(rows, start, 0, merges)
        doc.table(None, rows, merges, role="monitoring")
        maybe_distractor(doc)
        return
    lang = 0 if doc.lang == "ru" else 1
    formulas = r.random() < 0.5
    who = _list(doc, "m1.who")
    plan = [p for p in FIELD_PLAN if p[1] not in ("6002", "Т-4") or r.random() < 0.6]
    said = {w: freq(doc, w) for w in ("monthly", "quarterly", "yearly")}
    last, start = None, 0
    sources = []
    for obj, where, place, codes, method, word in plan:
        if obj != last:
            _down(rows, start, 0, merges)
            start, last = len(rows), obj
        source = where[0].isdigit()
        label = _t(doc, "m1.src").format(n=where, name=place[lang]) if source else f"{where} – {place[lang]}"
        names = [FORMULA[c] if formulas else _air(doc, c) for c in codes]
        rows.append(
            [
                objects[obj] if len(rows) == start else None,
                label,
                ", ".join(names),
                methods[method],
                said[word],
                who[0] if method == 0 else who[1],
            ]
        )
        loc = {"source_number": where} if source else {"point": where}
        doc.add("monitoring", *(_mon(loc, ("code", c), word) for c in codes))
        if source:
            doc.add("emissions", *(emission(c, None, None, where) for c in codes))
            sources.append(_source(where))
    _down(rows, start, 0, merges)
    doc.table(None, rows, merges, role="monitoring")
    doc.add("sources", *sources)
    maybe_distractor(doc)


TEXT |= {
    "m2.title": ("Программа производственного экологического контроля. Объект: {name}. Мониторинг воздействия на подземные воды и почвы",
                 "{name} өндірістік экологиялық бақылау бағдарламасы. Жерасты сулары мен топыраққа әсер мониторингі",
                 "CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ CỦA {name}"),
    "m2.p": ("Наблюдательные скважины оборудованы вокруг прудов-испарителей и шламонакопителя; направление потока грунтовых "
             "вод – с юго-востока на северо-запад.",
             "Бақылау ұңғымалары булану тоғандары мен шлам жинағыштың айналасында жабдықталған; жер асты суларының ағыс бағыты – "
             "оңтүстік-шығыстан солтүстік-батысқа қарай.",
             "Vị trí quan trắc nước thải, nước mặt và nước dưới đất của Nhà máy; dấu “-” là không quan trắc thông số tại vị trí đó."),
    "m2.caption": ("Таблица 5.3 – Точки контроля, показатели и периодичность", "5.3-кесте – Бақылау нүктелері, көрсеткіштер және кезеңділік",
                   "Bảng 4. Vị trí, thông số và tần suất quan trắc nước"),
    "m2.head0": ("Точка контроля|Компонент|Определяемые показатели и периодичность контроля|^|^|^",
                 "Бақылау нүктесі|Компонент|Анықталатын көрсеткіштер және бақылау кезеңділігі|^|^|^",
                 "Vị trí quan trắc|Loại mẫu|Thông số và tần suất quan trắc|^|^|^"),
    "m2.groups": ("Нефтепродукты|pH, хлориды, сульфаты|Тяжелые металлы (свинец, цинк, медь, никель)|Уровень грунтовых вод",
                  "Мұнай өнімдері|pH, хлоридтер, сульфаттар|Ауыр металдар (қорғасын, мырыш, мыс, никель)|Жер асты суларының деңгейі",
                  "pH, TSS, COD, BOD5|Tổng dầu mỡ khoáng|Kim loại nặng (Pb, Cd, Hg, As)|Lưu lượng"),
    "m2.points": ("Скв-1 – наблюдательная скважина, 150 м выше прудов-испарителей по потоку (фон)|"
                  "Скв-2 – наблюдательная скважина, 150 м ниже прудов-испарителей по потоку|"
                  "Скв-3 – наблюдательная скважина у дамбы шламонакопителя|"
                  "ПИ-1 – пруд-испаритель, карта № 2|"
                  "П-1 – почва у дамбы шламонакопителя (0–20 см)|"
                  "П-2 – почва, 500 м севернее прудов-испарителей (0–20 см)",
                  "Ұңғ-1 – бақылау ұңғымасы, булану тоғандарынан ағыс бойынша 150 м жоғары (фон)|"
                  "Ұңғ-2 – бақылау ұңғымасы, булану тоғандарынан ағыс бойынша 150 м төмен|"
                  "Ұңғ-3 – шлам жинағыш бөгетінің жанындағы бақылау ұңғымасы|"
                  "БТ-1 – булану тоғаны, № 2 карта|"
                  "Т-1 – шлам жинағыш бөгетінің жанындағы топырақ (0–20 см)|"
                  "Т-2 – топырақ, булану тоғандарынан солтүстікке қарай 500 м (0–20 см)",
                  "NT1 – Nước thải sau hồ sinh học, trước khi xả ra sông Trà Bồng|NT2 – Nước mưa chảy tràn khu bể chứa, sau bể tách dầu|"
                  "NM1 – Nước mặt sông Trà Bồng, thượng nguồn điểm xả 500 m|NM2 – Nước mặt sông Trà Bồng, hạ nguồn điểm xả 500 m|"
                  "NN1 – Nước dưới đất, giếng quan trắc khu bể chứa dầu thô"),
    "m2.media": ("подземные воды|вода пруда-испарителя|почва", "жер асты сулары|булану тоғанының суы|топырақ",
                 "Nước thải|Nước thải|Nước mặt|Nước mặt|Nước dưới đất"),
}  # fmt: skip
M2_GROUPS = {
    "kz": (("TPH",), ("pH", "Cl-", "SO4"), ("Pb", "Zn", "Cu", "Ni"), ()),
    "vi": (("pH", "TSS", "COD", "BOD5"), ("TPH",), ("Pb", "Cd", "Hg", "As"), ()),
}
# per point: medium index (KZ) and the frequency of each group (None: a dash; "level" the no-substance column)
M2_PLAN = {
    "kz": ((0, ("quarterly", "quarterly", "semiannual", "monthly")), (0, ("quarterly", "quarterly", "semiannual", "monthly")),
           (0, ("monthly", "quarterly", "quarterly", "monthly")), (1, ("monthly", "monthly", "quarterly", None)),
           (2, ("semiannual", None, "yearly", None)), (2, ("yearly", None, "yearly", None))),
    "vi": ((0, ("monthly", "monthly", "quarterly", "continuous")), (1, ("quarterly", "quarterly", None, None)),
           (2, ("quarterly", "quarterly", "semiannual", None)), (3, ("quarterly", "quarterly", "semiannual", None)),
           (4, (None, "semiannual", "semiannual", None))),
}  # fmt: skip


def monitoring_ba2(doc: Doc) -> None:
    """A refinery's monitoring of its evaporation ponds and sludge pond: the points as rows (observation wells, the
    pond, soil plots) with their component, then four columns under a merged header whose cells each name a group of
    parameters (`Тяжелые металлы (свинец, цинк, медь, никель)`), the frequency written in each cell or a dash; the
    groundwater level is a column of no substance (VI: a refinery's waste water, storm water, river and well, the flow
    measured continuously at the outlet)."""
    r = doc.rng
    vi = doc.lang == "vi"
    name, operator, _ = _site(doc, "refinery", "refinery")
    doc.h(_t(doc, "m2.title").format(name=name.upper() if vi else name))
    doc.p(doc.v(f"Оператор: {operator}.", f"Оператор: {operator}.", f"Chủ cơ sở: {operator}."))
    doc.p(_t(doc, "m2.p"))
    zone = "vi" if vi else "kz"
    groups = M2_GROUPS[zone]
    rows = [_row(doc, "m2.head0"), [None, None, *_list(doc, "m2.groups")]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 5)]
    media = _list(doc, "m2.media")
    points = _list(doc, "m2.points")
    said = {w: freq(doc, w) for w in ("monthly", "quarterly", "semiannual", "yearly", "continuous")}
    if vi:
        said["continuous"] = "Liên tục"
    for k, (place, (medium, words)) in enumerate(zip(points, M2_PLAN[zone], strict=True)):
        if not vi and k in (2, 5) and r.random() < 0.4:
            continue
        point = place.split(" ")[0]
        dash = "-" if vi else "–"
        rows.append([place, media[k] if vi else media[medium], *(said[w] if w else dash for w in words)])
        for keys, word in zip(groups, words, strict=True):
            if word:
                doc.add("monitoring", *(_mon({"point": point}, ("symbol", s), word) for s in keys))
    doc.table(_t(doc, "m2.caption"), rows, merges, role="monitoring")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

TEXT |= {
    "i1.title": ("График патрулирования трассы магистрального нефтепровода «Шагырлы – Актау» на 2026 год",
                 "«Шағырлы – Ақтау» магистральдық мұнай құбыры трассасын 2026 жылы патрульдеу кестесі",
                 "KẾ HOẠCH TUẦN TRA, KIỂM TRA TUYẾN ỐNG DẪN KHÍ SAO ĐỎ – CỬA LẤP NĂM 2026"),
    "i1.p": ("Утвержден главным инженером {operator}. Патрулирование выполняется с целью своевременного выявления утечек "
             "нефти, нарушений охранной зоны и загрязнения земель; результаты заносятся в журнал патрулирования.",
             "{operator} бас инженері бекіткен. Патрульдеу мұнайдың ағып кетуін, күзет аймағының бұзылуын және жердің ластануын "
             "уақтылы анықтау мақсатында жүргізіледі; нәтижелері патрульдеу журналына енгізіледі.",
             "Ban hành kèm theo Quyết định số 21/QĐ-VCK ngày 05/01/2026 của Giám đốc {operator}. Mục đích: phát hiện kịp thời "
             "rò rỉ khí, condensate và các vi phạm hành lang an toàn tuyến ống."),
    "i1.head": ("№|Участок трассы|Протяженность, км|Особенности участка|Способ патрулирования|Периодичность|Ответственный",
                "№|Трасса учаскесі|Ұзындығы, км|Учаскенің ерекшеліктері|Патрульдеу тәсілі|Кезеңділігі|Жауапты",
                "TT|Đoạn tuyến|Chiều dài (km)|Đặc điểm đoạn tuyến|Hình thức tuần tra|Tần suất|Đơn vị thực hiện"),
    "i1.km": ("км {a} – км {b}", "{a} км – {b} км", "KP {a} – KP {b}"),
}  # fmt: skip
# (feature, way, responsible) per language, the frequency
PATROL = {
    "ru": ((("переход через р. Эмба (подводный)", "пеший обход", "линейный обходчик ЛЭС «Шагырлы»"), "weekly"),
           (("охранная зона населенного пункта (с. Каратон)", "пеший обход", "линейный обходчик ЛЭС «Шагырлы»"), "daily"),
           (("пересечение с автодорогой А-27 и железной дорогой", "объезд на автомобиле", "мастер ЛЭС"), "weekly"),
           (("солончаки, подтопляемая местность", "объезд на автомобиле повышенной проходимости", "мастер ЛЭС"), "monthly"),
           (("пустынная местность без пересечений", "объезд на автомобиле", "мастер ЛЭС"), "monthly"),
           (("вся трасса", "облет на вертолете с видеофиксацией", "начальник службы эксплуатации"), "quarterly")),
    "kk": ((("Жем өзені арқылы өткел (су асты)", "жаяу аралау", "«Шағырлы» ЖАҚ желілік аралаушысы"), "weekly"),
           (("елді мекеннің күзет аймағы (Қаратон а.)", "жаяу аралау", "«Шағырлы» ЖАҚ желілік аралаушысы"), "daily"),
           (("А-27 автожолымен және темір жолмен қиылысу", "автокөлікпен айналып өту", "ЖАҚ шебері"), "weekly"),
           (("сортаңдар, су басатын жер", "өтімділігі жоғары автокөлікпен айналып өту", "ЖАҚ шебері"), "monthly"),
           (("қиылыссыз шөлді жер", "автокөлікпен айналып өту", "ЖАҚ шебері"), "monthly"),
           (("бүкіл трасса", "бейнетіркеумен тікұшақпен ұшып өту", "пайдалану қызметінің бастығы"), "quarterly")),
    "vi": ((("Đoạn ngoài khơi, độ sâu nước 20–50 m", "Tàu tuần tra, khảo sát bằng sonar quét sườn", "Đội Bảo dưỡng tuyến ống ngoài khơi"), "quarterly"),
           (("Đoạn gần bờ, khu vực tàu cá neo đậu", "Tàu tuần tra", "Đội Bảo dưỡng tuyến ống ngoài khơi"), "weekly"),
           (("Khu vực tiếp bờ (landfall) và trạm van LBV-1", "Tuần tra đi bộ", "Tổ Vận hành trạm tiếp bờ"), "daily"),
           (("Đoạn trên bờ qua khu dân cư xã Phước Hưng", "Tuần tra đi bộ", "Tổ Tuần tuyến"), "daily"),
           (("Đoạn trên bờ qua ruộng muối, đầm nuôi tôm", "Tuần tra bằng xe máy", "Tổ Tuần tuyến"), "weekly"),
           (("Toàn tuyến", "Kiểm tra bằng thiết bị bay không người lái (UAV) và tàu khảo sát", "Phòng Kỹ thuật – An toàn"), "monthly")),
}  # fmt: skip


def inspections_ba1(doc: Doc) -> None:
    """A main oil pipeline's patrol schedule by sections of the route: the section as chainage (`км 24 – км 51`), its
    length, what makes it special (a river crossing, a village's protection zone, a road, salt marshes), the way of
    patrolling (on foot, by car, by helicopter) beside the frequency and who; the whole route flown over quarterly as
    its last row; one inspection per section (VI: a gas pipeline's offshore and onshore sections `KP 0 – KP 14`, the
    landfall and the valve station, by patrol boat, on foot and by drone)."""
    r = doc.rng
    name, operator, _ = _site(doc, "pipeline", "pipeline")
    doc.h(_t(doc, "i1.title"))
    doc.p(_t(doc, "i1.p").format(operator=operator))
    rows = [_row(doc, "i1.head")]
    plan = list(PATROL[doc.lang])
    whole = plan.pop()
    if doc.lang != "vi":
        r.shuffle(plan)
    at, n = 0, 0
    for (feature, way, who), word in plan:
        n += 1
        length = r.randint(1, 3) if "LBV" in feature else r.randint(8, 46)
        section = _t(doc, "i1.km").format(a=at, b=at + length)
        at += length
        rows.append([str(n), section, str(length), feature, way, _often(doc, word), who])
        doc.add("obligations", inspection(section, word))
    (feature, way, who), word = whole
    rows.append(
        [str(n + 1), f"{feature} ({at} {doc.v('км', 'км', 'km')})", str(at), "–", way, _often(doc, word), who]
    )
    doc.add("obligations", inspection(feature, word))
    doc.table(None, rows, role="inspections")
    doc.p(doc.v(f"Объект: {name}.", f"Объект: {name}.", f"Công trình: {name}."))
    maybe_distractor(doc)


TEXT |= {
    "i2.title": ("Регламент внутреннего экологического контроля {operator}", "{operator} ішкі экологиялық бақылау регламенті",
                 "QUY CHẾ TỰ KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG CỦA {name}"),
    "i2.h": ("Приложение 1. Перечень объектов внутреннего контроля по компонентам окружающей среды",
             "1-қосымша. Қоршаған орта компоненттері бойынша ішкі бақылау объектілерінің тізбесі",
             "Phụ lục I. Danh mục hạng mục tự kiểm tra theo lĩnh vực"),
    "i2.head": ("№|Объект контроля|Что проверяется|Периодичность|Кто проверяет|Форма фиксации",
                "№|Бақылау объектісі|Не тексеріледі|Кезеңділігі|Кім тексереді|Тіркеу нысаны",
                "TT|Hạng mục|Nội dung kiểm tra|Tần suất|Người kiểm tra|Hồ sơ ghi nhận"),
}  # fmt: skip
# component, [(unit, what, frequency, who, record)] per language
CONTROL = {
    "ru": (("1. Охрана атмосферного воздуха", (
               ("Резервуарный парк товарной продукции", "герметичность понтонов, дыхательной и предохранительной арматуры", "monthly",
                "инженер-эколог", "акт осмотра"),
               ("Факельная система", "бездымное сжигание, отсутствие сажи, работа дежурных горелок", "daily", "старший оператор", "вахтовый журнал"),
               ("Установка получения серы", "работа печи дожига, показания газоанализатора SO2", "weekly", "начальник установки", "журнал контроля"))),
           ("2. Охрана водных ресурсов", (
               ("Очистные сооружения промышленных стоков", "работа нефтеловушек и флотаторов, вынос нефтепродуктов", "daily",
                "мастер очистных сооружений", "журнал учета стоков"),
               ("Пруды-испарители", "уровень заполнения, состояние дамб и экрана", "weekly", "инженер-эколог", "акт осмотра"))),
           ("3. Обращение с отходами", (
               ("Шламонакопитель", "заполнение карт, состояние обвалования", "monthly", "инженер-эколог", "журнал учета отходов"),
               ("Очистные сооружения промышленных стоков", "накопление и вывоз осадка, тара", "monthly", "инженер-эколог", "журнал учета отходов"),
               ("Площадка временного хранения отходов", "тара, маркировка, сроки накопления", "weekly", "мастер участка", "журнал учета отходов"))),
           ("4. Охрана земель", (
               ("Резервуарный парк товарной продукции", "состояние обвалования и гидроизоляции, следы розлива", "quarterly",
                "комиссия завода", "акт проверки"),
               ("Межцеховые трубопроводы", "утечки, коррозия, загрязнение грунта", "monthly", "механик цеха", "акт осмотра")))),
    "kk": (("1. Атмосфералық ауаны қорғау", (
               ("Тауарлық өнім резервуарлар паркі", "понтондардың, тыныс алу және сақтандыру арматурасының саңылаусыздығы", "monthly",
                "инженер-эколог", "тексеріп-қарау актісі"),
               ("Алау жүйесі", "түтінсіз жағу, күйенің болмауы, кезекші оттықтардың жұмысы", "daily", "аға оператор", "вахта журналы"),
               ("Күкірт алу қондырғысы", "жағып бітіру пешінің жұмысы, SO2 газталдағышының көрсеткіштері", "weekly", "қондырғы бастығы",
                "бақылау журналы"))),
           ("2. Су ресурстарын қорғау", (
               ("Өнеркәсіптік ағындарды тазарту құрылыстары", "мұнай ұстағыштар мен флотаторлардың жұмысы, мұнай өнімдерінің шығуы", "daily",
                "тазарту құрылыстарының шебері", "ағындарды есепке алу журналы"),
               ("Булану тоғандары", "толу деңгейі, бөгеттер мен экранның жай-күйі", "weekly", "инженер-эколог", "тексеріп-қарау актісі"))),
           ("3. Қалдықтармен жұмыс", (
               ("Шлам жинағыш", "карталардың толуы, үйіндінің жай-күйі", "monthly", "инженер-эколог", "қалдықтарды есепке алу журналы"),
               ("Өнеркәсіптік ағындарды тазарту құрылыстары", "тұнбаның жиналуы және шығарылуы, ыдыс", "monthly", "инженер-эколог",
                "қалдықтарды есепке алу журналы"),
               ("Қалдықтарды уақытша сақтау алаңы", "ыдыс, таңбалау, жинақтау мерзімдері", "weekly", "учаске шебері",
                "қалдықтарды есепке алу журналы"))),
           ("4. Жерді қорғау", (
               ("Тауарлық өнім резервуарлар паркі", "үйіндінің және гидрооқшаулаудың жай-күйі, төгілу іздері", "quarterly",
                "зауыт комиссиясы", "тексеру актісі"),
               ("Цехаралық құбырлар", "ағып кетулер, коррозия, топырақтың ластануы", "monthly", "цех механигі", "тексеріп-қарау актісі")))),
    "vi": (("I. Khí thải và mùi", (
               ("Khu bể chứa xăng dầu", "Độ kín mái phao, van thở, mùi xăng dầu", "weekly", "Trưởng ca vận hành", "Sổ nhật ký vận hành"),
               ("Trạm xuất xe bồn", "Hệ thống thu hồi hơi xăng (VRU)", "monthly", "Phòng An toàn – Môi trường", "Biên bản kiểm tra"))),
           ("II. Nước thải, nước mưa chảy tràn", (
               ("Hệ thống xử lý nước nhiễm dầu", "Vận hành bể tách dầu, lượng dầu thu hồi", "daily", "Tổ Vận hành", "Sổ nhật ký vận hành"),
               ("Khu bể chứa xăng dầu", "Van xả nước mưa trong đê bao, váng dầu", "daily", "Trưởng ca vận hành", "Sổ nhật ký vận hành"))),
           ("III. Chất thải rắn, chất thải nguy hại", (
               ("Kho lưu giữ chất thải nguy hại", "Bao bì, nhãn, thời gian lưu giữ", "monthly", "Phòng An toàn – Môi trường", "Biên bản kiểm tra"),
               ("Hệ thống xử lý nước nhiễm dầu", "Bùn cặn dầu tồn lưu, chuyển giao", "quarterly", "Phòng An toàn – Môi trường",
                "Biên bản kiểm tra"))),
           ("IV. Phòng ngừa, ứng phó sự cố tràn dầu", (
               ("Cầu cảng xuất nhập", "Phao quây, vật liệu thấm dầu, trang thiết bị ứng cứu", "weekly", "Đội Ứng phó sự cố", "Sổ kiểm tra thiết bị"),
               ("Khu bể chứa xăng dầu", "Đê bao, hệ thống chữa cháy và ứng phó tràn dầu", "quarterly", "Hội đồng kiểm tra", "Biên bản kiểm tra")))),
}  # fmt: skip


def inspections_ba2(doc: Doc) -> None:
    """A refinery's regulation of internal control: group rows spanning the table name the environmental component
    (air, water, wastes, land), the objects under each numbered 1.1, 2.1 with what is checked, the frequency, who and
    the record; the tank park is checked under air (monthly) and again under land (quarterly), the treatment plant
    under water and under wastes — one inspection per row (VI: a fuel terminal's self-inspection rules under Roman
    component rows, the tank farm under three of them)."""
    r = doc.rng
    name, operator, _ = _site(doc, "refinery", "terminal")
    doc.h(_t(doc, "i2.title").format(name=name.upper(), operator=operator))
    doc.p(
        doc.v(
            f"Утвержден приказом генерального директора {operator} № 14 от 12.01.2026.",
            f"{operator} бас директорының 2026 жылғы 12.01. № 14 бұйрығымен бекітілген.",
            f"Ban hành kèm theo Quyết định số 14/QĐ-XD ngày 12/01/2026 của Giám đốc {operator}.",
        )
    )
    doc.h(_t(doc, "i2.h"))
    head = _row(doc, "i2.head")
    rows, merges = [head], []
    for g, (component, items) in enumerate(CONTROL[doc.lang], 1):
        _span(rows, merges, component, len(head))
        keep = [x for x in items if x is items[0] or x[0] == items[0][0] or r.random() < 0.85]
        for j, (unit, what, word, who, record) in enumerate(keep, 1):
            rows.append([f"{g}.{j}", unit, what, _often(doc, word), who, record])
            doc.add("obligations", inspection(unit, word))
    doc.table(None, rows, merges, role="inspections")
    distractor(doc, "approval")


# ---------------------------------------------------------------- tasks

TEXT |= {
    "t1.title": ("План мероприятий по ликвидации исторических загрязнений на контрактной территории месторождения Тасбулак "
                 "на 2026–2028 годы",
                 "Тасбұлақ кен орнының келісімшарттық аумағындағы тарихи ластануларды жою жөніндегі 2026–2028 жылдарға арналған "
                 "іс-шаралар жоспары",
                 "KẾ HOẠCH CẢI TẠO, PHỤC HỒI CÁC KHU VỰC ĐẤT BỊ Ô NHIỄM DẦU TẠI KHO XĂNG DẦU CÁI MÉP HẠ GIAI ĐOẠN 2026–2027"),
    "t1.p": ("Перечень участков составлен по результатам инвентаризации 2025 года; координаты приведены в системе WGS-84.",
             "Учаскелер тізбесі 2025 жылғы түгендеу нәтижелері бойынша жасалды; координаттар WGS-84 жүйесінде берілген.",
             "Các khu vực được xác định theo kết quả điều tra, đánh giá chất lượng đất năm 2025; tọa độ theo hệ VN-2000, "
             "kinh tuyến trục 107°45′, múi chiếu 3°."),
    "t1.head": ("№ п/п|Участок загрязнения|Координаты|Площадь, га|Объем загрязненного грунта, м3|Мероприятие|Срок|Ответственный",
                "Р/с №|Ластану учаскесі|Координаттары|Ауданы, га|Ластанған топырақ көлемі, м3|Іс-шара|Мерзімі|Жауапты",
                "TT|Khu vực ô nhiễm|Tọa độ (VN-2000)|Diện tích (m2)|Khối lượng đất nhiễm dầu (m3)|Biện pháp cải tạo|Thời hạn|Đơn vị thực hiện"),
}  # fmt: skip
# (site, task, term, responsible) per language
LEGACY = {
    "ru": (
        ("Нефтяной амбар у скв. 45", "Откачать нефтешлам из амбара, передать его на переработку и засыпать амбар чистым грунтом",
         "II квартал 2026 г.", "Цех добычи нефти и газа № 1"),
        ("Замазученный участок у ГЗУ-3", "Провести биоремедиацию замазученного грунта на месте с внесением биопрепарата",
         "май–сентябрь 2026 г.", "Отдел охраны окружающей среды"),
        ("Шламовый амбар разведочной скв. Р-7", "Вывезти загрязненный грунт на термодесорбционную установку и провести рекультивацию",
         "до 31.10.2026", "Служба капитального строительства"),
        ("Участок порыва выкидной линии скв. 112", "Заменить загрязненный грунт с последующей биологической рекультивацией",
         "III квартал 2027 г.", "Цех добычи нефти и газа № 2"),
        ("Бывшая площадка нефтесбора НСП-2", "Демонтировать емкости, очистить площадку и выполнить техническую рекультивацию",
         "2027 г.", "Управление производственного обслуживания"),
        ("Нефтяной амбар у скв. 78", "Разработать проект ликвидации амбара и получить заключение государственной экологической экспертизы",
         "до 01.03.2027", "Главный геолог"),
    ),
    "kk": (
        ("45-ұңғыма жанындағы мұнай қамбасы", "Қамбадан мұнай шламын сорып алып, оны қайта өңдеуге беру және қамбаны таза топырақпен көму",
         "2026 жылғы II тоқсан", "№ 1 мұнай және газ өндіру цехы"),
        ("ТӨҚ-3 жанындағы мазутталған учаске", "Биопрепарат енгізе отырып мазутталған топырақты орнында биоремедиациялау",
         "2026 жылғы мамыр–қыркүйек", "Қоршаған ортаны қорғау бөлімі"),
        ("Р-7 барлау ұңғымасының шлам қамбасы", "Ластанған топырақты термодесорбциялық қондырғыға шығару және рекультивация жүргізу",
         "2026 жылғы 31.10. дейін", "Күрделі құрылыс қызметі"),
        ("112-ұңғыманың шығару желісі жарылған учаске", "Ластанған топырақты ауыстыру, кейін биологиялық рекультивация жүргізу",
         "2027 жылғы III тоқсан", "№ 2 мұнай және газ өндіру цехы"),
        ("НЖП-2 мұнай жинау алаңының бұрынғы орны", "Сыйымдылықтарды бөлшектеу, алаңды тазарту және техникалық рекультивация орындау",
         "2027 ж.", "Өндірістік қызмет көрсету басқармасы"),
        ("78-ұңғыма жанындағы мұнай қамбасы", "Қамбаны жою жобасын әзірлеу және мемлекеттік экологиялық сараптама қорытындысын алу",
         "2027 жылғы 01.03. дейін", "Бас геолог"),
    ),
    "vi": (
        ("Khu vực bể T-105 (rò rỉ đáy bể năm 2023)", "Bóc xúc lớp đất nhiễm dầu, chuyển giao xử lý như chất thải nguy hại và hoàn trả đất sạch",
         "Quý II/2026", "Xưởng Kho bể"),
        ("Rãnh thoát nước mưa khu xuất xe bồn", "Nạo vét bùn cặn dầu, gia cố lại rãnh bằng bê tông chống thấm",
         "Tháng 6/2026", "Phòng Kỹ thuật"),
        ("Bãi tập kết bùn cặn cũ phía Tây kho", "Xử lý sinh học đất nhiễm dầu tại chỗ bằng chế phẩm vi sinh",
         "Tháng 5–10/2026", "Phòng An toàn – Môi trường"),
        ("Khu vực đường ống công nghệ cầu cảng số 2", "Thay thế đoạn ống bị ăn mòn và cải tạo nền đất bị nhiễm dầu",
         "Quý I/2027", "Ban Quản lý dự án"),
        ("Hố thu gom dầu thải của xưởng bảo dưỡng", "Lót đáy hố bằng màng HDPE và lắp đặt bể tách dầu",
         "Quý III/2026", "Xưởng Cơ điện"),
    ),
}  # fmt: skip


def tasks_ba1(doc: Doc) -> None:
    """The liquidation of historical pollution on an oil field's contract territory: a row per oil pit or contaminated
    plot with its coordinates (degrees, minutes and whole seconds), area and volume of contaminated soil — figures
    before the measure — then the measure, its term and the responsible unit; no costs (VI: a fuel terminal's plan for
    its oil-contaminated areas, VN-2000 coordinates, area in m2)."""
    r = doc.rng
    vi = doc.lang == "vi"
    doc.h(_t(doc, "t1.title"))
    doc.p(_t(doc, "t1.p"))
    rows = [_row(doc, "t1.head")]
    picked = sorted(r.sample(range(len(LEGACY[doc.lang])), r.randint(4, 5)))
    for k, i in enumerate(picked, 1):
        site, text, term, who = LEGACY[doc.lang][i]
        if vi:
            where = (
                f"X = {num(r.randint(1165000, 1168000), 'vi')}; Y = {num(r.randint(421000, 424000), 'vi')}"
            )
            area = num(r.randint(40, 900), "vi")
        else:
            lat, _ = _dms(r.uniform(46.6, 47.0), seconds=0)
            lon, _ = _dms(r.uniform(53.4, 53.9), seconds=0)
            where = doc.v(f"{lat} с.ш.\n{lon} в.д.", f"{lat} с.е.\n{lon} ш.б.", "")
            area = num(round(r.uniform(0.05, 2.4), 2), doc.lang)
        volume = num(r.randint(20, 3800), doc.lang)
        rows.append([str(k), site, where, area, volume, text, term, who])
        doc.add("obligations", task(str(k), text, who))
    doc.table(None, rows, role="tasks")
    maybe_distractor(doc)


TEXT |= {
    "t2.title": ("План мероприятий по ликвидации последствий разлива нефти на {km} км магистрального нефтепровода «Шагырлы – Актау»",
                 "«Шағырлы – Ақтау» магистральдық мұнай құбырының {km} км-інде мұнайдың төгілу салдарын жою жөніндегі іс-шаралар жоспары",
                 "KẾ HOẠCH KHẮC PHỤC HẬU QUẢ SỰ CỐ TRÀN DẦU TẠI CẦU CẢNG SỐ 2 – KHO XĂNG DẦU CÁI MÉP HẠ"),
    "t2.p": ("{d} в результате коррозионного повреждения трубы произошел разлив нефти объемом около {v} м3 на площади "
             "{a} м2. Комиссия {operator} утвердила следующий план.",
             "{d} құбырдың коррозиялық зақымдануы салдарынан шамамен {v} м3 мұнай {a} м2 алаңға төгілді. {operator} комиссиясы "
             "мына жоспарды бекітті.",
             "Ngày {d}, trong quá trình xuất dầu DO cho tàu, xảy ra sự cố rò rỉ tại khớp nối mềm, khoảng {v} m3 dầu tràn ra "
             "vùng nước cầu cảng. Giám đốc {operator} phê duyệt kế hoạch khắc phục như sau:"),
    "t2.head0": ("№|Мероприятие|Привлекаемые силы и средства|^|Срок выполнения|Ответственный",
                 "№|Іс-шара|Тартылатын күштер мен құралдар|^|Орындау мерзімі|Жауапты",
                 "TT|Nội dung công việc|Lực lượng, phương tiện huy động|^|Thời gian hoàn thành|Người chịu trách nhiệm"),
    "t2.head1": ("^|^|персонал, чел.|техника и оборудование|^|^", "^|^|персонал, адам|техника және жабдық|^|^",
                 "^|^|Nhân lực (người)|Phương tiện, thiết bị|^|^"),
}  # fmt: skip
# (task, people, machinery, term, responsible) per language
SPILL = {
    "ru": (
        ("Локализовать разлив обвалованием и отсечь поврежденный участок задвижками", "12", "бульдозер, экскаватор",
         "немедленно", "Начальник ЛЭС «Шагырлы»"),
        ("Откачать разлитую нефть в передвижные емкости и вернуть ее в трубопровод", "8", "2 вакуумные машины, емкость 50 м3",
         "в течение 24 часов", "Мастер ЛЭС"),
        ("Уведомить Департамент экологии по Атырауской области о разливе", "1", "–", "в течение 2 часов", "Главный эколог"),
        ("Отобрать пробы почвы на содержание нефтепродуктов в центре и по периметру разлива", "3", "автолаборатория",
         "до 20.04.2026", "Начальник производственной лаборатории"),
        ("Вывезти замазученный грунт на термодесорбционную установку подрядчика", "6", "2 самосвала, погрузчик",
         "до 30.04.2026", "Заместитель начальника управления"),
        ("Завезти чистый грунт и провести техническую рекультивацию участка", "6", "самосвалы, бульдозер", "до 31.05.2026",
         "Начальник службы эксплуатации"),
        ("Провести внеочередную внутритрубную диагностику участка км 100 – км 130", "4", "диагностический комплекс",
         "III квартал 2026 г.", "Главный инженер"),
    ),
    "kk": (
        ("Төгілуді үйіндімен оқшаулау және зақымданған учаскені ысырмалармен бөліп тастау", "12", "бульдозер, экскаватор",
         "дереу", "«Шағырлы» ЖАҚ бастығы"),
        ("Төгілген мұнайды жылжымалы сыйымдылықтарға сорып алу және құбырға қайтару", "8", "2 вакуумдық машина, 50 м3 сыйымдылық",
         "24 сағат ішінде", "ЖАҚ шебері"),
        ("Атырау облысы бойынша экология департаментіне төгілу туралы хабарлау", "1", "–", "2 сағат ішінде", "Бас эколог"),
        ("Төгілу орталығында және периметрі бойынша топырақтан мұнай өнімдеріне сынама алу", "3", "автозертхана",
         "2026 жылғы 20.04. дейін", "Өндірістік зертхана бастығы"),
        ("Мазутталған топырақты мердігердің термодесорбциялық қондырғысына шығару", "6", "2 өздігінен аударғыш, тиегіш",
         "2026 жылғы 30.04. дейін", "Басқарма бастығының орынбасары"),
        ("Таза топырақ әкелу және учаскені техникалық рекультивациялау", "6", "өздігінен аударғыштар, бульдозер",
         "2026 жылғы 31.05. дейін", "Пайдалану қызметінің бастығы"),
        ("100 км – 130 км учаскесіне кезектен тыс құбыр ішілік диагностика жүргізу", "4", "диагностикалық кешен",
         "2026 жылғы III тоқсан", "Бас инженер"),
    ),
    "vi": (
        ("Dừng xuất dầu, đóng van cách ly và quây phao ngăn dầu quanh khu vực tràn", "10", "02 tàu kéo, 300 m phao quây",
         "Ngay lập tức", "Trưởng ca vận hành cầu cảng"),
        ("Thu gom dầu tràn bằng thiết bị hớt dầu và vật liệu thấm dầu", "12", "01 thiết bị hớt dầu, bồn chứa tạm 20 m3",
         "Trong vòng 24 giờ", "Đội trưởng Đội Ứng phó sự cố"),
        ("Báo cáo sự cố cho Cảng vụ Hàng hải và Sở Nông nghiệp và Môi trường", "1", "-", "Trong vòng 02 giờ",
         "Trưởng phòng An toàn – Môi trường"),
        ("Lấy mẫu nước biển và trầm tích khu vực cầu cảng để đánh giá mức độ ô nhiễm", "3", "01 xuồng, thiết bị lấy mẫu",
         "Trước ngày 25/4/2026", "Trưởng phòng An toàn – Môi trường"),
        ("Chuyển giao vật liệu thấm dầu và dầu thu hồi cho đơn vị xử lý chất thải nguy hại", "4", "01 xe tải",
         "Trước ngày 30/4/2026", "Phòng Hành chính – Tổng hợp"),
        ("Thay thế toàn bộ khớp nối mềm và kiểm định hệ thống ống xuất tại cầu cảng", "6", "cần cẩu 25 tấn",
         "Quý II/2026", "Phó Giám đốc Kỹ thuật"),
    ),
}  # fmt: skip


def tasks_ba2(doc: Doc) -> None:
    """A plan of liquidating the consequences of an oil spill from a main pipeline: the measure, then the forces and
    means under a merged header (people | machinery and equipment), the term as the situation writes it (`немедленно`,
    `в течение 2 часов`, `до 30.04.2026`) and the responsible position; the incident in the sentence before (VI: a
    spill at a fuel terminal's berth, `Nhân lực | Phương tiện, thiết bị`)."""
    r = doc.rng
    vi = doc.lang == "vi"
    _, operator, _ = _site(doc, "pipeline", "terminal")
    km = r.randint(96, 134)
    doc.h(_t(doc, "t2.title").format(km=km))
    day = doc.v("14 апреля 2026 г.", "2026 жылғы 14 сәуірде", "14/4/2026")
    doc.p(
        _t(doc, "t2.p").format(
            d=day,
            v=num(r.randint(3, 40) if vi else r.randint(12, 90), doc.lang),
            a=num(r.randint(150, 2400), doc.lang),
            operator=operator,
        )
    )
    rows = [_row(doc, "t2.head0"), _row(doc, "t2.head1")]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 1, 4), (0, 5, 1, 5)]
    items = SPILL[doc.lang]
    keep = [x for k, x in enumerate(items) if k < 3 or r.random() < 0.8]
    for k, (text, people, machinery, term, who) in enumerate(keep, 1):
        rows.append([f"{k}.", text, people, machinery, term, who])
        doc.add("obligations", task(str(k), text, who))
    doc.table(None, rows, merges, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"BA{k}", globals()[f"{role}_ba{k}"]) for role in ROLES for k in (1, 2)]
"""`facility_ba1` … `tasks_ba2`, in the order of the roles."""
