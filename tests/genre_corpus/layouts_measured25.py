"""Measured blind (part BC of the twelfth blind set: the set 0.711 as first measured on 2026-12-04; part BC 0.715
then, 0.721 when measured again before study), then studied and tuned on: now a tuning layout. What follows is its
writer's description.

A blind held-out set (two layouts per role, `BC1` and `BC2`): never used for tuning, written by someone who neither ran
the extractor on it nor read it, to differ from every layout of `layouts_*.py`.

Theme: light industry and chemicals. Kazakhstan: a pharmaceutical joint venture in the special economic zone of Taraz,
a textile dyeing and finishing mill in Shymkent, a board and paper mill near Almaty working on waste paper, a plant of
metal and polymer containers with a paint shop and a line of paints in Karaganda, an electrical plant with a galvanic
shop in Pavlodar, a leather tannery in Taraz (an application for a КЭР with its founders, a ПЭК programme's general
section with the determination of the category, a solvent balance of a paint shop, the baths of a galvanic shop under
their ventilation systems, the monthly journal of wastes, a waste contractor's specification with prices, the sewer
utility's acceptance limits, a laboratory's three consecutive stack measurements, the passports of control points,
a plan of control whose source numbers are ranges, an ISO 14001 audit programme, an order fixing responsibility in
the shops, a reconstruction schedule with predecessors, a cleaner-production plan). Vietnam: a Korean electronics
factory in Bắc Ninh, a paper mill in Vĩnh Phúc, a textile dyeing mill in a textile industrial park of Hưng Yên, a paint
and chemical plant in Đồng Nai, a Japanese printed-circuit-board plant in Bắc Giang (a GPMT application with its
foreign investor, an ĐTM's card with the classification of the project, VOC loads of a paint line, acid fumes of
plating baths, the monthly CTNH of a dyeing mill, a CTNH contract's price annex, the park's acceptance limits beside
QCVN 13-MT, three measurements per stack against QCVN 19 and QCVN 20, a GPMT's monitoring points as blocks, stacks
written as ranges `KT1÷KT4`, an internal ISO 14001 audit programme, a decision assigning responsibility, the schedule
of a waste-water plant's upgrade, a cleaner-production plan).

Facility: a card whose founders (VI: the foreign investor) form a sub-table inside it, a founder's or the project's
registration number beside the operator's BIN (VI: enterprise number) (BC1); a card whose category is determined in a
block of criteria rows inside it, threshold against capacity (BC2). Emissions: a solvent balance, materials merged over
their substances under a group row per source (BC1); galvanic baths as sources of release under the ventilation
system and its gas cleaning merged down, specific emissions per square metre of bath (BC2). Wastes: the months as rows
and the wastes as columns, the year's total the amount (BC1); a contract's specification with the unit per row, prices
and sums, amounts in litres and pieces that give no tonnes (BC2). Limits: acceptance limits written with their unit in
the cell, a measured column at the control well (VI: the park's limits beside QCVN 13-MT column B) (BC1); three
measurements and their mean per substance under a group row per stack, the norm after them (BC2). Monitoring: one
block of label–value rows per control point, no header row (BC1); source numbers written as ranges and lists in one
cell (BC2). Inspections: quarter marks of an audit programme, no frequency column (BC1); a column of what the shop
reports (with its own frequency) before the column of how often the shop is checked (BC2). Tasks: a schedule with a
column of predecessors, durations and dates, note rows spanning the table (BC1); a cleaner-production plan with a
type code, the cost and the expected effect (BC2).

The words of each layout are in the text tables (RU, KK, VI); a header row is one string, its cells between `|`, `^`
for a cell a merge covers.
"""

from __future__ import annotations

from datetime import date, timedelta

from . import vocab
from .common import Doc, distractor, freq, make_bin, make_msdn, maybe_distractor, num
from .limits_data import add, cell, limit
from .obligations_data import task
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


def _span(rows: list, merges: list, text: str, width: int, start: int = 0) -> None:
    """A row whose cell from column `start` spans the rest of the table."""
    rows.append([""] * start + [text] + [None] * (width - start - 1))
    merges.append((len(rows) - 1, start, len(rows) - 1, width - 1))


def _down(rows: list, start: int, col: int, merges: list) -> None:
    """Merges a column down from row `start` to the last row, when that is two rows or more."""
    if len(rows) - 1 > start:
        merges.append((start, col, len(rows) - 1, col))


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _mon(loc: dict, key: tuple[str, str], frequency: str) -> dict:
    return {**loc, key[0]: key[1], "frequency": frequency}


def _source(number: str) -> dict:
    return {"number": number, "type": "organized" if int(number) < 6000 else "unorganized"}


def _no_value(item: dict | None) -> dict | None:
    """A limit whose measured value the document gives several times (three measurements and their mean)."""
    if item is not None:
        item.pop("value", None)
    return item


DAILY = {"ru": ("ежедневно", "1 раз в сутки"), "kk": ("күн сайын", "тәулігіне 1 рет"), "vi": ("Hằng ngày", "01 lần/ngày")}
WEEKLY = {"ru": ("еженедельно", "1 раз в неделю"), "kk": ("апта сайын", "аптасына 1 рет"), "vi": ("Hằng tuần", "01 lần/tuần")}


def _often(doc: Doc, word: str) -> str:
    """A frequency as the document writes it, daily and weekly included."""
    if word == "daily":
        return doc.pick(DAILY[doc.lang])
    if word == "weekly":
        return doc.pick(WEEKLY[doc.lang])
    return freq(doc, word)


# names of the reference list (corpus/air_pollutants.csv) for codes vocab.AIR lacks: (RU, KK, VI); "" where none
EXTRA = {
    "2752": ("Уайт-спирит", "Уайт-спирит", ""),
    "1210": ("Бутилацетат", "Бутилацетат", "Butyl axetat"),
    "1401": ("Ацетон", "Ацетон", "Axeton"),
    "1240": ("Этилацетат", "Этилацетат", ""),
    "1052": ("Метанол (Метиловый спирт)", "Метанол", "Metanol"),
    "1555": ("Уксусная кислота", "Сірке қышқылы", "Axit axetic"),
    "0150": ("Натрий гидроксид (Натр едкий)", "Натрий гидроксиді", "Hơi kiềm (NaOH)"),
    "0322": ("Серная кислота", "Күкірт қышқылы", "Axit sunfuric (H2SO4)"),
    "0164": ("Никель оксид (в пересчете на никель)", "Никель оксиді", "Niken (NiO)"),
    "0203": ("Хром (в пересчете на хром (VI) оксид)", "Хром", "Crom (CrO3)"),
}  # fmt: skip


def _air(doc: Doc, code: str, variant: int = 0) -> str:
    if code in EXTRA:
        return EXTRA[code][vocab.LANGS.index(doc.lang)]
    return vocab.air(code, doc.lang, variant)


def _dms(value: float) -> tuple[str, float]:
    """An angle in degrees, minutes and seconds with a tenth, and the decimal degrees it stands for."""
    d = int(value)
    m = int((value - d) * 60)
    s = round(((value - d) * 60 - m) * 60, 1)
    if s >= 60:
        m, s = m + 1, 0.0
    return f"{d}°{m:02d}′{s:04.1f}″".replace(".", ","), d + m / 60 + s / 3600


def _quoted(name: str) -> str:
    """The name in guillemets (`Ақ Мата` of `«Ақ Мата» әрлеу фабрикасы`), which the site's and the operator's names share."""
    return name.split("«", 1)[1].split("»", 1)[0] if "«" in name else name


# the sites of the set: (name, operator, place) per language
SITES = {
    "pharma": {
        "ru": ("Завод готовых лекарственных форм «Шипагер»", "ТОО «Шипагер Фарм»",
               "Жамбылская область, г. Тараз, СЭЗ «Химический парк Тараз», участок № 7"),
        "kk": ("«Шипагер» дайын дәрілік түрлер зауыты", "«Шипагер Фарм» ЖШС",
               "Жамбыл облысы, Тараз қ., «Тараз химиялық паркі» АЭА, № 7 учаске"),
    },
    "dye": {
        "ru": ("Отделочная фабрика «Ақ Мата»", "ТОО «Ақ Мата Текстиль»",
               "г. Шымкент, Абайский район, индустриальная зона «Оңтүстік», ул. Капал батыра, 61"),
        "kk": ("«Ақ Мата» әрлеу фабрикасы", "«Ақ Мата Текстиль» ЖШС",
               "Шымкент қ., Абай ауданы, «Оңтүстік» индустриялық аймағы, Қапал батыр көшесі, 61"),
        "vi": ("Nhà máy dệt nhuộm Thành Công Việt", "Công ty TNHH Dệt nhuộm Thành Công Việt",
               "Lô C3, KCN dệt may Phố Nối B, huyện Yên Mỹ, tỉnh Hưng Yên"),
    },
    "paper": {
        "ru": ("Картонно-бумажный комбинат «Алатау Қағаз»", "АО «Алатау Қағаз»",
               "Алматинская область, Илийский район, пос. Боралдай, ул. Заводская, 2"),
        "kk": ("«Алатау Қағаз» картон-қағаз комбинаты", "«Алатау Қағаз» АҚ",
               "Алматы облысы, Іле ауданы, Боралдай кенті, Зауыт көшесі, 2"),
        "vi": ("Nhà máy giấy và bột giấy Lam Sơn Xanh", "Công ty Cổ phần Giấy Lam Sơn Xanh",
               "Cụm công nghiệp Thanh Lãng, huyện Bình Xuyên, tỉnh Vĩnh Phúc"),
    },
    "paint": {
        "ru": ("Завод металлической и полимерной тары «Түрлі Түс»", "ТОО «Түрлі Түс Пласт»",
               "г. Караганда, район им. Казыбек би, ул. Складская, 9"),
        "kk": ("«Түрлі Түс» металл және полимер ыдыстар зауыты", "«Түрлі Түс Пласт» ЖШС",
               "Қарағанды қ., Қазыбек би атындағы аудан, Қойма көшесі, 9"),
        "vi": ("Nhà máy sản xuất sơn và hóa chất Tân Á Đông", "Công ty TNHH Sơn Tân Á Đông",
               "Đường số 6, KCN Nhơn Trạch 2, huyện Nhơn Trạch, tỉnh Đồng Nai"),
    },
    "galv": {
        "ru": ("Завод электротехнических изделий «Ертіс Электро»", "ТОО «Ертіс Электро»",
               "г. Павлодар, Северная промышленная зона, строение 41"),
        "kk": ("«Ертіс Электро» электртехникалық бұйымдар зауыты", "«Ертіс Электро» ЖШС",
               "Павлодар қ., Солтүстік өнеркәсіптік аймақ, 41-құрылыс"),
        "vi": ("Nhà máy sản xuất bảng mạch in Kinsei Việt Nam", "Công ty TNHH Kinsei Electronics Việt Nam",
               "Lô J2, KCN Quang Châu, huyện Việt Yên, tỉnh Bắc Giang"),
    },
    "tannery": {
        "ru": ("Кожевенный завод «Тараз Былғары»", "ТОО «Тараз Былғары»", "Жамбылская область, г. Тараз, ул. Сулейменова, 12"),
        "kk": ("«Тараз Былғары» былғары зауыты", "«Тараз Былғары» ЖШС", "Жамбыл облысы, Тараз қ., Сүлейменов көшесі, 12"),
    },
    "elec": {
        "vi": ("Nhà máy sản xuất linh kiện điện tử Daesan Vina", "Công ty TNHH Daesan Electronics Vina",
               "Lô CN-07, KCN Yên Phong II-C, xã Tam Giang, huyện Yên Phong, tỉnh Bắc Ninh"),
    },
}  # fmt: skip


def _site(doc: Doc, kz: str, vi: str) -> tuple[str, str, str]:
    """The (name, operator, place) of the site a layout is about in Kazakhstan (`kz`) or in Vietnam (`vi`)."""
    return SITES[vi if doc.lang == "vi" else kz][doc.lang]


# ---------------------------------------------------------------- facility

TEXT |= {
    "f1.title": ("Заявление на получение комплексного экологического разрешения",
                 "Кешенді экологиялық рұқсат алуға арналған өтініш",
                 "BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA DỰ ÁN ĐẦU TƯ “{name}”"),
    "f1.h": ("Раздел 1. Сведения о заявителе и объекте", "1-бөлім. Өтініш беруші және объект туралы мәліметтер",
             "Chương I. THÔNG TIN CHUNG VỀ DỰ ÁN ĐẦU TƯ"),
    "f1.p": ("Заявитель является участником специальной экономической зоны и осуществляет приоритетный вид деятельности.",
             "Өтініш беруші арнайы экономикалық аймақтың қатысушысы болып табылады және басым қызмет түрін жүзеге асырады.",
             "Dự án có vốn đầu tư nước ngoài, được cấp Giấy chứng nhận đăng ký đầu tư và đã hoàn thành xây dựng giai đoạn 1."),
    "f1.head": ("№ п/п|Наименование сведений|Сведения|^|^", "Р/с №|Мәліметтердің атауы|Мәліметтер|^|^",
                "TT|Nội dung|Thông tin|^|^"),
    "f1.labels": ("Полное наименование заявителя|Бизнес-идентификационный номер|Учредители (участники)|"
                  "Свидетельство участника СЭЗ|Наименование объекта|Местонахождение объекта|Код КАТО|Вид деятельности по ОКЭД|"
                  "Категория объекта|Координаты центра промплощадки|Проектная мощность|Численность персонала",
                  "Өтініш берушінің толық атауы|Бизнес-сәйкестендіру нөмірі|Құрылтайшылар (қатысушылар)|"
                  "АЭА қатысушысының куәлігі|Объектінің атауы|Объектінің орналасқан жері|ҚАТО коды|ЭҚЖЖ бойынша қызмет түрі|"
                  "Объект санаты|Өнеркәсіптік алаң орталығының координаттары|Жобалық қуаты|Персонал саны",
                  "Tên chủ dự án đầu tư|Mã số doanh nghiệp|Nhà đầu tư|Giấy chứng nhận đăng ký đầu tư|Tên dự án|"
                  "Địa điểm thực hiện dự án|-|Loại hình sản xuất|Phân loại dự án theo tiêu chí về môi trường|-|"
                  "Quy mô, công suất|Số lượng lao động"),
    "f1.founders": ("Наименование|Страна регистрации, регистрационный номер|Доля, %",
                    "Атауы|Тіркелген елі, тіркеу нөмірі|Үлесі, %",
                    "Tên nhà đầu tư|Quốc tịch, số đăng ký kinh doanh|Tỷ lệ góp vốn (%)"),
    "f1.partner": ("АО «Социально-предпринимательская корпорация «Тараз»", "«Тараз» әлеуметтік-кәсіпкерлік корпорациясы» АҚ", ""),
    "f1.cn": ("КНР", "ҚХР", ""),
    "f1.kz": ("Республика Казахстан, БИН", "Қазақстан Республикасы, БСН", ""),
    "f1.sez": ("№ 0000148 от 11.03.2022, приоритетный вид деятельности – производство фармацевтических препаратов",
               "2022 жылғы 11.03. № 0000148, басым қызмет түрі – фармацевтикалық препараттар өндірісі",
               "Mã số dự án {code}, chứng nhận lần đầu ngày 20/05/2019, điều chỉnh lần thứ ba ngày 11/09/2024"),
    "f1.oked": ("21201 – Производство лекарственных препаратов", "21201 – Дәрілік препараттар өндірісі",
                "Sản xuất, lắp ráp linh kiện điện tử (bảng mạch PCBA, mô-đun camera)"),
    "f1.cat": ("I (раздел 1 приложения 2 к Экологическому кодексу РК)", "I (ҚР Экология кодексіне 2-қосымшаның 1-бөлімі)",
               "Nhóm II (mục số 3 Phụ lục IV ban hành kèm theo Nghị định số 08/2022/NĐ-CP)"),
    "f1.coords": ("{lat}° с.ш., {lon}° в.д.", "{lat}° с.е., {lon}° ш.б.", ""),
    "f1.capacity": ("таблетки – 1,2 млрд шт./год; растворы для инфузий – 18 млн флаконов/год",
                    "таблеткалар – жылына 1,2 млрд дана; инфузияға арналған ерітінділер – жылына 18 млн құты",
                    "PCBA: 24.000.000 sản phẩm/năm; mô-đun camera: 36.000.000 sản phẩm/năm"),
    "f1.staff": ("340 чел.", "340 адам", "1.850 người"),
    "f1.caption": ("Таблица 1.1 – Сведения о заявителе", "1.1-кесте – Өтініш беруші туралы мәліметтер",
                   "Bảng 1.1. Thông tin về chủ dự án và dự án"),
}  # fmt: skip


def facility_bc1(doc: Doc) -> None:
    """An application for a КЭР of a pharmaceutical joint venture in a special economic zone: `№ | сведения | value`
    with the value merged across three columns, except the founders' line, which is a sub-table inside the card (name |
    country and registration number | share) with the label merged down beside it — a Chinese founder's unified code
    and a Kazakh co-founder's own BIN —, the SEZ certificate, the OKED with its words, the category with its ground,
    decimal coordinates (VI: a GPMT application of a Korean electronics factory, the investor's Korean registration
    number in the sub-table and the 10-digit project code of the investment certificate beside the enterprise number,
    no coordinates)."""
    vi = doc.lang == "vi"
    r = doc.rng
    name, operator, place = _site(doc, "pharma", "elec")
    bin_ = make_msdn(r) if vi else make_bin(r)
    kato = f"31{r.randint(1, 4)}{r.randint(100, 699)}{r.choice(('000', '100'))}"
    lat, lon = round(r.uniform(42.86, 42.93), 6), round(r.uniform(71.32, 71.42), 6)
    doc.h(_t(doc, "f1.title").format(name=name.upper()))
    doc.h(_t(doc, "f1.h"))
    doc.p(_t(doc, "f1.p"))
    labels = _list(doc, "f1.labels")
    rows, merges, n = [_row(doc, "f1.head")], [(0, 2, 0, 4)], 0

    def line(label: str, value: str) -> None:
        nonlocal n
        n += 1
        rows.append([str(n), label, value, None, None])
        merges.append((len(rows) - 1, 2, len(rows) - 1, 4))

    line(labels[0], operator)
    line(labels[1], bin_)
    n += 1
    start = len(rows)
    rows.append([str(n), labels[2], *_list(doc, "f1.founders")])
    if vi:
        rows.append([None, None, "Daesan Electronics Co., Ltd.", f"Hàn Quốc, {r.randint(101, 139)}-81-{r.randint(10000, 99999)}", "100"])
    else:
        share = r.choice((51, 60, 75))
        usc = f"91{r.randint(3100, 3399)}00MA{r.choice('23')}{''.join(r.choice('ABCDEFGHJKLMNPQRTUWXY0123456789') for _ in range(7))}"
        rows.append([None, None, "Zhejiang Huaxin Pharmaceutical Co., Ltd.", f"{_t(doc, 'f1.cn')}, {usc}", str(share)])
        rows.append([None, None, _t(doc, "f1.partner"), f"{_t(doc, 'f1.kz')} {make_bin(r)}", str(100 - share)])
    _down(rows, start, 0, merges)
    _down(rows, start, 1, merges)
    line(labels[3], _t(doc, "f1.sez").format(code=f"{r.randint(1, 9)}{r.randint(0, 999999999):09d}"))
    line(labels[4], name)
    line(labels[5], place)
    if not vi:
        line(labels[6], kato)
    line(labels[7], _t(doc, "f1.oked"))
    line(labels[8], _t(doc, "f1.cat"))
    if not vi:
        line(labels[9], _t(doc, "f1.coords").format(lat=num(lat, doc.lang, False), lon=num(lon, doc.lang, False)))
    line(labels[10], _t(doc, "f1.capacity"))
    line(labels[11], _t(doc, "f1.staff"))
    doc.table(_t(doc, "f1.caption"), rows, merges, role="facility")
    if vi:
        doc.add("facilities", {"bin": bin_, "name_contains": "Daesan", "category": "II"})
    else:
        doc.add("facilities", {"bin": bin_, "name_contains": _quoted(name), "kato": kato, "oked": "21201", "category": "I",
                               "lat": lat, "lon": lon})
    maybe_distractor(doc)


TEXT |= {
    "f2.title": ("Программа производственного экологического контроля на 2026–2035 годы",
                 "2026–2035 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы",
                 "BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG CỦA DỰ ÁN “MỞ RỘNG, NÂNG CÔNG SUẤT NHÀ MÁY GIẤY VÀ BỘT GIẤY LAM SƠN XANH "
                 "LÊN 150.000 TẤN SẢN PHẨM/NĂM”"),
    "f2.h": ("1. Общие сведения об объекте", "1. Объект туралы жалпы мәліметтер", "1.1. Thông tin chung về dự án"),
    "f2.head": ("№|Показатель|Сведения|^|^", "№|Көрсеткіш|Мәліметтер|^|^", "TT|Nội dung|Thông tin|^|^"),
    "f2.labels": ("Оператор объекта|БИН|Юридический адрес оператора|Наименование объекта|Фактический адрес объекта|Код КАТО|"
                  "Основной вид деятельности (ОКЭД)|Географические координаты (WGS-84)",
                  "Объект операторы|БСН|Оператордың заңды мекенжайы|Объектінің атауы|Объектінің нақты мекенжайы|ҚАТО коды|"
                  "Негізгі қызмет түрі (ЭҚЖЖ)|Географиялық координаттары (WGS-84)",
                  "Tên dự án|Chủ dự án|Mã số doanh nghiệp|Người đại diện theo pháp luật|Địa điểm thực hiện dự án"),
    "f2.legal": ("г. Алматы, пр. Достык, 240, офис 15", "Алматы қ., Достық даңғылы, 240, 15-кеңсе", "Ông Nguyễn Văn Thắng – Tổng Giám đốc"),
    "f2.project": ("", "", "Dự án mở rộng, nâng công suất {name} lên 150.000 tấn sản phẩm/năm"),
    "f2.oked": ("13301 – Отделка тканей", "13301 – Маталарды әрлеу", ""),
    "f2.coords": ("{lat} N; {lon} E", "{lat} N; {lon} E", ""),
    "f2.block": ("Определение категории объекта (приложение 2 к Экологическому кодексу РК)",
                 "Объект санатын айқындау (ҚР Экология кодексіне 2-қосымша)", "Căn cứ xác định phân loại dự án"),
    "f2.sub": ("Вид деятельности (пункт приложения 2)|Пороговое значение|Мощность объекта|Вывод",
               "Қызмет түрі (2-қосымшаның тармағы)|Шекті мәні|Объектінің қуаты|Қорытынды",
               "Tiêu chí|Căn cứ pháp lý|Quy mô của dự án|Kết quả"),
    "f2.crit1": ("Предварительная обработка (промывка, отбеливание, мерсеризация) или крашение текстильных волокон или текстиля "
                 "(раздел 1, п. 6.2)|более 10 т/сутки|{cap} т/сутки|превышает – I категория",
                 "Тоқыма талшықтарын немесе тоқыманы алдын ала өңдеу (жуу, ағарту, мерсеризациялау) немесе бояу "
                 "(1-бөлім, 6.2-тармақ)|тәулігіне 10 т-дан астам|тәулігіне {cap} т|асады – I санат",
                 "Loại hình sản xuất có nguy cơ gây ô nhiễm môi trường: sản xuất bột giấy, giấy từ nguyên liệu thô|"
                 "Mục số 8 Phụ lục II Nghị định số 08/2022/NĐ-CP|{cap} tấn sản phẩm/năm (công suất lớn)|"
                 "Thuộc nhóm I (mục số 3 Phụ lục III)"),
    "f2.crit2": ("Сжигание топлива в установках общей номинальной тепловой мощностью 50 МВт и более (раздел 1, п. 1.1)|"
                 "50 МВт и более|{mw} МВт (котельная)|не превышает",
                 "Жалпы номиналды жылу қуаты 50 МВт және одан жоғары қондырғыларда отын жағу (1-бөлім, 1.1-тармақ)|"
                 "50 МВт және одан жоғары|{mw} МВт (қазандық)|аспайды",
                 "Yếu tố nhạy cảm về môi trường|Khoản 4 Điều 25 Nghị định số 08/2022/NĐ-CP|Không sử dụng đất trồng lúa, "
                 "không xả nước thải vào nguồn nước dùng cho mục đích cấp nước sinh hoạt|Không có"),
    "f2.final": ("Категория объекта|I категория", "Объект санаты|I санат", "Phân loại dự án|Dự án đầu tư nhóm I"),
    "f2.last": ("Размер санитарно-защитной зоны|300 м (класс III по санитарной классификации)",
                "Санитариялық-қорғау аймағының мөлшері|300 м (санитариялық жіктеме бойынша III сынып)",
                "Cơ quan thẩm định|Bộ Nông nghiệp và Môi trường"),
    "f2.caption": ("Таблица 1.1 – Общие сведения", "1.1-кесте – Жалпы мәліметтер", "Bảng 1.1. Thông tin chung về dự án"),
}  # fmt: skip


def facility_bc2(doc: Doc) -> None:
    """A ПЭК programme's general section of a textile dyeing and finishing mill: `№ | показатель | сведения` with the
    value merged across three columns, then a row spanning the table that opens the determination of the category and
    a sub-header inside the card (activity of annex 2 | threshold | capacity | conclusion) over two numbered criteria,
    one exceeded and one not, then the category the determination gives; DMS coordinates with `N` and `E`, the legal
    address in another city, a sanitary class that is no category (VI: an ĐTM's card of a paper mill's expansion, the
    criteria of Decree 08/2022 and the project group)."""
    vi = doc.lang == "vi"
    r = doc.rng
    name, operator, place = _site(doc, "dye", "paper")
    bin_ = make_msdn(r) if vi else make_bin(r)
    kato = f"79{r.randint(1, 4)}{r.randint(100, 699)}000"
    (lat_s, lat), (lon_s, lon) = _dms(r.uniform(42.28, 42.36)), _dms(r.uniform(69.55, 69.68))
    doc.h(_t(doc, "f2.title"))
    doc.h(_t(doc, "f2.h"))
    if not vi:
        doc.p(doc.v(f"Программа разработана для объекта {name} ({operator}).", f"Бағдарлама {operator} кәсіпорнының {name} "
                    "объектісі үшін әзірленді.", ""))
    rows, merges, n = [_row(doc, "f2.head")], [(0, 2, 0, 4)], 0

    def line(label: str, value: str) -> None:
        nonlocal n
        n += 1
        rows.append([str(n), label, value, None, None])
        merges.append((len(rows) - 1, 2, len(rows) - 1, 4))

    labels = _list(doc, "f2.labels")
    if vi:
        values = [_t(doc, "f2.project").format(name=name), operator, bin_, _t(doc, "f2.legal"), place]
    else:
        coords = _t(doc, "f2.coords").format(lat=lat_s, lon=lon_s)
        values = [operator, bin_, _t(doc, "f2.legal"), name, place, kato, _t(doc, "f2.oked"), coords]
    for label, value in zip(labels, values, strict=True):
        line(label, value)
    n += 1
    _span(rows, merges, _t(doc, "f2.block"), 5, start=1)
    rows[-1][0] = str(n)
    rows.append(["", *_list(doc, "f2.sub")])
    cap = "150.000" if vi else str(r.randint(14, 38))
    mw = num(round(r.uniform(6, 18), 1), doc.lang)
    for k, key in enumerate(("f2.crit1", "f2.crit2"), 1):
        rows.append([f"{n}.{k}", *_t(doc, key).format(cap=cap, mw=mw).split("|")])
    for key in ("f2.final", "f2.last"):
        line(*_list(doc, key))
    doc.table(_t(doc, "f2.caption"), rows, merges, role="facility")
    if vi:
        doc.add("facilities", {"bin": bin_, "name_contains": "Lam Sơn Xanh", "category": "I"})
    else:
        doc.add("facilities", {"bin": bin_, "name_contains": _quoted(name), "kato": kato, "oked": "13301", "category": "I",
                               "lat": lat, "lon": lon})
    maybe_distractor(doc)


# ---------------------------------------------------------------- emissions

TEXT |= {
    "e1.title": ("Проект нормативов допустимых выбросов загрязняющих веществ в атмосферу. Объект: {name}",
                 "Атмосфераға ластаушы заттардың жол берілетін шығарындылары нормативтерінің жобасы. Объект: {name}",
                 "BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA CƠ SỞ “{name}”"),
    "e1.h": ("3.4. Расчет выбросов участка окраски тары", "3.4. Ыдыс бояу учаскесінің шығарындыларын есептеу",
             "3.2.2. Bụi sơn và hơi dung môi từ công đoạn sơn vỏ sản phẩm"),
    "e1.p": ("Выбросы определены расчетным методом по балансу растворителей: доля летучей части ЛКМ, выделяющейся при окраске, "
             "принята 25 %, при сушке – 75 %; доля аэрозоля при пневматическом распылении – 30 % сухого остатка.",
             "Шығарындылар еріткіштер балансы бойынша есептеу әдісімен анықталды: бояу кезінде бөлінетін ЛБМ ұшпа бөлігінің "
             "үлесі 25 %, кептіру кезінде – 75 % деп қабылданды; пневматикалық бүрку кезіндегі аэрозоль үлесі – құрғақ "
             "қалдықтың 30 %.",
             "Tải lượng được tính theo cân bằng vật chất: 25% lượng dung môi bay hơi tại buồng phun sơn, 75% tại lò sấy; "
             "30% phần chất rắn của sơn thất thoát dưới dạng bụi sơn. Hơi dung môi được thu gom về hệ thống hấp phụ than "
             "hoạt tính và thải ra ống thải KT2."),
    "e1.head": ("Материал|Расход, т/год|Летучая часть, %|Код ЗВ|Наименование ЗВ|Содержание в летучей части, %|"
                "Доля выделения, %|Выброс, г/с|Выброс, т/год",
                "Материал|Шығыны, т/жыл|Ұшпа бөлігі, %|ЛЗ коды|ЛЗ атауы|Ұшпа бөліктегі құрамы, %|Бөліну үлесі, %|"
                "Шығарынды, г/с|Шығарынды, т/жыл",
                "Nguyên liệu|Lượng sử dụng (tấn/năm)|Tỷ lệ dung môi (%)|Chất ô nhiễm|Hàm lượng trong dung môi (%)|"
                "Tỷ lệ phát thải tại công đoạn (%)|Tải lượng (tấn/năm)|Tải lượng (g/s)"),
    "e1.sources": ("Окрасочная камера (пневматическое распыление, гидрофильтр)|Терморадиационная сушильная камера",
                   "Бояу камерасы (пневматикалық бүрку, гидросүзгі)|Терморадиациялық кептіру камерасы",
                   "Buồng phun sơn (02 buồng, có màng nước)|Lò sấy sơn"),
    "e1.group": ("ИЗА {n} – {name}, время работы {h} ч/год", "{n} ШК – {name}, жұмыс уақыты жылына {h} сағ",
                 "{n}) {name} – thời gian hoạt động {h} giờ/năm"),
    "e1.materials": ("Эмаль ПФ-115|Растворитель Р-4", "ПФ-115 эмалі|Р-4 еріткіші", "Sơn PU gốc dung môi|Dung môi pha loãng (thinner)"),
    "e1.aerosol": ("Взвешенные частицы (аэрозоль краски)", "Қалқыма бөлшектер (бояу аэрозолі)", "Bụi tổng (bụi sơn)"),
    "e1.total": ("Итого по ИЗА {n}", "{n} ШК бойынша барлығы", ""),
    "e1.foot": ("* Аэрозоль краски: 30 % сухого остатка эмали с учетом очистки в гидрофильтре (КПД 90 %), т.е. 3 %.",
                "* Бояу аэрозолі: гидросүзгіде тазартуды (ПӘК 90 %) ескере отырып, эмаль құрғақ қалдығының 30 %-ы, яғни 3 %.",
                "* Bụi sơn: 30% phần chất rắn của sơn, hiệu suất giữ lại của màng nước 90%, tức 3%."),
    "e1.caption": ("Таблица 3.4 – Расчет выбросов загрязняющих веществ от участка окраски",
                   "3.4-кесте – Бояу учаскесінен ластаушы заттар шығарындыларын есептеу",
                   "Bảng 3.9. Tải lượng bụi sơn và hơi dung môi từ công đoạn sơn"),
}  # fmt: skip
# (volatile share %, {code: share of the volatile part %}) of the enamel and the solvent
SOLVENTS = {
    "kz": ((45, {"0616": 50, "2752": 50}), (100, {"1401": 26, "1210": 12, "0621": 62})),
    "vi": ((55, {"0616": 60, "1210": 40}), (100, {"0621": 70, "1401": 30})),
}
BOOTH_DRYER = (25, 75)


def emissions_bc1(doc: Doc) -> None:
    """A solvent balance of a container plant's paint shop: a group row per source spanning the table (`ИЗА 0003 –
    окрасочная камера …, время работы 2 000 ч/год`), under it each material (enamel, solvent) with its consumption and
    volatile share merged down over its substances, each substance with its share of the volatile part, the share released
    at this source, g/s and t/year; the paint aerosol of the booth with a starred share explained under the table; a
    total per source (VI: an electronics factory's plastic-casing paint line in a GPMT application, the booth and the
    oven as lettered group rows without numbers, t/year before g/s, no total)."""
    vi = doc.lang == "vi"
    r = doc.rng
    name, _, _ = _site(doc, "paint", "elec")
    doc.h(_t(doc, "e1.title").format(name=name))
    doc.h(_t(doc, "e1.h"))
    doc.p(_t(doc, "e1.p"))
    head = _row(doc, "e1.head")
    width = len(head)
    rows, merges = [head], []
    materials = _list(doc, "e1.materials")
    consumption = [round(r.uniform(4, 18), 1), round(r.uniform(1.2, 5), 2)]
    first = r.randint(2, 6)
    numbers = [f"{first:04d}", f"{first + 1:04d}"]
    hours = [4800, 4800] if vi else [2000, r.choice((2000, 2400, 3000))]
    for si, (source, share) in enumerate(zip(_list(doc, "e1.sources"), BOOTH_DRYER, strict=True)):
        label = "ab"[si] if vi else numbers[si]
        _span(rows, merges, _t(doc, "e1.group").format(n=label, name=source, h=num(hours[si], doc.lang)), width)
        got: list[tuple[float, float]] = []
        for mi, (volatile, parts) in enumerate(SOLVENTS["vi" if vi else "kz"]):
            m = consumption[mi]
            start = len(rows)
            items: list[tuple[str, str, str, str, float]] = []
            if mi == 0 and si == 0:
                items.append(("2902", _t(doc, "e1.aerosol"), "–" if not vi else "-", "3,0*", m * (100 - volatile) / 100 * 0.03))
            for code, part in parts.items():
                items.append((code, _air(doc, code), num(part, doc.lang), num(share, doc.lang), m * volatile / 100 * part / 100 * share / 100))
            for code, label_, part_s, share_s, tonnes in items:
                t_y = _sig(tonnes, 4)
                g_s = _sig(t_y * 1e6 / (hours[si] * 3600), 4)
                got.append((g_s, t_y))
                lead = [materials[mi], num(m, doc.lang), num(volatile, doc.lang)] if len(rows) == start else [None] * 3
                if vi:
                    rows.append([*lead, label_, part_s, share_s, num(t_y, "vi"), num(g_s, "vi")])
                else:
                    rows.append([*lead, code, label_, part_s, share_s, num(g_s, doc.lang), num(t_y, doc.lang)])
                doc.add("emissions", emission(code, g_s, t_y, None if vi else numbers[si]))
            for c in range(3):
                _down(rows, start, c, merges)
        if not vi:
            rows.append([_t(doc, "e1.total").format(n=numbers[si]), None, None, "", "", "", "",
                         num(round(sum(g for g, _ in got), 6), doc.lang), num(round(sum(t for _, t in got), 6), doc.lang)])
            merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
    doc.table(_t(doc, "e1.caption"), rows, merges, role="emissions")
    doc.p(_t(doc, "e1.foot"))
    if not vi:
        doc.add("sources", *(_source(n) for n in numbers))
    maybe_distractor(doc)


TEXT |= {
    "e2.title": ("Отчет по инвентаризации источников выбросов загрязняющих веществ в атмосферу. {name}",
                 "Атмосфераға ластаушы заттар шығарындылары көздерін түгендеу жөніндегі есеп. {name}",
                 "BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA CƠ SỞ “{name}”"),
    "e2.h": ("2.3. Гальванический цех", "2.3. Гальваникалық цех", "1.3.2. Dây chuyền xử lý bề mặt và xi mạ bảng mạch"),
    "e2.p": ("Местные отсосы от гальванических ванн объединены в две вентиляционные системы, каждая из которых выводится через "
             "отдельную трубу (источник выброса); ванны являются источниками выделения.",
             "Гальваникалық ванналардан жергілікті сорғыштар екі желдету жүйесіне біріктірілген, олардың әрқайсысы жеке құбыр "
             "(шығарынды көзі) арқылы шығарылады; ванналар бөліну көздері болып табылады.",
             "Hơi axit, kiềm phát sinh từ bề mặt các bể được thu gom bằng chụp hút thành bể, dẫn về hai tháp hấp thụ bằng dung "
             "dịch kiềm trước khi thải ra ống thải."),
    "e2.head": ("№ ИЗА|Вентсистема, газоочистная установка|КПД ГОУ, %|Ванна (источник выделения)|Площадь зеркала, м2|"
                "Время работы, ч/год|Загрязняющее вещество (код)|Удельный выброс q, г/(с·м2)|Выброс после очистки, г/с|"
                "Выброс после очистки, т/год",
                "ШК №|Желдету жүйесі, газ тазарту қондырғысы|ГТҚ ПӘК, %|Ванна (бөліну көзі)|Айна ауданы, м2|"
                "Жұмыс уақыты, сағ/жыл|Ластаушы зат (коды)|Меншікті шығарынды q, г/(с·м2)|Тазартудан кейінгі шығарынды, г/с|"
                "Тазартудан кейінгі шығарынды, т/жыл",
                "Hệ thống xử lý (ống thải)|Hiệu suất xử lý (%)|Bể phát sinh|Diện tích bề mặt bể (m2)|Thời gian hoạt động (giờ/năm)|"
                "Chất ô nhiễm|Tải lượng sau xử lý (g/s)|Tải lượng sau xử lý (tấn/năm)"),
    "e2.legend": ("Удельные выделения с поверхности ванн приняты по методике расчета выбросов от гальванических производств; "
                  "выброс после очистки М = q × S × (1 – η/100).",
                  "Ванналар бетінен меншікті бөлінулер гальваникалық өндірістердің шығарындыларын есептеу әдістемесі бойынша "
                  "қабылданды; тазартудан кейінгі шығарынды М = q × S × (1 – η/100).",
                  "Hệ số phát thải đơn vị q (g/s.m2) theo tài liệu hướng dẫn của nhà cung cấp dây chuyền; tải lượng sau xử lý "
                  "M = q × S × (1 – η/100)."),
    "e2.caption": ("Таблица 2.5 – Выбросы от гальванических ванн", "2.5-кесте – Гальваникалық ванналардан шығарындылар",
                   "Bảng 1.7. Tải lượng hơi axit, kiềm từ các bể xi mạ sau xử lý"),
}  # fmt: skip
# (system (RU, KK, VI), efficiency %, [(bath (RU, KK, VI), [(code, q g/(s·m2))])])
GALV_SYSTEMS = (
    (("Вентсистема В-1 линии цинкования, скруббер СПВ-2", "Мырыштау желісінің В-1 желдету жүйесі, СПВ-2 скруббері",
      "Tháp hấp thụ số 1 – dây chuyền xử lý bề mặt (ống thải KT1)"), 85, (
        (("Ванна химического обезжиривания", "Химиялық майсыздандыру ваннасы", "Bể tẩy dầu kiềm"), (("0150", 0.0015),)),
        (("Ванна травления в соляной кислоте", "Тұз қышқылында өңдеу ваннасы", "Bể tẩy axit"), (("0316", 0.003),)),
        (("Ванна щелочного цинкования", "Сілтілі мырыштау ваннасы", "Bể vi khắc"), (("0150", 0.0011),)),
    )),
    (("Вентсистема В-2 линии никелирования и хромирования, фильтр-туманоуловитель ФВГ",
      "Никельдеу және хромдау желісінің В-2 желдету жүйесі, ФВГ тұман ұстағыш сүзгісі",
      "Tháp hấp thụ số 2 – dây chuyền khắc và mạ (ống thải KT2)"), 95, (
        (("Ванна активации в серной кислоте", "Күкірт қышқылында белсендіру ваннасы", "Bể khắc đồng kiềm amoniac"), (("0322", 0.0008),)),
        (("Ванна никелирования", "Никельдеу ваннасы", "Bể mạ niken"), (("0164", 0.00012),)),
        (("Ванна хромирования", "Хромдау ваннасы", "Bể hoạt hóa axit"), (("0203", 0.0028), ("0322", 0.0004))),
    )),
)  # fmt: skip
# what the Vietnamese line's baths give off instead (the same rows, other chemistry)
VI_BATHS = {"Bể vi khắc": (("0322", 0.0008),), "Bể khắc đồng kiềm amoniac": (("0303", 0.0025),),
            "Bể hoạt hóa axit": (("0316", 0.0012), ("0322", 0.0005))}  # fmt: skip
VI_FUMES = {"0150": "Hơi kiềm (NaOH)", "0316": "Axit clohydric (HCl)", "0322": "Axit sunfuric (H2SO4)", "0303": "Amoniac (NH3)",
            "0164": "Niken (NiO)"}  # fmt: skip


def emissions_bc2(doc: Doc) -> None:
    """Galvanic baths as sources of release under the two ventilation systems they share: the source's number, its
    system with the gas cleaning and the cleaning's efficiency merged down over all its rows, each bath with its surface
    and hours merged over its substances, the substance written with its code in brackets, the specific emission per
    square metre and the emission after cleaning in g/s and t/year — a bath is a row (or two), the source is the system;
    a row of column numbers, the formula under the table (VI: a printed-circuit-board plant's two absorption towers
    named with their stack in the first column, no numbers)."""
    vi = doc.lang == "vi"
    r = doc.rng
    lang = vocab.LANGS.index(doc.lang)
    name, _, _ = _site(doc, "galv", "galv")
    doc.h(_t(doc, "e2.title").format(name=name))
    doc.h(_t(doc, "e2.h"))
    doc.p(_t(doc, "e2.p"))
    head = _row(doc, "e2.head")
    rows, merges = [head] + ([] if vi else [[str(k) for k in range(1, len(head) + 1)]]), []
    first = r.randint(1, 4)
    for si, (system, eff, baths) in enumerate(GALV_SYSTEMS):
        number = f"{first + si:04d}"
        start = len(rows)
        drop = r.randrange(len(baths) - 1) if r.random() < 0.5 else None
        for bi, (bath, subs) in enumerate(baths):
            if bi == drop:
                continue
            if vi:
                subs = VI_BATHS.get(bath[2], subs)
            area = round(r.uniform(0.6, 2.4), 1)
            hours = r.randint(18, 40) * 100
            bath_start = len(rows)
            for code, q in subs:
                g_s = _sig(q * area * (1 - eff / 100), 3)
                t_y = _sig(g_s * hours * 0.0036, 3)
                lead_b = [bath[lang], num(area, doc.lang), num(hours, doc.lang)] if len(rows) == bath_start else [None] * 3
                if vi:
                    lead = [system[2], str(eff)] if len(rows) == start else [None, None]
                    rows.append([*lead, *lead_b, VI_FUMES[code], num(g_s, "vi"), num(t_y, "vi")])
                    doc.add("emissions", emission(code, g_s, t_y))
                else:
                    lead = [number, system[lang], str(eff)] if len(rows) == start else [None] * 3
                    rows.append([*lead, *lead_b, f"{_air(doc, code)} ({code})", num(q, doc.lang), num(g_s, doc.lang),
                                 num(t_y, doc.lang)])
                    doc.add("emissions", emission(code, g_s, t_y, number))
            offset = 2 if vi else 3
            for c in range(offset, offset + 3):
                _down(rows, bath_start, c, merges)
        for c in range(2 if vi else 3):
            _down(rows, start, c, merges)
        if not vi:
            doc.add("sources", _source(number))
    doc.table(_t(doc, "e2.caption"), rows, merges, role="emissions")
    doc.p(_t(doc, "e2.legend"))
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

MONTHS = {
    "ru": ("Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август", "Сентябрь", "Октябрь", "Ноябрь", "Декабрь"),
    "kk": ("Қаңтар", "Ақпан", "Наурыз", "Сәуір", "Мамыр", "Маусым", "Шілде", "Тамыз", "Қыркүйек", "Қазан", "Қараша", "Желтоқсан"),
    "vi": tuple(f"Tháng {k}" for k in range(1, 13)),
}
TEXT |= {
    "w1.title": ("Отчет по программе производственного экологического контроля за 2025 год. {name}",
                 "{name}. 2025 жылғы өндірістік экологиялық бақылау бағдарламасы бойынша есеп",
                 "BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {name}"),
    "w1.h": ("3. Обращение с отходами", "3. Қалдықтармен жұмыс істеу", "2.3. Kết quả quản lý chất thải nguy hại"),
    "w1.p": ("Количество образованных отходов приведено по данным журналов первичного учета, которые ведутся в цехах ежемесячно.",
             "Түзілген қалдықтардың саны цехтарда ай сайын жүргізілетін бастапқы есепке алу журналдарының деректері бойынша келтірілген.",
             "Khối lượng chất thải nguy hại được tổng hợp từ sổ theo dõi hằng tháng của kho chứa chất thải nguy hại."),
    "w1.month": ("Месяц", "Ай", "Tháng"),
    "w1.code": ("код {c}", "коды {c}", "Mã CTNH: {c}"),
    "w1.total": ("Итого образовано за 2025 год", "2025 жылы барлығы түзілді", "Tổng khối lượng phát sinh"),
    "w1.given": ("Передано сторонним организациям", "Бөгде ұйымдарға берілді", "Đã chuyển giao cho đơn vị xử lý"),
    "w1.caption": ("Таблица 3.2 – Образование отходов по месяцам 2025 года, т", "3.2-кесте – 2025 жылғы айлар бойынша қалдықтардың түзілуі, т",
                   "Bảng 2.4. Khối lượng chất thải nguy hại phát sinh theo tháng năm 2025 (đơn vị: kg)"),
    "w1.after": ("Остаток отходов на 01.01.2026 хранится на площадке временного хранения не более 6 месяцев.",
                 "2026 жылғы 01.01. жағдай бойынша қалдықтардың қалдығы уақытша сақтау алаңында 6 айдан аспайтын мерзімде сақталады.",
                 "Chất thải còn lại tại kho được chuyển giao trong quý I/2026 theo hợp đồng đã ký."),
}  # fmt: skip
# code, RU, KK, months (all, quarter, half, some), (low, high) tonnes a month
DYE_WASTES = (
    ("04 02 22", "Обрезь и кромка тканей", "Мата қиындылары мен жиектері", "all", (0.8, 3.5)),
    ("04 02 20", "Осадок локальных очистных сооружений", "Жергілікті тазарту құрылыстарының тұнбасы", "quarter", (6, 15)),
    ("04 02 16*", "Остатки красителей и пигментов", "Бояғыштар мен пигменттердің қалдықтары", "all", (0.01, 0.08)),
    ("15 01 10*", "Тара из-под красителей и текстильно-вспомогательных веществ", "Бояғыштар мен тоқыма-қосалқы заттардың ыдысы",
     "some", (0.05, 0.4)),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", "half", (0.003, 0.012)),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", "all", (1.2, 2.6)),
)  # fmt: skip
# code, name, months, (low, high) kg a month
DYE_CTNH = (
    ("12 06 05", "Bùn thải có các thành phần nguy hại từ quá trình xử lý nước thải công nghiệp", "all", (800, 2600)),
    ("18 01 03", "Bao bì cứng thải bằng nhựa", "all", (20, 120)),
    ("18 01 02", "Bao bì cứng thải bằng kim loại", "some", (15, 90)),
    ("18 02 01", "Chất hấp thụ, vật liệu lọc, giẻ lau, vải bảo vệ thải bị nhiễm các thành phần nguy hại", "all", (5, 40)),
    ("16 01 06", "Bóng đèn huỳnh quang và các loại thủy tinh hoạt tính thải", "half", (2, 12)),
    ("17 02 03", "Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "quarter", (20, 80)),
)


def _months(doc: Doc, pattern: str) -> set[int]:
    if pattern == "all":
        return set(range(12))
    if pattern == "quarter":
        return {2, 5, 8, 11}
    if pattern == "half":
        return {5, 11}
    return set(doc.rng.sample(range(12), doc.rng.randint(4, 7)))


def wastes_bc1(doc: Doc) -> None:
    """A report's summary of the journals of wastes: the twelve months as rows and the wastes as columns (the name over
    its code on a second header row), a dash in a month with none, then the year's total — the amount — and what was
    handed over (less for the wastes still stored at the year's end); the unit only in the caption (VI: a dyeing mill's
    CTNH by month in kilograms, the CTNH code under each name)."""
    vi = doc.lang == "vi"
    r = doc.rng
    name, _, _ = _site(doc, "dye", "dye")
    doc.h(_t(doc, "w1.title").format(name=name.upper() if vi else name))
    doc.h(_t(doc, "w1.h"))
    doc.p(_t(doc, "w1.p"))
    if vi:
        chosen = [w for k, w in enumerate(DYE_CTNH) if k < 2 or r.random() < 0.7]
        wastes = [(code, wname, pattern, span) for code, wname, pattern, span in chosen]
    else:
        chosen = [w for k, w in enumerate(DYE_WASTES) if k in (0, 2) or r.random() < 0.7]
        wastes = [(code, ru if doc.lang == "ru" else kk, pattern, span) for code, ru, kk, pattern, span in chosen]
    dash = "-" if vi else "–"
    table: list[list[float]] = []
    for _, _, pattern, (low, high) in wastes:
        months = _months(doc, pattern)
        if vi:
            table.append([float(r.randint(int(low), int(high))) if m in months else 0.0 for m in range(12)])
        else:
            digits = 3 if high < 1 else 2
            table.append([round(r.uniform(low, high), digits) if m in months else 0.0 for m in range(12)])
    rows = [[_t(doc, "w1.month"), *(w[1] for w in wastes)], [None, *(_t(doc, "w1.code").format(c=w[0]) for w in wastes)]]
    merges = [(0, 0, 1, 0)]
    for m in range(12):
        rows.append([MONTHS[doc.lang][m], *(num(col[m], doc.lang) if col[m] else dash for col in table)])
    totals = [round(sum(col), 3) for col in table]
    given = []
    for (code, _, _, _), col, total in zip(wastes, table, totals, strict=True):
        kept = col[11] if (code.endswith("*") or vi) and code not in ("04 02 16*",) and col[11] else 0.0
        given.append(round(total - kept, 3))
    rows.append([_t(doc, "w1.total"), *(num(x, doc.lang) for x in totals)])
    rows.append([_t(doc, "w1.given"), *(num(x, doc.lang) for x in given)])
    doc.table(_t(doc, "w1.caption"), rows, merges, role="wastes")
    doc.p(_t(doc, "w1.after"))
    for (code, wname, _, _), total in zip(wastes, totals, strict=True):
        if vi:
            doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": round(total / 1000, 6),
                               "name_contains": wname})
        else:
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": total,
                               "name_contains": wname})
    maybe_distractor(doc)


TEXT |= {
    "w2.title": ("Приложение 1 к Договору № 27/25-О на оказание услуг по сбору, транспортировке и утилизации отходов",
                 "Қалдықтарды жинау, тасымалдау және кәдеге жарату бойынша қызметтер көрсетуге арналған № 27/25-О шартқа 1-қосымша",
                 "PHỤ LỤC 01 KÈM THEO HỢP ĐỒNG SỐ 15/2025/HĐ-XLCT VỀ VIỆC THU GOM, VẬN CHUYỂN VÀ XỬ LÝ CHẤT THẢI NGUY HẠI"),
    "w2.h": ("Спецификация отходов и стоимость услуг на 2026 год", "2026 жылға арналған қалдықтар спецификациясы және қызметтер құны",
             "DANH MỤC, KHỐI LƯỢNG VÀ ĐƠN GIÁ XỬ LÝ"),
    "w2.p": ("Заказчик: {operator} ({name}), БИН {b1}. Исполнитель: ТОО «ЭкоСервис Жамбыл», БИН {b2}, лицензия на переработку, "
             "обезвреживание, утилизацию и (или) уничтожение опасных отходов № 02231Р.",
             "Тапсырыс беруші: {operator} ({name}), БСН {b1}. Орындаушы: «ЭкоСервис Жамбыл» ЖШС, БСН {b2}, қауіпті "
             "қалдықтарды қайта өңдеуге, залалсыздандыруға, кәдеге жаратуға және (немесе) жоюға № 02231Р лицензия.",
             "Bên A (chủ nguồn thải): {operator} – {name}. Bên B: Công ty TNHH Môi trường Xanh Kinh Bắc, Giấy phép môi trường "
             "số 2145/GPMT-BTNMT (mã số quản lý CTNH 1-2-3-4-5.082.VX)."),
    "w2.head": ("№|Наименование отхода|Код отхода|Ед. изм.|Количество в год|Цена за единицу, тенге без НДС|Сумма, тенге без НДС",
                "№|Қалдықтың атауы|Қалдық коды|Өлш. бірл.|Жылына саны|Бірлік бағасы, ҚҚС-сыз теңге|Сомасы, ҚҚС-сыз теңге",
                "STT|Tên chất thải|Mã CTNH|Trạng thái tồn tại|Khối lượng dự kiến (kg/năm)|Đơn giá (đồng/kg)|Thành tiền (đồng)"),
    "w2.sums": ("Итого|НДС 12 %|Всего с НДС", "Барлығы|ҚҚС 12 %|ҚҚС-пен қоса барлығы", "Cộng|Thuế GTGT (8%)|Tổng cộng"),
    "w2.after": ("Фактический объем определяется по актам приема-передачи отходов; оплата производится ежемесячно.",
                 "Нақты көлем қалдықтарды қабылдау-беру актілері бойынша айқындалады; төлем ай сайын жүргізіледі.",
                 "Khối lượng thanh toán theo chứng từ chất thải nguy hại của từng đợt chuyển giao."),
}  # fmt: skip
# code, RU, KK, unit (RU, KK), (low, high), price (low, high) tenge per unit
TANNERY_WASTES = (
    ("04 01 08", "Отходы дубленой кожи, содержащие хром (стружка, обрезь, шлифовальная пыль)",
     "Құрамында хромы бар иленген былғары қалдықтары (жоңқа, қиынды, тегістеу шаңы)", ("т", "т"), (30, 90), (38000, 65000)),
    ("04 01 06", "Осадок локальных очистных сооружений, содержащий хром",
     "Құрамында хромы бар жергілікті тазарту құрылыстарының тұнбасы", ("т", "т"), (80, 260), (24000, 42000)),
    ("04 01 01", "Мездра и обрезь голья", "Мездра мен гольё қиындылары", ("т", "т"), (150, 420), (9000, 16000)),
    ("15 01 10*", "Тара из-под химических реагентов (дубители, красители, жирующие составы)",
     "Химиялық реагенттердің ыдысы (илегіштер, бояғыштар, майлағыш құрамдар)", ("кг", "кг"), (300, 1500), (120, 450)),
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", ("кг", "кг"), (80, 400), (150, 380)),
    ("13 02 05*", "Отработанные моторные масла", "Пайдаланылған мотор майлары", ("л", "л"), (200, 800), (60, 95)),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", ("шт.", "дана"), (120, 600), (180, 350)),
)  # fmt: skip
# code, name, state, (low, high) kg a year, price (low, high) đồng/kg
ELEC_CTNH = (
    ("16 01 13", "Các thiết bị, bộ phận, linh kiện điện tử thải", "Rắn", (1200, 6000), (3500, 6500)),
    ("12 06 05", "Bùn thải có các thành phần nguy hại từ quá trình xử lý nước thải công nghiệp", "Bùn", (8000, 30000), (3000, 4500)),
    ("17 08 03", "Các loại dung môi và hỗn hợp dung môi thải khác", "Lỏng", (500, 3000), (5000, 8000)),
    ("18 02 01", "Chất hấp thụ, vật liệu lọc, giẻ lau, vải bảo vệ thải bị nhiễm các thành phần nguy hại", "Rắn", (600, 2500), (4000, 6000)),
    ("18 01 03", "Bao bì cứng thải bằng nhựa", "Rắn", (300, 1800), (3500, 5000)),
    ("16 01 06", "Bóng đèn huỳnh quang và các loại thủy tinh hoạt tính thải", "Rắn", (20, 120), (12000, 18000)),
    ("08 02 04", "Hộp mực in thải có các thành phần nguy hại", "Rắn", (15, 80), (8000, 12000)),
)  # fmt: skip


def wastes_bc2(doc: Doc) -> None:
    """A waste contractor's specification annexed to a tannery's contract: the name, the code, the unit of each row
    (`т`, `кг`, `л`, `шт.`), the quantity a year, the price per unit and the sum, then the total, VAT and the total with
    VAT (money only); the parties with their BINs in the paragraph before — oil in litres and lamps in pieces give no
    tonnes, the chrome-bearing tannery wastes carry no star (VI: a CTNH contract's price annex of an electronics
    factory, kilograms a year, đơn giá and thành tiền, VAT 8 %)."""
    vi = doc.lang == "vi"
    r = doc.rng
    name, operator, _ = _site(doc, "tannery", "elec")
    doc.h(_t(doc, "w2.title"))
    doc.h(_t(doc, "w2.h"))
    doc.p(_t(doc, "w2.p").format(operator=operator, name=name, b1=make_bin(r) if not vi else "", b2=make_bin(r) if not vi else ""))
    rows = [_row(doc, "w2.head")]
    total = 0
    if vi:
        chosen = sorted(r.sample(range(len(ELEC_CTNH)), r.randint(5, 6)))
        for k, i in enumerate(chosen, 1):
            code, wname, state, (low, high), (p_low, p_high) = ELEC_CTNH[i]
            kg = r.randint(low // 10, high // 10) * 10
            price = r.randint(p_low // 100, p_high // 100) * 100
            total += kg * price
            rows.append([str(k), wname, code, state, num(kg, "vi"), num(price, "vi"), num(kg * price, "vi")])
            doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000,
                               "name_contains": wname})
        vat = round(total * 0.08)
    else:
        lang = 0 if doc.lang == "ru" else 1
        chosen = [w for k, w in enumerate(TANNERY_WASTES) if k < 2 or r.random() < 0.75]
        for k, (code, ru, kk, units, (low, high), (p_low, p_high)) in enumerate(chosen, 1):
            wname = (ru, kk)[lang]
            unit = units[lang]
            if unit == "т":
                qty: float = round(r.uniform(low, high), 1)
                amount: float | None = qty
            else:
                qty = r.randint(low // 10, high // 10) * 10
                amount = qty / 1000 if unit == "кг" else None
            price = r.randint(p_low // 10, p_high // 10) * 10 if p_high < 1000 else r.randint(p_low // 500, p_high // 500) * 500
            money = round(qty * price)
            total += money
            rows.append([str(k), wname, code, unit, num(qty, doc.lang), num(price, doc.lang), num(money, doc.lang)])
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": amount,
                               "name_contains": wname})
        vat = round(total * 0.12)
    for label, money in zip(_list(doc, "w2.sums"), (total, vat, total + vat), strict=True):
        rows.append(["", label, "", "", "", "", num(money, doc.lang)])
    doc.table(None, rows, role="wastes")
    doc.p(_t(doc, "w2.after"))
    if r.random() < 0.4:
        distractor(doc, "approval")


# ---------------------------------------------------------------- limits

TEXT |= {
    "l1.title": ("Приложение 2 к договору на прием сточных вод в систему водоотведения № 1184/25 от 15.01.2025",
                 "2025 жылғы 15.01. № 1184/25 ағынды суларды су бұру жүйесіне қабылдау шартына 2-қосымша",
                 "PHỤ LỤC 02 KÈM THEO HỢP ĐỒNG DỊCH VỤ XỬ LÝ NƯỚC THẢI SỐ 08/2025/HĐ-XLNT"),
    "l1.p": ("Абонент: {operator} ({name}). Контрольный колодец КК-1 – на выпуске в городской коллектор по ул. Капал батыра. "
             "Фактические концентрации – по протоколу испытаний № 512 от 17.03.2026 аккредитованной лаборатории ГКП «Шымкент Су».",
             "Абонент: {operator} ({name}). БҚ-1 бақылау құдығы – Қапал батыр көшесі бойындағы қалалық коллекторға шығарылымда. "
             "Нақты концентрациялар – «Шымкент Су» МКК аккредиттелген зертханасының 2026 жылғы 17.03. № 512 сынақ хаттамасы бойынша.",
             "Bên sử dụng dịch vụ: {operator} – {name}. Nước thải của nhà máy được xử lý sơ bộ đạt giới hạn tiếp nhận dưới đây "
             "trước khi đấu nối vào hệ thống thu gom của Khu công nghiệp."),
    "l1.head": ("№|Наименование показателя|Допустимая концентрация (ДК)|Фактическая концентрация в КК-1|Примечание",
                "№|Көрсеткіштің атауы|Рұқсат етілген концентрация (РК)|БҚ-1 құдығындағы нақты концентрация|Ескертпе",
                "TT|Thông số|Đơn vị|Giới hạn tiếp nhận của KCN|QCVN 13-MT:2015/BTNMT, cột B (tham chiếu)"),
    "l1.le": ("не более {v} мг/дм3", "{v} мг/дм3 артық емес", ""),
    "l1.ph": ("{lo}–{hi} ед. pH", "{lo}–{hi} рН бірлігі", ""),
    "l1.temp": ("Температура|не выше 40 °С|{t}", "Температура|40 °С жоғары емес|{t}", "Nhiệt độ|°C|45|40"),
    "l1.colour": ("Цветность|не должна обнаруживаться в разбавлении 1:16|не обнаруживается в разбавлении 1:8",
                  "Түстілік|1:16 сұйылтуда байқалмауы тиіс|1:8 сұйылтуда байқалмайды",
                  "Độ màu (pH = 7)|Pt-Co|350|150"),
    "l1.notes": ("анионные|в пересчете на Cr6+|общее", "аниондық|Cr6+ бойынша есептегенде|жалпы", ""),
    "l1.caption": ("Допустимые концентрации загрязняющих веществ в сточных водах абонента",
                   "Абоненттің ағынды суларындағы ластаушы заттардың рұқсат етілген концентрациялары",
                   "Bảng 1. Giới hạn tiếp nhận nước thải vào hệ thống thu gom, xử lý nước thải tập trung của KCN"),
    "l1.after": ("При превышении ДК абонент оплачивает сверхнормативный сброс в соответствии с Правилами приема сточных вод.",
                 "РК асқан кезде абонент ағынды суларды қабылдау қағидаларына сәйкес нормадан тыс төгінді үшін төлейді.",
                 "Ghi chú: QCVN 13-MT:2015/BTNMT được nêu để tham chiếu; thông số không quy định ghi “-”."),
}  # fmt: skip
# symbol: ДК of the sewer (a tuple is a range); the first six always listed
SEWER_DK = {"pH": (6.5, 9), "TSS": 300, "BOD5": 300, "COD": 500, "Surfactants": 10, "Cr6+": 0.1, "TPH": 4, "Fe": 3,
            "Cu": 0.5, "Zn": 1, "S2-": 1.5, "Cl-": 350, "SO4": 500, "NH4+": 25, "Phenols": 0.1}  # fmt: skip
# symbol: (the industrial park's acceptance limit, QCVN 13-MT:2015/BTNMT column B or None)
PARK_LIMITS = {"pH": ((5.5, 9), (5.5, 9)), "BOD5": (200, 50), "COD": (400, 150), "TSS": (200, 100), "NH4+": (20, None),
               "TN": (40, None), "TP": (6, None), "CN-": (0.1, 0.1), "Cr6+": (0.1, 0.1), "TPH": (10, None), "S2-": (1, None)}  # fmt: skip


def limits_bc1(doc: Doc) -> None:
    """The sewer utility's acceptance limits annexed to a dyeing mill's contract: each ДК written with its unit in the cell
    (`не более 300 мг/дм3`, pH `6,5–9 ед. pH`), no unit column, the result at the control well `КК-1` named in the header,
    a notes column (`анионные`), a temperature and a colour row that give no limit in mg/l (VI: an industrial park's
    acceptance limits for a dyeing tenant beside QCVN 13-MT:2015 column B for reference, a dash where the standard sets
    none, temperature and colour rows)."""
    vi = doc.lang == "vi"
    r = doc.rng
    name, operator, _ = _site(doc, "dye", "dye")
    doc.h(_t(doc, "l1.title"))
    doc.p(_t(doc, "l1.p").format(operator=operator, name=name))
    rows = [_row(doc, "l1.head")]
    if vi:
        keys = [s for s in PARK_LIMITS if s in ("pH", "BOD5", "COD", "TSS", "Cr6+") or r.random() < 0.6]
        temp, colour = _list(doc, "l1.temp"), _list(doc, "l1.colour")
        rows.append(["1", *temp])
        for s in keys:
            if s == "BOD5":
                rows.append([str(len(rows)), *colour])
            park, q13 = PARK_LIMITS[s]
            rows.append([str(len(rows)), vocab.water(s, "vi"), "-" if s == "pH" else "mg/l", cell(doc, park), cell(doc, q13)])
            add(doc, limit(("symbol", s), "waste_water", park, "mg/l"), limit(("symbol", s), "waste_water", q13, "mg/l", "B"))
        doc.table(_t(doc, "l1.caption"), rows, role="limits")
        doc.p(_t(doc, "l1.after"))
        return
    point = doc.v("КК-1", "БҚ-1", "")
    rest = [s for s in list(SEWER_DK)[6:] if r.random() < 0.45]
    keys = [*list(SEWER_DK)[:6], *rest]
    notes = _list(doc, "l1.notes")
    label, norm, fact = _t(doc, "l1.temp").format(t=r.randint(21, 33)).split("|")
    rows.append(["1", label, norm, fact, ""])
    for s in keys:
        lim = SEWER_DK[s]
        if isinstance(lim, tuple):
            value = round(r.uniform(6.9, 8.8), 1)
            said = _t(doc, "l1.ph").format(lo=num(lim[0], doc.lang), hi=num(lim[1], doc.lang))
        else:
            value = _sig(lim * r.uniform(0.15, 1.15), 2)
            said = _t(doc, "l1.le").format(v=num(lim, doc.lang))
        note = {"Surfactants": notes[0], "Cr6+": notes[1], "Fe": notes[2]}.get(s, "")
        rows.append([str(len(rows)), vocab.water(s, doc.lang), said, num(value, doc.lang), note])
        add(doc, limit(("symbol", s), "waste_water", lim, "mg/l", None, point, value))
        if s == "pH":
            rows.append([str(len(rows)), *_list(doc, "l1.colour"), ""])
    doc.table(_t(doc, "l1.caption"), rows, role="limits")
    doc.p(_t(doc, "l1.after"))
    maybe_distractor(doc)


TEXT |= {
    "l2.title": ("Протокол инструментальных измерений на источниках выбросов № 47-В от 14.05.2026",
                 "2026 жылғы 14.05. шығарынды көздеріндегі аспаптық өлшеулер хаттамасы № 47-В",
                 "KẾT QUẢ ĐO ĐẠC, PHÂN TÍCH KHÍ THẢI QUÝ II NĂM 2026"),
    "l2.p": ("Заказчик: {operator} ({name}). Измерения выполнены испытательной лабораторией ТОО «ЭкоАналит Тараз» (аттестат "
             "аккредитации KZ.T.08.1234); по каждому веществу выполнено три последовательных замера продолжительностью 20 мин, "
             "концентрации приведены к нормальным условиям (273 К, 101,3 кПа).",
             "Тапсырыс беруші: {operator} ({name}). Өлшеулерді «ЭкоАналит Тараз» ЖШС сынақ зертханасы (аккредиттеу аттестаты "
             "KZ.T.08.1234) орындады; әр зат бойынша ұзақтығы 20 мин үш рет қатарынан өлшеу жүргізілді, концентрациялар "
             "қалыпты жағдайларға (273 К, 101,3 кПа) келтірілген.",
             "Cơ sở: {name} ({operator}). Đơn vị quan trắc: Trung tâm Quan trắc và Kỹ thuật môi trường Đồng Nai (VIMCERTS 049). "
             "Mỗi thông số được đo 03 lần liên tiếp; nồng độ quy về điều kiện tiêu chuẩn."),
    "l2.head0": ("Показатель|Ед. изм.|Результаты измерений|^|^|Среднее значение|Норматив (КЭР)|Оценка",
                 "Көрсеткіш|Өлш. бірл.|Өлшеу нәтижелері|^|^|Орташа мәні|Норматив (КЭР)|Бағалау",
                 "Thông số|Đơn vị|Kết quả đo|^|^|Trung bình|Giới hạn cho phép|Đánh giá"),
    "l2.head1": ("^|^|1-й замер|2-й замер|3-й замер|^|^|^", "^|^|1-өлшеу|2-өлшеу|3-өлшеу|^|^|^", "^|^|Lần 1|Lần 2|Lần 3|^|^|^"),
    "l2.group": ("ИЗА {n} – {name} ({hd}), отбор 14.05.2026", "{n} ШК – {name} ({hd}), сынама алу 14.05.2026",
                 "{n} – {name} (so sánh {std})"),
    "l2.flow": ("Объемный расход ГВС|нм3/с|Температура ГВС|°С", "ГАҚ көлемдік шығыны|нм3/с|ГАҚ температурасы|°С",
                "Lưu lượng|m3/h|Nhiệt độ|°C"),
    "l2.unit": ("мг/нм3", "мг/нм3", "mg/Nm3"),
    "l2.verdict": ("соответствует|превышение", "сәйкес келеді|асып кету", "Đạt|Không đạt"),
    "l2.after": ("Среднее значение сопоставлено с технологическим нормативом комплексного экологического разрешения.",
                 "Орташа мән кешенді экологиялық рұқсаттың технологиялық нормативімен салыстырылды.",
                 "Giá trị trung bình của 03 lần đo được so sánh với giới hạn cho phép."),
}  # fmt: skip
# (name (RU, KK), height and diameter, {code: norm mg/Nm3}, how many substances are measured (None: all))
PHARMA_STACKS = (
    (("Труба скруббера участка химического синтеза", "Химиялық синтез учаскесі скрубберінің құбыры"), "H = 18 м, D = 0,4 м",
     {"0316": 20, "0303": 30, "1052": 50, "0621": 100, "1240": 150}, 4),
    (("Дымовая труба котельной (природный газ)", "Қазандықтың түтін мұржасы (табиғи газ)"), "H = 24 м, D = 0,6 м",
     {"0301": 250, "0304": 40, "0337": 150}, None),
    (("Труба аспирации участка таблетирования (рукавный фильтр)", "Таблеткалау учаскесінің аспирация құбыры (жеңді сүзгі)"),
     "H = 15 м, D = 0,5 м", {"2902": 20}, None),
)  # fmt: skip
# (point, place, standard, column, {code: (name, limit mg/Nm3)})
PAINT_STACKS = (
    ("KT1", "Ống khói lò hơi đốt dầu DO 4 tấn hơi/giờ", "QCVN 19:2009/BTNMT, cột B; Kp = 1; Kv = 1", "B",
     {"2902": ("Bụi tổng", 200), "0330": ("SO2", 500), "0301": ("NOx (tính theo NO2)", 850), "0337": ("CO", 1000)}),
    ("KT2", "Ống thải hệ thống hấp phụ than hoạt tính khu vực pha chế sơn", "QCVN 20:2009/BTNMT", None,
     {"0621": ("Toluen", 750), "0616": ("Xylen", 870), "1210": ("Butyl axetat", 950), "1401": ("Axeton", 2400)}),
)  # fmt: skip


def limits_bc2(doc: Doc) -> None:
    """A laboratory's protocol of stack measurements at a pharmaceutical plant: a group row per source spanning the table
    (`ИЗА 0001 – …(H = 18 м, D = 0,4 м), отбор …`), the gas flow and temperature without a norm, then each substance with
    three consecutive measurements under a merged header, their mean, the КЭР norm in mg/Nm3 and a verdict — the norm is
    the limit at the source, the measured value is given four ways so none is compared (VI: a paint plant's boiler stack
    against QCVN 19 column B and its solvent stack against QCVN 20, which has no columns)."""
    vi = doc.lang == "vi"
    r = doc.rng
    name, operator, _ = _site(doc, "pharma", "paint")
    doc.h(_t(doc, "l2.title"))
    doc.p(_t(doc, "l2.p").format(operator=operator, name=name))
    rows, merges = [_row(doc, "l2.head0"), _row(doc, "l2.head1")], [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4)]
    merges += [(0, c, 1, c) for c in (5, 6, 7)]
    unit, (ok, bad) = _t(doc, "l2.unit"), _list(doc, "l2.verdict")
    flow_name, flow_unit, temp_name, temp_unit = _list(doc, "l2.flow")

    def measured(lim: float) -> list[str]:
        values = [_sig(lim * r.uniform(0.2, 1.02), 3) for _ in range(3)]
        mean = _sig(sum(values) / 3, 3)
        return [*(num(v, doc.lang) for v in values), num(mean, doc.lang), num(lim, doc.lang), ok if mean <= lim else bad]

    def plain(label: str, u: str, low: float, high: float, digits: int) -> None:
        values = [round(r.uniform(low, high), digits) for _ in range(3)]
        rows.append([label, u, *(num(v, doc.lang) for v in values), num(round(sum(values) / 3, digits), doc.lang), "–", "–"])

    if vi:
        for point, place, std, column, items in PAINT_STACKS:
            _span(rows, merges, _t(doc, "l2.group").format(n=point, name=place, std=std), 8)
            plain(flow_name, flow_unit, 4000 if point == "KT1" else 9000, 6500 if point == "KT1" else 15000, 0)
            for code, (label, lim) in items.items():
                rows.append([label, unit, *measured(lim)])
                add(doc, _no_value(limit(("code", code), "flue_gas", lim, "mg/Nm3", column, point)))
        doc.table(None, rows, merges, role="limits")
        doc.p(_t(doc, "l2.after"))
        maybe_distractor(doc)
        return
    lang = 0 if doc.lang == "ru" else 1
    first = r.randint(1, 3)
    stacks = [s for k, s in enumerate(PHARMA_STACKS) if k < 2 or r.random() < 0.5]
    for k, (names, hd, norms, many) in enumerate(stacks):
        number = f"{first + k:04d}"
        _span(rows, merges, _t(doc, "l2.group").format(n=number, name=names[lang], hd=hd), 8)
        plain(flow_name, flow_unit, 0.8, 4.5, 2)
        plain(temp_name, temp_unit, 28, 140 if k == 1 else 45, 0)
        codes = list(norms)
        if many:
            codes = sorted(r.sample(codes, r.randint(3, many)), key=codes.index)
        for code in codes:
            rows.append([_air(doc, code), unit, *measured(norms[code])])
            add(doc, _no_value(limit(("code", code), "flue_gas", norms[code], "mg/Nm3", None, number)))
            doc.add("emissions", emission(code, None, None, number))
        doc.add("sources", _source(number))
    doc.table(None, rows, merges, role="limits")
    doc.p(_t(doc, "l2.after"))
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

TEXT |= {
    "m1.title": ("Программа производственного экологического контроля {operator} на 2026–2028 годы",
                 "{operator} 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы",
                 "PHỤ LỤC IV. CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ"),
    "m1.h": ("Раздел 4. Паспорта точек контроля", "4-бөлім. Бақылау нүктелерінің паспорттары",
             "(Kèm theo Giấy phép môi trường số 312/GPMT-UBND ngày 18/03/2025 của UBND tỉnh Bắc Ninh)"),
    "m1.p": ("Объект: {name}. Для каждой точки контроля указаны контролируемые параметры, периодичность, метод и исполнитель.",
             "Объект: {name}. Әр бақылау нүктесі үшін бақыланатын параметрлер, кезеңділік, әдіс және орындаушы көрсетілген.",
             "Chủ cơ sở: {operator}. Các điểm quan trắc được trình bày theo từng vị trí dưới đây."),
    "m1.point": ("Точка контроля № {k}. {label}", "№ {k} бақылау нүктесі. {label}", "Điểm quan trắc số {k}: {label}"),
    "m1.source": ("ИЗА {n} – {name}", "{n} ШК – {name}", ""),
    "m1.labels": ("Компонент окружающей среды|Местоположение (координаты)|Контролируемые параметры|Периодичность контроля|"
                  "Метод контроля|Исполнитель",
                  "Қоршаған орта компоненті|Орналасқан жері (координаттары)|Бақыланатын параметрлер|Бақылау кезеңділігі|"
                  "Бақылау әдісі|Орындаушы",
                  "Loại mẫu|Vị trí lấy mẫu|Thông số quan trắc|Tần suất quan trắc|Quy chuẩn so sánh"),
    "m1.methods": ("инструментальный (газоанализатор, гравиметрия)|расчетный|лабораторный (ПНД Ф 14.1:2:4)|"
                   "инструментальный (отбор проб аспиратором)",
                   "аспаптық (газталдағыш, гравиметрия)|есептік|зертханалық (ПНД Ф 14.1:2:4)|аспаптық (аспиратормен сынама алу)", ""),
    "m1.who": ("аккредитованная лаборатория ТОО «ЭкоЛаб Алматы»|инженер-эколог комбината",
               "«ЭкоЛаб Алматы» ЖШС аккредиттелген зертханасы|комбинаттың инженер-экологы", ""),
    "m1.caption": ("Таблица 4.1 – Паспорта точек производственного экологического контроля",
                   "4.1-кесте – Өндірістік экологиялық бақылау нүктелерінің паспорттары", ""),
}  # fmt: skip
# (kind, id, place (RU, KK), medium (RU, KK), (key, keys), frequency, method index)
PAPER_POINTS = (
    ("src", "0001", ("дымовая труба котельной (природный газ)", "қазандықтың түтін мұржасы (табиғи газ)"),
     ("атмосферный воздух (выбросы)", "атмосфералық ауа (шығарындылар)"), ("code", ("0301", "0304", "0337")), "quarterly", 0),
    ("src", "0002", ("вытяжная труба колпака сушильной части КДМ-2", "КДМ-2 кептіру бөлігі қалпағының сорғыш құбыры"),
     ("атмосферный воздух (выбросы)", "атмосфералық ауа (шығарындылар)"), ("code", ("1325", "2902")), "semiannual", 0),
    ("src", "6001", ("иловые площадки очистных сооружений", "тазарту құрылыстарының лай алаңдары"),
     ("атмосферный воздух (выбросы)", "атмосфералық ауа (шығарындылар)"), ("code", ("0333", "0303")), "yearly", 1),
    ("pt", "ВК-1", ("выпуск очищенных сточных вод в р. Каскелен", "тазартылған ағынды суларды Қаскелең өзеніне шығару"),
     ("сточные воды", "ағынды сулар"), ("symbol", ("pH", "TSS", "BOD5", "COD", "NH4+", "SO4")), "monthly", 2),
    ("pt", "Т-1", ("граница СЗЗ, северо-восток", "СҚА шекарасы, солтүстік-шығыс"),
     ("атмосферный воздух на границе СЗЗ", "СҚА шекарасындағы атмосфералық ауа"), ("code", ("0333", "0303", "0301")), "quarterly", 3),
    ("pt", "Р-1", ("р. Каскелен, 500 м ниже выпуска", "Қаскелең өзені, шығарылымнан 500 м төмен"),
     ("поверхностные воды", "жерүсті сулары"), ("symbol", ("pH", "TSS", "BOD5", "NH4+")), "quarterly", 2),
)  # fmt: skip
# (id, place, kind of sample, (key, keys), frequency, standard)
ELEC_POINTS = (
    ("KT1", "Ống thải hệ thống xử lý khí thải công đoạn hàn reflow (lọc bụi và than hoạt tính)", "Khí thải",
     ("code", ("2902", "0184")), "semiannual", "QCVN 19:2009/BTNMT, cột B (Kp = 1; Kv = 1)"),
    ("KT2", "Ống thải hệ thống xử lý hơi dung môi khu vực phủ keo, sơn phủ bảng mạch", "Khí thải",
     ("code", ("0621", "0616", "1401", "1210")), "quarterly", "QCVN 20:2009/BTNMT"),
    ("NT1", "Hố ga cuối cùng trước khi đấu nối vào hệ thống thu gom nước thải của KCN", "Nước thải",
     ("symbol", ("pH", "COD", "TSS", "NH4+", "Cu", "Ni")), "quarterly", "Giới hạn tiếp nhận nước thải của KCN Yên Phong II-C"),
)  # fmt: skip


def monitoring_bc1(doc: Doc) -> None:
    """A ПЭК programme of a board and paper mill whose control points are passports: no header row, two columns, a row
    spanning the table names each point (`Точка контроля № 2. ИЗА 0002 – …`, `… ВК-1 – выпуск …`) and under it the
    label–value rows of its medium, place with coordinates, parameters in one cell (air with codes in brackets),
    frequency, method and executor — sources, an unorganised source computed yearly, the outlet, a boundary point and the
    river (VI: a GPMT annex of an electronics factory, one block per stack and the outlet, the standard compared)."""
    vi = doc.lang == "vi"
    r = doc.rng
    name, operator, _ = _site(doc, "paper", "elec")
    doc.h(_t(doc, "m1.title").format(operator=operator))
    doc.h(_t(doc, "m1.h"))
    doc.p(_t(doc, "m1.p").format(name=name, operator=operator))
    labels = _list(doc, "m1.labels")
    rows: list = []
    merges: list = []
    if vi:
        for k, (point, place, sample, (key, keys), word, std) in enumerate(ELEC_POINTS, 1):
            _span(rows, merges, _t(doc, "m1.point").format(k=k, label=f"{point} – {place}"), 2)
            where = "Tại lỗ lấy mẫu trên ống thải, cách mái nhà xưởng 1,5 m" if sample == "Khí thải" else place
            names = [_air(doc, c) if key == "code" else vocab.water(c, "vi") for c in keys]
            values = [sample, where, ", ".join(names), freq(doc, word), std]
            rows += [[a, b] for a, b in zip(labels, values, strict=True)]
            doc.add("monitoring", *(_mon({"point_contains": point}, (key, c), word) for c in keys))
        doc.table(None, rows, merges, role="monitoring")
        maybe_distractor(doc)
        return
    lang = 0 if doc.lang == "ru" else 1
    drop = r.choice((1, 5))
    methods, who = _list(doc, "m1.methods"), _list(doc, "m1.who")
    lat0, lon0 = r.uniform(43.33, 43.37), r.uniform(76.82, 76.88)
    k = 0
    for i, (kind, ident, places, medium, (key, keys), word, method) in enumerate(PAPER_POINTS):
        if i == drop:
            continue
        k += 1
        label = _t(doc, "m1.source").format(n=ident, name=places[lang]) if kind == "src" else f"{ident} – {places[lang]}"
        _span(rows, merges, _t(doc, "m1.point").format(k=k, label=label), 2)
        (lat, _), (lon, _) = _dms(lat0 + r.uniform(-0.01, 0.01)), _dms(lon0 + r.uniform(-0.01, 0.01))
        where = doc.v(f"{lat} с.ш., {lon} в.д.", f"{lat} с.е., {lon} ш.б.", "")
        if key == "code":
            names = [f"{_air(doc, c)} ({c})" for c in keys]
        else:
            names = [vocab.water(s, doc.lang) for s in keys]
        values = [medium[lang], where, ", ".join(names), freq(doc, word), methods[method], who[1 if method == 1 else 0]]
        rows += [[a, b] for a, b in zip(labels, values, strict=True)]
        loc = {"source_number": ident} if kind == "src" else {"point_contains": ident}
        doc.add("monitoring", *(_mon(loc, (key, c), word) for c in keys))
        if kind == "src":
            doc.add("emissions", *(emission(c, None, None, ident) for c in keys))
            doc.add("sources", _source(ident))
    doc.table(_t(doc, "m1.caption"), rows, merges, role="monitoring")
    maybe_distractor(doc)


TEXT |= {
    "m2.title": ("Программа производственного экологического контроля. {name}",
                 "Өндірістік экологиялық бақылау бағдарламасы. {name}",
                 "BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA CƠ SỞ “{name}”"),
    "m2.h": ("5.1. Мониторинг эмиссий на источниках выбросов", "5.1. Шығарынды көздеріндегі эмиссиялар мониторингі",
             "5.2. Chương trình quan trắc khí thải định kỳ"),
    "m2.head": ("№ п/п|Производство, цех (участок)|Номера источников выброса|Контролируемые вещества (код, наименование)|"
                "Периодичность контроля|Метод контроля|Исполнитель",
                "Р/с №|Өндіріс, цех (учаске)|Шығарынды көздерінің нөмірлері|Бақыланатын заттар (коды, атауы)|"
                "Бақылау кезеңділігі|Бақылау әдісі|Орындаушы",
                "TT|Vị trí quan trắc|Ký hiệu điểm quan trắc|Thông số quan trắc|Tần suất|Quy chuẩn so sánh"),
    "m2.methods": ("инструментальный|расчетный", "аспаптық|есептік", ""),
    "m2.who": ("аккредитованная лаборатория|инженер-эколог", "аккредиттелген зертхана|инженер-эколог", ""),
    "m2.after": ("Нумерация источников принята по проекту нормативов допустимых выбросов, согласованному в 2025 году.",
                 "Көздердің нөмірленуі 2025 жылы келісілген жол берілетін шығарындылар нормативтерінің жобасы бойынша қабылданды.",
                 "Ký hiệu các ống thải theo sơ đồ mặt bằng thoát khí thải tại Phụ lục 2 của báo cáo."),
    "m2.caption": ("Таблица 5.1 – План-график контроля на источниках выбросов",
                   "5.1-кесте – Шығарынды көздеріндегі бақылаудың жоспар-кестесі",
                   "Bảng 5.2. Vị trí, thông số và tần suất quan trắc khí thải"),
}  # fmt: skip
# (shop (RU, KK), organised?, how many sources, (low, high) substances, pool, frequency, method index)
PAINT_SHOPS = (
    (("Цех производства лакокрасочных материалов (реакторы, диссольверы)", "Лак-бояу материалдарын өндіру цехы (реакторлар, диссольверлер)"),
     True, (3, 5), ("0616", "0621", "2752", "1210", "1401"), "quarterly", 0),
    (("Участок окраски металлической тары", "Металл ыдыстарды бояу учаскесі"), True, (2, 2), ("2902", "0616", "2752"), "quarterly", 0),
    (("Цех экструзии и выдува полимерной тары", "Полимер ыдыстарды экструзиялау және үрлеу цехы"), True, (1, 2), ("0337", "1555"),
     "semiannual", 0),
    (("Котельная (два водогрейных котла на газе)", "Қазандық (газбен жұмыс істейтін екі су жылыту қазаны)"), True, (1, 1),
     ("0301", "0304", "0337"), "quarterly", 0),
    (("Склады сырья, растворителей и ГСМ", "Шикізат, еріткіштер және ЖЖМ қоймалары"), False, (2, 3), ("0616", "0621", "2754"),
     "yearly", 1),
)  # fmt: skip
# (place, how many stacks, [(code, name)], frequency, standard)
PCB_STACKS = (
    ("Ống thải các hệ thống xử lý hơi axit dây chuyền xử lý bề mặt", (3, 4),
     (("0316", "Axit clohydric (HCl)"), ("0322", "Axit sunfuric (H2SO4)")), "quarterly", "QCVN 19:2009/BTNMT, cột B"),
    ("Ống thải hệ thống xử lý hơi dung môi khu vực in phủ mực", (2, 2), (("0621", "Toluen"), ("0616", "Xylen"), ("1401", "Axeton")),
     "semiannual", "QCVN 20:2009/BTNMT"),
    ("Ống thải tháp xử lý hơi amoniac khu vực khắc kiềm", (1, 1), (("0303", "Amoniac (NH3)"),), "quarterly", "QCVN 19:2009/BTNMT, cột B"),
)  # fmt: skip


def _numbers(doc: Doc, ids: list[str]) -> str:
    """Sources or stacks as a plan writes them: a range from the first to the last when three or more, else a list."""
    if len(ids) >= 3:
        a, b = ids[0], ids[-1]
        return doc.pick(doc.v((f"{a}–{b}", f"{a} – {b}", f"№№ {a}–{b}", f"с {a} по {b}"), (f"{a}–{b}", f"{a} – {b}"),
                              (f"{a}÷{b}", f"{a} ÷ {b}", f"Từ {a} đến {b}")))
    return ", ".join(ids)


def monitoring_bc2(doc: Doc) -> None:
    """A paint and container plant's plan of control at sources, one row per shop: the numbers of its sources in one
    cell written as a range when they run on (`0001–0004`, `№№ 6001–6003`, `с 0001 по 0004`) and as a list otherwise
    (`0005, 0006`), its substances as `code name` separated by semicolons, the frequency, method and executor — each
    source of a range is monitored for each substance (VI: a circuit-board plant's stacks written `KT1÷KT4`, `Từ KT1 đến
    KT4` or `KT5, KT6`, the flow among the parameters now and then)."""
    vi = doc.lang == "vi"
    r = doc.rng
    name, _, _ = _site(doc, "paint", "galv")
    doc.h(_t(doc, "m2.title").format(name=name))
    doc.h(_t(doc, "m2.h"))
    rows = [_row(doc, "m2.head")]
    if vi:
        n = 0
        for k, (place, (low, high), items, word, std) in enumerate(PCB_STACKS, 1):
            ids = [f"KT{n + i}" for i in range(1, r.randint(low, high) + 1)]
            n += len(ids)
            flow = "Lưu lượng, " if r.random() < 0.5 else ""
            rows.append([str(k), place, _numbers(doc, ids), flow + ", ".join(x for _, x in items), freq(doc, word), std])
            for point in ids:
                doc.add("monitoring", *(_mon({"point": point}, ("code", c), word) for c, _ in items))
        doc.table(_t(doc, "m2.caption"), rows, role="monitoring")
        doc.p(_t(doc, "m2.after"))
        maybe_distractor(doc)
        return
    lang = 0 if doc.lang == "ru" else 1
    methods, who = _list(doc, "m2.methods"), _list(doc, "m2.who")
    org, unorg = 1, 1
    for k, (shop, organised, (low, high), pool, word, method) in enumerate(PAINT_SHOPS, 1):
        count = r.randint(low, high)
        if organised:
            ids = [f"{org + i:04d}" for i in range(count)]
            org += count
        else:
            ids = [f"{6000 + unorg + i:04d}" for i in range(count)]
            unorg += count
        codes = list(pool) if len(pool) <= 3 else sorted(r.sample(pool, 3), key=pool.index)
        what = "; ".join(f"{c} {_air(doc, c)}" for c in codes)
        rows.append([str(k), shop[lang], _numbers(doc, ids), what, freq(doc, word), methods[method], who[method]])
        for ident in ids:
            doc.add("monitoring", *(_mon({"source_number": ident}, ("code", c), word) for c in codes))
            doc.add("emissions", *(emission(c, None, None, ident) for c in codes))
            doc.add("sources", _source(ident))
    doc.table(_t(doc, "m2.caption"), rows, role="monitoring")
    doc.p(_t(doc, "m2.after"))
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

TEXT |= {
    "i1.title": ("Программа внутренних аудитов системы экологического менеджмента на 2026 год",
                 "Экологиялық менеджмент жүйесінің 2026 жылға арналған ішкі аудиттер бағдарламасы",
                 "CHƯƠNG TRÌNH ĐÁNH GIÁ NỘI BỘ HỆ THỐNG QUẢN LÝ MÔI TRƯỜNG ISO 14001:2015 NĂM 2026"),
    "i1.p": ("УТВЕРЖДАЮ: Генеральный директор {operator}. Цель аудитов – оценка соответствия подразделений требованиям "
             "СТ РК ISO 14001-2016 и выполнения программы производственного экологического контроля.",
             "БЕКІТЕМІН: {operator} бас директоры. Аудиттердің мақсаты – бөлімшелердің ҚР СТ ISO 14001-2016 талаптарына "
             "сәйкестігін және өндірістік экологиялық бақылау бағдарламасының орындалуын бағалау.",
             "Phê duyệt: Tổng Giám đốc {operator}. Mục tiêu: đánh giá sự phù hợp của các bộ phận với yêu cầu của tiêu chuẩn "
             "ISO 14001:2015 và các yêu cầu pháp luật về bảo vệ môi trường."),
    "i1.head0": ("№|Проверяемое подразделение (процесс)|Пункты стандарта|Аудитор|Сроки проведения аудитов в 2026 году|^|^|^",
                 "№|Тексерілетін бөлімше (процесс)|Стандарт тармақтары|Аудитор|2026 жылы аудиттерді өткізу мерзімдері|^|^|^",
                 "STT|Bộ phận/quá trình được đánh giá|Điều khoản|Chuyên gia đánh giá|Thời gian đánh giá năm 2026|^|^|^"),
    "i1.head1": ("^|^|^|^|I кв.|II кв.|III кв.|IV кв.", "^|^|^|^|I тоқсан|II тоқсан|III тоқсан|IV тоқсан",
                 "^|^|^|^|Quý I|Quý II|Quý III|Quý IV"),
    "i1.units": ("Цех твердых лекарственных форм|Цех инфузионных растворов|Участок химического синтеза субстанций|"
                 "Склад химических реактивов и растворителей|Локальные очистные сооружения|Площадка накопления отходов|"
                 "Котельная|Служба главного механика",
                 "Қатты дәрілік түрлер цехы|Инфузиялық ерітінділер цехы|Субстанцияларды химиялық синтездеу учаскесі|"
                 "Химиялық реактивтер мен еріткіштер қоймасы|Жергілікті тазарту құрылыстары|Қалдықтарды жинақтау алаңы|"
                 "Қазандық|Бас механик қызметі",
                 "Xưởng SMT|Xưởng lắp ráp mô-đun camera|Khu vực phủ keo và sơn phủ bảng mạch|Kho hóa chất|"
                 "Hệ thống xử lý nước thải|Kho chứa chất thải nguy hại|Phòng Thu mua|Bộ phận Bảo trì (Facility)"),
    "i1.clauses": ("6.1.2; 8.1|8.1; 8.2|6.1.3; 9.1.2|7.5; 8.1|8.1; 9.1.1|6.1.2; 7.2", "6.1.2; 8.1|8.1; 8.2|6.1.3; 9.1.2|7.5; 8.1|"
                   "8.1; 9.1.1|6.1.2; 7.2", "6.1.2; 8.1|8.1; 8.2|6.1.3; 9.1.2|7.5; 8.1|8.1; 9.1.1|6.1.2; 7.2"),
    "i1.auditors": ("Ахметова Д.С. (ведущий аудитор)|Ли В.К.|Сапарова Г.Т.|Ким Е.Н.",
                    "Ахметова Д.С. (жетекші аудитор)|Ли В.К.|Сапарова Г.Т.|Ким Е.Н.",
                    "Kim Min-jun (trưởng đoàn)|Nguyễn Thị Hạnh|Trần Quốc Bảo|Lee Seo-yeon"),
    "i1.mark": ("А", "А", "X"),
    "i1.legend": ("А – плановый внутренний аудит. Внеплановые аудиты проводятся по решению представителя высшего руководства "
                  "по экологическому менеджменту.",
                  "А – жоспарлы ішкі аудит. Жоспардан тыс аудиттер экологиялық менеджмент жөніндегі жоғары басшылық өкілінің "
                  "шешімі бойынша жүргізіледі.",
                  "X: quý thực hiện đánh giá theo kế hoạch. Đánh giá đột xuất do Đại diện lãnh đạo về môi trường quyết định."),
}  # fmt: skip
QUARTERS = {"quarterly": ({0, 1, 2, 3},), "semiannual": ({0, 2}, {1, 3}), "yearly": ({0}, {1}, {2}, {3})}


def inspections_bc1(doc: Doc) -> None:
    """An ISO 14001 internal audit programme of a pharmaceutical plant: each unit (process) with the clauses of the
    standard and the auditor, then four quarter columns under a merged header with `А` in the quarters of its audits and
    no frequency column — four marks a quarterly audit, two half a year apart a half-yearly one, one a yearly one; the
    legend under the table (VI: a Korean electronics factory's programme, `X` marks)."""
    r = doc.rng
    _, operator, _ = _site(doc, "pharma", "elec")
    doc.h(_t(doc, "i1.title"))
    doc.p(_t(doc, "i1.p").format(operator=operator))
    rows = [_row(doc, "i1.head0"), _row(doc, "i1.head1")]
    merges = [(0, c, 1, c) for c in range(4)] + [(0, 4, 0, 7)]
    units = r.sample(_list(doc, "i1.units"), r.randint(5, 7))
    plan = ["quarterly", "semiannual", "yearly"] + [r.choice(list(QUARTERS)) for _ in units[3:]]
    r.shuffle(plan)
    clauses, auditors, mark = _list(doc, "i1.clauses"), _list(doc, "i1.auditors"), _t(doc, "i1.mark")
    for k, (unit, word) in enumerate(zip(units, plan, strict=True), 1):
        quarters = r.choice(QUARTERS[word])
        rows.append([str(k), unit, r.choice(clauses), r.choice(auditors), *(mark if q in quarters else "" for q in range(4))])
        doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": unit})
    doc.table(None, rows, merges, role="inspections")
    doc.p(_t(doc, "i1.legend"))
    maybe_distractor(doc)


TEXT |= {
    "i2.title": ("Приказ № 12-П от 09.01.2026 «О закреплении ответственности за соблюдение экологических требований в "
                 "структурных подразделениях»",
                 "2026 жылғы 09.01. № 12-П бұйрық «Құрылымдық бөлімшелерде экологиялық талаптардың сақталуы үшін "
                 "жауапкершілікті бекіту туралы»",
                 "QUYẾT ĐỊNH Số 05/2026/QĐ-TCV về việc phân công trách nhiệm bảo vệ môi trường tại các bộ phận"),
    "i2.p": ("В целях организации производственного экологического контроля на объекте {name} ПРИКАЗЫВАЮ: 1. Назначить "
             "ответственных за соблюдение экологических требований в подразделениях (приложение). 2. Отделу охраны "
             "окружающей среды проводить проверки подразделений с периодичностью, указанной в приложении.",
             "{name} объектісінде өндірістік экологиялық бақылауды ұйымдастыру мақсатында БҰЙЫРАМЫН: 1. Бөлімшелерде "
             "экологиялық талаптардың сақталуына жауаптыларды тағайындау (қосымша). 2. Қоршаған ортаны қорғау бөліміне "
             "бөлімшелерді қосымшада көрсетілген кезеңділікпен тексеріп отыру.",
             "Điều 1. Phân công người phụ trách công tác bảo vệ môi trường tại các bộ phận của {name} theo Phụ lục kèm theo. "
             "Điều 2. Phòng An toàn – Môi trường (HSE) kiểm tra việc thực hiện tại các bộ phận theo tần suất quy định tại Phụ lục."),
    "i2.h": ("Приложение к приказу № 12-П", "№ 12-П бұйрыққа қосымша", "PHỤ LỤC (Kèm theo Quyết định số 05/2026/QĐ-TCV)"),
    "i2.head": ("№|Подразделение|Ответственный за соблюдение экологических требований|Представляет в отдел ООС|"
                "Проверка подразделения отделом ООС|Оформление результатов проверки",
                "№|Бөлімше|Экологиялық талаптардың сақталуына жауапты|ҚОҚ бөліміне ұсынады|ҚОҚ бөлімінің бөлімшені тексеруі|"
                "Тексеру нәтижелерін ресімдеу",
                "TT|Bộ phận|Người phụ trách|Báo cáo về Phòng HSE|Tần suất kiểm tra của Phòng HSE|Hồ sơ kiểm tra"),
    "i2.units": ("Участок роспуска макулатуры|Картоноделательная машина КДМ-2|Котельная|Очистные сооружения промышленных стоков|"
                 "Склад химикатов|Площадка временного хранения отходов|Ремонтно-механический цех|Автотранспортный участок",
                 "Макулатураны ерітү учаскесі|КДМ-2 картон жасайтын машинасы|Қазандық|Өнеркәсіптік ағындарды тазарту құрылыстары|"
                 "Химикаттар қоймасы|Қалдықтарды уақытша сақтау алаңы|Жөндеу-механикалық цех|Автокөлік учаскесі",
                 "Xưởng nhuộm|Khu vực pha chế hóa chất, thuốc nhuộm|Khu vực lò hơi|Hệ thống xử lý nước thải tập trung|"
                 "Kho chứa chất thải nguy hại|Xưởng hoàn tất (căng kim, định hình)|Kho hóa chất|Xưởng cơ điện"),
    "i2.who": ("начальник цеха|мастер участка|начальник смены|механик цеха", "цех бастығы|учаске шебері|ауысым бастығы|цех механигі",
               "Quản đốc xưởng|Tổ trưởng|Trưởng ca vận hành|Thủ kho"),
    "i2.reports": ("журнал учета образования отходов|журнал учета работы источников выбросов|сведения о расходе воды и объеме "
                   "стоков|журнал учета химикатов|отчет о работе очистных сооружений",
                   "қалдықтардың түзілуін есепке алу журналы|шығарынды көздерінің жұмысын есепке алу журналы|су шығыны мен "
                   "ағындар көлемі туралы мәліметтер|химикаттарды есепке алу журналы|тазарту құрылыстарының жұмысы туралы есеп",
                   "Sổ theo dõi chất thải phát sinh|Sổ theo dõi vận hành thiết bị xử lý khí thải|Số liệu lưu lượng nước thải|"
                   "Sổ theo dõi hóa chất, thuốc nhuộm|Báo cáo vận hành hệ thống xử lý nước thải"),
    "i2.forms": ("акт проверки|запись в журнале проверок подразделения", "тексеру актісі|бөлімшені тексеру журналындағы жазба",
                 "Biên bản kiểm tra|Ghi sổ kiểm tra của bộ phận"),
}  # fmt: skip
REPORT_EVERY = ("monthly", "weekly", "daily", "monthly", "quarterly")
# the report (an index of `i2.reports`) each unit of `i2.units` sends, in the order of the units
REPORT_OF = {"ru": (2, 2, 1, 4, 3, 0, 0, 0), "kk": (2, 2, 1, 4, 3, 0, 0, 0), "vi": (2, 3, 1, 4, 0, 1, 3, 0)}


def inspections_bc2(doc: Doc) -> None:
    """An order fixing responsibility in a board mill's shops: each shop, the person answerable in it, then a column of
    what the shop reports to the environmental department and how often (`журнал работы ГОУ – еженедельно`) before the
    column of how often the department checks the shop — two frequencies per row, the second the inspection's — and how
    the check is recorded (VI: a dyeing mill's decision assigning responsibility, the reports to the HSE office beside
    the HSE office's checks)."""
    r = doc.rng
    name, _, _ = _site(doc, "paper", "dye")
    doc.h(_t(doc, "i2.title"))
    doc.p(_t(doc, "i2.p").format(name=name))
    doc.h(_t(doc, "i2.h"))
    rows = [_row(doc, "i2.head")]
    who, reports, forms = _list(doc, "i2.who"), _list(doc, "i2.reports"), _list(doc, "i2.forms")
    every = _list(doc, "i2.units")
    picked = sorted(r.sample(range(len(every)), r.randint(5, 7)))
    r.shuffle(picked)
    for k, i in enumerate(picked, 1):
        unit, j = every[i], REPORT_OF[doc.lang][i]
        report = f"{reports[j]} – {_often(doc, REPORT_EVERY[j])}"
        word = r.choice(("weekly", "monthly", "monthly", "quarterly", "semiannual"))
        if word == REPORT_EVERY[j]:
            word = "quarterly" if word != "quarterly" else "monthly"
        rows.append([str(k), unit, r.choice(who), report, _often(doc, word), forms[0 if word in ("quarterly", "semiannual") else 1]])
        doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": unit})
    doc.table(None, rows, role="inspections")
    if r.random() < 0.5:
        distractor(doc, "contacts")


# ---------------------------------------------------------------- tasks

TEXT |= {
    "t1.title": ("График реконструкции локальных очистных сооружений гальванического цеха {operator} на 2026 год",
                 "{operator} гальваникалық цехының жергілікті тазарту құрылыстарын 2026 жылы қайта жаңарту кестесі",
                 "TIẾN ĐỘ NÂNG CẤP HỆ THỐNG XỬ LÝ NƯỚC THẢI TẬP TRUNG TỪ 1.200 LÊN 2.000 M3/NGÀY ĐÊM"),
    "t1.p": ("Утвержден главным инженером 05.01.2026. Работа начинается после окончания всех предшествующих работ.",
             "Бас инженер 2026 жылғы 05.01. бекіткен. Жұмыс барлық алдыңғы жұмыстар аяқталғаннан кейін басталады.",
             "Chủ đầu tư: {operator}. Công việc chỉ bắt đầu khi các công việc trước đã hoàn thành."),
    "t1.head": ("№ п/п|Наименование работ|Предшествующие работы|Продолжительность, дн.|Начало|Окончание|Ответственный",
                "Р/с №|Жұмыстардың атауы|Алдыңғы жұмыстар|Ұзақтығы, күн|Басталуы|Аяқталуы|Жауапты",
                "TT|Hạng mục công việc|Công việc trước|Thời gian (ngày)|Bắt đầu|Kết thúc|Bộ phận phụ trách"),
    "t1.note": ("Примечание: строительно-монтажные работы по пп. 3–5 выполняет подрядная организация по договору № 14-СМР от "
                "20.02.2026; технический надзор – отдел капитального строительства.",
                "Ескертпе: 3–5-тармақтар бойынша құрылыс-монтаж жұмыстарын 2026 жылғы 20.02. № 14-СМР шарт бойынша мердігер "
                "ұйым орындайды; техникалық қадағалау – күрделі құрылыс бөлімі.",
                "Ghi chú: các hạng mục 3–5 do nhà thầu thi công theo Hợp đồng số 14/2026/HĐTC; Ban Quản lý dự án giám sát."),
    "t1.note2": ("Примечание: по результатам испытаний оформляется акт ввода в эксплуатацию.",
                 "Ескертпе: сынақ нәтижелері бойынша пайдалануға беру актісі ресімделеді.",
                 "Ghi chú: kết quả vận hành thử nghiệm được báo cáo Sở Nông nghiệp và Môi trường tỉnh Hưng Yên."),
}  # fmt: skip
# (text, predecessors, responsible, (low, high) days) per language
RECON = {
    "ru": (
        ("Разработать проектно-сметную документацию реконструкции локальных очистных сооружений", (), "Главный инженер", (45, 75)),
        ("Получить положительное заключение комплексной вневедомственной экспертизы проекта", (1,), "Отдел капитального строительства", (20, 40)),
        ("Демонтировать изношенные отстойники реагентной очистки", (2,), "Начальник гальванического цеха", (10, 20)),
        ("Смонтировать установку ионообменной очистки хромсодержащих стоков", (3,), "Главный механик", (30, 50)),
        ("Смонтировать вакуумную выпарную установку для отработанных электролитов", (3,), "Главный механик", (25, 45)),
        ("Провести пусконаладочные работы и комплексные испытания очистных сооружений", (4, 5), "Главный энергетик", (15, 25)),
        ("Внести изменения в экологическое разрешение по результатам реконструкции", (6,), "Инженер-эколог", (20, 30)),
    ),
    "kk": (
        ("Жергілікті тазарту құрылыстарын қайта жаңартудың жобалық-сметалық құжаттамасын әзірлеу", (), "Бас инженер", (45, 75)),
        ("Жобаның кешенді ведомстводан тыс сараптамасының оң қорытындысын алу", (1,), "Күрделі құрылыс бөлімі", (20, 40)),
        ("Реагентпен тазартудың тозған тұндырғыштарын бөлшектеу", (2,), "Гальваникалық цех бастығы", (10, 20)),
        ("Құрамында хромы бар ағындарды ионалмасу арқылы тазарту қондырғысын монтаждау", (3,), "Бас механик", (30, 50)),
        ("Пайдаланылған электролиттерге арналған вакуумдық буландыру қондырғысын монтаждау", (3,), "Бас механик", (25, 45)),
        ("Тазарту құрылыстарын іске қосу-баптау жұмыстарын және кешенді сынақтарды жүргізу", (4, 5), "Бас энергетик", (15, 25)),
        ("Қайта жаңарту нәтижелері бойынша экологиялық рұқсатқа өзгерістер енгізу", (6,), "Инженер-эколог", (20, 30)),
    ),
    "vi": (
        ("Khảo sát, lập thiết kế bản vẽ thi công hệ thống xử lý nước thải nâng cấp", (), "Phòng Kỹ thuật", (30, 60)),
        ("Thẩm định thiết kế và lựa chọn nhà thầu thi công", (1,), "Ban Quản lý dự án", (20, 35)),
        ("Xây dựng bổ sung bể điều hòa và bể keo tụ tạo bông", (2,), "Ban Quản lý dự án", (40, 60)),
        ("Lắp đặt hệ thống oxy hóa nâng cao Fenton để khử màu", (3,), "Xưởng Cơ điện", (25, 40)),
        ("Lắp đặt máy ép bùn khung bản thứ hai", (3,), "Xưởng Cơ điện", (10, 20)),
        ("Vận hành thử nghiệm và quan trắc hiệu quả xử lý", (4, 5), "Phòng An toàn – Môi trường", (60, 90)),
        ("Lập hồ sơ đề nghị cấp điều chỉnh giấy phép môi trường", (6,), "Phòng An toàn – Môi trường", (20, 30)),
    ),
}  # fmt: skip


def tasks_bc1(doc: Doc) -> None:
    """A reconstruction schedule of a galvanic shop's treatment works exported from a planning program: each work with a
    column of the numbers of the works it waits for (`4, 5`, a dash for none), its duration in days, start and end dates
    that follow from them, and the responsible; note rows spanning the table under some works, no task in them (VI: the
    upgrade of a dyeing mill's waste-water plant)."""
    vi = doc.lang == "vi"
    r = doc.rng
    _, operator, _ = _site(doc, "galv", "dye")
    doc.h(_t(doc, "t1.title").format(operator=operator))
    doc.p(_t(doc, "t1.p").format(operator=operator))
    rows, merges = [_row(doc, "t1.head")], []
    ends: dict[int, date] = {}
    shown = "%d/%m/%Y" if vi else "%d.%m.%Y"
    for k, (text, before, who, (low, high)) in enumerate(RECON[doc.lang], 1):
        days = r.randint(low, high)
        start = max((ends[p] for p in before), default=date(2026, 1, 12) - timedelta(days=1)) + timedelta(days=1)
        end = start + timedelta(days=days - 1)
        ends[k] = end
        after = ", ".join(str(p) for p in before) or ("-" if vi else "–")
        rows.append([str(k), text, after, str(days), start.strftime(shown), end.strftime(shown), who])
        doc.add("obligations", task(str(k), text, who))
        if k == 2 or (k == 6 and r.random() < 0.6):
            _span(rows, merges, _t(doc, "t1.note" if k == 2 else "t1.note2"), 7, start=1)
    doc.table(None, rows, merges, role="tasks")
    maybe_distractor(doc)


TEXT |= {
    "t2.title": ("План внедрения мероприятий по ресурсосбережению и более чистому производству {operator} на 2026–2027 годы",
                 "{operator} ресурс үнемдеу және таза өндіріс іс-шараларын енгізудің 2026–2027 жылдарға арналған жоспары",
                 "KẾ HOẠCH THỰC HIỆN CÁC GIẢI PHÁP SẢN XUẤT SẠCH HƠN NĂM 2026–2027 CỦA {operator}"),
    "t2.p": ("Мероприятия отобраны по результатам аудита ресурсоэффективности, проведенного в 2025 году.",
             "Іс-шаралар 2025 жылы жүргізілген ресурс тиімділігі аудитінің нәтижелері бойынша іріктелді.",
             "Các giải pháp được lựa chọn từ kết quả đánh giá sản xuất sạch hơn do Trung tâm Sản xuất sạch Việt Nam thực hiện năm 2025."),
    "t2.head": ("№|Мероприятие|Тип*|Затраты, млн тенге|Ожидаемый эффект|Срок внедрения|Ответственный",
                "№|Іс-шара|Түрі*|Шығындар, млн теңге|Күтілетін нәтиже|Енгізу мерзімі|Жауапты",
                "TT|Giải pháp sản xuất sạch hơn|Nhóm giải pháp*|Chi phí đầu tư (triệu đồng)|Lợi ích dự kiến|Thời gian thực hiện|"
                "Bộ phận thực hiện"),
    "t2.legend": ("* ОП – организационные (беззатратные) мероприятия; ТМ – технические малозатратные; ТК – технические "
                  "капиталоемкие.",
                  "* ҰІ – ұйымдастырушылық (шығынсыз) іс-шаралар; ТА – техникалық аз шығынды; ТК – техникалық күрделі қаржыны қажет ететін.",
                  "* QLNV – quản lý nội vi; KSQT – kiểm soát quá trình tốt hơn; CTTB – cải tiến thiết bị; TTSD – tuần hoàn, tái sử "
                  "dụng tại chỗ; TĐCN – thay đổi công nghệ."),
}  # fmt: skip
# (text, type, (low, high) cost, effect, term, responsible) per language
CLEANER = {
    "ru": (
        ("Организовать замкнутый оборот оборотной воды КДМ-2 с установкой дисковых фильтров", "ТК", (180, 420),
         "снижение забора свежей воды на 350 тыс. м3/год", "IV квартал 2026 г.", "Главный технолог"),
        ("Внедрить поцеховой учет расхода пара и воды с ежесменной сверкой", "ОП", (2, 8),
         "снижение удельного расхода пара на 3–5 %", "до 01.04.2026", "Главный энергетик"),
        ("Заменить сукна и сетки КДМ-2 на износостойкие с системой кондиционирования", "ТМ", (20, 60),
         "снижение потерь волокна со сточными водами на 15 %", "июль 2026 г.", "Начальник картоноделательного цеха"),
        ("Установить флотатор для улавливания волокна из подсеточной воды", "ТК", (90, 200),
         "возврат в производство до 1 200 т волокна в год", "II квартал 2027 г.", "Заместитель директора по капитальному строительству"),
        ("Провести обучение сменного персонала приемам бережливого производства", "ОП", (1, 3), "–", "март 2026 г.", "Отдел кадров"),
        ("Перевести освещение цехов на светодиодные светильники", "ТМ", (15, 40),
         "экономия электроэнергии 480 тыс. кВт·ч/год", "до 30.09.2026", "Главный энергетик"),
        ("Перейти на ферментативно модифицированный крахмал для поверхностной проклейки", "ТМ", (10, 30),
         "снижение ХПК сточных вод на 8–10 %", "I квартал 2027 г.", "Главный технолог"),
    ),
    "kk": (
        ("КДМ-2 айналым суының тұйық айналымын дискілі сүзгілер орнатып ұйымдастыру", "ТК", (180, 420),
         "таза су алуды жылына 350 мың м3-ге азайту", "2026 жылғы IV тоқсан", "Бас технолог"),
        ("Бу мен су шығынын цехтар бойынша ауысым сайын салыстыра отырып есепке алуды енгізу", "ҰІ", (2, 8),
         "будың меншікті шығынын 3–5 %-ға азайту", "2026 жылғы 01.04. дейін", "Бас энергетик"),
        ("КДМ-2 шұғалары мен торларын баптау жүйесі бар тозуға төзімді түрлеріне ауыстыру", "ТА", (20, 60),
         "ағынды сулармен талшық шығынын 15 %-ға азайту", "2026 жылғы шілде", "Картон жасау цехының бастығы"),
        ("Тор астындағы судан талшықты ұстау үшін флотатор орнату", "ТК", (90, 200),
         "өндіріске жылына 1 200 т дейін талшық қайтару", "2027 жылғы II тоқсан", "Күрделі құрылыс жөніндегі директордың орынбасары"),
        ("Ауысым персоналын үнемді өндіріс тәсілдеріне оқыту", "ҰІ", (1, 3), "–", "2026 жылғы наурыз", "Кадрлар бөлімі"),
        ("Цехтардың жарықтандыруын жарық диодты шамдарға ауыстыру", "ТА", (15, 40),
         "жылына 480 мың кВт·сағ электр энергиясын үнемдеу", "2026 жылғы 30.09. дейін", "Бас энергетик"),
        ("Беттік желімдеу үшін ферменттік модификацияланған крахмалға көшу", "ТА", (10, 30),
         "ағынды сулардың ОХТ-ын 8–10 %-ға төмендету", "2027 жылғы I тоқсан", "Бас технолог"),
    ),
    "vi": (
        ("Lắp đặt hệ thống tuyển nổi thu hồi bột giấy từ nước trắng máy xeo", "TTSD", (1800, 3500),
         "Thu hồi khoảng 4 tấn bột/ngày, giảm 30% TSS trong nước thải", "Quý III/2026", "Phòng Kỹ thuật – Công nghệ"),
        ("Thay thế đèn cao áp nhà xưởng bằng đèn LED", "CTTB", (350, 700), "Tiết kiệm 420.000 kWh/năm", "Tháng 6/2026", "Xưởng Cơ điện"),
        ("Lắp đồng hồ đo nước, đo hơi cho từng công đoạn và ghi chép theo ca", "KSQT", (120, 300),
         "Giảm 5% lượng nước cấp", "Tháng 4/2026", "Phòng Năng lượng"),
        ("Bảo ôn đường ống hơi và thu hồi nước ngưng về lò hơi", "CTTB", (400, 900), "Tiết kiệm 1.200 tấn than/năm",
         "Quý IV/2026", "Xưởng Lò hơi"),
        ("Che chắn bãi chứa giấy phế liệu và tổ chức vệ sinh công nghiệp", "QLNV", (20, 60),
         "Giảm thất thoát nguyên liệu và nước mưa chảy tràn nhiễm bẩn", "Tháng 3/2026", "Phân xưởng Nguyên liệu"),
        ("Thay thế hóa chất tẩy trắng chứa clo bằng hydro peroxit", "TĐCN", (900, 2000), "Loại bỏ AOX trong nước thải",
         "Quý II/2027", "Phòng Kỹ thuật – Công nghệ"),
    ),
}  # fmt: skip


def tasks_bc2(doc: Doc) -> None:
    """A board mill's cleaner-production plan: each measure with a type code (`ОП`, `ТМ`, `ТК`, explained under the
    table) between it and its cost in million tenge, the expected effect in words and figures (a dash for none), the
    term and the responsible; numbers written `1.` or `1` (VI: a paper mill's SXSH plan with the groups QLNV, KSQT,
    CTTB, TTSD, TĐCN and the cost in million đồng)."""
    vi = doc.lang == "vi"
    r = doc.rng
    _, operator, _ = _site(doc, "paper", "paper")
    doc.h(_t(doc, "t2.title").format(operator=operator.upper() if vi else operator))
    doc.p(_t(doc, "t2.p"))
    rows = [_row(doc, "t2.head")]
    dot = r.random() < 0.5 and not vi
    chosen = sorted(r.sample(range(len(CLEANER[doc.lang])), r.randint(5, len(CLEANER[doc.lang]))))
    for k, i in enumerate(chosen, 1):
        text, kind, (low, high), effect, term, who = CLEANER[doc.lang][i]
        cost = r.randint(low, high) if high > 20 else round(r.uniform(low, high), 1)
        rows.append([f"{k}." if dot else str(k), text, kind, num(cost, doc.lang), effect, term, who])
        doc.add("obligations", task(str(k), text, who))
    doc.table(None, rows, role="tasks")
    doc.p(_t(doc, "t2.legend"))
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"BC{k}", globals()[f"{role}_bc{k}"]) for role in ROLES for k in (1, 2)]
"""`facility_bc1` … `tasks_bc2`, in the order of the roles."""
