"""A blind held-out set (two layouts per role, `DB1` and `DB2`): never used for tuning, written by someone who neither
ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`.

Theme: groups of sites and their operators. Kazakhstan: a road-building materials holding with production sites in
several regions (a crushed-stone plant with its granite pit, an asphalt plant, a concrete plant in the special economic
zone «Астана – новый город», a repair base), its subsidiaries (ТОО) each with its own BIN, and the management company
of a chemical special economic zone with its participants; documents filed with several regional departments of
ecology at once (a letter with annexes per site, lists of objects by subsidiary, consolidated tables with a site
column, site column groups, plans and annexes per site). Vietnam: the infrastructure operator of two industrial parks
and an industrial cluster (khu công nghiệp, cụm công nghiệp) with their centralised waste-water plants, central boiler
house and waste transfer station, a textile group's member companies and their factories in the parks, documents
sent to the Ministry, the provinces' People's Committees and the parks' management boards.

Facility: a letter's annex whose first column names the operator and then each site, merged down over the site's label
rows, the value beside the label and the regional body each site answers to in the last column, merged down likewise
(VI: the park operator's parks) (DB1); the objects of a holding's subsidiaries under group rows that carry the
subsidiary's name and BIN, so a row has no BIN of its own (VI: a textile group's member companies and their
factories in the parks) (DB2).
Emissions: sources of several sites in one table, the site merged down the first column, every site numbering its
sources from 0001 and 6001 again, a subtotal per site and a total (VI: the park's own common works, named sources)
(DB1); substances as rows and the sites as column groups `г/с | т/год`, a total group last (VI: each park's central
boiler house) (DB2).
Wastes: one list sorted by code in which a site column gives a short code explained under the table, the same waste
on several rows, one per site (VI: the CTNH of the operator's parks) (DB1); the place of formation as the last column,
merged down over its wastes, numbered straight through (VI: the park operator's works) (DB2).
Limits: the discharge norms of the outlets of several sites, outlets as rows with the site and the receiver, parameters
as columns under a merged `Допустимая концентрация` (VI: each park's outlet with the QCVN 40 column it must meet in a
cell of its row) (DB1); ambient air at the boundary of two sites under a three-row header — concentration, site,
point (VI: QCVN 05:2023 in µg/m3 at two parks) (DB2).
Monitoring: a row per site and a column per component of the environment, each cell `points: substances – frequency`
(DB1); the party responsible for sampling merged down the first column (the zone's management company, a participant),
the point merged down over its parameters, a frequency per parameter, the addressee of the results last (VI: the
park operator's automatic station beside its periodic sampling and a tenant's manhole) (DB2).
Inspections: a calendar of checks by site, the site merged down, twelve month columns with marks and the number of
checks a year, the frequency read from the marks (DB1); an order's annex with a group row per site and each item's
cell joining the unit and its frequency (`Склад ГСМ – ежемесячно`), the checker and where the act is sent (DB2).
Tasks: one plan for all sites with a site column, the term, the responsible and the body the report goes to (DB1); a
plan in annexes per site, each a small table numbered from 1 again (DB2).

The words of each layout are in the text tables (RU, KK, VI); a header row is one string, its cells between `|`, `^`
for a cell a merge covers.
"""

from __future__ import annotations

from . import vocab
from .common import Doc, freq, make_bin, make_msdn, maybe_distractor, num, rate
from .layouts_wastes import expect_low, expect_vn, low_wastes, vn_wastes
from .limits_data import AIR_PDK, DISCHARGE, QCVN40, add, cell, limit
from .obligations_data import inspection, task
from .registry import ROLES, Layout
from .sources_data import SOURCES, emission, total

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
    """A row whose one cell spans the table: a group title."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _down(rows: list, start: int, col: int, merges: list, end: int | None = None) -> None:
    """Merges a column down from row `start` to row `end` (the last row), when that is two rows or more."""
    end = len(rows) - 1 if end is None else end
    if end > start:
        merges.append((start, col, end, col))


def _mon(loc: dict, key: tuple[str, str], frequency: str) -> dict:
    return {**loc, key[0]: key[1], "frequency": frequency}


def _sig(x: float, digits: int = 2) -> float:
    return float(f"{x:.{digits}g}")


def _sum(values) -> float:
    return round(sum(v for v in values if v is not None), 6)


def _dms(doc: Doc, lat0: float, lon0: float) -> tuple[str, float, float]:
    """A point near (lat0, lon0) in degrees, minutes and seconds with a decimal comma, and its decimal degrees."""
    r = doc.rng

    def parts(x: float) -> tuple[int, int, float]:
        d = int(x)
        m = int((x - d) * 60)
        s = min(round(((x - d) * 60 - m) * 60, 1), 59.9)
        return d, m, s

    (a, b, c), (e, f, g) = parts(lat0 + r.uniform(-0.06, 0.06)), parts(lon0 + r.uniform(-0.06, 0.06))
    sa, sg = f"{c:04.1f}".replace(".", ","), f"{g:04.1f}".replace(".", ",")
    text = doc.v(
        f"{a}°{b:02d}'{sa}\" с.ш., {e}°{f:02d}'{sg}\" в.д.",
        f"{a}°{b:02d}'{sa}\" с.е., {e}°{f:02d}'{sg}\" ш.б.",
        f"{a}°{b:02d}'{sa}\"N; {e}°{f:02d}'{sg}\"E",
    )
    return text, a + b / 60 + c / 3600, e + f / 60 + g / 3600


def _kato(doc: Doc, region: str) -> str:
    r = doc.rng
    return f"{region}{r.randint(1, 9)}{r.randint(100, 699)}{r.choice(('000', '100'))}"


# ---------------------------------------------------------------- the group's sites

# (RU name, KK name, RU place, KK place, KATO region, latitude, longitude, RU body, KK body, RU short, KK short)
KZ_SITES = (
    ("Щебеночный завод «Ақтас»", "«Ақтас» қиыршықтас зауыты",
     "Карагандинская область, Бухар-Жырауский район, с. Ақтас", "Қарағанды облысы, Бұқар жырау ауданы, Ақтас ауылы",
     "35", 49.93, 73.41,
     "РГУ «Департамент экологии по Карагандинской области»", "«Қарағанды облысы бойынша экология департаменті» РММ", "ЩЗ", "ҚЗ"),
    ("Асфальтобетонный завод «Жолшы»", "«Жолшы» асфальтбетон зауыты",
     "Акмолинская область, Целиноградский район, с. Қосшы", "Ақмола облысы, Целиноград ауданы, Қосшы ауылы",
     "11", 51.02, 71.55,
     "РГУ «Департамент экологии по Акмолинской области»", "«Ақмола облысы бойынша экология департаменті» РММ", "АБЗ", "АБЗ"),
    ("Бетонный завод в СЭЗ «Астана – новый город»", "«Астана – жаңа қала» АЭА-дағы бетон зауыты",
     "г. Астана, СЭЗ «Астана – новый город», индустриальный парк № 1, ул. Ш. Қосшығұлұлы, 27",
     "Астана қ., «Астана – жаңа қала» АЭА, № 1 индустриялық парк, Ш. Қосшығұлұлы к-сі, 27",
     "71", 51.19, 71.52,
     "РГУ «Департамент экологии по городу Астане»", "«Астана қаласы бойынша экология департаменті» РММ", "БЗ", "БЗ"),
    ("Ремонтно-механическая база «Екібастұз»", "«Екібастұз» жөндеу-механикалық базасы",
     "Павлодарская область, г. Экибастуз, промышленная зона, 14", "Павлодар облысы, Екібастұз қ., өнеркәсіптік аймақ, 14",
     "55", 51.73, 75.33,
     "РГУ «Департамент экологии по Павлодарской области»", "«Павлодар облысы бойынша экология департаменті» РММ", "РМБ", "ЖМБ"),
)  # fmt: skip

# (name, short, place, latitude, longitude, the body it answers to, group)
VI_PARKS = (
    ("Khu công nghiệp Phước Thạnh", "KCN PT", "xã Phước Thạnh, huyện Nhơn Trạch, tỉnh Đồng Nai", 10.71, 106.93,
     "Ban Quản lý các khu công nghiệp tỉnh Đồng Nai", "I"),
    ("Khu công nghiệp Tân Hòa Đông", "KCN THĐ", "xã Tân Hòa, huyện Bến Lức, tỉnh Long An", 10.66, 106.48,
     "Ban Quản lý Khu kinh tế tỉnh Long An", "I"),
    ("Cụm công nghiệp Hòa Khánh Tây", "CCN HKT", "xã Hòa Khánh Tây, huyện Đức Hòa, tỉnh Long An", 10.89, 106.41,
     "Sở Công Thương tỉnh Long An", "II"),
)  # fmt: skip

TEXT |= {
    "holding": ("АО «Сарыарқа Жол Материалдары»", "«Сарыарқа Жол Материалдары» АҚ",
                "Công ty Cổ phần Đầu tư Phát triển Hạ tầng Phước Thạnh"),
    "site": ("Площадка № {k}", "№ {k} алаң", "Khu {k}"),
}  # fmt: skip


def _site(doc: Doc, i: int) -> tuple[str, str, str]:
    """(name, place, short code) of a site of the group in the document's language."""
    if doc.lang == "vi":
        name, short, place, *_ = VI_PARKS[i]
        return name, place, short
    s = KZ_SITES[i]
    kk = doc.lang == "kk"
    return s[1 if kk else 0], s[3 if kk else 2], s[10 if kk else 9]


def _body(doc: Doc, i: int) -> str:
    """The regional body a site answers to."""
    if doc.lang == "vi":
        return VI_PARKS[i][5]
    return KZ_SITES[i][8 if doc.lang == "kk" else 7]


def _sites(doc: Doc, n: int) -> list[int]:
    pool = range(len(VI_PARKS)) if doc.lang == "vi" else range(len(KZ_SITES))
    return sorted(doc.rng.sample(list(pool), min(n, len(pool))))


TEXT |= {
    "mail.caption": ("Лист рассылки", "Тарату парағы", "Nơi nhận"),
    "mail.head": ("№|Адресат|Количество экземпляров|Способ направления", "№|Алушы|Дана саны|Жіберу тәсілі",
                  "TT|Cơ quan nhận|Số bản|Hình thức gửi"),
    "mail.ways": ("через портал «Электронное правительство»|нарочно|почтой с уведомлением",
                  "«Электрондық үкімет» порталы арқылы|қолма-қол|хабарламамен пошта арқылы",
                  "Qua Hệ thống thông tin giải quyết thủ tục hành chính|Gửi trực tiếp|Qua bưu điện"),
    "mail.top": ("Комитет экологического регулирования и контроля МЭПР РК", "ҚР ЭТРМ Экологиялық реттеу және бақылау комитеті",
                 "Bộ Nông nghiệp và Môi trường (Cục Môi trường)"),
}  # fmt: skip


def _mailing(doc: Doc, sites: list[int]) -> None:
    """A distribution list (no role): the top body and each site's regional body."""
    r = doc.rng
    ways = _list(doc, "mail.ways")
    rows = [_row(doc, "mail.head"), ["1", _t(doc, "mail.top"), "1", ways[0]]]
    for k, i in enumerate(sites, 2):
        rows.append([str(k), _body(doc, i), str(r.choice((1, 1, 2))), r.choice(ways)])
    doc.table(_t(doc, "mail.caption"), rows, role="other")


# ---------------------------------------------------------------- facility

TEXT |= {
    "f1.out": ("Исх. № 08-14/{n} от {d:02d}.02.2026", "Шығ. № 08-14/{n}, 2026 жылғы {d:02d}.02", "Số: {n}/PTIP-MT, ngày {d:02d} tháng 02 năm 2026"),
    "f1.to": ("Руководителям территориальных департаментов экологии (по списку рассылки)",
              "Аумақтық экология департаменттерінің басшыларына (тарату тізімі бойынша)",
              "Kính gửi: Ban Quản lý các khu công nghiệp tỉnh Đồng Nai; Ban Quản lý Khu kinh tế tỉnh Long An; Sở Công Thương tỉnh Long An"),
    "f1.h": ("О представлении сведений о производственных площадках", "Өндірістік алаңдар туралы мәліметтерді ұсыну туралы",
             "V/v cung cấp thông tin về các khu công nghiệp, cụm công nghiệp do Công ty làm chủ đầu tư hạ tầng"),
    "f1.p": ("{holding} в связи с переоформлением экологических разрешений направляет сведения о производственных площадках "
             "общества. Сведения по каждой площадке направляются в территориальный департамент экологии по месту ее нахождения.",
             "{holding} экологиялық рұқсаттарды қайта ресімдеуге байланысты қоғамның өндірістік алаңдары туралы мәліметтерді "
             "жібереді. Әр алаң бойынша мәліметтер оның орналасқан жеріндегі аумақтық экология департаментіне жіберіледі.",
             "{holding} cung cấp thông tin về các khu công nghiệp, cụm công nghiệp do Công ty đầu tư xây dựng và kinh doanh "
             "kết cấu hạ tầng để phục vụ công tác quản lý nhà nước về bảo vệ môi trường, cụ thể như sau:"),
    "f1.caption": ("Приложение 1. Сведения об операторе и производственных площадках",
                   "1-қосымша. Оператор және өндірістік алаңдар туралы мәліметтер",
                   "Phụ lục 1. Thông tin về chủ đầu tư và các khu công nghiệp, cụm công nghiệp"),
    "f1.head": ("Объект сведений|Наименование сведений|Значение|Уполномоченный орган по месту нахождения",
                "Мәліметтер объектісі|Мәліметтердің атауы|Мәні|Орналасқан жері бойынша уәкілетті орган",
                "Đối tượng|Nội dung|Thông tin|Cơ quan quản lý trực tiếp"),
    "f1.operator": ("Оператор (юридическое лицо)", "Оператор (заңды тұлға)", "Chủ đầu tư hạ tầng"),
    "f1.op.labels": ("Наименование|БИН|Юридический адрес", "Атауы|БСН|Заңды мекенжайы", "Tên doanh nghiệp|Mã số doanh nghiệp|Địa chỉ trụ sở chính"),
    "f1.op.address": ("г. Караганда, ул. Ерубаева, 50/3, офис 412", "Қарағанды қ., Ерубаев к-сі, 50/3, 412-кеңсе",
                      "Số 12 đường 25B, KCN Phước Thạnh, huyện Nhơn Trạch, tỉnh Đồng Nai"),
    "f1.op.body": ("Комитет экологического регулирования и контроля МЭПР РК", "ҚР ЭТРМ Экологиялық реттеу және бақылау комитеті",
                   "Bộ Nông nghiệp và Môi trường"),
    "f1.site.labels": ("Наименование объекта|Местонахождение|Код КАТО|Категория объекта|Координаты центра площадки",
                       "Объектінің атауы|Орналасқан жері|ҚАТО коды|Объектінің санаты|Алаң ортасының координаттары",
                       "Tên khu công nghiệp, cụm công nghiệp|Địa điểm|Diện tích đất công nghiệp đã cho thuê / tổng diện tích|Phân loại theo Luật Bảo vệ môi trường|Tọa độ trung tâm (WGS-84)"),
    "f1.cat": ("{c} категория", "{c} санат", "Dự án đầu tư nhóm {c}"),
}  # fmt: skip


def facility_db1(doc: Doc) -> None:
    """A holding's letter to several regional departments with its annex: `object | label | value | body`, the operator's
    block first (name, BIN, legal address), then each site's block (name, place, KATO, category, coordinates in DMS
    with a decimal comma), the object merged down the first column and the regional body it answers to merged down the
    last; the mailing list after it (VI: a park operator's parks, the leased area instead of KATO, `Nhóm I`)."""
    r = doc.rng
    vi = doc.lang == "vi"
    holding = _t(doc, "holding")
    bin_ = make_msdn(r) if vi else make_bin(r)
    doc.p(_t(doc, "f1.out").format(n=r.randint(120, 890), d=r.randint(2, 27)))
    doc.p(_t(doc, "f1.to"))
    doc.h(_t(doc, "f1.h"))
    doc.p(_t(doc, "f1.p").format(holding=holding))
    rows, merges = [_row(doc, "f1.head")], []
    start = len(rows)
    values = [holding, bin_, _t(doc, "f1.op.address")]
    for j, (label, value) in enumerate(zip(_list(doc, "f1.op.labels"), values, strict=True)):
        rows.append(
            [
                _t(doc, "f1.operator") if j == 0 else None,
                label,
                value,
                _t(doc, "f1.op.body") if j == 0 else None,
            ]
        )
    _down(rows, start, 0, merges)
    _down(rows, start, 3, merges)
    sites = _sites(doc, r.randint(2, 3))
    for k, i in enumerate(sites, 1):
        name, place, _ = _site(doc, i)
        lat0, lon0 = (VI_PARKS[i][3], VI_PARKS[i][4]) if vi else (KZ_SITES[i][5], KZ_SITES[i][6])
        coords, lat, lon = _dms(doc, lat0, lon0)
        if vi:
            cat = VI_PARKS[i][6]
            leased = rate(r, 40, 320, 3)
            third = f"{num(leased, 'vi')} ha / {num(_sig(leased * r.uniform(1.15, 1.8), 3), 'vi')} ha"
            out = {"bin": bin_, "name_contains": name, "category": cat, "lat": lat, "lon": lon}
        else:
            cat = r.choice(("II", "II", "III"))
            third = _kato(doc, KZ_SITES[i][4])
            out = {"bin": bin_, "name_contains": name, "kato": third, "category": cat, "lat": lat, "lon": lon}
        values = [name, place, third, _t(doc, "f1.cat").format(c=cat), coords]
        start = len(rows)
        for j, (label, value) in enumerate(zip(_list(doc, "f1.site.labels"), values, strict=True)):
            rows.append(
                [
                    _t(doc, "site").format(k=k) if j == 0 else None,
                    label,
                    value,
                    _body(doc, i) if j == 0 else None,
                ]
            )
        _down(rows, start, 0, merges)
        _down(rows, start, 3, merges)
        doc.add("facilities", out)
    doc.table(_t(doc, "f1.caption"), rows, merges, role="facility")
    _mailing(doc, sites)


# (RU operator, KK operator, [(RU object, KK object, site index)])
KZ_SUBS = (
    ("ТОО «Ақтас Щебень»", "«Ақтас Қиыршықтас» ЖШС",
     (("Щебеночный завод «Ақтас»", "«Ақтас» қиыршықтас зауыты", 0), ("Карьер гранитов «Ақтас-2»", "«Ақтас-2» гранит карьері", 0))),
    ("ТОО «Жолшы АБЗ»", "«Жолшы АБЗ» ЖШС",
     (("Асфальтобетонный завод «Жолшы»", "«Жолшы» асфальтбетон зауыты", 1), ("Битумохранилище и склад ГСМ «Қосшы»", "«Қосшы» битум қоймасы және ЖЖМ қоймасы", 1))),
    ("ТОО «Астана Бетон Индастри»", "«Астана Бетон Индастри» ЖШС",
     (("Бетонный завод в СЭЗ «Астана – новый город»", "«Астана – жаңа қала» АЭА-дағы бетон зауыты", 2),)),
    ("ТОО «Екібастұз Техсервис»", "«Екібастұз Техсервис» ЖШС",
     (("Ремонтно-механическая база «Екібастұз»", "«Екібастұз» жөндеу-механикалық базасы", 3), ("Автозаправочный пункт промзоны", "Өнеркәсіптік аймақтың автожанармай құю пункті", 3))),
)  # fmt: skip
# member company, [(factory, plot and park, activity)]
VI_MEMBERS = (
    ("Công ty TNHH Dệt Phước Thạnh",
     (("Nhà máy dệt kim Phước Thạnh", "Lô C3, KCN Phước Thạnh, huyện Nhơn Trạch, tỉnh Đồng Nai", "Dệt kim, nhuộm vải"),
      ("Nhà máy nhuộm hoàn tất Phước Thạnh 2", "Lô C7-C8, KCN Phước Thạnh, huyện Nhơn Trạch, tỉnh Đồng Nai", "Nhuộm, hoàn tất vải"))),
    ("Công ty Cổ phần May Tân Hòa",
     (("Nhà máy may xuất khẩu Tân Hòa Đông", "Lô A12, KCN Tân Hòa Đông, huyện Bến Lức, tỉnh Long An", "May mặc xuất khẩu"),)),
    ("Công ty TNHH Sợi Hòa Khánh",
     (("Nhà máy kéo sợi Hòa Khánh", "Lô 5, CCN Hòa Khánh Tây, huyện Đức Hòa, tỉnh Long An", "Kéo sợi polyester"),
      ("Nhà máy sợi Hòa Khánh 2", "Lô B1, KCN Tân Hòa Đông, huyện Bến Lức, tỉnh Long An", "Kéo sợi cotton, sợi pha"))),
)  # fmt: skip

TEXT |= {
    "f2.title": ("Перечень объектов дочерних организаций {holding}, оказывающих негативное воздействие на окружающую среду",
                 "{holding} еншілес ұйымдарының қоршаған ортаға теріс әсер ететін объектілерінің тізбесі",
                 "DANH SÁCH CÁC CƠ SỞ SẢN XUẤT CỦA CÁC CÔNG TY THÀNH VIÊN – TỔNG CÔNG TY DỆT MAY PHƯƠNG NAM"),
    "f2.p": ("Перечень составлен для представления в территориальные департаменты экологии по месту нахождения объектов "
             "(по состоянию на 01.01.2026). Объекты сгруппированы по дочерним организациям.",
             "Тізбе объектілердің орналасқан жері бойынша аумақтық экология департаменттеріне ұсыну үшін жасалды "
             "(01.01.2026 жағдай бойынша). Объектілер еншілес ұйымдар бойынша топтастырылған.",
             "Kèm theo Báo cáo số 37/BC-TCT ngày 20/01/2026 gửi Bộ Nông nghiệp và Môi trường, UBND tỉnh Đồng Nai, UBND tỉnh "
             "Long An. Các cơ sở được sắp xếp theo công ty thành viên."),
    "f2.head": ("№ п/п|Наименование объекта|Местонахождение|Код КАТО|Категория|Разрешительный документ",
                "Р/с №|Объектінің атауы|Орналасқан жері|ҚАТО коды|Санаты|Рұқсат беру құжаты",
                "TT|Tên cơ sở|Địa chỉ|Ngành nghề sản xuất|Phân nhóm|Giấy phép môi trường"),
    "f2.group": ("{k}. {op} (БИН {bin})", "{k}. {op} (БСН {bin})", "{k}. {op} – Mã số doanh nghiệp: {bin}"),
    "f2.permit": ("Экологическое разрешение на воздействие № {n} от {d}", "Әсер етуге экологиялық рұқсат № {n}, {d}",
                  "Số {n}/GPMT-{who} ngày {d}"),
    "f2.decl": ("Декларация о воздействии, зарегистрирована {d}", "Әсер ету туралы декларация, {d} тіркелген", ""),
    "f2.cat": ("{c}", "{c}", "Nhóm {c}"),
    "f2.caption": ("Таблица 1", "1-кесте", "Bảng 1"),
}  # fmt: skip


def facility_db2(doc: Doc) -> None:
    """A holding's list of its subsidiaries' objects: a group row per subsidiary spanning the table that carries its name
    and BIN (`1. ТОО «…» (БИН …)`), its objects under it numbered `1.1`, `1.2` with their place, KATO, a bare category and
    the permit or declaration; no BIN in the objects' rows (VI: a textile group's member companies with the enterprise
    number in the group row, their factories in the parks with the activity and `Nhóm II`)."""
    r = doc.rng
    vi = doc.lang == "vi"
    doc.h(_t(doc, "f2.title").format(holding=_t(doc, "holding")))
    doc.p(_t(doc, "f2.p"))
    rows, merges = [_row(doc, "f2.head")], []
    width = len(rows[0])
    groups = VI_MEMBERS if vi else KZ_SUBS
    picked = sorted(r.sample(range(len(groups)), 3 if vi else r.randint(3, 4)))
    for k, g in enumerate(picked, 1):
        bin_ = make_msdn(r) if vi else make_bin(r)
        op = groups[g][0] if vi else groups[g][1 if doc.lang == "kk" else 0]
        _span(rows, merges, _t(doc, "f2.group").format(k=k, op=op, bin=bin_), width)
        objects = groups[g][1] if vi else groups[g][2]
        for j, obj in enumerate(objects, 1):
            day = f"{r.randint(1, 28):02d}{'/' if vi else '.'}{r.randint(1, 12):02d}{'/' if vi else '.'}{r.choice((2023, 2024, 2025))}"
            if vi:
                name, place, activity = obj
                cat = (
                    "II" if "nhuộm" in activity.lower() or "dệt" in name.lower() else r.choice(("II", "III"))
                )
                who = "BQL" if "KCN" in place else "UBND"
                permit = _t(doc, "f2.permit").format(n=r.randint(10, 480), who=who, d=day)
                rows.append([f"{k}.{j}", name, place, activity, _t(doc, "f2.cat").format(c=cat), permit])
                doc.add("facilities", {"bin": bin_, "name_contains": name, "category": cat})
                continue
            name = obj[1] if doc.lang == "kk" else obj[0]
            s = KZ_SITES[obj[2]]
            place = s[3] if doc.lang == "kk" else s[2]
            cat = r.choice(("II", "III")) if j > 1 else "II"
            kato = _kato(doc, s[4])
            if cat == "II":
                number = f"KZ{r.randint(10, 99)}VWF{r.randint(0, 99999999):08d}"
                paper = _t(doc, "f2.permit").format(n=number, d=day)
            else:
                paper = _t(doc, "f2.decl").format(d=day)
            rows.append([f"{k}.{j}", name, place, kato, _t(doc, "f2.cat").format(c=cat), paper])
            doc.add("facilities", {"bin": bin_, "name_contains": name, "kato": kato, "category": cat})
    doc.table(_t(doc, "f2.caption"), rows, merges, role="facility")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- emissions

# per site of KZ_SITES: the indexes of sources_data.SOURCES it has
KZ_SITE_SOURCES = ((2, 0, 7), (0, 3, 5), (2, 7, 1), (4, 6, 1))

TEXT |= {
    "e1.title": ("Заявка на получение комплексного экологического разрешения. Раздел 3. Источники выбросов загрязняющих "
                 "веществ по производственным площадкам",
                 "Кешенді экологиялық рұқсат алуға арналған өтінім. 3-бөлім. Өндірістік алаңдар бойынша ластаушы заттар "
                 "шығарындыларының көздері",
                 "BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG CỦA DỰ ÁN MỞ RỘNG KHU CÔNG NGHIỆP PHƯỚC THẠNH"),
    "e1.p": ("Нумерация источников выбросов принята отдельно для каждой производственной площадки: организованные источники "
             "– с 0001, неорганизованные – с 6001.",
             "Шығарынды көздерінің нөмірленуі әр өндірістік алаң үшін жеке қабылданған: ұйымдастырылған көздер – 0001-ден, "
             "ұйымдастырылмаған көздер – 6001-ден.",
             "Các công trình dùng chung của KCN (nhà máy xử lý nước thải tập trung, lò hơi tập trung cấp hơi cho các doanh "
             "nghiệp thứ cấp, trạm trung chuyển chất thải rắn) là các nguồn phát sinh bụi, khí thải chính của chủ đầu tư hạ tầng."),
    "e1.head0": ("Производственная площадка|№ ИЗА|Наименование источника|Загрязняющее вещество|^|Класс опасности|Выброс загрязняющих веществ|^",
                 "Өндірістік алаң|ЛШК №|Көздің атауы|Ластаушы зат|^|Қауіптілік сыныбы|Ластаушы заттар шығарындысы|^",
                 "Hạng mục công trình|Nguồn phát sinh|Thông số ô nhiễm|Tải lượng|^"),
    "e1.head1": ("^|^|^|код|наименование|^|г/с|т/год", "^|^|^|коды|атауы|^|г/с|т/жыл", "^|^|^|g/s|tấn/năm"),
    "e1.sub": ("Итого по площадке", "Алаң бойынша жиыны", "Cộng"),
    "e1.all": ("Всего по обществу", "Қоғам бойынша барлығы", "Tổng cộng"),
    "e1.caption": ("Таблица 3.1 – Перечень источников и выбросов загрязняющих веществ",
                   "3.1-кесте – Ластаушы заттар көздері мен шығарындыларының тізбесі",
                   "Bảng 3.8. Tải lượng bụi, khí thải từ các công trình hạ tầng dùng chung của KCN"),
    "e1.vi.works": ("", "", "Nhà máy xử lý nước thải tập trung|Lò hơi tập trung|Trạm trung chuyển chất thải rắn"),
    "e1.vi.sources": ("", "", "Bể điều hòa và bể chứa bùn|Ống khói lò hơi đốt sinh khối 20 tấn hơi/giờ|Khu vực tập kết, ép rác"),
}  # fmt: skip
# per common work of a Vietnamese park: what it emits
VI_WORKS = (("0333", "0303"), ("2902", "0330", "0301", "0337"), ("0333", "0303", "0410"))


def emissions_db1(doc: Doc) -> None:
    """Sources of several sites in one table: the site merged down the first column, each site numbering its sources from
    0001 and 6001 again, the source's number and name merged over its substances, code, name, class, `г/с | т/год`
    under a merged header, `Итого по площадке` after each site and a total for the company (VI: an ĐTM's table of the
    park's common works — the central treatment plant, the central boiler house, the waste transfer station — merged
    down over their named sources, no numbers, no class, `Cộng` per work)."""
    r = doc.rng
    vi = doc.lang == "vi"
    doc.h(_t(doc, "e1.title"))
    doc.p(_t(doc, "e1.p"))
    rows = [_row(doc, "e1.head0"), _row(doc, "e1.head1")]
    if vi:
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4)]
        works, names = _list(doc, "e1.vi.works"), _list(doc, "e1.vi.sources")
        every: list = []
        for w, (work, source) in enumerate(zip(works, names, strict=True)):
            start, items = len(rows), []
            for c in VI_WORKS[w]:
                low, high = (0.001, 0.08) if c in ("0333", "0303", "0410") else (0.05, 3.5)
                g = rate(r, low, high, 3)
                t = _sig(g * r.choice((8760, 7200)) * 3600 / 1e6, 3)
                items.append((g, t))
                name = vocab.air(c, "vi", 0 if c in ("2902", "0410") else r.randrange(2))
                rows.append(
                    [
                        work if len(rows) == start else None,
                        source if len(rows) == start else None,
                        name,
                        num(g, "vi"),
                        num(t, "vi"),
                    ]
                )
                doc.add("emissions", emission(c, g, t))
            _down(rows, start, 0, merges)
            _down(rows, start, 1, merges)
            rows.append(
                [
                    "",
                    _t(doc, "e1.sub"),
                    "",
                    total(doc, [g for g, _ in items]),
                    total(doc, [t for _, t in items]),
                ]
            )
            every += items
        rows.append(
            ["", _t(doc, "e1.all"), "", total(doc, [g for g, _ in every]), total(doc, [t for _, t in every])]
        )
        doc.table(_t(doc, "e1.caption"), rows, merges, role="emissions")
        maybe_distractor(doc, 0.3)
        return
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 1, 5), (0, 6, 0, 7)]
    seen: dict[str, str] = {}
    every = []
    for i in _sites(doc, r.randint(2, 3)):
        name, _, _ = _site(doc, i)
        start, items = len(rows), []
        org, unorg = 1, 6001
        for s in sorted(KZ_SITE_SOURCES[i], key=lambda x: not SOURCES[x][1]):
            names, organized, codes, _ = SOURCES[s]
            number = f"{org:04d}" if organized else f"{unorg:04d}"
            org, unorg = (org + 1, unorg) if organized else (org, unorg + 1)
            seen[number] = "organized" if organized else "unorganized"
            keep = codes[: r.randint(min(2, len(codes)), min(4, len(codes)))]
            first_row = len(rows)
            for c in keep:
                g, t = rate(r, 0.0005, 2.5), rate(r, 0.001, 40)
                hz = vocab.hazard(c)
                lead = (
                    [number, names[vocab.LANGS.index(doc.lang)]] if len(rows) == first_row else [None, None]
                )
                rows.append(
                    [
                        name if len(rows) == start else None,
                        *lead,
                        c,
                        vocab.air(c, doc.lang),
                        str(hz) if hz else "–",
                        num(g, doc.lang),
                        num(t, doc.lang),
                    ]
                )
                doc.add("emissions", emission(c, g, t, number, hz))
                items.append((g, t))
            _down(rows, first_row, 1, merges)
            _down(rows, first_row, 2, merges)
        _down(rows, start, 0, merges)
        rows.append(
            [
                _t(doc, "e1.sub"),
                None,
                None,
                None,
                None,
                None,
                total(doc, [g for g, _ in items]),
                total(doc, [t for _, t in items]),
            ]
        )
        merges.append((len(rows) - 1, 0, len(rows) - 1, 5))
        every += items
    rows.append(
        [
            _t(doc, "e1.all"),
            None,
            None,
            None,
            None,
            None,
            total(doc, [g for g, _ in every]),
            total(doc, [t for _, t in every]),
        ]
    )
    merges.append((len(rows) - 1, 0, len(rows) - 1, 5))
    doc.table(_t(doc, "e1.caption"), rows, merges, role="emissions")
    doc.add("sources", *({"number": n, "type": t} for n, t in sorted(seen.items())))
    maybe_distractor(doc, 0.3)


TEXT |= {
    "e2.title": ("Проект нормативов допустимых выбросов {holding}. Сводные нормативы по производственным площадкам",
                 "{holding} рұқсат етілген шығарындылар нормативтерінің жобасы. Өндірістік алаңдар бойынша жиынтық нормативтер",
                 "BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 CỦA CHỦ ĐẦU TƯ HẠ TẦNG CÁC KHU CÔNG NGHIỆP"),
    "e2.p": ("Нормативы по каждой площадке подлежат согласованию с территориальным департаментом экологии по месту ее "
             "нахождения; в таблице они приведены без разбивки по источникам.",
             "Әр алаң бойынша нормативтер оның орналасқан жеріндегі аумақтық экология департаментімен келісуге жатады; кестеде "
             "олар көздерге бөлінбей келтірілген.",
             "Mỗi khu công nghiệp có một lò hơi tập trung cung cấp hơi cho các doanh nghiệp thứ cấp; tải lượng khí thải được "
             "tính từ kết quả quan trắc định kỳ và thời gian vận hành thực tế năm 2025."),
    "e2.head0": ("Код ЗВ|Наименование загрязняющего вещества|Класс опасности",
                 "ЛЗ коды|Ластаушы заттың атауы|Қауіптілік сыныбы", "TT|Thông số"),
    "e2.units": ("г/с|т/год", "г/с|т/жыл", "g/s|tấn/năm"),
    "e2.total": ("Всего по обществу", "Қоғам бойынша барлығы", "Tổng các KCN"),
    "e2.vi.site": ("", "", "Lò hơi tập trung – {park}"),
    "e2.caption": ("Таблица 5.2 – Нормативы допустимых выбросов по площадкам на 2026–2035 годы",
                   "5.2-кесте – 2026–2035 жылдарға арналған алаңдар бойынша рұқсат етілген шығарындылар нормативтері",
                   "Bảng 2.3. Tải lượng khí thải lò hơi tập trung của các KCN năm 2025"),
}  # fmt: skip
# per site of KZ_SITES: the substances it emits
KZ_SITE_CODES = (
    ("2908", "0301", "0337", "0328"),
    ("2908", "0301", "0304", "0330", "0337", "0328", "2754", "0703"),
    ("2908", "0301", "0337"),
    ("0123", "0143", "0301", "0337", "2754", "0333"),
)


def emissions_db2(doc: Doc) -> None:
    """Substances as rows, each site a column group `г/с | т/год` under its name (a dash where a site does not emit the
    substance), a total group for the company last; code, name and class first (VI: pollutants as rows, each park's
    central boiler house a column group, a total group)."""
    r = doc.rng
    vi = doc.lang == "vi"
    doc.h(_t(doc, "e2.title").format(holding=_t(doc, "holding")))
    doc.p(_t(doc, "e2.p"))
    sites = _sites(doc, 2 if vi else r.randint(2, 3))
    top = _row(doc, "e2.head0")
    lead = len(top)
    sub: list[str | None] = [None] * lead
    merges = [(0, c, 1, c) for c in range(lead)]
    for i in sites:
        label = _t(doc, "e2.vi.site").format(park=VI_PARKS[i][0]) if vi else _site(doc, i)[0]
        merges.append((0, len(top), 0, len(top) + 1))
        top += [label, None]
        sub += _list(doc, "e2.units")
    merges.append((0, len(top), 0, len(top) + 1))
    top += [_t(doc, "e2.total"), None]
    sub += _list(doc, "e2.units")
    rows = [top, sub]
    if vi:
        codes = ["2902", "0330", "0301", "0337"]
        emits = {i: codes for i in sites}
    else:
        emits = {i: KZ_SITE_CODES[i] for i in sites}
        codes = sorted({c for i in sites for c in emits[i]})
    for k, c in enumerate(codes, 1):
        cells, gs, ts = [], [], []
        for i in sites:
            if c not in emits[i]:
                cells += ["–", "–"]
                continue
            g = rate(r, 0.00001, 0.0005, 3) if c == "0703" else rate(r, 0.01, 4.5, 4)
            t = rate(r, 0.00002, 0.005, 3) if c == "0703" else rate(r, 0.05, 60, 4)
            cells += [num(g, doc.lang), num(t, doc.lang)]
            gs.append(g)
            ts.append(t)
            hz = None if vi else vocab.hazard(c)
            doc.add("emissions", emission(c, g, t, hazard=hz))
        cells += [total(doc, gs), total(doc, ts)]
        if vi:
            rows.append([str(k), vocab.air(c, "vi", 0 if c == "2902" else r.randrange(2)), *cells])
        else:
            hz = vocab.hazard(c)
            rows.append([c, vocab.air(c, doc.lang), str(hz) if hz else "–", *cells])
    doc.table(_t(doc, "e2.caption"), rows, merges, role="emissions")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- wastes

TEXT |= {
    "w1.title": ("Отчет о выполнении программы управления отходами {holding} за 2025 год",
                 "{holding} 2025 жылғы қалдықтарды басқару бағдарламасын орындау туралы есеп",
                 "BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – CHỦ ĐẦU TƯ HẠ TẦNG CÁC KCN, CCN"),
    "w1.p": ("Отчет представляется в территориальные департаменты экологии по месту нахождения площадок. Сведения "
             "объединены в одну таблицу, отсортированную по коду отхода.",
             "Есеп алаңдардың орналасқан жері бойынша аумақтық экология департаменттеріне ұсынылады. Мәліметтер қалдық "
             "коды бойынша сұрыпталған бір кестеге біріктірілген.",
             "3. Kết quả quản lý chất thải nguy hại phát sinh tại các công trình hạ tầng của KCN, CCN (nhà máy xử lý nước thải "
             "tập trung, trạm bơm, nhà điều hành)."),
    "w1.head": ("Код отхода|Наименование отхода|Площадка|Образовано, т|Вид операции|Получатель",
                "Қалдық коды|Қалдықтың атауы|Алаң|Түзілді, т|Операция түрі|Алушы",
                "Mã CTNH|Tên chất thải|Nơi phát sinh|Khối lượng (kg)|Tổ chức tiếp nhận"),
    "w1.ops": ("передача на восстановление|передача на удаление|захоронение на полигоне ТБО",
               "қалпына келтіруге беру|жоюға беру|ҚТҚ полигонында көму", ""),
    "w1.receivers": ("ТОО «ЭкоСервис-Караганда»|ТОО «Kazakhstan Waste Recycling»|ТОО «Тазалық-Астана»",
                     "«ЭкоСервис-Қарағанды» ЖШС|«Kazakhstan Waste Recycling» ЖШС|«Тазалық-Астана» ЖШС",
                     "Công ty TNHH Môi trường Xanh Việt|Công ty Cổ phần Môi trường Đông Dương"),
    "w1.legend": ("Площадки: {legend}.", "Алаңдар: {legend}.", "Ghi chú – nơi phát sinh: {legend}."),
    "w1.caption": ("Таблица 2 – Образование и движение отходов по площадкам", "2-кесте – Алаңдар бойынша қалдықтардың түзілуі мен қозғалысы",
                   "Bảng 3.2. Khối lượng chất thải nguy hại phát sinh và chuyển giao năm 2025"),
}  # fmt: skip


def wastes_db1(doc: Doc) -> None:
    """One list for all sites sorted by the waste's code: a site column giving the site's short code (`ЩЗ`, `АБЗ`),
    explained in a line under the table, so the same waste stands on several rows, one per site with its own amount;
    the operation and the receiver last (VI: the park operator's CTNH by park, `KCN PT`, `CCN HKT`, kg)."""
    r = doc.rng
    vi = doc.lang == "vi"
    doc.h(_t(doc, "w1.title").format(holding=_t(doc, "holding")))
    doc.p(_t(doc, "w1.p"))
    sites = _sites(doc, 3)
    lines, expected = [], []
    receivers = _list(doc, "w1.receivers")
    for i in sites:
        short = _site(doc, i)[2]
        if vi:
            for w in vn_wastes(doc, r.randint(3, 4)):
                lines.append(
                    (w["code"], short, [w["code"], w["name"], short, num(w["kg"], "vi"), r.choice(receivers)])
                )
                expected.append(w)
            continue
        for w in low_wastes(doc, r.randint(3, 4)):
            op = _list(doc, "w1.ops")[2 if w["code"] == "20 03 01" else r.randrange(2)]
            rec = receivers[2] if w["code"] == "20 03 01" else r.choice(receivers[:2])
            lines.append((w["code"], short, [w["code"], w["name"], short, num(w["t"], doc.lang), op, rec]))
            expected.append(w)
    lines.sort(key=lambda x: (x[0], [_site(doc, i)[2] for i in sites].index(x[1])))
    rows = [_row(doc, "w1.head"), *(x[2] for x in lines)]
    doc.table(_t(doc, "w1.caption"), rows, role="wastes")
    legend = "; ".join(f"{_site(doc, i)[2]} – {_site(doc, i)[0]}" for i in sites)
    doc.p(_t(doc, "w1.legend").format(legend=legend))
    if vi:
        expect_vn(doc, expected)
    else:
        expect_low(doc, expected)


TEXT |= {
    "w2.title": ("Приложение 6 к заявлению на получение экологического разрешения. Лимиты накопления отходов по объектам",
                 "Экологиялық рұқсат алуға арналған өтінішке 6-қосымша. Объектілер бойынша қалдықтарды жинақтау лимиттері",
                 "GIẤY PHÉP MÔI TRƯỜNG – PHỤ LỤC III. YÊU CẦU VỀ QUẢN LÝ CHẤT THẢI"),
    "w2.p": ("Накопление отходов осуществляется на каждой площадке раздельно, в местах, определенных проектом, на срок не "
             "более шести месяцев.",
             "Қалдықтарды жинақтау әр алаңда бөлек, жобамен айқындалған орындарда алты айдан аспайтын мерзімге жүзеге асырылады.",
             "A. Khối lượng, chủng loại chất thải nguy hại phát sinh thường xuyên tại các công trình hạ tầng của chủ đầu tư:"),
    "w2.head": ("№|Код|Наименование отхода|Лимит накопления, т/год|Операция по управлению|Объект образования",
                "№|Коды|Қалдықтың атауы|Жинақтау лимиті, т/жыл|Басқару жөніндегі операция|Түзілу объектісі",
                "TT|Tên chất thải|Mã CTNH|Trạng thái tồn tại|Khối lượng (kg/năm)|Công trình phát sinh"),
    "w2.ops": ("накопление с последующей передачей специализированной организации|сбор и передача на утилизацию|"
               "накопление и вывоз на полигон",
               "кейін мамандандырылған ұйымға беру үшін жинақтау|жинау және кәдеге жаратуға беру|жинақтау және полигонға шығару", ""),
    "w2.vi.works": ("", "", "Nhà máy xử lý nước thải tập trung KCN Phước Thạnh|Trạm bơm nước thải và nhà điều hành KCN Phước Thạnh|"
                            "Nhà máy xử lý nước thải tập trung KCN Tân Hòa Đông"),
    "w2.total": ("Всего", "Барлығы", "Tổng cộng"),
    "w2.caption": ("Таблица 6.1", "6.1-кесте", "Bảng 1"),
}  # fmt: skip


def wastes_db2(doc: Doc) -> None:
    """The place of formation as the last column, merged down over its wastes, the wastes numbered straight through across
    the sites, code before name, the limit of accumulation in t/year and the operation; a total row (VI: a park operator's
    GPMT annex, the works of two parks as the last column, CTNH with their state, kg/year)."""
    r = doc.rng
    vi = doc.lang == "vi"
    doc.h(_t(doc, "w2.title"))
    doc.p(_t(doc, "w2.p"))
    rows, merges = [_row(doc, "w2.head")], []
    width = len(rows[0])
    n, amounts = 0, []
    if vi:
        everything = []
        for work in _list(doc, "w2.vi.works"):
            start = len(rows)
            wastes = vn_wastes(doc, r.randint(2, 3))
            for w in wastes:
                n += 1
                rows.append(
                    [
                        str(n),
                        w["name"],
                        w["code"],
                        w["state"],
                        num(w["kg"], "vi"),
                        work if len(rows) == start else None,
                    ]
                )
                amounts.append(w["kg"])
            _down(rows, start, width - 1, merges)
            everything += wastes
        rows.append(["", _t(doc, "w2.total"), "", "", num(sum(amounts), "vi"), ""])
        doc.table(_t(doc, "w2.caption"), rows, merges, role="wastes")
        expect_vn(doc, everything)
        return
    everything = []
    for i in _sites(doc, r.randint(2, 3)):
        name = _site(doc, i)[0]
        start = len(rows)
        wastes = low_wastes(doc, r.randint(2, 4))
        for w in wastes:
            n += 1
            ops = _list(doc, "w2.ops")
            op = (
                r.choice(ops[:2])
                if w["hazardous"]
                else ops[2]
                if w["code"] in ("20 03 01", "17 09 04")
                else ops[1]
            )
            rows.append(
                [
                    str(n),
                    w["code"],
                    w["name"],
                    num(w["t"], doc.lang),
                    op,
                    name if len(rows) == start else None,
                ]
            )
            amounts.append(w["t"])
        _down(rows, start, width - 1, merges)
        everything += wastes
    rows.append(["", "", _t(doc, "w2.total"), num(_sum(amounts), doc.lang), "", ""])
    doc.table(_t(doc, "w2.caption"), rows, merges, role="wastes")
    expect_low(doc, everything)
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- limits

TEXT |= {
    "l1.title": ("Нормативы допустимых сбросов загрязняющих веществ со сточными водами по выпускам производственных площадок",
                 "Өндірістік алаңдардың шығарылымдары бойынша ағынды сулармен ластаушы заттар төгінділерінің рұқсат етілген нормативтері",
                 "GIẤY PHÉP MÔI TRƯỜNG CỦA DỰ ÁN ĐẦU TƯ XÂY DỰNG VÀ KINH DOANH KẾT CẤU HẠ TẦNG CÁC KHU CÔNG NGHIỆP, CỤM CÔNG NGHIỆP"),
    "l1.p": ("Выпуски пронумерованы сквозной нумерацией по обществу. Нормативы установлены на 2026–2035 годы.",
             "Шығарылымдар қоғам бойынша өтпелі нөмірмен нөмірленген. Нормативтер 2026–2035 жылдарға белгіленген.",
             "Phụ lục I. Nội dung cấp phép xả nước thải vào nguồn nước: giá trị giới hạn cho phép của các chất ô nhiễm trong "
             "nước thải sau xử lý của từng nhà máy xử lý nước thải tập trung."),
    "l1.head0": ("Площадка|Выпуск|Приемник сточных вод|Допустимая концентрация загрязняющих веществ, мг/дм3",
                 "Алаң|Шығарылым|Ағынды сулар қабылдағышы|Ластаушы заттардың рұқсат етілген концентрациясы, мг/дм3",
                 "Khu công nghiệp, cụm công nghiệp|Ký hiệu điểm xả|Cột áp dụng theo QCVN 40:2011/BTNMT"),
    "l1.receivers": ("пруд-испаритель|поля фильтрации|пруд-накопитель", "буландырғыш тоған|сүзу алқаптары|жинақтағыш тоған", ""),
    "l1.caption": ("Таблица 4.1", "4.1-кесте", "Bảng 1. Giá trị giới hạn các chất ô nhiễm theo dòng nước thải"),
    "l1.note": ("Примечание: водородный показатель (pH) – в единицах pH.", "Ескертпе: сутегі көрсеткіші (pH) – pH бірлігінде.",
                "Ghi chú: Kq = 1,0; Kf = 1,0 (theo quy định tại QCVN 40:2011/BTNMT)."),
}  # fmt: skip


def limits_db1(doc: Doc) -> None:
    """The discharge norms of the outlets of several sites: a row per outlet with its site and its receiver, numbered
    through the company (`В-1`, `В-2`), the parameters as columns under a merged `Допустимая концентрация …, мг/дм3`, pH a
    range (VI: a park operator's permit, a row per park's outlet with the QCVN 40 column it must meet in a cell of its
    own, the unit on a row under the parameters)."""
    r = doc.rng
    vi = doc.lang == "vi"
    doc.h(_t(doc, "l1.title"))
    doc.p(_t(doc, "l1.p"))
    head = _row(doc, "l1.head0")
    if vi:
        params = [
            "pH",
            *sorted(r.sample(["BOD5", "COD", "TSS", "NH4+", "TN", "TP", "TPH"], 5), key=list(QCVN40).index),
        ]
        top = head + [vocab.water(s, "vi") for s in params]
        units = [None, None, None, *("-" if s == "pH" else "mg/l" for s in params)]
        rows = [top, units]
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2)]
        for k, i in enumerate(_sites(doc, 3), 1):
            column = "A" if i == 0 or r.random() < 0.5 else "B"
            point = f"NT{k}"
            values = [QCVN40[s][0 if column == "A" else 1] for s in params]
            rows.append([VI_PARKS[i][0], point, f"Cột {column}", *(cell(doc, v) for v in values)])
            add(
                doc,
                *(
                    limit(("symbol", s), "waste_water", v, "mg/l", column, point)
                    for s, v in zip(params, values, strict=True)
                ),
            )
        doc.table(_t(doc, "l1.caption"), rows, merges, role="limits")
        doc.p(_t(doc, "l1.note"))
        return
    params = [
        "pH",
        *sorted(
            r.sample(["TSS", "BOD5", "COD", "NH4+", "NO3-", "TPH", "Cl-", "SO4", "Surfactants"], 5),
            key=list(DISCHARGE).index,
        ),
    ]
    top = head + [None] * (len(params) - 1)
    rows = [top, [None, None, None, *(vocab.water(s, doc.lang) for s in params)]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 2 + len(params))]
    k = 0
    receivers = _list(doc, "l1.receivers")
    for i in _sites(doc, r.randint(2, 3)):
        start = len(rows)
        for _ in range(r.choice((1, 1, 2))):
            k += 1
            point = f"В-{k}"
            values = []
            for s in params:
                base = DISCHARGE[s]
                values.append(base if isinstance(base, tuple) else _sig(base * r.choice((1, 1, 0.8, 1.5)), 2))
            rows.append(
                [
                    _site(doc, i)[0] if len(rows) == start else None,
                    point,
                    r.choice(receivers),
                    *(cell(doc, v) for v in values),
                ]
            )
            add(
                doc,
                *(
                    limit(("symbol", s), "waste_water", v, "mg/l", None, point)
                    for s, v in zip(params, values, strict=True)
                ),
            )
        _down(rows, start, 0, merges)
    doc.table(_t(doc, "l1.caption"), rows, merges, role="limits")
    doc.p(_t(doc, "l1.note"))
    maybe_distractor(doc, 0.3)


# code: 1-hour limit in ambient air, µg/m3 — QCVN 05:2023/BTNMT
QCVN05 = {"2902": 300, "0330": 350, "0301": 200, "0337": 30000}

TEXT |= {
    "l2.title": ("Отчет по программе производственного экологического контроля за 2025 год. Раздел 4. Мониторинг воздействия "
                 "на атмосферный воздух",
                 "2025 жылғы өндірістік экологиялық бақылау бағдарламасы бойынша есеп. 4-бөлім. Атмосфералық ауаға әсер мониторингі",
                 "BÁO CÁO KẾT QUẢ QUAN TRẮC MÔI TRƯỜNG KHÔNG KHÍ XUNG QUANH CÁC KHU CÔNG NGHIỆP NĂM 2025"),
    "l2.p": ("Контрольные точки пронумерованы сквозной нумерацией: {points}. Отбор проб выполнен в III квартале 2025 года.",
             "Бақылау нүктелері өтпелі нөмірмен нөмірленген: {points}. Сынамалар 2025 жылғы III тоқсанда алынды.",
             "Vị trí quan trắc: {points}. Thời gian lấy mẫu: đợt 3 năm 2025."),
    "l2.head0": ("Загрязняющее вещество|ПДК м.р., мг/м3|Концентрация, мг/м3",
                 "Ластаушы зат|ШЖК м.б., мг/м3|Концентрациясы, мг/м3",
                 "Thông số|QCVN 05:2023/BTNMT (trung bình 1 giờ), µg/m3|Kết quả (µg/m3)"),
    "l2.sides": ("граница СЗЗ, север|граница СЗЗ, юг|граница СЗЗ, восток|граница СЗЗ, запад",
                 "СҚА шекарасы, солтүстік|СҚА шекарасы, оңтүстік|СҚА шекарасы, шығыс|СҚА шекарасы, батыс",
                 "cổng chính|cuối hướng gió|khu nhà điều hành|giáp khu dân cư"),
    "l2.caption": ("Таблица 4.2 – Результаты измерений на границе санитарно-защитной зоны площадок",
                   "4.2-кесте – Алаңдардың санитариялық-қорғау аймағы шекарасындағы өлшеу нәтижелері",
                   "Bảng 2. Kết quả quan trắc không khí xung quanh"),
}  # fmt: skip


def limits_db2(doc: Doc) -> None:
    """Ambient air at the boundary of two sites under a three-row header: `Концентрация, мг/м3` over each site's name over
    its two points, numbered through (`КТ-1` … `КТ-4`), the ПДК м.р. column before them, the points described in the
    sentence above (VI: two parks, QCVN 05:2023 in µg/m3, KK1 … KK4)."""
    r = doc.rng
    vi = doc.lang == "vi"
    doc.h(_t(doc, "l2.title"))
    sites = _sites(doc, 2)
    sides = _list(doc, "l2.sides")
    points = [f"KK{k}" if vi else f"КТ-{k}" for k in range(1, 5)]
    where = []
    for k, p in enumerate(points):
        site = _site(doc, sites[k // 2])[0]
        where.append(f"{p} – {site}, {sides[k % 2 + 2 * (k // 2)]}")
    doc.p(_t(doc, "l2.p").format(points="; ".join(where)))
    head = _row(doc, "l2.head0")
    rows = [
        head + [None, None, None],
        [None, None, *(x for i in sites for x in (_site(doc, i)[0], None))],
        [None, None, *points],
    ]
    merges = [(0, 0, 2, 0), (0, 1, 2, 1), (0, 2, 0, 5), (1, 2, 1, 3), (1, 4, 1, 5)]
    if vi:
        codes = ["2902", "0330", "0301", "0337"]
    else:
        codes = sorted(r.sample(["0301", "0304", "0330", "0337", "2908", "0328"], 4))
    for c in codes:
        lim = QCVN05[c] if vi else AIR_PDK[c][0]
        values = [_sig(lim * r.uniform(0.05, 0.8)) for _ in points]
        name = vocab.air(c, "vi", 0 if c == "2902" else 1) if vi else vocab.air(c, doc.lang)
        rows.append([name, num(lim, doc.lang), *(num(v, doc.lang) for v in values)])
        for p, v in zip(points, values, strict=True):
            if vi:
                add(doc, limit(("code", c), "air", lim, "µg/m3", None, p, v))
            else:
                add(doc, limit(("code", c), "air", lim, "mg/m3", doc.v("м.р.", "м.б.", ""), p, v))
    doc.table(_t(doc, "l2.caption"), rows, merges, role="limits")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- monitoring

TEXT |= {
    "m1.title": ("Сводная программа производственного экологического контроля {holding} на 2026–2028 годы. Мониторинг "
                 "воздействия",
                 "{holding} 2026–2028 жылдарға арналған өндірістік экологиялық бақылаудың жиынтық бағдарламасы. Әсер мониторингі",
                 "CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ CỦA CÁC KHU CÔNG NGHIỆP, CỤM CÔNG NGHIỆP NĂM 2026"),
    "m1.p": ("Программа по каждой площадке направляется в территориальный департамент экологии, указанный в последней графе. "
             "Контрольные точки пронумерованы сквозной нумерацией по обществу.",
             "Әр алаң бойынша бағдарлама соңғы бағанда көрсетілген аумақтық экология департаментіне жіберіледі. Бақылау "
             "нүктелері қоғам бойынша өтпелі нөмірмен нөмірленген.",
             "Kết quả quan trắc của từng KCN, CCN được gửi về cơ quan nêu tại cột cuối của bảng. Ký hiệu điểm quan trắc được "
             "đánh số liên tục cho toàn bộ các KCN, CCN do Công ty quản lý."),
    "m1.head0": ("№|Площадка|Компоненты окружающей среды|^|^|Отчет направляется",
                 "№|Алаң|Қоршаған орта компоненттері|^|^|Есеп жіберіледі",
                 "TT|KCN, CCN|Thành phần môi trường|^|^|Nơi nhận kết quả"),
    "m1.head1": ("^|^|атмосферный воздух (граница СЗЗ)|подземные воды (наблюдательные скважины)|почвы|^",
                 "^|^|атмосфералық ауа (СҚА шекарасы)|жерасты сулары (бақылау ұңғымалары)|топырақ|^",
                 "^|^|Nước thải sau xử lý|Không khí xung quanh|Nước mặt tiếp nhận|^"),
    "m1.caption": ("Таблица 5.1 – Мониторинг воздействия по площадкам", "5.1-кесте – Алаңдар бойынша әсер мониторингі",
                   "Bảng 5. Vị trí, thông số và tần suất quan trắc"),
    "m1.sep": (" – ", " – ", "; tần suất: "),
}  # fmt: skip


def _names(doc: Doc, kind: str, keys: list[str]) -> str:
    """Parameters listed in one cell, in the document's language."""
    if kind == "air":
        if doc.lang == "vi":
            return ", ".join(vocab.air(c, "vi", 0 if c == "2902" else 1) for c in keys)
        return ", ".join(vocab.air(c, doc.lang, 1 if c == "2908" and doc.lang == "ru" else 0) for c in keys)
    if kind == "soil":
        return ", ".join(vocab.soil(s, doc.lang) for s in keys)
    return ", ".join(vocab.water(s, doc.lang) for s in keys)


def monitoring_db1(doc: Doc) -> None:
    """A row per site and a column per component of the environment under a merged header, each cell one or two lines
    `points: substances – frequency` (`Т-1, Т-2: азота диоксид, … – 1 раз в квартал`), a dash where a site does not
    watch a component; the points numbered through the company, the regional department the report goes to last (VI: a
    row per park, waste water, ambient air and the receiving water as the components)."""
    r = doc.rng
    vi = doc.lang == "vi"
    doc.h(_t(doc, "m1.title").format(holding=_t(doc, "holding")))
    doc.p(_t(doc, "m1.p"))
    rows = [_row(doc, "m1.head0"), _row(doc, "m1.head1")]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4), (0, 5, 1, 5)]
    sep = _t(doc, "m1.sep")
    counters = {"a": 0, "b": 0, "c": 0}
    if vi:
        comps = (
            (
                "a",
                "NT",
                "symbol",
                "water",
                ["pH", "BOD5", "COD", "TSS", "NH4+", "TN", "TP", "TPH"],
                ("monthly", "quarterly"),
            ),
            ("b", "KK", "code", "air", ["2902", "0330", "0301", "0337"], ("quarterly", "semiannual")),
            (
                "c",
                "NM",
                "symbol",
                "water",
                ["pH", "BOD5", "COD", "TSS", "DO", "NH4+"],
                ("quarterly", "semiannual"),
            ),
        )
    else:
        air = (
            ["0301", "0330", "0337", "2908", "0328", "0304"]
            if doc.lang == "ru"
            else ["0301", "0330", "0337", "0328", "0304"]
        )
        comps = (
            ("a", "Т-", "code", "air", air, ("quarterly", "monthly")),
            (
                "b",
                "Н-",
                "symbol",
                "water",
                ["pH", "TDS", "Cl-", "SO4", "NO3-", "TPH", "Fe"],
                ("quarterly", "semiannual"),
            ),
            ("c", "П-", "symbol", "soil", ["Pb", "Zn", "Cu", "Cd", "TPH"], ("yearly", "semiannual")),
        )
    for k, i in enumerate(_sites(doc, 3), 1):
        cells = []
        for slot, prefix, key, kind, pool, choices in comps:
            if slot != "a" and r.random() < 0.3 and not (vi and slot == "b"):
                cells.append("–")
                continue
            lines = []
            for _ in range(r.choice((1, 1, 2)) if slot == "a" else 1):
                n = r.randint(1, 2)
                points = [f"{prefix}{counters[slot] + j}" for j in range(1, n + 1)]
                counters[slot] += n
                keys = sorted(r.sample(pool, r.randint(3, 4)), key=pool.index)
                word = r.choice(choices)
                lines.append(f"{', '.join(points)}: {_names(doc, kind, keys)}{sep}{freq(doc, word)}")
                doc.add("monitoring", *(_mon({"point": p}, (key, x), word) for p in points for x in keys))
            cells.append("\n".join(lines))
        rows.append([str(k), _site(doc, i)[0], *cells, _body(doc, i)])
    doc.table(_t(doc, "m1.caption"), rows, merges, role="monitoring")
    maybe_distractor(doc, 0.3)


TEXT |= {
    "m2.title": ("Программа экологического мониторинга специальной экономической зоны «Химический парк Тараз» на 2026 год",
                 "«Тараз химия паркі» арнайы экономикалық аймағының 2026 жылға арналған экологиялық мониторинг бағдарламасы",
                 "CHƯƠNG TRÌNH QUAN TRẮC NƯỚC THẢI CỦA KHU CÔNG NGHIỆP PHƯỚC THẠNH NĂM 2026"),
    "m2.p": ("Программа согласована управляющей компанией СЭЗ и участниками, чьи сточные воды принимаются на общие очистные "
             "сооружения. Результаты направляются адресатам, указанным в последней графе.",
             "Бағдарламаны АЭА басқарушы компаниясы және ағынды сулары ортақ тазарту құрылыстарына қабылданатын қатысушылар "
             "келісті. Нәтижелер соңғы бағанда көрсетілген алушыларға жіберіледі.",
             "Chương trình gồm quan trắc tự động, liên tục tại điểm xả của nhà máy xử lý nước thải tập trung và quan trắc định "
             "kỳ tại các hố ga đấu nối của doanh nghiệp thứ cấp; kết quả được gửi tới các cơ quan nêu tại cột cuối."),
    "m2.head": ("Ответственный за отбор проб|Точка отбора|Определяемый показатель|Периодичность|Результаты направляются",
                "Сынама алуға жауапты|Сынама алу нүктесі|Анықталатын көрсеткіш|Кезеңділігі|Нәтижелер жіберіледі",
                "Đơn vị thực hiện|Vị trí quan trắc|Thông số|Tần suất|Nơi nhận kết quả"),
    "m2.parties": ("АО «Управляющая компания СЭЗ «Химический парк Тараз»»|ТОО «Тараз Полимер» (участник СЭЗ)|ТОО «ҚазФосХим» (участник СЭЗ)",
                   "«Тараз химия паркі» АЭА басқарушы компаниясы» АҚ|«Тараз Полимер» ЖШС (АЭА қатысушысы)|«ҚазФосХим» ЖШС (АЭА қатысушысы)",
                   "Công ty CP Đầu tư Phát triển Hạ tầng Phước Thạnh (chủ đầu tư hạ tầng KCN)|Công ty TNHH Dệt Phước Thạnh (doanh nghiệp thứ cấp)|"
                   "Công ty TNHH Hóa chất Sao Nam (doanh nghiệp thứ cấp)"),
    "m2.addressees": ("РГУ «Департамент экологии по Жамбылской области»; ГУ «Управление природных ресурсов акимата Жамбылской области»|"
                      "АО «Управляющая компания СЭЗ»; РГУ «Департамент экологии по Жамбылской области»",
                      "«Жамбыл облысы бойынша экология департаменті» РММ; «Жамбыл облысы әкімдігінің табиғи ресурстар басқармасы» ММ|"
                      "АЭА басқарушы компаниясы; «Жамбыл облысы бойынша экология департаменті» РММ",
                      "Sở Nông nghiệp và Môi trường tỉnh Đồng Nai (truyền dữ liệu trực tiếp); Ban Quản lý các KCN tỉnh Đồng Nai|"
                      "Chủ đầu tư hạ tầng KCN Phước Thạnh"),
    "m2.caption": ("Таблица 3 – Точки, показатели и периодичность мониторинга", "3-кесте – Мониторинг нүктелері, көрсеткіштері және кезеңділігі",
                   "Bảng 4.1. Kế hoạch quan trắc nước thải"),
    "m2.flow": ("", "", "Lưu lượng nước thải đầu vào, đầu ra"),
}  # fmt: skip
# points of the zone's own network: (code, RU place, KK place, kind)
KZ_ZONE_POINTS = (
    ("ОС-1", "вход на общие очистные сооружения СЭЗ", "АЭА ортақ тазарту құрылыстарына кіреберіс", "water"),
    ("ОС-2", "выход с очистных сооружений, перед прудом-испарителем", "тазарту құрылыстарынан шығыс, буландырғыш тоған алдында", "water"),
    ("Г-1", "граница СЭЗ, северо-восток", "АЭА шекарасы, солтүстік-шығыс", "air"),
    ("Г-2", "граница СЭЗ, юго-запад (с. Жалпақтөбе)", "АЭА шекарасы, оңтүстік-батыс (Жалпақтөбе а.)", "air"),
)  # fmt: skip
KZ_ZONE_TENANT_POINTS = (
    (
        "КК-1",
        "контрольный колодец перед врезкой в коллектор СЭЗ",
        "АЭА коллекторына қосылар алдындағы бақылау құдығы",
    ),
    (
        "КК-2",
        "контрольный колодец выпуска производственных стоков",
        "өндірістік ағындар шығарылымының бақылау құдығы",
    ),
)
VI_AUTO = ("pH", "COD", "TSS", "NH4+")


def monitoring_db2(doc: Doc) -> None:
    """The party responsible for sampling merged down the first column (the zone's management company, then participants),
    each point's code and place merged down over its parameters, one parameter a row with its own frequency (so a point
    takes some monthly and some quarterly), the addressees of the results merged down the last column (VI: the park
    operator's automatic station at the outlet — continuous, a flow row of no substance — beside periodic sampling, then
    tenants' connection manholes)."""
    r = doc.rng
    vi = doc.lang == "vi"
    doc.h(_t(doc, "m2.title"))
    doc.p(_t(doc, "m2.p"))
    rows, merges = [_row(doc, "m2.head")], []
    parties = _list(doc, "m2.parties")
    to_body, to_zone = _list(doc, "m2.addressees")

    def point_block(code: str, place: str, items: list[tuple[str, str, str]]) -> None:
        start = len(rows)
        for key, x, word in items:
            if key == "code":
                name = vocab.air(x, doc.lang, 1 if x == "2908" and doc.lang == "ru" else 0)
            elif key == "flow":
                name = x
            else:
                name = vocab.water(x, doc.lang)
            rows.append(
                [None, f"{code} – {place}" if len(rows) == start else None, name, freq(doc, word), None]
            )
            if key != "flow":
                doc.add("monitoring", _mon({"point": code}, (key, x), word))
        _down(rows, start, 1, merges)

    def water_items(pool: list[str], n: int, often: str, rare: str) -> list[tuple[str, str, str]]:
        keys = sorted(r.sample(pool, n), key=pool.index)
        return [("symbol", s, often if s in ("pH", "TSS", "COD", "BOD5") else rare) for s in keys]

    start = len(rows)
    if vi:
        items = [("flow", _t(doc, "m2.flow"), "continuous")] + [("symbol", s, "continuous") for s in VI_AUTO]
        point_block("NT1", "Nước thải sau nhà máy xử lý nước thải tập trung (trạm quan trắc tự động)", items)
        periodic = sorted(
            r.sample(["BOD5", "TN", "TP", "TPH", "Fe", "Zn", "Cu", "Pb"], 4), key=list(QCVN40).index
        )
        point_block(
            "NT2",
            "Nước thải sau xử lý, lấy mẫu định kỳ tại hố ga cuối",
            [("symbol", s, "quarterly") for s in periodic],
        )
    else:
        pool = ["pH", "TSS", "BOD5", "COD", "NH4+", "TPH", "Surfactants", "Cl-", "Fe"]
        for code, ru, kk, kind in KZ_ZONE_POINTS:
            place = kk if doc.lang == "kk" else ru
            if kind == "water":
                point_block(code, place, water_items(pool, 4, "monthly", "quarterly"))
            else:
                codes = sorted(r.sample(["0301", "0330", "0337", "2908", "0303", "0316"], 3))
                word = r.choice(("quarterly", "monthly"))
                point_block(code, place, [("code", c, word) for c in codes])
    rows[start][0] = parties[0]
    rows[start][4] = to_body
    _down(rows, start, 0, merges)
    _down(rows, start, 4, merges)
    tenants = r.sample([1, 2], r.randint(1, 2))
    for t in sorted(tenants):
        start = len(rows)
        if vi:
            pool = ["pH", "BOD5", "COD", "TSS", "NH4+", "TN", "TP", "TPH", "Cu", "Zn"]
            point_block(
                f"HG{t}",
                f"Hố ga đấu nối số {t} vào hệ thống thu gom nước thải của KCN",
                water_items(pool, 4, "monthly", "quarterly"),
            )
        else:
            code, ru, kk = KZ_ZONE_TENANT_POINTS[t - 1]
            pool = ["pH", "TSS", "COD", "NH4+", "TPH", "Cl-", "SO4", "Fe"]
            point_block(code, kk if doc.lang == "kk" else ru, water_items(pool, 4, "monthly", "quarterly"))
        rows[start][0] = parties[t]
        rows[start][4] = to_zone
        _down(rows, start, 0, merges)
        _down(rows, start, 4, merges)
    doc.table(_t(doc, "m2.caption"), rows, merges, role="monitoring")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- inspections

# the Vietnamese park operator's works that are checked
VI_WORKS_CHECKED = (
    "Nhà máy xử lý nước thải tập trung",
    "Trạm bơm nước thải trung chuyển",
    "Kho lưu giữ chất thải nguy hại",
    "Hệ thống thoát nước mưa",
    "Trạm quan trắc nước thải tự động",
    "Khu tập kết chất thải rắn sinh hoạt",
)
MONTHS_OF = {"monthly": list(range(12)), "quarterly": [2, 5, 8, 11], "semiannual": [5, 11], "yearly": [9]}

TEXT |= {
    "i1.title": ("График внутренних проверок соблюдения экологических требований на производственных площадках {holding} на 2026 год",
                 "{holding} өндірістік алаңдарында экологиялық талаптардың сақталуын ішкі тексерудің 2026 жылға арналған кестесі",
                 "KẾ HOẠCH TỰ KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG TẠI CÁC KCN, CCN NĂM 2026"),
    "i1.p": ("Проверки проводит служба охраны окружающей среды общества; акты проверок направляются директорам площадок.",
             "Тексерулерді қоғамның қоршаған ортаны қорғау қызметі жүргізеді; тексеру актілері алаң директорларына жіберіледі.",
             "Phòng An toàn – Môi trường của Công ty thực hiện kiểm tra; biên bản kiểm tra gửi Giám đốc Ban điều hành từng KCN, CCN."),
    "i1.head0": ("№|Площадка|Объект проверки|Месяцы 2026 года|^|^|^|^|^|^|^|^|^|^|^|Всего проверок",
                 "№|Алаң|Тексеру объектісі|2026 жылғы айлар|^|^|^|^|^|^|^|^|^|^|^|Тексерулер саны",
                 "TT|KCN, CCN|Hạng mục kiểm tra|Tháng thực hiện năm 2026|^|^|^|^|^|^|^|^|^|^|^|Số lần/năm"),
    "i1.months": ("I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII", "I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII", "1|2|3|4|5|6|7|8|9|10|11|12"),
    "i1.caption": ("Таблица 1", "1-кесте", "Bảng 1"),
}  # fmt: skip


def inspections_db1(doc: Doc) -> None:
    """A calendar of checks by site: the site merged down the second column over its units, twelve month columns under a
    merged `Месяцы 2026 года` with `+` in the months of a check, the number of checks a year last; the frequency is read
    from the marks (every month, every third month, twice six months apart, once) (VI: the works of each park)."""
    r = doc.rng
    vi = doc.lang == "vi"
    doc.h(_t(doc, "i1.title").format(holding=_t(doc, "holding")))
    doc.p(_t(doc, "i1.p"))
    rows = [_row(doc, "i1.head0"), [None, None, None, *_list(doc, "i1.months"), None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 14), (0, 15, 1, 15)]
    mark = "x" if vi else "+"
    n = 0
    for i in _sites(doc, r.randint(2, 3)):
        start = len(rows)
        units = r.sample(VI_WORKS_CHECKED, 3) if vi else r.sample(vocab.UNITS[doc.lang], r.randint(2, 3))
        for unit in units:
            n += 1
            word = r.choice(("monthly", "quarterly", "quarterly", "semiannual", "yearly"))
            months = MONTHS_OF[word]
            if word == "quarterly" and r.random() < 0.5:
                months = [0, 3, 6, 9]
            elif word == "semiannual" and r.random() < 0.5:
                months = [3, 9]
            rows.append(
                [
                    str(n),
                    _site(doc, i)[0] if len(rows) == start else None,
                    unit,
                    *(mark if m in months else "" for m in range(12)),
                    str(len(months)),
                ]
            )
            doc.add("obligations", inspection(unit, word))
        _down(rows, start, 1, merges)
    doc.table(_t(doc, "i1.caption"), rows, merges, role="inspections")
    maybe_distractor(doc, 0.3)


WEEKLY = {
    "ru": ("еженедельно", "1 раз в неделю"),
    "kk": ("апта сайын", "аптасына 1 рет"),
    "vi": ("hằng tuần", "01 lần/tuần"),
}

TEXT |= {
    "i2.title": ("Приложение 2 к приказу {holding} от 09.01.2026 № 4-П «Об организации внутреннего экологического контроля»",
                 "{holding} 2026 жылғы 09.01. № 4-Б «Ішкі экологиялық бақылауды ұйымдастыру туралы» бұйрығына 2-қосымша",
                 "PHỤ LỤC 2 KÈM THEO QUYẾT ĐỊNH SỐ 04/QĐ-PTIP NGÀY 09/01/2026 VỀ TỰ KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG"),
    "i2.h": ("Перечень объектов внутреннего контроля по площадкам", "Алаңдар бойынша ішкі бақылау объектілерінің тізбесі",
             "Danh mục hạng mục tự kiểm tra theo từng KCN, CCN"),
    "i2.head": ("№|Объект контроля и периодичность|Проверяющий|Копия акта направляется",
                "№|Бақылау объектісі және кезеңділігі|Тексеруші|Акт көшірмесі жіберіледі",
                "TT|Hạng mục kiểm tra và tần suất|Người kiểm tra|Biên bản gửi"),
    "i2.group": ("{k}. {site}", "{k}. {site}", "{k}. {site}"),
    "i2.who": ("эколог площадки|начальник службы ООС общества|главный инженер площадки",
               "алаң экологы|қоғамның ҚОҚ қызметінің бастығы|алаңның бас инженері",
               "Cán bộ môi trường KCN|Trưởng phòng An toàn – Môi trường|Giám đốc Ban điều hành KCN"),
    "i2.to": ("директору площадки; в службу ООС общества|директору площадки", "алаң директорына; қоғамның ҚОҚ қызметіне|алаң директорына",
              "Phòng An toàn – Môi trường Công ty|Ban Giám đốc Công ty"),
}  # fmt: skip


def inspections_db2(doc: Doc) -> None:
    """An order's annex: a group row per site spanning the table, the items numbered `1.1`, `2.3` under it, each item's
    cell joining the unit and its frequency (`Склад ГСМ – ежемесячно`), weekly checks among the others, then who checks
    and where the copy of the act goes (VI: a park operator's decision, the works of each park)."""
    r = doc.rng
    vi = doc.lang == "vi"
    doc.h(_t(doc, "i2.title").format(holding=_t(doc, "holding")))
    doc.h(_t(doc, "i2.h"))
    rows, merges = [_row(doc, "i2.head")], []
    width = len(rows[0])
    who, to = _list(doc, "i2.who"), _list(doc, "i2.to")
    for k, i in enumerate(_sites(doc, r.randint(2, 3)), 1):
        _span(rows, merges, _t(doc, "i2.group").format(k=k, site=_site(doc, i)[0]), width)
        units = (
            r.sample(VI_WORKS_CHECKED, r.randint(2, 3))
            if vi
            else r.sample(vocab.UNITS[doc.lang], r.randint(2, 3))
        )
        for j, unit in enumerate(units, 1):
            word = r.choice(("weekly", "monthly", "quarterly", "semiannual"))
            said = r.choice(WEEKLY[doc.lang]) if word == "weekly" else freq(doc, word)
            rows.append([f"{k}.{j}", f"{unit} – {said}", r.choice(who), r.choice(to)])
            doc.add("obligations", inspection(unit, word))
    doc.table(None, rows, merges, role="inspections")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- tasks

# (RU, KK) measures of a site of KZ_SITES, by site
KZ_SITE_TASKS = (
    (("Установить рукавный фильтр на узле вторичного дробления щебня", "Қиыршықтасты қайталама ұсату торабына жеңді сүзгі орнату"),
     ("Организовать гидрообеспыливание внутрикарьерных дорог в летний период", "Жазғы кезеңде карьерішілік жолдарды сумен шаңсыздандыруды ұйымдастыру"),
     ("Провести рекультивацию отработанного участка карьера площадью 4,2 га", "Карьердің 4,2 га өңделген учаскесін рекультивациялау")),
    (("Перевести сушильный барабан асфальтосмесительной установки на природный газ", "Асфальт араластырғыш қондырғының кептіру барабанын табиғи газға көшіру"),
     ("Заменить мокрый пылеуловитель сушильного барабана на рукавный фильтр", "Кептіру барабанының дымқыл шаңұстағышын жеңді сүзгіге ауыстыру"),
     ("Оборудовать битумохранилище системой улавливания паров", "Битум қоймасын булар ұстау жүйесімен жабдықтау")),
    (("Оборудовать пункт мойки колес автобетоносмесителей с оборотным водоснабжением", "Автобетонараластырғыштардың дөңгелектерін жуу пунктін айналымдағы сумен жабдықтау"),
     ("Установить фильтры на силосы цемента", "Цемент силостарына сүзгілер орнату"),
     ("Заключить договор с управляющей компанией СЭЗ на прием ливневых стоков", "Нөсер ағындарын қабылдауға АЭА басқарушы компаниясымен шарт жасасу")),
    (("Устроить бетонированную площадку временного хранения отработанных масел", "Пайдаланылған майларды уақытша сақтау үшін бетондалған алаң орнату"),
     ("Установить локальные очистные сооружения ливневых стоков промзоны", "Өнеркәсіптік аймақтың нөсер ағындары үшін жергілікті тазарту құрылыстарын орнату"),
     ("Провести инвентаризацию источников выбросов ремонтной базы", "Жөндеу базасының шығарынды көздерін түгендеу")),
)  # fmt: skip
# measures of a park of VI_PARKS
VI_PARK_TASKS = (
    ("Nâng công suất nhà máy xử lý nước thải tập trung thêm module 2 (4.000 m3/ngày.đêm)",
     "Lắp đặt thiết bị đo lưu lượng tại các hố ga đấu nối của doanh nghiệp thứ cấp",
     "Nạo vét hệ thống mương thoát nước mưa của khu công nghiệp"),
    ("Hoàn thiện hồ sự cố của nhà máy xử lý nước thải tập trung",
     "Trồng bổ sung cây xanh dải cách ly giáp khu dân cư",
     "Kiểm định, hiệu chuẩn trạm quan trắc nước thải tự động"),
    ("Xây dựng kho lưu giữ chất thải nguy hại dùng chung của cụm công nghiệp",
     "Đấu nối nước thải của các cơ sở trong cụm về trạm xử lý tập trung",
     "Lập hồ sơ đề nghị cấp giấy phép môi trường cho cụm công nghiệp"),
)  # fmt: skip

TEXT |= {
    "t1.title": ("План природоохранных мероприятий {holding} на 2026 год (сводный по площадкам)",
                 "{holding} 2026 жылға арналған табиғат қорғау іс-шараларының жоспары (алаңдар бойынша жиынтық)",
                 "KẾ HOẠCH THỰC HIỆN CÁC YÊU CẦU CỦA GIẤY PHÉP MÔI TRƯỜNG NĂM 2026 – CÁC KCN, CCN DO CÔNG TY QUẢN LÝ"),
    "t1.p": ("Отчеты о выполнении мероприятий представляются ежеквартально в уполномоченные органы, указанные в последней графе.",
             "Іс-шаралардың орындалуы туралы есептер соңғы бағанда көрсетілген уәкілетті органдарға тоқсан сайын ұсынылады.",
             "Báo cáo kết quả thực hiện được gửi cơ quan nêu tại cột cuối cùng cùng với báo cáo công tác bảo vệ môi trường năm."),
    "t1.head": ("№|Мероприятие|Площадка|Срок выполнения|Ответственный|Отчет представляется в",
                "№|Іс-шара|Алаң|Орындау мерзімі|Жауапты|Есеп ұсынылады",
                "TT|Nội dung công việc|KCN, CCN|Thời hạn hoàn thành|Đơn vị thực hiện|Cơ quan nhận báo cáo"),
    "t1.who": ("Директор площадки|Главный инженер площадки|Начальник службы ООС общества",
               "Алаң директоры|Алаңның бас инженері|Қоғамның ҚОҚ қызметінің бастығы",
               "Ban điều hành KCN|Phòng Kỹ thuật – Hạ tầng|Phòng An toàn – Môi trường"),
    "t1.terms": ("I квартал 2026 г.|до 1 июня 2026 г.|III квартал 2026 г.|до 1 декабря 2026 г.",
                 "2026 жылғы I тоқсан|2026 жылғы 1 маусымға дейін|2026 жылғы III тоқсан|2026 жылғы 1 желтоқсанға дейін",
                 "Quý I/2026|Trước ngày 30/6/2026|Quý III/2026|Trước ngày 31/12/2026"),
    "t1.caption": ("Таблица 1 – Мероприятия по площадкам", "1-кесте – Алаңдар бойынша іс-шаралар",
                   "Bảng 1. Danh mục công việc"),
}  # fmt: skip


def _measures(doc: Doc, i: int) -> list[str]:
    if doc.lang == "vi":
        return list(VI_PARK_TASKS[i])
    return [m[1 if doc.lang == "kk" else 0] for m in KZ_SITE_TASKS[i]]


def tasks_db1(doc: Doc) -> None:
    """One plan for all sites: the measure, then a site column naming the site, the term, the responsible and the body
    the report on it goes to (each site's regional department); the items numbered straight through, sites mixed in
    the order of the terms (VI: a park operator's plan for the requirements of its permits)."""
    r = doc.rng
    doc.h(_t(doc, "t1.title").format(holding=_t(doc, "holding")))
    doc.p(_t(doc, "t1.p"))
    items = []
    for i in _sites(doc, r.randint(2, 3)):
        terms = _list(doc, "t1.terms")
        for m in r.sample(_measures(doc, i), 2):
            items.append((r.randrange(len(terms)), i, m, r.choice(_list(doc, "t1.who"))))
    items.sort(key=lambda x: x[0])
    rows = [_row(doc, "t1.head")]
    for k, (term, i, text, who) in enumerate(items, 1):
        rows.append([str(k), text, _site(doc, i)[0], _list(doc, "t1.terms")[term], who, _body(doc, i)])
        doc.add("obligations", task(str(k), text, who))
    doc.table(_t(doc, "t1.caption"), rows, role="tasks")
    maybe_distractor(doc, 0.3)


TEXT |= {
    "t2.title": ("План мероприятий по охране окружающей среды {holding} на 2026 год",
                 "{holding} 2026 жылға арналған қоршаған ортаны қорғау жөніндегі іс-шаралар жоспары",
                 "KẾ HOẠCH BẢO VỆ MÔI TRƯỜNG NĂM 2026 CỦA CÁC KHU CÔNG NGHIỆP, CỤM CÔNG NGHIỆP"),
    "t2.p": ("План состоит из приложений по каждой производственной площадке; приложение направляется в территориальный "
             "департамент экологии по месту нахождения площадки.",
             "Жоспар әр өндірістік алаң бойынша қосымшалардан тұрады; қосымша алаңның орналасқан жері бойынша аумақтық экология "
             "департаментіне жіберіледі.",
             "Kế hoạch gồm các phụ lục cho từng KCN, CCN; mỗi phụ lục được gửi cơ quan quản lý trực tiếp của KCN, CCN đó."),
    "t2.h": ("Приложение 4.{k}. {site}", "4.{k}-қосымша. {site}", "Phụ lục 4.{k}. {site}"),
    "t2.to": ("Направляется: {body}", "Жіберіледі: {body}", "Nơi nhận: {body}"),
    "t2.head": ("№ п/п|Наименование мероприятия|Срок выполнения|Ответственный исполнитель|Стоимость, тыс. тенге",
                "№|Іс-шараның атауы|Орындау мерзімі|Жауапты орындаушы|Құны, мың теңге",
                "TT|Nội dung|Thời gian thực hiện|Đơn vị chủ trì|Kinh phí (triệu đồng)"),
    "t2.who": ("Директор площадки|Главный механик|Эколог площадки", "Алаң директоры|Бас механик|Алаң экологы",
               "Ban điều hành KCN|Phòng Kỹ thuật – Hạ tầng|Phòng An toàn – Môi trường"),
    "t2.own": ("собственные средства", "меншікті қаражат", "Vốn tự có"),
}  # fmt: skip


def tasks_db2(doc: Doc) -> None:
    """A plan in annexes per site: each site's measures in a small table of its own under a heading `Приложение 4.k. …`
    with a line naming the regional department it goes to, numbered from 1 again in each, the term, the responsible and
    the cost (VI: a park operator's plan, a Phụ lục per park)."""
    r = doc.rng
    doc.h(_t(doc, "t2.title").format(holding=_t(doc, "holding")))
    doc.p(_t(doc, "t2.p"))
    terms = _list(doc, "t1.terms")
    for k, i in enumerate(_sites(doc, r.randint(2, 3)), 1):
        doc.h(_t(doc, "t2.h").format(k=k, site=_site(doc, i)[0]))
        doc.p(_t(doc, "t2.to").format(body=_body(doc, i)))
        rows = [_row(doc, "t2.head")]
        for j, text in enumerate(r.sample(_measures(doc, i), r.randint(2, 3)), 1):
            who = r.choice(_list(doc, "t2.who"))
            cost = num(r.randint(5, 900) * 10, doc.lang) if r.random() < 0.7 else _t(doc, "t2.own")
            rows.append([str(j), text, r.choice(terms), who, cost])
            doc.add("obligations", task(str(j), text, who))
        doc.table(None, rows, role="tasks")
    maybe_distractor(doc, 0.3)


LAYOUTS = [Layout(role, f"DB{k}", globals()[f"{role}_db{k}"]) for role in ROLES for k in (1, 2)]
"""`facility_db1` … `tasks_db2`, in the order of the roles."""
