"""A blind held-out set (two layouts per role, `O1` and `O2`): never used for tuning, written by someone who neither ran
the extractor on it nor read it, to differ from every layout of `layouts_*.py`.

Theme: building materials and metals. Kazakhstan: a cement plant with its limestone quarry, a ferroalloy plant, a
steel mini-mill with its rolling mill, a metal-structures plant with a hot-dip galvanising shop, a glass works (an
НДВ project's general section and its list of substances, an inventory of sources, a declaration on the emission fee,
a waste-management section with the classifier's code split into its three parts, a report's wastes by workshop, a
month's report of the automated monitoring system, the norms of the fishery river the mill discharges into, a ПЭК
programme numbered as a tree, a programme whose frequencies are columns, a three-level control, an order whose
frequencies are written `то же`, a КЭР's plan tied to the permit's conditions and a plan-schedule by months). Vietnam:
a ceramic tile factory, a cement plant co-processing hazardous wastes, a steel mill with an electric arc furnace, a
glass factory (báo cáo đề xuất cấp GPMT, tờ khai phí bảo vệ môi trường đối với khí thải, ĐTM, GPMT annexes, the
monthly report of quan trắc tự động liên tục, báo cáo công tác bảo vệ môi trường, kiểm tra 3 cấp, tables with `nt`).

Facility: a card whose value column splits into sub-columns on some lines (capacity by product, counts of sources,
latitude and longitude) and is merged across them on the others (O1); the title block of a fee declaration whose
BIN (VI: mã số thuế), KATO and other codes are written one digit per cell (O2). Emissions: the НДВ's list of
substances with ЭНК, ПДК, ОБУВ, class and М/ЭНК, the total, solid and gaseous subtotals and summation groups under it
(VI: an ĐTM's loads from emission factors per named source) (O1); an inventory whose source type is a numeric code
explained under the table (VI: a glass factory's loads after treatment, the source and its treatment merged down)
(O2). Wastes: the code split into chapter, sub-chapter and entry under a merged header (VI: a cement plant's permit
to co-process hazardous wastes) (O1); a matrix of wastes by workshop whose last column is the total (O2). Limits:
the automated monitoring system's month at a kiln's stacks, norms beside monthly means and daily maxima (O1);
fishery norms grouped by the limiting indicator of harm, with the control section's result (VI: QCVN 52 for steel
waste water under parameter groups) (O2). Monitoring: a programme numbered as a tree, `1` the medium, `1.1` the source
or point, `1.1.1` the substance with its frequency (O1); substances as rows, frequencies as columns, the sources or
points listed in the cells (O2). Inspections: a three-level control, one column per level with its frequency (O1); an
order whose frequency and checker cells say `то же` / `-//-` (VI `nt`) for the line above, the site merged down (O2).
Tasks: a КЭР's plan whose second column names the permit's condition (O1); a plan-schedule with workshop group rows,
items numbered 1.1, and the twelve months marked `■` (O2).

The words of each layout are in the text tables (RU, KK, VI); a header row is one string, its cells between `|`, `^`
for a cell a merge covers.
"""

from __future__ import annotations

from . import vocab
from .common import Doc, distractor, freq, make_bin, make_msdn, maybe_distractor, num
from .limits_data import AIR_PDK, QCVN40, SURFACE, add, cell, limit
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


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose one cell spans the table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


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


# names of substances of the Kazakh list that vocab.AIR lacks, as corpus/air_pollutants.csv names them: (RU, KK, class)
EXTRA = {
    "2909": ("Пыль неорганическая, содержащая двуокись кремния в %: менее 20", "Бейорганикалық шаң: кремний қостотығы 20%-дан төмен", 3),
    "0128": ("Кальций оксид (Негашеная известь)", "Кальций оксиді", None),
    "0207": ("Цинк оксид (в пересчете на цинк)", "Мырыш оксиді", 3),
    "0344": ("Фториды неорганические плохо растворимые", "Нашар еритін бейорганикалық фторидтер", 2),
    "2930": ("Пыль абразивная (Корунд белый, Монокорунд)", "Абразивті шаң", None),
}  # fmt: skip
# code: (ПДК м.р., ПДК с.с., ОБУВ), mg/m3, for the codes EXTRA adds
EXTRA_PDK = {"2909": (0.5, 0.15, None), "0128": (None, None, 0.3), "0207": (None, 0.05, None), "0344": (0.2, 0.03, None),
             "2930": (None, None, 0.04)}  # fmt: skip


def _air(doc: Doc, code: str, variant: int = 0) -> str:
    if code in EXTRA:
        return EXTRA[code][0 if doc.lang == "ru" else 1]
    return vocab.air(code, doc.lang, variant)


def _hazard(code: str) -> int | None:
    return EXTRA[code][2] if code in EXTRA else vocab.hazard(code)


def _dms(value: float) -> tuple[str, float]:
    """An angle in degrees, minutes and seconds with a tenth, and the decimal degrees it stands for."""
    d = int(value)
    m = int((value - d) * 60)
    s = round(((value - d) * 60 - m) * 60, 1)
    if s >= 60:
        m, s = m + 1, 0.0
    return f"{d}°{m:02d}′{s:04.1f}″".replace(".", ","), d + m / 60 + s / 3600


# the sites of the set: (name, operator, place) per language
SITES = {
    "cement": {
        "ru": ("Цементный завод «Ақжол»", "ТОО «Ақжол Цемент»", "Жамбылская область, Жуалынский район, с. Б. Момышулы"),
        "kk": ("«Ақжол» цемент зауыты", "«Ақжол Цемент» ЖШС", "Жамбыл облысы, Жуалы ауданы, Б. Момышұлы ауылы"),
        "vi": ("Nhà máy xi măng Hoàng Long", "Công ty Cổ phần Xi măng Hoàng Long", "xã Thanh Thủy, huyện Thanh Liêm, tỉnh Hà Nam"),
    },
    "ferro": {
        "ru": ("Ферросплавный завод «Темір Ферро»", "АО «Темір Ферро»", "Актюбинская область, г. Актобе, Промышленная зона, 14"),
        "kk": ("«Темір Ферро» ферроқорытпа зауыты", "«Темір Ферро» АҚ", "Ақтөбе облысы, Ақтөбе қ., Өнеркәсіптік аймақ, 14"),
        "vi": ("Nhà máy luyện phôi thép và cán thép Phú Mỹ Tiến", "Công ty TNHH Thép Phú Mỹ Tiến",
               "KCN Phú Mỹ II, phường Phú Mỹ, thị xã Phú Mỹ, tỉnh Bà Rịa – Vũng Tàu"),
    },
    "steel": {
        "ru": ("Сталеплавильный мини-завод «Ертіс Болат»", "ТОО «Ертіс Болат»", "Павлодарская область, г. Павлодар, Северная промышленная зона"),
        "kk": ("«Ертіс Болат» болат балқыту мини-зауыты", "«Ертіс Болат» ЖШС", "Павлодар облысы, Павлодар қ., Солтүстік өнеркәсіптік аймақ"),
        "vi": ("Nhà máy luyện phôi thép và cán thép Phú Mỹ Tiến", "Công ty TNHH Thép Phú Mỹ Tiến",
               "KCN Phú Mỹ II, phường Phú Mỹ, thị xã Phú Mỹ, tỉnh Bà Rịa – Vũng Tàu"),
    },
    "galv": {
        "ru": ("Завод металлоконструкций «Сарыарқа Мырыш»", "ТОО «Сарыарқа Мырыш»", "Карагандинская область, г. Караганда, Учетный квартал 117"),
        "kk": ("«Сарыарқа Мырыш» металл конструкциялары зауыты", "«Сарыарқа Мырыш» ЖШС", "Қарағанды облысы, Қарағанды қ., 117 есеп кварталы"),
    },
    "tile": {
        "vi": ("Nhà máy gạch ốp lát ceramic Hưng Long", "Công ty Cổ phần Gạch men Hưng Long", "KCN Tiên Sơn, xã Nội Duệ, huyện Tiên Du, tỉnh Bắc Ninh"),
    },
    "glass": {
        "ru": ("Стекольный завод «Арал Шыны»", "ТОО «Арал Шыны»", "Кызылординская область, г. Кызылорда, ул. Заводская, 3"),
        "kk": ("«Арал Шыны» шыны зауыты", "«Арал Шыны» ЖШС", "Қызылорда облысы, Қызылорда қ., Зауыт көшесі, 3"),
        "vi": ("Nhà máy kính nổi An Phú", "Công ty TNHH Kính nổi An Phú", "KCN Mỹ Xuân A, phường Mỹ Xuân, thị xã Phú Mỹ, tỉnh Bà Rịa – Vũng Tàu"),
    },
}  # fmt: skip


def _quoted(name: str) -> str:
    """The name in guillemets (`Ақжол` of `«Ақжол» цемент зауыты`), which the site's and the operator's names share."""
    return name.split("«", 1)[1].split("»", 1)[0] if "«" in name else name


def _site(doc: Doc, kz: str, vi: str) -> tuple[str, str, str]:
    """The (name, operator, place) of the site a layout is about in Kazakhstan (`kz`) or in Vietnam (`vi`)."""
    return SITES[vi if doc.lang == "vi" else kz][doc.lang]


DAILY = {"ru": ("ежедневно",), "kk": ("күн сайын", "күнделікті"), "vi": ("Hằng ngày", "01 lần/ngày")}
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


# ---------------------------------------------------------------- facility

TEXT |= {
    "f1.title": (
        "Проект нормативов допустимых выбросов загрязняющих веществ в атмосферу на 2026–2035 годы. Объект: {name}",
        "Атмосфераға ластаушы заттардың жол берілетін шығарындылары нормативтерінің жобасы, 2026–2035 жылдар. Объект: {name}",
        "BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA CƠ SỞ “{name}”",
    ),
    "f1.h": ("1. Общие сведения об операторе и объекте", "1. Оператор және объект туралы жалпы мәліметтер",
             "Chương I. THÔNG TIN CHUNG VỀ CƠ SỞ"),
    "f1.p": ("Проект разработан ТОО «ЭкоПроект-Тараз» (государственная лицензия № 02345Р) по результатам инвентаризации "
             "источников выбросов, выполненной в 2025 году.",
             "Жобаны «ЭкоПроект-Тараз» ЖШС (№ 02345Р мемлекеттік лицензия) 2025 жылы жүргізілген шығарынды көздерін "
             "түгендеу нәтижелері бойынша әзірледі.",
             "Cơ sở được cấp Giấy chứng nhận đăng ký đầu tư lần đầu năm 2011 và hoạt động ổn định từ năm 2013; thông tin "
             "chung về cơ sở được tóm tắt tại bảng sau:"),
    "f1.caption": ("Таблица 1.1 – Общие сведения о предприятии", "1.1-кесте – Кәсіпорын туралы жалпы мәліметтер",
                   "Bảng 1.1. Thông tin chung về cơ sở"),
    "f1.head": ("№ п/п|Наименование показателя|Значение|^|^", "Р/с №|Көрсеткіштің атауы|Мәні|^|^", "TT|Nội dung|Thông tin|^|^"),
    "f1.labels": ("Наименование оператора|БИН|Наименование объекта|Юридический адрес оператора|Местонахождение объекта|Код КАТО|"
                  "Основной вид деятельности (ОКЭД)|Категория объекта|Географические координаты центра промплощадки|"
                  "Производственная мощность, т/год|Количество источников выбросов, ед.|Режим работы|Размер санитарно-защитной зоны",
                  "Оператордың атауы|БСН|Объектінің атауы|Оператордың заңды мекенжайы|Объектінің орналасқан жері|ҚАТО коды|"
                  "Негізгі қызмет түрі (ЭҚЖЖ)|Объект санаты|Өнеркәсіптік алаң орталығының географиялық координаттары|"
                  "Өндірістік қуаты, т/жыл|Шығарынды көздерінің саны, бірлік|Жұмыс режимі|Санитариялық-қорғау аймағының мөлшері",
                  "Tên chủ cơ sở|Mã số doanh nghiệp|Tên cơ sở|Địa chỉ trụ sở chính|Địa điểm thực hiện cơ sở|-|Loại hình sản xuất|"
                  "Phân loại theo tiêu chí về môi trường|Tọa độ trung tâm khu đất (hệ WGS-84)|Quy mô, công suất|"
                  "Lò, thiết bị phát sinh khí thải|Thời gian hoạt động|Diện tích khu đất"),
    "f1.legal": ("г. Тараз, ул. Толе би, 38, БЦ «Сауран», офис 412", "Тараз қ., Төле би көшесі, 38, «Сауран» БО, 412-кеңсе",
                 "Số 12 đường Lý Thái Tổ, phường Suối Hoa, thành phố Bắc Ninh, tỉnh Bắc Ninh"),
    "f1.oked": ("23511 – Производство цемента", "23511 – Цемент өндірісі", "Sản xuất gạch ốp lát ceramic, granite (mã ngành 2392)"),
    "f1.cat": ("{cat} категория (раздел 1 приложения 2 к Экологическому кодексу РК)", "{cat} санат (ҚР Экология кодексіне 2-қосымшаның 1-бөлімі)",
               "Nhóm {cat} (mục số 2, Phụ lục IV ban hành kèm theo Nghị định số 08/2022/NĐ-CP)"),
    "f1.coords": ("с.ш. {lat}|в.д. {lon}|WGS-84", "с.е. {lat}|ш.б. {lon}|WGS-84", "Vĩ độ: {lat} N|Kinh độ: {lon} E|-"),
    "f1.products": ("клинкер|цемент|известняк (добыча)", "клинкер|цемент|әктас (өндіру)", "Gạch ốp tường|Gạch lát nền|Gạch granite"),
    "f1.counts": ("всего|организованных|неорганизованных", "барлығы|ұйымдастырылған|ұйымдастырылмаған",
                  "Lò sấy phun|Lò nung con lăn|Lò sấy đứng"),
    "f1.mode": ("непрерывный, 330 сут/год (7 920 ч/год)", "үздіксіз, жылына 330 тәулік (7 920 сағ/жыл)",
                "03 ca/ngày, 330 ngày/năm"),
    "f1.last": ("1000 м (установлена проектом СЗЗ 2021 г.)", "1000 м (2021 ж. СҚА жобасымен белгіленген)", "12,6 ha"),
}  # fmt: skip


def facility_o1(doc: Doc) -> None:
    """A card under `№ | показатель | значение` whose value column is three sub-columns: the identity lines are merged
    across them, while the coordinates (latitude | longitude | datum), the capacity by product and the counts of
    sources (all | organised | unorganised) take a label row over a figure row (VI: a GPMT application's card with the
    capacity by product and the kilns by kind in the same way, latitude and longitude in two cells)."""
    vi = doc.lang == "vi"
    r = doc.rng
    name, operator, place = _site(doc, "cement", "tile")
    cat = "II" if vi else "I"
    bin_ = make_msdn(r) if vi else make_bin(r)
    kato = f"31{r.randint(1, 9)}{r.randint(100, 699)}{r.choice(('000', '100'))}"
    lat0 = r.uniform(21.05, 21.2) if vi else r.uniform(42.75, 43.1)
    lon0 = r.uniform(105.95, 106.1) if vi else r.uniform(70.1, 71.4)
    (lat_s, lat), (lon_s, lon) = _dms(lat0), _dms(lon0)
    doc.h(_t(doc, "f1.title").format(name=name))
    doc.h(_t(doc, "f1.h"))
    doc.p(_t(doc, "f1.p"))
    labels = _list(doc, "f1.labels")
    rows, merges = [_row(doc, "f1.head")], [(0, 2, 0, 4)]
    n = 0

    def line(label: str, value: str) -> None:
        nonlocal n
        n += 1
        rows.append([str(n), label, value, None, None])
        merges.append((len(rows) - 1, 2, len(rows) - 1, 4))

    def pair(label: str, heads: list[str], values: list[str]) -> None:
        nonlocal n
        n += 1
        rows.append([str(n), label, *heads])
        rows.append([None, None, *values])
        merges.extend([(len(rows) - 2, 0, len(rows) - 1, 0), (len(rows) - 2, 1, len(rows) - 1, 1)])

    line(labels[0], operator)
    line(labels[1], bin_)
    line(labels[2], name)
    line(labels[3], _t(doc, "f1.legal"))
    line(labels[4], place)
    if not vi:
        line(labels[5], kato)
    line(labels[6], _t(doc, "f1.oked"))
    line(labels[7], _t(doc, "f1.cat").format(cat=cat))
    n += 1
    rows.append([str(n), labels[8], *_t(doc, "f1.coords").format(lat=lat_s, lon=lon_s).split("|")])
    if vi:
        m2 = [r.randint(18, 60) * 100000 for _ in range(3)]
        pair(labels[9], _list(doc, "f1.products"), [f"{num(x, 'vi')} m2/năm" for x in m2])
        kilns = [r.randint(1, 3), r.randint(2, 4), r.randint(1, 2)]
        pair(labels[10], _list(doc, "f1.counts"), [f"{k:02d} lò" for k in kilns])
    else:
        clinker = r.randint(8, 16) * 100000
        capacity = [clinker, round(clinker * 1.25, -4), round(clinker * 1.45, -4)]
        pair(labels[9], _list(doc, "f1.products"), [num(x, doc.lang) for x in capacity])
        org, unorg = r.randint(16, 30), r.randint(6, 18)
        pair(labels[10], _list(doc, "f1.counts"), [str(org + unorg), str(org), str(unorg)])
    line(labels[11], _t(doc, "f1.mode"))
    line(labels[12], _t(doc, "f1.last"))
    doc.table(_t(doc, "f1.caption"), rows, merges, role="facility")
    out = {"bin": bin_, "name_contains": _quoted(name), "category": cat, "lat": lat, "lon": lon}
    if not vi:
        out.update(kato=kato, oked="23511")
    doc.add("facilities", out)
    maybe_distractor(doc)


TEXT |= {
    "f2.h": ("Декларация по плате за эмиссии в окружающую среду (форма 870.00)",
             "Қоршаған ортаға эмиссиялар үшін төлем бойынша декларация (870.00-нысан)",
             "TỜ KHAI PHÍ BẢO VỆ MÔI TRƯỜNG ĐỐI VỚI KHÍ THẢI"),
    "f2.p": ("Форма заполняется шариковой или перьевой ручкой черного или синего цвета, заглавными печатными символами, "
             "по одному знаку в ячейке.",
             "Нысан қара немесе көк түсті шарикті не қаламұшты қаламмен, бас баспа әріптерімен, әр ұяшыққа бір таңбадан "
             "толтырылады.",
             "(Mẫu số 01 ban hành kèm theo Nghị định số 153/2024/NĐ-CP ngày 21 tháng 11 năm 2024 của Chính phủ)"),
    "f2.section": ("Раздел. Общая информация о плательщике", "Бөлім. Төлеуші туралы жалпы ақпарат", "THÔNG TIN NGƯỜI NỘP PHÍ"),
    "f2.labels": ("1. ИИН/БИН|2. Налоговый период, за который представляется декларация (год)|3. Наименование плательщика|"
                  "4. Вид декларации|5. Код органа государственных доходов по месту нахождения объекта|"
                  "6. Наименование объекта, оказывающего негативное воздействие на окружающую среду|"
                  "7. Код КАТО места нахождения объекта|8. Признак резидентства",
                  "1. ЖСН/БСН|2. Декларация ұсынылатын салық кезеңі (жыл)|3. Төлеушінің атауы|4. Декларацияның түрі|"
                  "5. Объектінің орналасқан жері бойынша мемлекеттік кірістер органының коды|"
                  "6. Қоршаған ортаға теріс әсер ететін объектінің атауы|7. Объектінің орналасқан жерінің ҚАТО коды|"
                  "8. Резиденттік белгісі",
                  "[05] Mã số thuế|[01] Kỳ tính phí|[04] Tên người nộp phí|[02] Lần đầu / [03] Bổ sung lần thứ|"
                  "[06] Địa chỉ|[08] Tên cơ sở phát thải khí thải|[09] Địa chỉ cơ sở|[10] Giấy phép môi trường"),
    "f2.kind": ("☒ первоначальная   ☐ очередная   ☐ дополнительная   ☐ дополнительная по уведомлению",
                "☒ бастапқы   ☐ кезекті   ☐ қосымша   ☐ хабарлама бойынша қосымша",
                "☒ Lần đầu   ☐ Bổ sung lần thứ: …"),
    "f2.resident": ("☒ резидент   ☐ нерезидент", "☒ резидент   ☐ резидент емес", ""),
    "f2.period": ("", "", "Quý I năm 2026"),
    "f2.legal": ("", "", "Số 8 đường Độc Lập, phường Phú Mỹ, thị xã Phú Mỹ, tỉnh Bà Rịa – Vũng Tàu"),
    "f2.permit": ("", "", "Số 245/GPMT-BTNMT ngày 12/05/2023 của Bộ Tài nguyên và Môi trường"),
    "f2.after": ("Достоверность и полноту сведений, указанных в декларации, подтверждаю. Руководитель: Жаксыбеков Е.Т.",
                 "Декларацияда көрсетілген мәліметтердің дұрыстығы мен толықтығын растаймын. Басшы: Жақсыбеков Е.Т.",
                 "Tôi cam đoan số liệu khai trên là đúng và chịu trách nhiệm trước pháp luật về số liệu đã khai."),
}  # fmt: skip


def facility_o2(doc: Doc) -> None:
    """The title block of a fee declaration (VI: a tờ khai of the emission fee) printed as a grid of boxes: the BIN
    (VI: the tax number, which is the enterprise number) and the KATO written one digit per cell, the year and the
    revenue office's code likewise, names and ticked boxes merged across the digit cells; no category, no
    coordinates."""
    vi = doc.lang == "vi"
    r = doc.rng
    name, operator, place = _site(doc, "ferro", "steel")
    bin_ = make_msdn(r) if vi else make_bin(r)
    kato = f"15{r.randint(1, 9)}{r.randint(100, 699)}{r.choice(('000', '100'))}"
    width = 1 + len(bin_)
    labels = _list(doc, "f2.labels")
    doc.h(_t(doc, "f2.h"))
    doc.p(_t(doc, "f2.p"))
    rows, merges = [], []
    _span(rows, merges, _t(doc, "f2.section"), width)

    def text(label: str, value: str) -> None:
        rows.append([label, value] + [None] * (width - 2))
        merges.append((len(rows) - 1, 1, len(rows) - 1, width - 1))

    def boxes(label: str, digits: str) -> None:
        rest = width - 1 - len(digits)
        rows.append([label, *digits] + ([""] + [None] * (rest - 1) if rest else []))
        if rest > 1:
            merges.append((len(rows) - 1, 1 + len(digits), len(rows) - 1, width - 1))

    if vi:
        text(labels[1], _t(doc, "f2.period"))
        text(labels[3], _t(doc, "f2.kind"))
        text(labels[2], operator)
        boxes(labels[0], bin_)
        text(labels[4], _t(doc, "f2.legal"))
        text(labels[5], name)
        text(labels[6], place)
        text(labels[7], _t(doc, "f2.permit"))
        doc.table(None, rows, merges, role="facility")
        doc.add("facilities", {"bin": bin_, "name_contains": name})
        doc.p(_t(doc, "f2.after"))
        return
    boxes(labels[0], bin_)
    boxes(labels[1], "2025")
    text(labels[2], operator)
    text(labels[3], _t(doc, "f2.kind"))
    boxes(labels[4], f"06{r.randint(10, 40)}")
    text(labels[5], f"{name}, {place}")
    boxes(labels[6], kato)
    text(labels[7], _t(doc, "f2.resident"))
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": _quoted(name), "kato": kato})
    doc.p(_t(doc, "f2.after"))
    maybe_distractor(doc)


# ---------------------------------------------------------------- emissions

TEXT |= {
    "e1.h": ("3.3. Перечень загрязняющих веществ, выбрасываемых в атмосферу",
             "3.3. Атмосфераға шығарылатын ластаушы заттардың тізбесі",
             "3.1.2.1. Đánh giá tác động do bụi, khí thải trong giai đoạn vận hành"),
    "e1.p": ("Перечень составлен для условий работы оборудования с максимальной нагрузкой; выбросы приведены с учетом "
             "действующих пылегазоочистных установок (электрофильтры, рукавные фильтры).",
             "Тізбе жабдықтың ең жоғары жүктемемен жұмыс істеу жағдайы үшін жасалды; шығарындылар жұмыс істеп тұрған "
             "шаң-газ тазарту қондырғылары (электрсүзгілер, жеңді сүзгілер) ескеріле отырып келтірілген.",
             "Tải lượng được tính theo hệ số ô nhiễm (kg/tấn sản phẩm) của Cơ quan Bảo vệ Môi trường Hoa Kỳ (US EPA, AP-42, "
             "chương 12.5) với công suất {q} tấn phôi thép/năm và thời gian vận hành {h} giờ/năm; chưa tính đến hiệu quả "
             "của hệ thống xử lý."),
    "e1.caption": ("Таблица 3.1 – Перечень загрязняющих веществ, выбрасываемых в атмосферу на 2026–2035 годы",
                   "3.1-кесте – 2026–2035 жылдарға атмосфераға шығарылатын ластаушы заттардың тізбесі",
                   "Bảng 3.7. Tải lượng các chất ô nhiễm trong khí thải của nhà máy giai đoạn vận hành"),
    "e1.head": ("Код ЗВ|Наименование загрязняющего вещества|ЭНК, мг/м3|ПДК максимальная разовая, мг/м3|ПДК среднесуточная, мг/м3|"
                "ОБУВ, мг/м3|Класс опасности ЗВ|Выброс вещества с учетом очистки, г/с|Выброс вещества с учетом очистки, т/год (М)|"
                "Значение М/ЭНК",
                "ЛЗ коды|Ластаушы заттың атауы|ЭНК, мг/м3|ШЖК ең жоғары бір реттік, мг/м3|ШЖК орташа тәуліктік, мг/м3|"
                "ҚӘБД, мг/м3|ЛЗ қауіптілік сыныбы|Тазартуды ескергендегі зат шығарындысы, г/с|"
                "Тазартуды ескергендегі зат шығарындысы, т/жыл (М)|М/ЭНК мәні",
                "TT|Chất ô nhiễm|Hệ số phát thải (kg/tấn sản phẩm)|Tải lượng (tấn/năm)|Tải lượng (g/s)"),
    "e1.total": ("В С Е Г О :", "Б А Р Л Ы Ғ Ы :", ""),
    "e1.solid": ("в том числе твердые:", "оның ішінде қатты:", ""),
    "e1.gas": ("жидкие/газообразные:", "сұйық/газ тәрізді:", ""),
    "e1.groups": ("Группы веществ, обладающих эффектом комбинированного вредного действия:",
                  "Бірлескен зиянды әсер ету тиімділігі бар заттар топтары:", ""),
    "e1.g6007": ("Азота диоксид + Сера диоксид (0301 + 0330)", "Азот диоксиді + Күкірт диоксиді (0301 + 0330)", ""),
    "e1.gpl": ("Пыли: 2908 + 2909 (коэффициент комбинированного действия 1,0)",
               "Шаңдар: 2908 + 2909 (бірлескен әсер коэффициенті 1,0)", ""),
    "e1.note": ("Примечание: ЭНК – экологический норматив качества; ОБУВ – ориентировочный безопасный уровень воздействия.",
                "Ескертпе: ЭНК – сапаның экологиялық нормативі; ҚӘБД – қауіпсіз әсер етудің бағдарлы деңгейі.", ""),
    "e1.eaf": ("", "", "I. Lò điện hồ quang (EAF) và lò tinh luyện (LF)"),
    "e1.rh": ("", "", "II. Lò nung phôi cán (đốt khí hóa than)"),
}  # fmt: skip

# code: (g/s low, g/s high, t/y low, t/y high) of a cement plant's list
CEMENT_RATES = {
    "0301": (4, 18, 90, 420), "0304": (0.6, 3, 14, 70), "0328": (0.02, 0.3, 0.4, 6), "0330": (1.5, 9, 30, 210),
    "0337": (6, 30, 120, 650), "0703": (0.0000012, 0.0000048, 0.00002, 0.00011), "2908": (3, 16, 70, 380),
    "2909": (0.8, 5, 15, 120), "0128": (0.05, 0.6, 1, 12),
}  # fmt: skip
SOLID = ("0328", "0703", "2908", "2909", "0128")
# VI: (code, kg per tonne) of each named source
EAF_FACTORS = (("2902", 12.5), ("0123", 4.2), ("0143", 0.35), ("0184", 0.05), ("0337", 8.0), ("0301", 0.25))
REHEAT_FACTORS = (("2902", 0.08), ("0330", 0.9), ("0301", 0.35), ("0337", 0.05))


def _pdk(code: str) -> tuple[float | None, float | None, float | None]:
    if code in EXTRA_PDK:
        return EXTRA_PDK[code]
    mr, ss = AIR_PDK[code]
    return mr, ss, None


def emissions_o1(doc: Doc) -> None:
    """An НДВ project's list of substances of a cement plant as the ЭРА program prints it: code, name, ЭНК, ПДК м.р.,
    ПДК с.с., ОБУВ (dashes where the list gives none), class, g/s, t/year and М/ЭНК, a row of column numbers, then the
    total, `в том числе твердые` and `жидкие/газообразные` rows, and two summation groups (`6007`, `ПЛ`) that are no
    substances; the whole enterprise, no sources (VI: an ĐTM's loads of a steel mill in operation from emission
    factors, a group row per named source, t/year before g/s)."""
    r = doc.rng
    if doc.lang == "vi":
        name, operator, _ = _site(doc, "steel", "steel")
        q, hours = r.choice((300000, 450000, 600000)), r.choice((6600, 7200, 7920))
        doc.h(f"BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG CỦA DỰ ÁN “{name.upper()}”")
        doc.p(f"Chủ dự án: {operator}.")
        doc.h(_t(doc, "e1.h"))
        doc.p(_t(doc, "e1.p").format(q=num(q, "vi"), h=num(hours, "vi")))
        rows, merges, n = [_row(doc, "e1.head")], [], 0
        for group, factors, qq in (
            ("e1.eaf", EAF_FACTORS, q),
            ("e1.rh", REHEAT_FACTORS, round(q * 0.96, -3)),
        ):
            _span(rows, merges, _t(doc, group), 5)
            for code, factor in factors:
                n += 1
                t_y = _sig(factor * qq / 1000, 4)
                g_s = _sig(t_y * 1e6 / (hours * 3600), 4)
                rows.append(
                    [
                        str(n),
                        vocab.air(code, "vi", r.randrange(2)),
                        num(factor, "vi"),
                        num(t_y, "vi"),
                        num(g_s, "vi"),
                    ]
                )
                doc.add("emissions", emission(code, g_s, t_y, period="operation"))
        doc.table(_t(doc, "e1.caption"), rows, merges, role="emissions")
        maybe_distractor(doc)
        return
    name, operator, _ = _site(doc, "cement", "cement")
    doc.h(_t(doc, "f1.title").format(name=name))
    doc.h(_t(doc, "e1.h"))
    doc.p(_t(doc, "e1.p"))
    codes = [
        "0301",
        "0330",
        "2908",
        *r.sample(["0304", "0328", "0337", "0703", "2909", "0128"], r.randint(3, 5)),
    ]
    codes.sort()
    rows = [_row(doc, "e1.head"), [str(k) for k in range(1, 11)]]
    sums = {"all": [0.0, 0.0, 0.0], "solid": [0.0, 0.0, 0.0], "gas": [0.0, 0.0, 0.0]}
    for code in codes:
        gl, gh, tl, th = CEMENT_RATES[code]
        g_s, t_y = _sig(r.uniform(gl, gh), 4), _sig(r.uniform(tl, th), 4)
        mr, ss, obuv = _pdk(code)
        enk = ss or mr or obuv
        ratio = _sig(t_y / enk, 4)
        hazard = _hazard(code)
        rows.append(
            [
                code,
                _air(doc, code),
                num(enk, doc.lang),
                cell(doc, mr, "–"),
                cell(doc, ss, "–"),
                cell(doc, obuv, "–"),
                str(hazard) if hazard else "–",
                num(g_s, doc.lang),
                num(t_y, doc.lang),
                num(ratio, doc.lang),
            ]
        )
        for key in ("all", "solid" if code in SOLID else "gas"):
            sums[key] = [a + b for a, b in zip(sums[key], (g_s, t_y, ratio), strict=True)]
        doc.add("emissions", emission(code, g_s, t_y, hazard=hazard))

    def summary(label: str, key: str) -> list[str]:
        g, t, m = sums[key]
        return [
            "",
            label,
            "",
            "",
            "",
            "",
            "",
            num(round(g, 7), doc.lang),
            num(round(t, 7), doc.lang),
            num(round(m, 2), doc.lang),
        ]

    rows += [
        summary(_t(doc, "e1.total"), "all"),
        summary(_t(doc, "e1.solid"), "solid"),
        summary(_t(doc, "e1.gas"), "gas"),
    ]
    merges: list = []
    _span(rows, merges, _t(doc, "e1.groups"), 10)
    groups = [("6007", _t(doc, "e1.g6007"))]
    if "2909" in codes:
        groups.append(("ПЛ", _t(doc, "e1.gpl")))
    for code, text in groups:
        rows.append([code, text, None, None, None, None, None, None, None, None])
        merges.append((len(rows) - 1, 1, len(rows) - 1, 9))
    doc.table(_t(doc, "e1.caption"), rows, merges, role="emissions")
    doc.p(_t(doc, "e1.note"))
    maybe_distractor(doc)


TEXT |= {
    "e2.title": ("Отчет по инвентаризации источников выбросов загрязняющих веществ в атмосферу. Объект: {name}",
                 "Атмосфераға ластаушы заттар шығарындылары көздерін түгендеу жөніндегі есеп. Объект: {name}",
                 "BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA CƠ SỞ “{name}”"),
    "e2.p": ("Инвентаризация выполнена в цехе металлоконструкций и цехе горячего цинкования; характеристики источников и "
             "выбросы определены инструментальными замерами и расчетными методами.",
             "Түгендеу металл конструкциялары цехында және ыстықтай мырыштау цехында жүргізілді; көздердің сипаттамалары мен "
             "шығарындылар аспаптық өлшеулермен және есептеу әдістерімен анықталды.",
             "Cơ sở vận hành liên tục 24/24 giờ (8.760 giờ/năm) đối với lò nấu thủy tinh; máy phát điện dự phòng vận hành "
             "khoảng 200 giờ/năm. Tải lượng sau xử lý được tính từ kết quả quan trắc định kỳ năm 2025:"),
    "e2.caption": ("Таблица 2.4 – Характеристика источников выбросов и выбросы загрязняющих веществ",
                   "2.4-кесте – Шығарынды көздерінің сипаттамасы және ластаушы заттар шығарындылары",
                   "Bảng 3.2. Nguồn phát sinh, biện pháp xử lý và tải lượng khí thải sau xử lý"),
    "e2.head": ("Номер ИЗА|Наименование источника выброса|Тип ИЗА*|Высота ИЗА, м|Время работы, ч/год|Код ЗВ|Наименование ЗВ|"
                "ГОУ, КПД, %|Выброс ЗВ, г/с|Выброс ЗВ, т/год",
                "ШК нөмірі|Шығарынды көзінің атауы|ШК түрі*|ШК биіктігі, м|Жұмыс уақыты, сағ/жыл|ЛЗ коды|ЛЗ атауы|"
                "ГТҚ, ПӘК, %|ЛЗ шығарындысы, г/с|ЛЗ шығарындысы, т/жыл",
                "TT|Nguồn phát sinh|Biện pháp xử lý|Hiệu suất xử lý (%)|Chất ô nhiễm|Tải lượng sau xử lý|^"),
    "e2.units": ("", "", "^|^|^|^|^|g/s|tấn/năm"),
    "e2.legend": ("* Тип ИЗА: 1 – точечный (организованный) источник; 3 – площадной (неорганизованный) источник. "
                  "ГОУ – газоочистная установка.",
                  "* ШК түрі: 1 – нүктелік (ұйымдастырылған) көз; 3 – алаңдық (ұйымдастырылмаған) көз. "
                  "ГТҚ – газ тазарту қондырғысы.", ""),
}  # fmt: skip
# (RU, KK) name, organised, height, hours, gas cleaning (RU, KK), codes
GALV_SOURCES = (
    (("Вытяжная труба травильного отделения", "Қышқылмен өңдеу бөлімшесінің сорғыш құбыры"), True, 18, 4100,
     ("скруббер, 92", "скруббер, 92"), ("0316",)),
    (("Труба аспирации ванны цинкования", "Мырыштау ваннасының аспирация құбыры"), True, 22, 4100,
     ("рукавный фильтр, 96", "жеңді сүзгі, 96"), ("0207", "0316", "0303")),
    (("Дымовая труба печи нагрева ванны цинкования", "Мырыштау ваннасын қыздыру пешінің түтін мұржасы"), True, 16, 6200,
     ("–", "–"), ("0301", "0304", "0337")),
    (("Труба аспирации дробеструйной камеры", "Бытыраағынды камераның аспирация құбыры"), True, 12, 2000,
     ("циклон ЦН-15, 85", "ЦН-15 циклоны, 85"), ("0123", "2930")),
    (("Сварочный участок цеха металлоконструкций", "Металл конструкциялары цехының дәнекерлеу учаскесі"), False, 2, 3800,
     ("–", "–"), ("0123", "0143")),
    (("Участок газовой резки металла", "Металды газбен кесу учаскесі"), False, 2, 2600,
     ("–", "–"), ("0123", "0143", "0301", "0337")),
)  # fmt: skip
GALV_GS = {"0316": (0.005, 0.05), "0207": (0.002, 0.02), "0303": (0.001, 0.01), "0301": (0.01, 0.06), "0304": (0.002, 0.01),
           "0337": (0.02, 0.1), "0123": (0.005, 0.05), "2930": (0.003, 0.02), "0143": (0.0002, 0.003)}  # fmt: skip
# VI: source, treatment, efficiency, hours, codes
GLASS_SOURCES = (
    ("Lò nấu thủy tinh (đốt khí thiên nhiên, 600 tấn/ngày)", "Lọc bụi tĩnh điện kết hợp khử SO2 bằng vôi khô", "95", 8760,
     ("2902", "0330", "0301", "0337")),
    ("Khu phối liệu (silo cát, đá vôi, sô đa)", "Lọc bụi túi vải", "98", 7200, ("2902",)),
    ("Lò ủ kính", "-", "-", 8760, ("0301", "0337")),
    ("Máy phát điện dự phòng 1.250 kVA", "-", "-", 200, ("0330", "0301", "0337")),
)  # fmt: skip
GLASS_GS = {"2902": (0.3, 2.5), "0330": (0.8, 6), "0301": (1.5, 9), "0337": (0.05, 0.9)}


def emissions_o2(doc: Doc) -> None:
    """An inventory of a metal-structures plant with a galvanising shop: the source's number, name, a `Тип ИЗА` column
    of ЭРА's numeric codes (`1`, `3`) explained under the table, height, hours and gas cleaning merged down over its
    substances, a row of column numbers, g/s and t/year (t/year = g/s × hours) (VI: a glass factory's loads after
    treatment, the named source, its treatment and efficiency merged down over its pollutants, `g/s | tấn/năm` under a
    merged header)."""
    r = doc.rng
    if doc.lang == "vi":
        name, operator, _ = _site(doc, "glass", "glass")
        doc.h(_t(doc, "e2.title").format(name=name))
        doc.p(f"Chủ cơ sở: {operator}.")
        doc.p(_t(doc, "e2.p"))
        rows, merges = (
            [_row(doc, "e2.head"), _row(doc, "e2.units")],
            [(0, k, 1, k) for k in range(5)] + [(0, 5, 0, 6)],
        )
        for k, (source, treatment, eff, hours, codes) in enumerate(GLASS_SOURCES, 1):
            start = len(rows)
            for code in codes:
                low, high = GLASS_GS[code]
                g_s = _sig(r.uniform(low, high) * (0.05 if hours < 1000 else 1), 3)
                t_y = _sig(g_s * hours * 0.0036, 4)
                lead = [str(k), source, treatment, eff] if len(rows) == start else [None] * 4
                rows.append([*lead, vocab.air(code, "vi", r.randrange(2)), num(g_s, "vi"), num(t_y, "vi")])
                doc.add("emissions", emission(code, g_s, t_y))
            for c in range(4):
                _down(rows, start, c, merges)
        doc.table(_t(doc, "e2.caption"), rows, merges, role="emissions")
        maybe_distractor(doc)
        return
    name, _, _ = _site(doc, "galv", "glass")
    doc.h(_t(doc, "e2.title").format(name=name))
    doc.p(_t(doc, "e2.p"))
    lang = 0 if doc.lang == "ru" else 1
    organised = sorted(r.sample(range(4), r.randint(3, 4)))
    chosen = [GALV_SOURCES[k] for k in organised] + list(GALV_SOURCES[4:])
    rows, merges = [_row(doc, "e2.head"), [str(k) for k in range(1, 11)]], []
    org, unorg = 1, 1
    for names, organized, height, hours, cleaning, codes in chosen:
        number = f"{org:04d}" if organized else f"{6000 + unorg:04d}"
        org, unorg = (org + 1, unorg) if organized else (org, unorg + 1)
        doc.add("sources", _source(number))
        start = len(rows)
        for code in codes:
            low, high = GALV_GS[code]
            g_s = _sig(r.uniform(low, high), 4)
            t_y = _sig(g_s * hours * 0.0036, 4)
            lead = [number, names[lang], "1" if organized else "3", str(height), num(hours, doc.lang)]
            first = len(rows) == start
            rows.append(
                [
                    *(lead if first else [None] * 5),
                    code,
                    _air(doc, code),
                    cleaning[lang] if first else None,
                    num(g_s, doc.lang),
                    num(t_y, doc.lang),
                ]
            )
            doc.add("emissions", emission(code, g_s, t_y, number))
        for c in (0, 1, 2, 3, 4, 7):
            _down(rows, start, c, merges)
    doc.table(_t(doc, "e2.caption"), rows, merges, role="emissions")
    doc.p(_t(doc, "e2.legend"))
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

TEXT |= {
    "w1.title": ("Программа управления отходами {operator} на 2026–2035 годы", "{operator} 2026–2035 жылдарға арналған қалдықтарды басқару бағдарламасы",
                 "GIẤY PHÉP MÔI TRƯỜNG"),
    "w1.h": ("2.2. Виды и объемы образования отходов", "2.2. Қалдықтардың түрлері және түзілу көлемдері",
             "Phụ lục III. NỘI DUNG CẤP PHÉP XỬ LÝ CHẤT THẢI NGUY HẠI (ĐỒNG XỬ LÝ CHẤT THẢI TRONG LÒ NUNG CLINKER)"),
    "w1.p": ("Коды отходов приведены по Классификатору отходов (приказ и.о. Министра экологии, геологии и природных ресурсов "
             "РК от 6 августа 2021 года № 314).",
             "Қалдықтардың кодтары Қалдықтар сыныптауышы бойынша келтірілген (ҚР Экология, геология және табиғи ресурстар "
             "министрінің м.а. 2021 жылғы 6 тамыздағы № 314 бұйрығы).",
             "1. Danh mục, khối lượng chất thải nguy hại được phép tiếp nhận để đồng xử lý trong lò nung clinker số 1:"),
    "w1.head": ("№ п/п|Наименование отхода|Код отхода по классификатору|^|^|Место образования|Агрегатное состояние|"
                "Объем образования, т/год|Способ обращения",
                "Р/с №|Қалдықтың атауы|Сыныптауыш бойынша қалдық коды|^|^|Түзілу орны|Агрегаттық күйі|Түзілу көлемі, т/жыл|"
                "Жұмыс істеу тәсілі",
                "TT|Tên chất thải|Mã CTNH|Trạng thái tồn tại|Khối lượng tối đa được phép (tấn/năm)|Vị trí nạp vào hệ thống lò"),
    "w1.caption": ("Таблица 2.2 – Перечень отходов, образующихся на предприятии", "2.2-кесте – Кәсіпорында түзілетін қалдықтар тізбесі", ""),
    "w1.sub": ("^|^|глава|подглава|вид|^|^|^|^", "^|^|тарау|кіші тарау|түрі|^|^|^|^", ""),
    "w1.total": ("Итого", "Барлығы", "Tổng cộng"),
    "w1.foot": ("* – опасный отход (зеркальные и абсолютно опасные виды отмечены в графе «вид» знаком «*»).",
                "* – қауіпті қалдық («түрі» бағанында айналы және абсолютті қауіпті түрлері «*» белгісімен белгіленген).",
                "2. Chủ cơ sở chỉ được tiếp nhận chất thải nguy hại có mã và trạng thái tồn tại như trên; tổng khối lượng đồng "
                "xử lý không vượt quá công suất đã được cấp phép."),
    "w1.liquid": ("", "", "A. Chất thải dạng lỏng (nạp qua vòi đốt chính ở đầu nóng lò nung)"),
    "w1.solid": ("", "", "B. Chất thải dạng rắn (nạp qua buồng phân hủy canxiner của tháp trao đổi nhiệt)"),
    "w1.where": ("", "", "Vòi đốt chính|Buồng canxiner"),
}  # fmt: skip
# code, (RU, KK) name, (RU, KK) place, state 0/1/2, operation 0–4, (low, high) t/year
STEEL_WASTES = (
    ("10 02 02", ("Шлак сталеплавильный необработанный", "Өңделмеген болат балқыту қожы"), ("ЭСПЦ, ДСП-50", "ЭББЦ, ДБП-50"), 0, 0, (30000, 90000)),
    ("10 02 07*", ("Пыль газоочистки ДСП", "ДБП газ тазарту шаңы"), ("газоочистка ЭСПЦ", "ЭББЦ газ тазартуы"), 1, 1, (1500, 6000)),
    ("10 02 10", ("Окалина прокатного производства", "Илемдеу өндірісінің қағы"), ("прокатный цех", "илемдеу цехы"), 0, 2, (1500, 5000)),
    ("10 02 14", ("Шлам газоочистки установки печь-ковш", "Пеш-шөміш қондырғысының газ тазарту шламы"),
     ("установка печь-ковш", "пеш-шөміш қондырғысы"), 0, 3, (40, 300)),
    ("16 11 04", ("Отработанные огнеупоры футеровки ДСП и сталеразливочных ковшей", "ДБП мен болат құю шөміштерінің пайдаланылған отқа төзімді футеровкасы"),
     ("ЭСПЦ, ковшевое хозяйство", "ЭББЦ, шөміш шаруашылығы"), 0, 3, (300, 1200)),
    ("12 01 01", ("Обрезь и стружка черных металлов", "Қара металл кесінділері мен жоңқалары"),
     ("ремонтно-механический цех", "жөндеу-механикалық цех"), 0, 2, (50, 400)),
    ("13 02 05*", ("Отработанные моторные и трансмиссионные масла", "Пайдаланылған мотор және трансмиссия майлары"),
     ("гидросистемы, автотранспорт", "гидрожүйелер, автокөлік"), 2, 1, (5, 30)),
    ("15 02 02*", ("Промасленная ветошь", "Майланған шүберек"), ("все подразделения", "барлық бөлімшелер"), 0, 1, (1, 6)),
    ("20 03 01", ("Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар"), ("административно-бытовой корпус", "әкімшілік-тұрмыстық корпус"),
     0, 4, (40, 160)),
)  # fmt: skip
STATES = (("твердое", "қатты"), ("пылевидное", "шаң тәрізді"), ("жидкое", "сұйық"))
HANDLING = (("переработка на шлакоперерабатывающей установке", "қож өңдеу қондырғысында қайта өңдеу"),
            ("передача специализированной организации по договору", "шарт бойынша мамандандырылған ұйымға беру"),
            ("возврат в производство (шихта)", "өндіріске қайтару (шихта)"),
            ("размещение на собственном полигоне промышленных отходов", "өнеркәсіптік қалдықтардың меншікті полигонында орналастыру"),
            ("вывоз на полигон ТБО", "ҚТҚ полигонына шығару"))  # fmt: skip


def wastes_o1(doc: Doc) -> None:
    """A steel mini-mill's waste-management programme: the classifier's code split into three sub-columns under a
    merged header — chapter, sub-chapter and entry, the star of a hazardous waste in the last — between the name and
    the place of formation, the state, tonnes a year (slag by the ten thousand) and the handling, a total row and a
    footnote on the star (VI: a cement plant's permit to co-process hazardous wastes in its kiln: the wastes it may
    accept under two group rows by state and feeding point, the CTNH code, tonnes a year, a total)."""
    r = doc.rng
    if doc.lang == "vi":
        name, operator, _ = _site(doc, "cement", "cement")
        doc.h(_t(doc, "w1.title"))
        doc.p(f"Cấp cho {operator} được thực hiện các hoạt động bảo vệ môi trường của {name}.")
        doc.h(_t(doc, "w1.h"))
        doc.p(_t(doc, "w1.p"))
        rows, merges, n, tonnes = [_row(doc, "w1.head")], [], 0, 0
        wanted = {"17 02 03": 0, "18 02 01": 1, "18 01 03": 1, "08 02 04": 1}
        where = _list(doc, "w1.where")
        for group, which in (("w1.liquid", 0), ("w1.solid", 1)):
            _span(rows, merges, _t(doc, group), 6)
            for code, wname, state in vocab.VN_CTNH:
                if wanted.get(code) != which:
                    continue
                n += 1
                t = r.randint(10, 150) * (20 if which == 0 else 10)
                tonnes += t
                rows.append([str(n), wname, code, state, num(t, "vi"), where[which]])
                doc.add(
                    "wastes",
                    {
                        "code": code + "*",
                        "code_system": "VN-CTNH",
                        "hazardous": True,
                        "amount_t": float(t),
                        "name_contains": wname,
                    },
                )
        rows.append(["", _t(doc, "w1.total"), "", "", num(tonnes, "vi"), ""])
        doc.table(None, rows, merges, role="wastes")
        doc.p(_t(doc, "w1.foot"))
        return
    name, operator, _ = _site(doc, "steel", "steel")
    lang = 0 if doc.lang == "ru" else 1
    doc.h(_t(doc, "w1.title").format(operator=operator))
    doc.h(_t(doc, "w1.h"))
    doc.p(_t(doc, "w1.p"))
    rows = [_row(doc, "w1.head"), _row(doc, "w1.sub")]
    merges = [
        (0, 0, 1, 0),
        (0, 1, 1, 1),
        (0, 2, 0, 4),
        (0, 5, 1, 5),
        (0, 6, 1, 6),
        (0, 7, 1, 7),
        (0, 8, 1, 8),
    ]
    chosen = [w for k, w in enumerate(STEEL_WASTES) if k < 3 or r.random() < 0.7]
    total = 0.0
    for k, (code, names, places, state, handling, (low, high)) in enumerate(chosen, 1):
        t = _sig(r.uniform(low, high), 4 if high > 1000 else 3)
        total += t
        chapter, sub, entry = code.split(" ")
        rows.append(
            [
                str(k),
                names[lang],
                chapter,
                sub,
                entry,
                places[lang],
                STATES[state][lang],
                num(t, doc.lang),
                HANDLING[handling][lang],
            ]
        )
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
    rows.append(["", _t(doc, "w1.total"), "", "", "", "", "", num(round(total, 3), doc.lang), ""])
    doc.table(None if r.random() < 0.3 else _t(doc, "w1.caption"), rows, merges, role="wastes")
    doc.p(_t(doc, "w1.foot"))
    maybe_distractor(doc)


TEXT |= {
    "w2.title": ("Отчет о выполнении программы управления отходами за 2025 год. {operator}",
                 "{operator}. 2025 жылғы қалдықтарды басқару бағдарламасының орындалуы туралы есеп",
                 "BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025"),
    "w2.p": ("Объем образования отходов по структурным подразделениям определен по данным журналов первичного учета.",
             "Құрылымдық бөлімшелер бойынша қалдықтардың түзілу көлемі бастапқы есепке алу журналдарының деректері бойынша "
             "айқындалды.",
             "2.2. Kết quả quản lý chất thải nguy hại: khối lượng phát sinh theo sổ theo dõi của từng khu vực tại {name}."),
    "w2.head": ("№|Код отхода|Наименование отхода|Образовано по подразделениям, т/год|^|^|^|Всего, т/год",
                "№|Қалдық коды|Қалдықтың атауы|Бөлімшелер бойынша түзілгені, т/жыл|^|^|^|Барлығы, т/жыл",
                "TT|Tên chất thải|Mã CTNH|Khối lượng phát sinh theo khu vực (kg)|^|^|Tổng khối lượng (kg)"),
    "w2.units": ("^|^|^|Цех металлоконструкций|Цех горячего цинкования|Котельная|РМЦ и автотранспорт|^",
                 "^|^|^|Металл конструкциялары цехы|Ыстықтай мырыштау цехы|Қазандық|ЖМЦ және автокөлік|^",
                 "^|^|^|Dây chuyền lò nung số 1|Dây chuyền lò nung số 2|Xưởng cơ điện|^"),
    "w2.total": ("Итого по предприятию", "Кәсіпорын бойынша барлығы", "Tổng cộng"),
    "w2.caption": ("Таблица 3 – Образование отходов по подразделениям", "3-кесте – Бөлімшелер бойынша қалдықтардың түзілуі",
                   "Bảng 2.3. Khối lượng chất thải nguy hại phát sinh năm 2025"),
}  # fmt: skip
# code, (RU, KK), workshops that form it, (low, high) t/year in one workshop
GALV_WASTES = (
    ("11 05 01", ("Гартцинк (твердый цинк)", "Гартцинк (қатты мырыш)"), (1,), (8, 40)),
    ("11 05 02", ("Цинковая зола", "Мырыш күлі"), (1,), (15, 80)),
    ("11 01 05*", ("Отработанные травильные растворы", "Пайдаланылған қышқылмен өңдеу ерітінділері"), (1,), (40, 300)),
    ("11 01 09*", ("Осадок станции нейтрализации кислых стоков", "Қышқыл ағындарды бейтараптандыру станциясының тұнбасы"), (1,), (5, 40)),
    ("12 01 01", ("Опилки и стружка черных металлов", "Қара металл үгінділері мен жоңқалары"), (0, 3), (20, 150)),
    ("12 01 13", ("Огарки сварочных электродов", "Дәнекерлеу электродтарының қалдықтары"), (0, 3), (0.5, 4)),
    ("10 01 01", ("Золошлаковые отходы котельной", "Қазандықтың күл-қож қалдықтары"), (2,), (80, 400)),
    ("13 02 05*", ("Отработанные моторные масла", "Пайдаланылған мотор майлары"), (3,), (1, 6)),
    ("15 02 02*", ("Промасленная ветошь", "Майланған шүберек"), (0, 1, 2, 3), (0.1, 1.2)),
    ("20 01 21*", ("Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар"), (0, 1, 2, 3), (0.01, 0.08)),
    ("20 03 01", ("Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар"), (0, 1, 2, 3), (2, 15)),
)  # fmt: skip


def wastes_o2(doc: Doc) -> None:
    """A report's wastes as a matrix by workshop: four amount sub-columns under a merged `Образовано по подразделениям,
    т/год` (a dash where a workshop forms none) and the total in the last column — the total is the amount; the code
    before the name, a total row (VI: a ceramic tile factory's annual report, CTNH by production line in kilograms, the
    total in kilograms last)."""
    r = doc.rng
    rows = [_row(doc, "w2.head"), _row(doc, "w2.units")]
    if doc.lang == "vi":
        name, operator, _ = _site(doc, "galv", "tile")
        doc.h(_t(doc, "w2.title"))
        doc.p(f"Tên chủ cơ sở: {operator}.")
        doc.p(_t(doc, "w2.p").format(name=name))
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 1, 6)]
        sums = [0, 0, 0, 0]
        for k, (code, wname, _) in enumerate(r.sample(vocab.VN_CTNH, r.randint(4, 6)), 1):
            where = r.sample(range(3), r.randint(1, 3))
            kg = [r.randint(2, 90) * 10 if c in where else 0 for c in range(3)]
            kg.append(sum(kg))
            sums = [a + b for a, b in zip(sums, kg, strict=True)]
            rows.append([str(k), wname, code, *(num(x, "vi") if x else "-" for x in kg)])
            doc.add(
                "wastes",
                {
                    "code": code + "*",
                    "code_system": "VN-CTNH",
                    "hazardous": True,
                    "amount_t": kg[3] / 1000,
                    "name_contains": wname,
                },
            )
        rows.append(["", _t(doc, "w2.total"), "", *(num(x, "vi") for x in sums)])
        doc.table(_t(doc, "w2.caption"), rows, merges, role="wastes")
        maybe_distractor(doc)
        return
    _, operator, _ = _site(doc, "galv", "tile")
    lang = 0 if doc.lang == "ru" else 1
    doc.h(_t(doc, "w2.title").format(operator=operator))
    doc.p(_t(doc, "w2.p"))
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6), (0, 7, 1, 7)]
    chosen = [w for k, w in enumerate(GALV_WASTES) if k in (0, 2) or r.random() < 0.65]
    grand = [0.0] * 5
    for k, (code, names, where, (low, high)) in enumerate(chosen, 1):
        digits = 3 if high >= 1 else 2
        amounts = [round(_sig(r.uniform(low, high), digits), 3) if c in where else 0.0 for c in range(4)]
        all_t = round(sum(amounts), 3)
        grand = [round(a + b, 3) for a, b in zip(grand, [*amounts, all_t], strict=True)]
        rows.append(
            [
                str(k),
                code,
                names[lang],
                *(num(x, doc.lang) if x else "–" for x in amounts),
                num(all_t, doc.lang),
            ]
        )
        doc.add(
            "wastes",
            {
                "code": code,
                "code_system": "LoW",
                "hazardous": code.endswith("*"),
                "amount_t": all_t,
                "name_contains": names[lang],
            },
        )
    rows.append(["", "", _t(doc, "w2.total"), *(num(x, doc.lang) for x in grand)])
    doc.table(_t(doc, "w2.caption"), rows, merges, role="wastes")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits


def _no_value(item: dict | None) -> dict | None:
    """A limit whose measured value the document gives several ways (mean, maximum): the value is not compared."""
    if item is not None:
        item.pop("value", None)
    return item


MONTHS = {"ru": ("январь", "февраль", "март", "апрель", "май", "июнь"), "kk": ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым"),
          "vi": ("1", "2", "3", "4", "5", "6")}  # fmt: skip
TEXT |= {
    "l1.title": ("Отчет автоматизированной системы мониторинга эмиссий (АСМ) за {m} 2026 года",
                 "Эмиссиялар мониторингінің автоматтандырылған жүйесінің (АМЖ) 2026 жылғы {m} айындағы есебі",
                 "BÁO CÁO KẾT QUẢ QUAN TRẮC KHÍ THẢI TỰ ĐỘNG, LIÊN TỤC THÁNG {m}/2026"),
    "l1.p": ("Объект: {name} ({operator}). Данные АСМ передаются в режиме реального времени в информационную систему "
             "уполномоченного органа. Нормативы установлены комплексным экологическим разрешением № KZ{n}VCZ00{k}; "
             "концентрации приведены к нормальным условиям (273 К, 101,3 кПа), сухому газу и содержанию O2 10 %.",
             "Объект: {name} ({operator}). АМЖ деректері уәкілетті органның ақпараттық жүйесіне нақты уақыт режимінде "
             "беріледі. Нормативтер № KZ{n}VCZ00{k} кешенді экологиялық рұқсатпен белгіленген; концентрациялар қалыпты "
             "жағдайларға (273 К, 101,3 кПа), құрғақ газға және O2 10 % мөлшеріне келтірілген.",
             "Cơ sở: {name} ({operator}). Giấy phép môi trường số 245/GPMT-BTNMT. Dữ liệu quan trắc được truyền liên tục "
             "về Sở Nông nghiệp và Môi trường; giá trị giới hạn là giá trị Cmax theo giấy phép môi trường."),
    "l1.head": ("Параметр|Ед. изм.|Норматив по КЭР|Среднемесячное значение|Максимальное среднесуточное значение|Дата максимума|"
                "Количество суток с превышением",
                "Параметр|Өлш. бірл.|КЭР бойынша норматив|Айлық орташа мән|Ең жоғары тәуліктік орташа мән|Ең жоғары мән күні|"
                "Асып кеткен тәуліктер саны",
                "Thông số|Đơn vị|Giá trị giới hạn theo GPMT|Trung bình tháng|Giá trị trung bình 1 giờ lớn nhất|Thời điểm|"
                "Số giờ vượt giới hạn"),
    "l1.params": ("Расход отходящих газов|тыс. нм3/ч|Температура газов|°С|Содержание O2|% об.",
                  "Шығатын газдар шығыны|мың нм3/сағ|Газдар температурасы|°С|O2 мөлшері|көл. %",
                  "Lưu lượng|m3/giờ|Nhiệt độ|°C|O2 dư|%"),
    "l1.sources": ("Дымовая труба вращающейся печи (газоанализатор, пылемер)|Аспирационная труба колосникового холодильника клинкера|"
                   "Труба аспирации цементной мельницы № 2",
                   "Айналмалы пештің түтін мұржасы (газталдағыш, шаңөлшегіш)|Клинкердің колосникті тоңазытқышының аспирация құбыры|"
                   "№ 2 цемент диірменінің аспирация құбыры",
                   "KT1 – Ống khói hệ thống xử lý khí thải lò điện hồ quang (EAF)|KT2 – Ống khói lò nung phôi cán"),
    "l1.after": ("Превышения нормативов, зафиксированные АСМ, рассмотрены на техническом совещании; причины – пуск печи после "
                 "планового ремонта.",
                 "АМЖ тіркеген нормативтерден асып кетулер техникалық кеңесте қаралды; себебі – жоспарлы жөндеуден кейін пешті іске қосу.",
                 "Các giờ vượt giới hạn xảy ra trong thời gian khởi động lò sau bảo dưỡng; cơ sở đã báo cáo Sở Nông nghiệp và "
                 "Môi trường theo quy định."),
}  # fmt: skip
# code: norm, mg/Nm3, at each of a cement plant's stacks with an automated system
KILN_NORMS = ({"2908": 30, "0301": 800, "0330": 400, "0337": 2000}, {"2908": 20}, {"2908": 20})
EAF_NORMS = ({"2902": 90, "0330": 450, "0301": 765, "0337": 900}, {"2902": 180, "0330": 450, "0301": 765})


def limits_o1(doc: Doc) -> None:
    """A month of the automated monitoring system at a cement plant's stacks: a group row per source (`ИЗА 0001 – …`)
    spanning the table, the gas flow, temperature and O2 first (no norm), then each substance's КЭР norm in mg/Nm3
    beside the month's mean, the highest daily mean with its date and the days above the norm — the norm is the limit
    at the source; its measured value is given twice, so none is compared (VI: a steel mill's KT1 and KT2 against the
    Cmax of its GPMT, the highest hourly mean and the hours above the limit)."""
    vi = doc.lang == "vi"
    r = doc.rng
    name, operator, _ = _site(doc, "cement", "steel")
    month = r.randrange(6)
    doc.h(_t(doc, "l1.title").format(m=MONTHS[doc.lang][month]))
    doc.p(
        _t(doc, "l1.p").format(name=name, operator=operator, n=r.randint(10, 99), k=r.randint(100000, 999999))
    )
    rows, merges = [_row(doc, "l1.head")], []
    params = _list(doc, "l1.params")
    names = _list(doc, "l1.sources")
    norms_all = EAF_NORMS if vi else KILN_NORMS
    stacks = range(len(names)) if vi else [0, 1, *([2] if r.random() < 0.6 else [])]
    for k in stacks:
        point = names[k].split(" ")[0] if vi else f"{k + 1:04d}"
        _span(rows, merges, names[k] if vi else f"{doc.v('ИЗА', 'ШК', '')} {point} – {names[k]}", 7)
        flow = r.randint(60, 420) * (1000 if vi else 1)
        for label, unit, mean, top in (
            (params[0], params[1], flow, flow * 1.12),
            (params[2], params[3], r.randint(110, 190), r.randint(195, 240)),
            (params[4], params[5], r.randint(8, 12), r.randint(13, 16)),
        ):
            if label == params[4] and k > 0:
                continue
            rows.append(
                [label, unit, "–", num(_sig(mean, 3), doc.lang), num(_sig(top, 3), doc.lang), "–", "–"]
            )
        for code, lim in norms_all[k].items():
            mean = _sig(lim * r.uniform(0.3, 0.75), 3)
            top = _sig(lim * r.uniform(0.65, 1.15), 3)
            day = r.randint(1, 28)
            when = (
                f"{day:02d}/{month + 1:02d}/2026 {r.randint(0, 23):02d}:00"
                if vi
                else f"{day:02d}.{month + 1:02d}.2026"
            )
            over = (r.randint(1, 6) if vi else r.randint(1, 2)) if top > lim else 0
            label = vocab.air(code, "vi", 0 if code == "2902" else 1) if vi else _air(doc, code)
            rows.append(
                [
                    label,
                    "mg/Nm3" if vi else "мг/Нм3",
                    num(lim, doc.lang),
                    num(mean, doc.lang),
                    num(top, doc.lang),
                    when,
                    str(over),
                ]
            )
            add(doc, _no_value(limit(("code", code), "flue_gas", lim, "mg/Nm3", None, point)))
            if not vi:
                doc.add("emissions", emission(code, None, None, point))
        if not vi:
            doc.add("sources", _source(point))
    doc.table(None, rows, merges, role="limits")
    doc.p(_t(doc, "l1.after"))
    maybe_distractor(doc)


TEXT |= {
    "l2.title": ("Отчет по программе производственного экологического контроля за 2025 год. {name}",
                 "{name}. 2025 жылғы өндірістік экологиялық бақылау бағдарламасы бойынша есеп",
                 "BÁO CÁO KẾT QUẢ QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ QUÝ II NĂM 2026"),
    "l2.h": ("4.3. Качество воды реки Иртыш в контрольном створе", "4.3. Бақылау тұстамасындағы Ертіс өзені суының сапасы",
             "2.1. Kết quả quan trắc nước thải"),
    "l2.p": ("Отбор проб выполнен 14 августа 2025 г. в контрольном створе К-1 (500 м ниже выпуска условно-чистых вод). "
             "Результаты сопоставлены с ПДК для водных объектов рыбохозяйственного значения, сгруппированными по "
             "лимитирующему показателю вредности.",
             "Сынамалар 2025 жылғы 14 тамызда К-1 бақылау тұстамасында (шартты таза сулар шығарылымынан 500 м төмен) алынды. "
             "Нәтижелер зияндылықтың лимиттеуші көрсеткіші бойынша топтастырылған балық шаруашылығы маңызы бар су объектілеріне "
             "арналған ШЖК-мен салыстырылды.",
             "Vị trí quan trắc: NT1 – nước thải sau hệ thống xử lý nước thải tập trung, tại hố ga trước khi xả ra rạch Bà Hào. "
             "Thời gian lấy mẫu: ngày 18/05/2026. Kết quả được so sánh với QCVN 52:2017/BTNMT – Quy chuẩn kỹ thuật quốc gia "
             "về nước thải công nghiệp sản xuất thép, cột B."),
    "l2.head": ("№|Показатель|Класс опасности|ПДК р.х., мг/дм3|Фактическая концентрация в створе К-1, мг/дм3|Кратность превышения ПДК",
                "№|Көрсеткіш|Қауіптілік сыныбы|Б.ш. ШЖК, мг/дм3|К-1 тұстамасындағы нақты концентрация, мг/дм3|ШЖК-дан асу еселігі",
                "TT|Thông số|Đơn vị|Kết quả (NT1)|QCVN 52:2017/BTNMT (Cột B)"),
    "l2.groups": ("Общие требования|Лимитирующий показатель вредности – токсикологический|"
                  "Лимитирующий показатель вредности – санитарно-токсикологический|Лимитирующий показатель вредности – рыбохозяйственный",
                  "Жалпы талаптар|Зияндылықтың лимиттеуші көрсеткіші – токсикологиялық|"
                  "Зияндылықтың лимиттеуші көрсеткіші – санитариялық-токсикологиялық|Зияндылықтың лимиттеуші көрсеткіші – балық шаруашылығы",
                  "I. Nhóm thông số chung|II. Nhóm kim loại|III. Nhóm thông số khác"),
    "l2.caption": ("Таблица 4.5 – Результаты анализа проб воды в контрольном створе К-1",
                   "4.5-кесте – К-1 бақылау тұстамасындағы су сынамаларын талдау нәтижелері", ""),
    "l2.note": ("Примечание: «4э» – класс опасности 4 (экологический); «–» – превышения нет.",
                "Ескертпе: «4э» – 4-қауіптілік сыныбы (экологиялық); «–» – асу жоқ.",
                "Ghi chú: QCVN 52:2017/BTNMT – cột B quy định giá trị C của các thông số ô nhiễm trong nước thải khi xả vào "
                "nguồn nước không dùng cho mục đích cấp nước sinh hoạt."),
}  # fmt: skip
# symbol: class — by limiting indicator of harm, the fishery ПДК of SURFACE
LPV = (
    {"pH": "–", "BOD5": "–"},
    {"NH4+": "4", "NO2-": "4", "Fe": "4", "Cu": "3", "Zn": "3", "Mn": "4", "Pb": "2"},
    {"NO3-": "4э", "Cl-": "4э", "SO4": "4э"},
    {"TPH": "3", "Phenols": "3"},
)
STEEL_WATER = (
    ("pH", "TSS", "COD", "NH4+"),
    ("Fe", "Zn", "Cr6+", "Pb", "Cd", "Mn", "Cu", "Ni"),
    ("CN-", "Phenols", "TPH", "F-"),
)


def limits_o2(doc: Doc) -> None:
    """A report on ПЭК: the river's water in the control section against the fishery ПДК, the parameters under group
    rows naming the limiting indicator of harm (general, toxicological, sanitary-toxicological, fishery), numbered
    straight through, the hazard class (`4э`), the ПДК, the result at `К-1` named in the header and the ratio where it
    is exceeded (VI: a steel mill's treated waste water at NT1 against QCVN 52 column B under parameter group rows, a
    temperature row in °C)."""
    vi = doc.lang == "vi"
    r = doc.rng
    name, _, _ = _site(doc, "steel", "steel")
    doc.h(_t(doc, "l2.title").format(name=name))
    doc.h(_t(doc, "l2.h"))
    doc.p(_t(doc, "l2.p"))
    head = _row(doc, "l2.head")
    rows, merges, n = [head], [], 0

    def measured(lim) -> float:
        if isinstance(lim, tuple):
            return round(r.uniform(6.8, 8.3), 1)
        return _sig(lim * r.uniform(0.15, 1.4 if not vi else 0.9), 2)

    for k, group in enumerate(_list(doc, "l2.groups")):
        _span(rows, merges, group, len(head))
        if vi:
            keys = [s for s in STEEL_WATER[k] if s in ("pH", "TSS", "COD") or r.random() < 0.6]
            if k == 0:
                n += 1
                rows.append([str(n), "Nhiệt độ", "°C", num(round(r.uniform(29, 36), 1), "vi"), "40"])
            for s in keys:
                n += 1
                lim = QCVN40[s][1]
                value = measured(lim)
                rows.append(
                    [
                        str(n),
                        vocab.water(s, "vi"),
                        "-" if s == "pH" else "mg/l",
                        num(value, "vi"),
                        cell(doc, lim),
                    ]
                )
                add(doc, limit(("symbol", s), "waste_water", lim, "mg/l", "B", "NT1", value))
            continue
        keys = [s for s in LPV[k] if s == "pH" or r.random() < 0.7]
        for s in keys:
            n += 1
            lim = SURFACE[s]
            value = measured(lim)
            ratio = "–" if isinstance(lim, tuple) or value <= lim else num(round(value / lim, 1), doc.lang)
            rows.append(
                [str(n), vocab.water(s, doc.lang), LPV[k][s], cell(doc, lim), num(value, doc.lang), ratio]
            )
            add(doc, limit(("symbol", s), "water", lim, "mg/l", None, "К-1", value))
    doc.table(_t(doc, "l2.caption") or None, rows, merges, role="limits")
    doc.p(_t(doc, "l2.note"))
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

TEXT |= {
    "m1.title": ("Программа производственного экологического контроля. Объект: {name} ({operator}), 2026–2028 годы",
                 "Өндірістік экологиялық бақылау бағдарламасы. Объект: {name} ({operator}), 2026–2028 жылдар",
                 "PHỤ LỤC V. CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG CỦA {name}"),
    "m1.h": ("Раздел 3. Перечень контролируемых параметров и периодичность контроля",
             "3-бөлім. Бақыланатын параметрлер тізбесі және бақылау кезеңділігі",
             "(Kèm theo Giấy phép môi trường số 118/GPMT-BTNMT của Bộ Tài nguyên và Môi trường)"),
    "m1.head": ("№ п/п|Объект контроля, контролируемый параметр|Периодичность контроля|Метод контроля|Исполнитель",
                "Р/с №|Бақылау объектісі, бақыланатын параметр|Бақылау кезеңділігі|Бақылау әдісі|Орындаушы",
                "TT|Vị trí, thông số quan trắc|Tần suất|Phương thức|Quy chuẩn so sánh"),
    "m1.sections": ("Мониторинг эмиссий в атмосферный воздух (на источниках выбросов)|"
                    "Мониторинг воздействия: атмосферный воздух на границе СЗЗ|Мониторинг воздействия: почвы",
                    "Атмосфералық ауаға эмиссиялар мониторингі (шығарынды көздерінде)|"
                    "Әсер мониторингі: СҚА шекарасындағы атмосфералық ауа|Әсер мониторингі: топырақ",
                    "Quan trắc khí thải|Quan trắc nước thải"),
    "m1.source": ("ИЗА {n} – {name}", "{n} ШК – {name}", ""),
    "m1.methods": ("АСМ (автоматический)|инструментальный|расчетный|лабораторный", "АМЖ (автоматты)|аспаптық|есептік|зертханалық",
                   "Tự động, liên tục|Định kỳ|Định kỳ|Định kỳ"),
    "m1.who": ("служба АСМ|аккредитованная лаборатория|инженер-эколог|аккредитованная лаборатория",
               "АМЖ қызметі|аккредиттелген зертхана|инженер-эколог|аккредиттелген зертхана",
               "QCVN 23:2009/BTNMT, cột B|QCVN 23:2009/BTNMT, cột B|QCVN 23:2009/BTNMT, cột B|QCVN 14:2008/BTNMT, cột B"),
    "m1.points": ("Т-1 – граница СЗЗ, северо-восток|Т-2 – граница СЗЗ, юго-запад|Т-3 – с. Б. Момышулы, ближайшая жилая застройка",
                  "Т-1 – СҚА шекарасы, солтүстік-шығыс|Т-2 – СҚА шекарасы, оңтүстік-батыс|Т-3 – Б. Момышұлы а., ең жақын тұрғын үйлер",
                  "KT1 – Ống khói lò nung clinker (sau thiết bị lọc bụi túi vải)|KT2 – Ống thải máy nghiền xi măng|"
                  "KT3 – Ống thải máy nghiền than"),
    "m1.soil": ("П-1 – граница СЗЗ, северо-восток (0–20 см)|П-2 – граница СЗЗ, юго-запад (0–20 см)",
                "П-1 – СҚА шекарасы, солтүстік-шығыс (0–20 см)|П-2 – СҚА шекарасы, оңтүстік-батыс (0–20 см)",
                "NT1 – Nước thải sinh hoạt sau bể xử lý hợp khối, trước khi đấu nối vào mương thoát nước chung"),
}  # fmt: skip
# number, (RU, KK) name, [(codes, frequency, method index)]
CEMENT_STACKS = (
    ("0001", ("Дымовая труба вращающейся печи", "Айналмалы пештің түтін мұржасы"),
     ((("2908", "0301", "0330", "0337"), "continuous", 0), (("0703",), "yearly", 1))),
    ("0002", ("Аспирационная труба колосникового холодильника", "Колосникті тоңазытқыштың аспирация құбыры"), ((("2908",), "quarterly", 1),)),
    ("0003", ("Аспирационная труба цементной мельницы № 1", "№ 1 цемент диірменінің аспирация құбыры"), ((("2908",), "quarterly", 1),)),
    ("0004", ("Аспирационная труба угольной мельницы", "Көмір диірменінің аспирация құбыры"), ((("2908", "0337"), "quarterly", 1),)),
    ("6001", ("Склад клинкера (неорганизованный)", "Клинкер қоймасы (ұйымдастырылмаған)"), ((("2908",), "yearly", 2),)),
    ("6002", ("Участок дробления известняка (неорганизованный)", "Әктасты ұсату учаскесі (ұйымдастырылмаған)"), ((("2909",), "yearly", 2),)),
)  # fmt: skip
VI_KILN = (
    ((("2902", "0330", "0301", "0337"), "continuous", 0),),
    ((("2902",), "quarterly", 1),),
    ((("2902", "0337"), "semiannual", 2),),
)


def monitoring_o1(doc: Doc) -> None:
    """A ПЭК programme numbered as a tree, the numbers carrying the structure: `1` a kind of monitoring spanning the
    table, `1.1` a source (`ИЗА 0001 – …`) or point (`Т-1 – …`) spanning it, `1.1.1` a substance with its own frequency,
    method and executor — the kiln's stack automated for four substances and sampled yearly for benzo(a)pyrene,
    unorganised stores by calculation, boundary points and soil plots (VI: a cement plant's GPMT annex, `1.1` the stacks
    KT1–KT3, `2.1` the outlet NT1, the standard compared in the last column)."""
    vi = doc.lang == "vi"
    r = doc.rng
    name, operator, _ = _site(doc, "cement", "cement")
    doc.h(_t(doc, "m1.title").format(name=name.upper() if vi else name, operator=operator))
    doc.h(_t(doc, "m1.h"))
    rows, merges = [_row(doc, "m1.head")], []
    methods, who = _list(doc, "m1.methods"), _list(doc, "m1.who")

    def section(number: str, text: str) -> None:
        rows.append([number, text, None, None, None])
        merges.append((len(rows) - 1, 1, len(rows) - 1, 4))

    def leaf(number: str, text: str, word: str, k: int) -> None:
        rows.append([number, text, _often(doc, word), methods[k], who[k]])

    sections = _list(doc, "m1.sections")
    if vi:
        section("1", sections[0])
        for j, (place, plan) in enumerate(zip(_list(doc, "m1.points"), VI_KILN, strict=True), 1):
            point = place.split(" ")[0]
            section(f"1.{j}", place)
            m = 0
            for codes, word, k in plan:
                for code in codes:
                    m += 1
                    leaf(f"1.{j}.{m}", vocab.air(code, "vi", 0 if code == "2902" else 1), word, k)
                    doc.add("monitoring", _mon({"point": point}, ("code", code), word))
        section("2", sections[1])
        place = _t(doc, "m1.soil")
        section("2.1", place)
        for m, s in enumerate(("pH", "BOD5", "TSS", "TDS", "NH4+", "Coliform"), 1):
            leaf(f"2.1.{m}", vocab.water(s, "vi"), "quarterly", 3)
            doc.add("monitoring", _mon({"point": "NT1"}, ("symbol", s), "quarterly"))
        doc.table(None, rows, merges, role="monitoring")
        return
    lang = 0 if doc.lang == "ru" else 1
    stacks = [
        CEMENT_STACKS[0],
        CEMENT_STACKS[1],
        *r.sample(CEMENT_STACKS[2:4], r.randint(1, 2)),
        *r.sample(CEMENT_STACKS[4:], r.randint(1, 2)),
    ]
    stacks.sort(key=lambda s: s[0])
    section("1", sections[0])
    for j, (number, names, plan) in enumerate(stacks, 1):
        section(f"1.{j}", _t(doc, "m1.source").format(n=number, name=names[lang]))
        m = 0
        for codes, word, k in plan:
            for code in codes:
                m += 1
                leaf(f"1.{j}.{m}", f"{_air(doc, code)} ({code})", word, k)
                doc.add("monitoring", _mon({"source_number": number}, ("code", code), word))
                doc.add("emissions", emission(code, None, None, number))
        doc.add("sources", _source(number))
    section("2", sections[1])
    points = _list(doc, "m1.points")[: r.randint(2, 3)]
    air_word = r.choice(("quarterly", "monthly"))
    for j, place in enumerate(points, 1):
        section(f"2.{j}", place)
        for m, code in enumerate(("2908", "0301", "0330", "0337"), 1):
            leaf(f"2.{j}.{m}", f"{_air(doc, code)} ({code})", air_word, 3)
            doc.add("monitoring", _mon({"point": place.split(" ")[0]}, ("code", code), air_word))
    section("3", sections[2])
    for j, place in enumerate(_list(doc, "m1.soil"), 1):
        section(f"3.{j}", place)
        for m, s in enumerate(("Pb", "Zn", "Cu", "Ni"), 1):
            leaf(f"3.{j}.{m}", vocab.soil(s, doc.lang), "yearly", 3)
            doc.add("monitoring", _mon({"point": place.split(" ")[0]}, ("symbol", s), "yearly"))
    doc.table(None, rows, merges, role="monitoring")
    maybe_distractor(doc)


TEXT |= {
    "m2.title": ("Программа производственного экологического контроля {operator}", "{operator} өндірістік экологиялық бақылау бағдарламасы",
                 "GIẤY PHÉP MÔI TRƯỜNG – PHỤ LỤC II. YÊU CẦU VỀ QUAN TRẮC KHÍ THẢI"),
    "m2.h": ("4.1. Мониторинг эмиссий на источниках выбросов", "4.1. Шығарынды көздеріндегі эмиссиялар мониторингі",
             "Cơ sở: {name}"),
    "m2.p": ("Источники, охваченные контролем: {list}. В ячейках таблицы указаны номера источников, на которых вещество "
             "контролируется с данной периодичностью.",
             "Бақылауға алынған көздер: {list}. Кесте ұяшықтарында зат осы кезеңділікпен бақыланатын көздердің нөмірлері "
             "көрсетілген.",
             "Vị trí quan trắc: {list}. Các ô trong bảng ghi ký hiệu vị trí được quan trắc với tần suất tương ứng."),
    "m2.sources": ("ИЗА 0001 – дымовая труба газоочистки ДСП-50|ИЗА 0002 – труба аспирации установки печь-ковш|"
                   "ИЗА 0003 – дымовая труба нагревательной печи прокатного стана|ИЗА 6001 – шлаковый двор ЭСПЦ (неорганизованный)|"
                   "ИЗА 6002 – участок огневой резки металлолома (неорганизованный)",
                   "0001 ШК – ДБП-50 газ тазартуының түтін мұржасы|0002 ШК – пеш-шөміш қондырғысының аспирация құбыры|"
                   "0003 ШК – илемдеу орнағының қыздыру пешінің түтін мұржасы|6001 ШК – ЭББЦ қож ауласы (ұйымдастырылмаған)|"
                   "6002 ШК – металл сынықтарын отпен кесу учаскесі (ұйымдастырылмаған)",
                   "KT1 – ống khói lò sấy phun|KT2 – ống khói lò nung con lăn số 1|KT3 – ống khói lò nung con lăn số 2|"
                   "KT4 – ống thải hệ thống lọc bụi khu nghiền men"),
    "m2.head": ("Код ЗВ|Наименование загрязняющего вещества|Номера источников по периодичности контроля|^|^|^",
                "ЛЗ коды|Ластаушы заттың атауы|Бақылау кезеңділігі бойынша көздердің нөмірлері|^|^|^",
                "TT|Thông số|Vị trí quan trắc theo tần suất|^|^|Quy chuẩn so sánh"),
    "m2.caption": ("Таблица 4.1 – План-график контроля на источниках выбросов", "4.1-кесте – Шығарынды көздеріндегі бақылаудың жоспар-кестесі",
                   "Bảng 1. Vị trí, thông số và tần suất quan trắc khí thải"),
    "m2.auto": ("непрерывно (АСМ)", "үздіксіз (АМЖ)", "Liên tục (tự động)"),
}  # fmt: skip
# source: {code: frequency}
MILL_PLAN = {
    "0001": {"2908": "continuous", "0301": "continuous", "0337": "continuous", "0330": "quarterly", "0123": "monthly", "0143": "monthly",
             "0344": "quarterly"},
    "0002": {"2908": "quarterly", "0123": "quarterly", "0143": "quarterly"},
    "0003": {"0301": "quarterly", "0304": "quarterly", "0337": "quarterly"},
    "6001": {"2908": "yearly"},
    "6002": {"0123": "yearly", "0143": "yearly", "0301": "yearly", "0337": "yearly"},
}  # fmt: skip
TILE_PLAN = {
    "KT1": {"2902": "continuous", "0330": "continuous", "0301": "continuous", "0337": "quarterly"},
    "KT2": {"2902": "quarterly", "0330": "quarterly", "0301": "quarterly", "0337": "quarterly", "0316": "semiannual"},
    "KT3": {"2902": "quarterly", "0330": "semiannual", "0301": "semiannual", "0337": "semiannual", "0316": "semiannual"},
    "KT4": {"2902": "semiannual"},
}  # fmt: skip


def monitoring_o2(doc: Doc) -> None:
    """A steel mini-mill's plan of control at sources turned inside out: a row per substance (code, name), one column per
    frequency under a merged header (continuous by the automated system, monthly, quarterly, yearly), each cell listing
    the numbers of the sources where the substance is controlled that often (`0001, 0002`) or a dash; the sources are
    named only in the sentence before (VI: a tile factory's GPMT annex, the stacks KT1–KT4 listed in the cells of the
    columns `Liên tục`, `03 tháng/lần`, `06 tháng/lần`)."""
    vi = doc.lang == "vi"
    r = doc.rng
    name, operator, _ = _site(doc, "steel", "tile")
    doc.h(_t(doc, "m2.title").format(operator=operator))
    doc.h(_t(doc, "m2.h").format(name=name))
    plan = {k: dict(v) for k, v in (TILE_PLAN if vi else MILL_PLAN).items()}
    if vi:
        plan["KT3"]["2902"] = r.choice(("quarterly", "semiannual"))
        columns = ("continuous", "quarterly", "semiannual")
    else:
        plan["0001"]["0330"] = r.choice(("quarterly", "monthly"))
        if r.random() < 0.5:
            del plan["0002"]
        columns = ("continuous", "monthly", "quarterly", "yearly")
    named = [x for x in _list(doc, "m2.sources") if any(p in x.split(" – ")[0] for p in plan)]
    doc.p(_t(doc, "m2.p").format(list="; ".join(named)))
    codes = sorted({c for v in plan.values() for c in v})
    rows = [_row(doc, "m2.head")]
    said = [_t(doc, "m2.auto"), *(freq(doc, w) for w in columns[1:])]
    if vi:
        rows.append([None, None, *said, None])
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4), (0, 5, 1, 5)]
    else:
        rows.append([None, None, *said])
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 5)]
    for k, code in enumerate(codes, 1):
        cells = [", ".join(p for p, v in plan.items() if v.get(code) == w) or "–" for w in columns]
        if vi:
            rows.append(
                [
                    str(k),
                    vocab.air(code, "vi", 0 if code == "2902" else 1),
                    *cells,
                    "QCVN 19:2009/BTNMT, cột B",
                ]
            )
        else:
            rows.append([code, _air(doc, code), *cells])
    for place, items in plan.items():
        for code, word in items.items():
            if vi:
                doc.add("monitoring", _mon({"point": place}, ("code", code), word))
            else:
                doc.add("monitoring", _mon({"source_number": place}, ("code", code), word))
                doc.add("emissions", emission(code, None, None, place))
        if not vi:
            doc.add("sources", _source(place))
    doc.table(_t(doc, "m2.caption"), rows, merges, role="monitoring")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

TEXT |= {
    "i1.title": ("Положение о трехступенчатом контроле за соблюдением требований экологического законодательства",
                 "Экологиялық заңнама талаптарының сақталуын үш сатылы бақылау туралы ереже",
                 "QUY CHẾ KIỂM TRA 3 CẤP VỀ AN TOÀN, VỆ SINH LAO ĐỘNG VÀ BẢO VỆ MÔI TRƯỜNG"),
    "i1.p": ("Утверждено приказом генерального директора {operator} № 214-П от 12.01.2026. Результаты контроля I и II "
             "ступеней заносятся в журнал, III ступени – оформляются актом.",
             "{operator} бас директорының 2026 жылғы 12 қаңтардағы № 214-П бұйрығымен бекітілген. I және II сатылардағы "
             "бақылау нәтижелері журналға енгізіледі, III саты – актімен ресімделеді.",
             "(Ban hành kèm theo Quyết định số 36/QĐ-TMT ngày 05/01/2026 của Giám đốc {operator})"),
    "i1.h": ("Приложение 1. Периодичность контроля по ступеням", "1-қосымша. Сатылар бойынша бақылау кезеңділігі",
             "Phụ lục 1. Tần suất kiểm tra theo từng cấp"),
    "i1.head": ("№|Подразделение, объект контроля|Ступень контроля|^|^|Оформление результатов",
                "№|Бөлімше, бақылау объектісі|Бақылау сатысы|^|^|Нәтижелерді ресімдеу",
                "TT|Khu vực, hạng mục kiểm tra|Cấp kiểm tra|^|^|Hồ sơ ghi nhận"),
    "i1.levels": ("^|^|I ступень – мастер смены (участка)|II ступень – начальник цеха|III ступень – постоянно действующая комиссия|^",
                  "^|^|I саты – ауысым (учаске) шебері|II саты – цех бастығы|III саты – тұрақты жұмыс істейтін комиссия|^",
                  "^|^|Cấp 1 – Tổ sản xuất|Cấp 2 – Phân xưởng|Cấp 3 – Công ty (Ban ATVSLĐ – MT)|^"),
    "i1.units": ("Плавильный цех № 1 (рудно-термические печи)|Плавильный цех № 2 (рафинировочные печи)|"
                 "Газоочистные установки плавильных цехов|Шихтовый двор и склад восстановителей|Шлакоотвал|"
                 "Площадка временного хранения отходов|Цех оборотного водоснабжения|Склад горюче-смазочных материалов",
                 "№ 1 балқыту цехы (кенді-термиялық пештер)|№ 2 балқыту цехы (тазарту пештері)|"
                 "Балқыту цехтарының газ тазарту қондырғылары|Шихта ауласы және тотықсыздандырғыштар қоймасы|Қож үйіндісі|"
                 "Қалдықтарды уақытша сақтау алаңы|Айналымдағы сумен жабдықтау цехы|Жанар-жағармай материалдарының қоймасы",
                 "Xưởng luyện phôi (lò điện hồ quang)|Xưởng cán thép|Hệ thống lọc bụi túi vải lò điện|Bãi chứa xỉ thép|"
                 "Kho chứa chất thải nguy hại|Hệ thống xử lý nước làm mát tuần hoàn|Kho phế liệu thép|Trạm khí hóa than"),
    "i1.record": ("журнал I ступени|журнал II ступени|акт комиссии", "I саты журналы|II саты журналы|комиссия актісі",
                  "Sổ kiểm tra cấp tổ|Sổ kiểm tra phân xưởng|Biên bản kiểm tra"),
}  # fmt: skip
LEVELS = (("daily", "weekly"), ("weekly", "monthly"), ("quarterly", "semiannual", "yearly"))


def inspections_o1(doc: Doc) -> None:
    """A three-level control of a ferroalloy plant (VI: a steel mill's `kiểm tra 3 cấp`): a column per level under a
    merged `Ступень контроля` — the shift foreman, the head of the shop, the plant's commission — each cell the
    frequency at which that level checks the unit, or a dash; each filled cell is one inspection of the unit, a unit
    being checked at two or three frequencies; the records each level keeps in the last column."""
    r = doc.rng
    name, operator, _ = _site(doc, "ferro", "steel")
    doc.h(_t(doc, "i1.title"))
    doc.p(_t(doc, "i1.p").format(operator=operator))
    doc.h(_t(doc, "i1.h"))
    rows = [_row(doc, "i1.head"), _row(doc, "i1.levels")]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4), (0, 5, 1, 5)]
    records = _list(doc, "i1.record")
    units = _list(doc, "i1.units")
    for k, unit in enumerate(r.sample(units, r.randint(5, 7)), 1):
        chosen = [r.choice(options) for options in LEVELS]
        if chosen[0] == "weekly":
            chosen[1] = "monthly"
        skip = r.randrange(4)  # in about half the units the foreman or the commission does not check
        cells, kept = [], []
        for level, word in enumerate(chosen):
            if level == skip and level != 1:
                cells.append("–")
                continue
            cells.append(_often(doc, word))
            kept.append(level)
            doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": unit})
        rows.append([str(k), unit, *cells, "; ".join(records[x] for x in kept)])
    doc.table(None, rows, merges, role="inspections")
    doc.p(doc.v(f"Объект: {name}.", f"Объект: {name}.", f"Cơ sở: {name}."))
    distractor(doc, "approval")


TEXT |= {
    "i2.title": ("Приказ № 57 от 20.01.2026 г. «Об организации внутренних проверок соблюдения экологических требований»",
                 "2026 жылғы 20.01. № 57 бұйрық «Экологиялық талаптардың сақталуын ішкі тексеруді ұйымдастыру туралы»",
                 "QUYẾT ĐỊNH Số 57/QĐ-XMHL ngày 20/01/2026 về việc ban hành kế hoạch tự kiểm tra công tác bảo vệ môi trường"),
    "i2.p": ("В целях обеспечения соблюдения экологических требований на объектах {operator} ПРИКАЗЫВАЮ: 1. Утвердить график "
             "внутренних проверок (приложение 1). 2. Контроль за исполнением приказа возложить на главного инженера.",
             "{operator} объектілерінде экологиялық талаптардың сақталуын қамтамасыз ету мақсатында БҰЙЫРАМЫН: 1. Ішкі "
             "тексерулер кестесін бекіту (1-қосымша). 2. Бұйрықтың орындалуын бақылау бас инженерге жүктелсін.",
             "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch tự kiểm tra công tác bảo vệ môi trường năm 2026 của {operator}. "
             "Điều 2. Phòng An toàn – Môi trường chủ trì, phối hợp với các phân xưởng tổ chức thực hiện."),
    "i2.h": ("Приложение 1 к приказу № 57. График внутренних проверок", "№ 57 бұйрыққа 1-қосымша. Ішкі тексерулер кестесі",
             "KẾ HOẠCH TỰ KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2026"),
    "i2.head": ("Площадка|№|Объект проверки|Предмет проверки|Периодичность|Проверяющий",
                "Алаң|№|Тексеру объектісі|Тексеру нысанасы|Кезеңділігі|Тексеруші",
                "Khu vực|TT|Hạng mục kiểm tra|Nội dung kiểm tra|Tần suất|Người thực hiện"),
    "i2.sites": ("Промплощадка цементного завода|Карьер известняка «Ақжол-2»", "Цемент зауытының өнеркәсіптік алаңы|«Ақжол-2» әктас карьері",
                 "Nhà máy xi măng|Mỏ đá vôi Thanh Thủy"),
    "i2.plant": ("Электрофильтр вращающейся печи|Рукавные фильтры цементных мельниц|Склад клинкера|Склад угля|"
                 "Площадка временного хранения отходов|Очистные сооружения ливневых стоков",
                 "Айналмалы пештің электрсүзгісі|Цемент диірмендерінің жеңді сүзгілері|Клинкер қоймасы|Көмір қоймасы|"
                 "Қалдықтарды уақытша сақтау алаңы|Нөсер ағындарын тазарту құрылыстары",
                 "Lọc bụi tĩnh điện lò nung clinker|Lọc bụi túi vải máy nghiền xi măng|Kho chứa clinker|Kho than|"
                 "Kho chất thải nguy hại|Hệ thống xử lý nước thải sinh hoạt"),
    "i2.quarry": ("Дробильно-сортировочный комплекс карьера|Внутрикарьерные автодороги|Отвал вскрышных пород|Склад взрывчатых материалов",
                  "Карьердің ұсату-сұрыптау кешені|Карьер ішіндегі автожолдар|Аршылған жыныстар үйіндісі|Жарылғыш материалдар қоймасы",
                  "Trạm đập đá vôi|Đường vận chuyển nội mỏ|Bãi thải đất đá|Kho vật liệu nổ công nghiệp"),
    "i2.subject": ("техническое состояние, журнал работы ГОУ|укрытия, орошение, пыление|тара, маркировка, сроки накопления|"
                   "состояние сооружений, журнал учета стоков|условия хранения, учет",
                   "техникалық жай-күйі, ГТҚ жұмыс журналы|жабындар, суару, шаңдану|ыдыс, таңбалау, жинақтау мерзімдері|"
                   "құрылыстардың жай-күйі, ағындарды есепке алу журналы|сақтау жағдайлары, есепке алу",
                   "Tình trạng vận hành, sổ nhật ký thiết bị|Che chắn, phun ẩm, phát tán bụi|Bao bì, dán nhãn, thời gian lưu giữ|"
                   "Tình trạng công trình, sổ theo dõi nước thải|Điều kiện bảo quản, sổ theo dõi"),
    "i2.who": ("мастер участка|начальник цеха|инженер-эколог|главный инженер", "учаске шебері|цех бастығы|инженер-эколог|бас инженер",
               "Tổ trưởng|Quản đốc phân xưởng|Cán bộ môi trường|Phó Giám đốc kỹ thuật"),
    "i2.ditto": ("то же|-«-|-//-", "сол сияқты|-//-", "nt|Nt|-nt-"),
}  # fmt: skip
# the subject (an index of `i2.subject`) checked at each unit of `i2.plant` and `i2.quarry`
SUBJECTS = {"i2.plant": (0, 0, 1, 1, 2, 3), "i2.quarry": (1, 1, 1, 4)}


def inspections_o2(doc: Doc) -> None:
    """An order's annex for a cement plant and its limestone quarry: the site merged down the first column, the items
    numbered straight through, what is checked, the frequency and the checker; where a cell repeats the one above it
    says `то же`, `-«-` or `-//-` (KK `сол сияқты`, VI `nt`, như trên) — the frequency is the one above; runs of two or
    three such cells."""
    r = doc.rng
    name, operator, _ = _site(doc, "cement", "cement")
    doc.h(_t(doc, "i2.title"))
    doc.p(_t(doc, "i2.p").format(operator=operator))
    doc.h(_t(doc, "i2.h"))
    rows, merges = [_row(doc, "i2.head")], []
    sites = _list(doc, "i2.sites")
    subjects, who, ditto = _list(doc, "i2.subject"), _list(doc, "i2.who"), _list(doc, "i2.ditto")
    mark = r.choice(ditto)
    n = 0
    for site, key in zip(sites, ("i2.plant", "i2.quarry"), strict=True):
        names = _list(doc, key)
        picked = r.sample(range(len(names)), r.randint(3, 5) if key == "i2.plant" else r.randint(2, 4))
        units = [names[i] for i in picked]
        words: list[str] = []
        while len(words) < len(units):
            words += [r.choice(("daily", "weekly", "monthly", "quarterly"))] * r.randint(1, 3)
        words = words[: len(units)]
        start = len(rows)
        last_word = last_who = last_subject = None
        for i, unit, word in zip(picked, units, words, strict=True):
            n += 1
            subject = subjects[SUBJECTS[key][i]]
            checker = who[{"daily": 0, "weekly": 1}.get(word, r.choice((2, 3)))]
            said = mark if word == last_word else _often(doc, word)
            rows.append(
                [
                    site if len(rows) == start else None,
                    str(n),
                    unit,
                    mark if subject == last_subject else subject,
                    said,
                    mark if checker == last_who else checker,
                ]
            )
            last_word, last_who, last_subject = word, checker, subject
            doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": unit})
        _down(rows, start, 0, merges)
    doc.table(None, rows, merges, role="inspections")
    doc.p(doc.v(f"Объект: {name}.", f"Объект: {name}.", f"Cơ sở: {name}."))
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

TEXT |= {
    "t1.title": ("План мероприятий по выполнению условий комплексного экологического разрешения № KZ{n}VCZ00{k} на 2026–2028 годы",
                 "№ KZ{n}VCZ00{k} кешенді экологиялық рұқсат шарттарын орындау жөніндегі 2026–2028 жылдарға арналған іс-шаралар жоспары",
                 "KẾ HOẠCH THỰC HIỆN CÁC YÊU CẦU CỦA GIẤY PHÉP MÔI TRƯỜNG SỐ 118/GPMT-BTNMT"),
    "t1.p": ("Оператор: {operator}. Объект: {name}. В графе 2 указан пункт приложения к разрешению, условие которого "
             "выполняется мероприятием.",
             "Оператор: {operator}. Объект: {name}. 2-бағанда іс-шара арқылы орындалатын шарты бар рұқсатқа қосымшаның "
             "тармағы көрсетілген.",
             "Chủ cơ sở: {operator}. Cơ sở: {name}. Cột (2) ghi mục, phụ lục của Giấy phép môi trường làm căn cứ thực hiện."),
    "t1.head": ("№ п/п|Пункт КЭР (условие)|Мероприятие по выполнению условия|Срок исполнения|Ответственный|Отметка о выполнении",
                "Р/с №|КЭР тармағы (шарт)|Шартты орындау жөніндегі іс-шара|Орындау мерзімі|Жауапты|Орындалуы туралы белгі",
                "TT|Căn cứ (mục, phụ lục của GPMT)|Nội dung công việc|Thời hạn hoàn thành|Đơn vị chủ trì|Ghi chú"),
    "t1.numbers": ("1|2|3|4|5|6", "1|2|3|4|5|6", "(1)|(2)|(3)|(4)|(5)|(6)"),
    "t1.marks": ("в работе|", "орындалуда|", "Đang thực hiện|"),
}  # fmt: skip
# (text, term, responsible, condition) per language
KER_TASKS = {
    "ru": (
        ("Провести замену рукавов фильтра цементной мельницы № 2 на рукава из мембранной ткани", "до 30.06.2026", "Главный механик", "п. 2.3 приложения 3"),
        ("Установить автоматизированную систему мониторинга на трубе колосникового холодильника", "IV квартал 2026 г.", "Главный энергетик", "п. 4.1 приложения 5"),
        ("Выполнить укрытие склада клинкера с аспирацией мест пересыпки", "до 31.12.2027", "Заместитель директора по капитальному строительству", "п. 2.5 приложения 3"),
        ("Организовать орошение внутризаводских автодорог в теплый период года", "апрель–октябрь, ежегодно", "Начальник транспортного цеха", "п. 2.7 приложения 3"),
        ("Провести инструментальные замеры эффективности работы электрофильтра вращающейся печи", "II квартал 2026 г.", "Начальник отдела охраны окружающей среды", "п. 4.3 приложения 5"),
        ("Разработать программу управления отходами на 2027–2036 годы", "до 01.10.2026", "Главный эколог", "п. 5.2 приложения 6"),
        ("Внедрить селективное некаталитическое восстановление оксидов азота на вращающейся печи", "2028 г.", "Технический директор", "п. 1.4 приложения 7 (НДТ 19)"),
    ),
    "kk": (
        ("№ 2 цемент диірмені сүзгісінің жеңдерін мембраналық матадан жасалған жеңдерге ауыстыру", "2026 жылғы 30.06. дейін", "Бас механик", "3-қосымшаның 2.3-тармағы"),
        ("Колосникті тоңазытқыш құбырына автоматтандырылған мониторинг жүйесін орнату", "2026 жылғы IV тоқсан", "Бас энергетик", "5-қосымшаның 4.1-тармағы"),
        ("Клинкер қоймасын төгу орындарының аспирациясымен бірге жабу", "2027 жылғы 31.12. дейін", "Күрделі құрылыс жөніндегі директордың орынбасары", "3-қосымшаның 2.5-тармағы"),
        ("Жылы кезеңде зауыт ішіндегі автожолдарды суаруды ұйымдастыру", "сәуір–қазан, жыл сайын", "Көлік цехының бастығы", "3-қосымшаның 2.7-тармағы"),
        ("Айналмалы пеш электрсүзгісінің жұмыс тиімділігіне аспаптық өлшеулер жүргізу", "2026 жылғы II тоқсан", "Қоршаған ортаны қорғау бөлімінің бастығы", "5-қосымшаның 4.3-тармағы"),
        ("2027–2036 жылдарға арналған қалдықтарды басқару бағдарламасын әзірлеу", "2026 жылғы 01.10. дейін", "Бас эколог", "6-қосымшаның 5.2-тармағы"),
        ("Айналмалы пеште азот оксидтерін селективті каталитикалық емес қалпына келтіруді енгізу", "2028 ж.", "Техникалық директор", "7-қосымшаның 1.4-тармағы (19-ЕҚТ)"),
    ),
    "vi": (
        ("Thay thế túi lọc của hệ thống lọc bụi máy nghiền xi măng số 2", "Tháng 6/2026", "Xưởng Cơ điện", "Mục 2.3 Phụ lục II"),
        ("Lắp đặt thiết bị quan trắc bụi tự động, liên tục tại ống thải máy làm nguội clinker", "Quý IV/2026", "Phòng Kỹ thuật – Công nghệ", "Mục 4.1 Phụ lục II"),
        ("Xây dựng mái che kho chứa clinker và lắp đặt hệ thống hút bụi tại các điểm chuyển tải", "Trước ngày 31/12/2027", "Ban Quản lý dự án", "Mục 2.5 Phụ lục II"),
        ("Phun nước giảm bụi trên các tuyến đường nội bộ trong mùa khô", "Hằng năm, từ tháng 11 đến tháng 4", "Phân xưởng Vận tải", "Mục 2.7 Phụ lục II"),
        ("Đo kiểm hiệu suất xử lý của thiết bị lọc bụi tĩnh điện lò nung", "Quý II/2026", "Phòng An toàn – Môi trường", "Mục 4.3 Phụ lục II"),
        ("Ký hợp đồng chuyển giao chất thải nguy hại với đơn vị có giấy phép", "Tháng 01/2026", "Phòng Vật tư", "Mục 3.2 Phụ lục III"),
        ("Cải tạo kho lưu giữ chất thải nguy hại theo đúng quy định", "Quý III/2026", "Phòng Kế hoạch – Đầu tư", "Mục 3.4 Phụ lục III"),
    ),
}  # fmt: skip


def tasks_o1(doc: Doc) -> None:
    """A КЭР's plan of measures whose second column names the permit's condition each measure fulfils (`п. 2.3 приложения
    3`, KK `3-қосымшаның 2.3-тармағы`, VI `Mục 2.3 Phụ lục II`) — a number-like column that is not the item's number —
    then the measure, its term, the responsible and a completion mark; a row of column numbers under the header."""
    r = doc.rng
    name, operator, _ = _site(doc, "cement", "cement")
    doc.h(_t(doc, "t1.title").format(n=r.randint(10, 99), k=r.randint(100000, 999999)))
    doc.p(_t(doc, "t1.p").format(operator=operator, name=name))
    rows = [_row(doc, "t1.head"), _list(doc, "t1.numbers")]
    marks = _list(doc, "t1.marks")
    chosen = sorted(r.sample(range(len(KER_TASKS[doc.lang])), r.randint(5, 7)))
    for k, i in enumerate(chosen, 1):
        text, term, who, condition = KER_TASKS[doc.lang][i]
        rows.append([str(k), condition, text, term, who, r.choice(marks)])
        doc.add("obligations", task(str(k), text, who))
    doc.table(None, rows, role="tasks")
    maybe_distractor(doc)


TEXT |= {
    "t2.title": ("План-график природоохранных мероприятий {operator} на 2026 год",
                 "{operator} 2026 жылға арналған табиғат қорғау іс-шараларының жоспар-кестесі",
                 "KẾ HOẠCH THỰC HIỆN CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2026 CỦA {operator}"),
    "t2.p": ("Утвержден главным инженером 25.12.2025. Знаком «■» отмечены месяцы выполнения работ.",
             "Бас инженер 2025 жылғы 25.12. бекіткен. «■» белгісімен жұмыстар орындалатын айлар белгіленген.",
             "Ký hiệu «■»: tháng thực hiện công việc."),
    "t2.head": ("№ п/п|Наименование мероприятия|Ответственный|Сроки выполнения в 2026 году (месяцы)",
                "Р/с №|Іс-шараның атауы|Жауапты|2026 жылы орындау мерзімдері (айлар)",
                "TT|Nội dung công việc|Đơn vị thực hiện|Tiến độ thực hiện năm 2026 (tháng)"),
    "t2.months": ("I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII", "I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII",
                  "T1|T2|T3|T4|T5|T6|T7|T8|T9|T10|T11|T12"),
}  # fmt: skip
# group, [(text, responsible)] per language
GANTT = {
    "ru": (
        ("1. Электросталеплавильный цех", (
            ("Заменить фильтровальные рукава газоочистки ДСП-50", "Начальник ЭСПЦ"),
            ("Отремонтировать систему дожигания отходящих газов ДСП", "Энергетик ЭСПЦ"),
            ("Устроить укрытие шлаковой ямы с аспирацией", "Заместитель директора по производству"))),
        ("2. Цех горячего цинкования", (
            ("Установить скруббер для улавливания паров соляной кислоты над ваннами травления", "Начальник цеха цинкования"),
            ("Отремонтировать кислотоупорное покрытие пола травильного отделения", "Механик цеха цинкования"),
            ("Заключить договор на регенерацию отработанных травильных растворов", "Главный эколог"))),
        ("3. Общезаводские мероприятия", (
            ("Провести озеленение санитарно-защитной зоны", "Административно-хозяйственный отдел"),
            ("Обучить персонал цехов правилам обращения с отходами", "Служба охраны труда и экологии"))),
    ),
    "kk": (
        ("1. Электр болат балқыту цехы", (
            ("ДБП-50 газ тазартуының сүзгі жеңдерін ауыстыру", "ЭББЦ бастығы"),
            ("ДБП шығатын газдарын жағып бітіру жүйесін жөндеу", "ЭББЦ энергетигі"),
            ("Қож шұңқырын аспирациясы бар жабынмен жабдықтау", "Өндіріс жөніндегі директордың орынбасары"))),
        ("2. Ыстықтай мырыштау цехы", (
            ("Қышқылмен өңдеу ванналарының үстіне тұз қышқылы буларын ұстайтын скруббер орнату", "Мырыштау цехының бастығы"),
            ("Қышқылмен өңдеу бөлімшесі еденінің қышқылға төзімді жабынын жөндеу", "Мырыштау цехының механигі"),
            ("Пайдаланылған қышқылмен өңдеу ерітінділерін регенерациялауға шарт жасасу", "Бас эколог"))),
        ("3. Жалпы зауыттық іс-шаралар", (
            ("Санитариялық-қорғау аймағын көгалдандыру", "Әкімшілік-шаруашылық бөлімі"),
            ("Цехтар персоналын қалдықтармен жұмыс істеу қағидаларына оқыту", "Еңбекті қорғау және экология қызметі"))),
    ),
    "vi": (
        ("1. Dây chuyền kính nổi", (
            ("Bảo dưỡng, thay thế điện cực hệ thống lọc bụi tĩnh điện lò nấu thủy tinh", "Phân xưởng Lò nấu"),
            ("Hiệu chuẩn thiết bị quan trắc khí thải tự động, liên tục tại ống khói lò nấu", "Phòng Kỹ thuật"))),
        ("2. Khu phối liệu", (
            ("Thay túi lọc hệ thống lọc bụi khu phối liệu", "Phân xưởng Phối liệu"),
            ("Lắp đặt bạt che chắn bãi chứa cát nguyên liệu", "Tổ Kho vận"))),
        ("3. Các công việc chung", (
            ("Nạo vét hệ thống thoát nước mưa toàn nhà máy", "Phòng Hành chính – Tổng hợp"),
            ("Tập huấn ứng phó sự cố môi trường cho công nhân", "Phòng An toàn – Môi trường"),
            ("Lập báo cáo công tác bảo vệ môi trường năm 2026", "Ban Giám đốc"))),
    ),
}  # fmt: skip


def tasks_o2(doc: Doc) -> None:
    """A plan-schedule of a steel mill with a galvanising shop (VI: a glass factory): group rows per workshop spanning
    the table (`1. Электросталеплавильный цех`), the measures numbered 1.1, 1.2, 2.1 beneath them, the responsible, then
    twelve month columns under a merged header with `■` in the months of the work; no term column."""
    r = doc.rng
    _, operator, _ = _site(doc, "steel", "glass")
    doc.h(_t(doc, "t2.title").format(operator=operator.upper() if doc.lang == "vi" else operator))
    doc.p(_t(doc, "t2.p"))
    rows = [_row(doc, "t2.head") + [None] * 11, [None, None, None, *_list(doc, "t2.months")]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 14)]
    for g, (group, items) in enumerate(GANTT[doc.lang], 1):
        _span(rows, merges, group, 15)
        for j, (text, who) in enumerate(items, 1):
            start = r.randrange(11)
            end = min(11, start + r.randint(0, 4))
            rows.append([f"{g}.{j}", text, who, *("■" if start <= m <= end else "" for m in range(12))])
            doc.add("obligations", task(f"{g}.{j}", text, who))
    doc.table(None, rows, merges, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"O{k}", globals()[f"{role}_o{k}"]) for role in ROLES for k in (1, 2)]
"""`facility_o1` … `tasks_o2`, in the order of the roles."""
