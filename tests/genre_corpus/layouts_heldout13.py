"""A blind held-out set (one layout per role, `X1`): never used for tuning, written by someone who neither ran
the extractor on it nor read it, to differ from every layout of `layouts_*.py`.

Theme: agriculture, food and small enterprises — poultry farms, pig farms, dairies, bakeries, filling stations
with car washes — in Kazakhstan (category III objects, ТОО run by a director and one engineer, documents made by
small consultancies: short ПЭК programmes, НДВ/НДС figures, a внутренний график проверок, an inspector's
предписание) and in Vietnam (trang trại chăn nuôi, cửa hàng xăng dầu, cơ sở sản xuất thực phẩm: Giấy phép môi
trường of a farm, ĐTM chapters, báo cáo công tác bảo vệ môi trường, biên bản kiểm tra). Tables are simple but
untidy: abbreviations (`ист.`, `р/кв.`, `тн`, `Наим.`), units in the cells or in a row of their own, pieces with
tonnes in brackets, two sources in one cell, a title row merged over a card.

Facility: a card of two label–value pairs per row under a title row merged across it, abbreviated labels,
decimal coordinates with a comma. Emissions: the source's number and name in one cell (`ист. 0001 – …`) merged
down over its substances, code and name in separate columns, `г/сек | т/год` under a merged `Выброс` (VI: a
farm's loads by named source, units in a row of their own). Wastes: a filling station's wastes with the code and
the hazard level in one cell, amounts in `тн`, lamps counted in pieces with the tonnes in brackets (VI: the
annual report's CTNH with the unit in each cell and lamps counted in pieces). Limits: a dairy's discharge norms
to filtration fields with the actual concentration before the ДК and mass columns after (VI: a pig farm's GPMT
with QCVN 62-MT:2016/BTNMT column B named in the header). Monitoring: a small ПЭК programme with the medium merged
down, two sources in one cell, frequencies abbreviated (VI: a farm's programme with point codes in the position
cell). Inspections: a bakery's or filling station's schedule of internal checks with a column for the mark.
Tasks: an inspector's order to remove violations, the norm breached beside each measure (VI: the requests of a
biên bản kiểm tra).
"""

from __future__ import annotations

from . import vocab
from .common import Doc, distractor, make_bin, make_kato, make_msdn, maybe_distractor, num, rate
from .layouts_wastes import expect_vn
from .limits_data import DISCHARGE, add, cell, limit
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


def _span(text: str, width: int) -> list[str | None]:
    return [text] + [None] * (width - 1)


# small enterprises of the theme: (name, operator, address)
FIRMS = {
    "ru": (
        ("Птицефабрика «Жас Канат»", "ТОО «Жас Канат Агро»", "Алматинская обл., Талгарский р-н, с. Бесагаш"),
        ("Молочный цех «Сут-Ай»", "ТОО «Сут-Ай Онимдери»", "Туркестанская обл., Сайрамский р-н, с. Аксукент"),
        ("Пекарня «Нан Уйи»", "ТОО «Нан Уйи»", "г. Костанай, ул. Промышленная, 12"),
        ("АЗС № 3 с автомойкой", "ТОО «Дала Петрол»", "Акмолинская обл., Целиноградский р-н, трасса Астана–Караганда, 18 км"),
    ),
    "kk": (
        ("«Жас Қанат» құс фабрикасы", "«Жас Қанат Агро» ЖШС", "Алматы облысы, Талғар ауданы, Бесағаш ауылы"),
        ("«Сүт-Ай» сүт цехы", "«Сүт-Ай Өнімдері» ЖШС", "Түркістан облысы, Сайрам ауданы, Ақсукент ауылы"),
        ("«Нан Үйі» наубайханасы", "«Нан Үйі» ЖШС", "Қостанай қ., Өнеркәсіп көшесі, 12"),
        ("Автожуу орны бар № 3 ЖҚС", "«Дала Петрол» ЖШС", "Ақмола облысы, Целиноград ауданы, Астана–Қарағанды тас жолы, 18 км"),
    ),
    "vi": (
        ("Trại gà đẻ Phú Sơn", "Công ty TNHH Chăn nuôi Phú Sơn", "ấp 3, xã Phú Sơn, huyện Tân Phú, tỉnh Đồng Nai"),
        ("Cơ sở chế biến sữa Ba Vì Xanh", "Công ty Cổ phần Sữa Ba Vì Xanh", "thôn Yên Khê, xã Tản Lĩnh, huyện Ba Vì, TP. Hà Nội"),
        ("Xưởng sản xuất bánh mì Hồng Phát", "Công ty TNHH Thực phẩm Hồng Phát", "lô C4, cụm công nghiệp Tân Quy, huyện Củ Chi, TP. Hồ Chí Minh"),
        ("Cửa hàng xăng dầu số 12", "Công ty TNHH Thương mại Xăng dầu Hòa Bình Minh", "quốc lộ 1A, xã Tân Lập, huyện Cai Lậy, tỉnh Tiền Giang"),
    ),
}  # fmt: skip


# rough centre (lat, lon) of each firm's place, KZ then VI
CENTRES = {
    "kz": ((43.37, 77.25), (42.31, 69.78), (53.21, 63.62), (51.03, 71.52)),
    "vi": ((11.27, 107.43), (21.08, 105.38), (10.97, 106.49), (10.41, 106.11)),
}


def _firm(doc: Doc, index: int) -> tuple[str, str, str]:
    return FIRMS[doc.lang][index]


# ---------------------------------------------------------------- facility

TEXT |= {
    "f.title": ("Программа производственного экологического контроля на 2026–2028 гг. (объект III категории)",
                "2026–2028 жж. арналған өндірістік экологиялық бақылау бағдарламасы (III санаттағы объект)",
                "BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025"),
    "f.p": ("Программа подготовлена ТОО «ЭкоПроект-Консалт» по договору с предприятием.",
            "Бағдарламаны кәсіпорынмен шарт бойынша «ЭкоПроект-Консалт» ЖШС дайындады.",
            "Báo cáo do Công ty TNHH Tư vấn Môi trường Xanh Nam lập theo hợp đồng với cơ sở."),
    "f.h": ("1. Общие сведения", "1. Жалпы мәліметтер", "I. THÔNG TIN CHUNG VỀ CƠ SỞ"),
    "f.card": ("Сведения о предприятии|Общие сведения об объекте (по данным заказчика)",
               "Кәсіпорын туралы мәліметтер|Объект туралы жалпы мәліметтер (тапсырыс беруші деректері бойынша)",
               "Thông tin về cơ sở|Thông tin chung (theo hồ sơ pháp lý của cơ sở)"),
    "f.labels": ("Наим. предприятия|БИН|Наим. объекта|Юр. адрес|Код КАТО|ОКЭД (осн.)|Категория объекта|Коорд. (WGS-84)|Руководитель|Тел.",
                 "Кәсіпорын атауы|БСН|Объект атауы|Заңды мекенжайы|ҚАТО коды|ЭҚЖЖ (негізгі)|Объект санаты|Коорд. (WGS-84)|Басшы|Тел.",
                 "Tên chủ cơ sở|Mã số DN|Tên cơ sở|Địa chỉ|Loại hình|Quy mô|Phân loại (Luật BVMT 2020)|Tọa độ|Người đại diện|Điện thoại"),
    "f.head": ("Генеральный директор Сапаров Е.К.|Директор Ким В.А.|Директор Ахметова Г.Б.",
               "Бас директор Сапаров Е.Қ.|Директор Ким В.А.|Директор Ахметова Г.Б.",
               "Ông Nguyễn Văn Phúc – Giám đốc|Bà Trần Thị Lan – Giám đốc|Ông Lê Hoàng Nam – Giám đốc"),
    "f.kind": ("", "", "Chăn nuôi gà đẻ|Chế biến sữa|Sản xuất bánh mì|Kinh doanh xăng dầu"),
    "f.size": ("", "", "45.000 con gà đẻ|12 tấn sữa/ngày|3 tấn bánh/ngày|04 trụ bơm, 03 bồn chứa 25 m3"),
}  # fmt: skip
OKED = ("01471", "10510", "10711", "47300")


def facility_x1(doc: Doc) -> None:
    """A card of two label–value pairs per row under a title row merged across the four columns, abbreviated labels
    (`Наим. предприятия`, `Юр. адрес`), coordinates in decimal degrees with a comma, the category bare (`III`)."""
    r = doc.rng
    i = r.randrange(4)
    name, operator, address = _firm(doc, i)
    vi = doc.lang == "vi"
    doc.h(_t(doc, "f.title"))
    doc.p(_t(doc, "f.p"))
    doc.h(_t(doc, "f.h"))
    cat = r.choice(("III", "IV") if vi else ("III",) * 3 + ("II",))
    bin_ = make_msdn(r) if vi else make_bin(r)
    kato, oked = make_kato(r), OKED[i]
    lat0, lon0 = CENTRES["vi" if vi else "kz"][i]
    lat, lon = round(lat0 + r.uniform(-0.04, 0.04), 5), round(lon0 + r.uniform(-0.04, 0.04), 5)
    labels = _list(doc, "f.labels")
    head = r.choice(_list(doc, "f.head"))
    phone = (
        "0251 3781 225"
        if vi
        else f"8 (7{r.randint(100, 299)}) {r.randint(20, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)}"
    )
    if vi:
        coords = f"{num(lat, 'vi', False)}° B; {num(lon, 'vi', False)}° Đ"
        values = [
            operator,
            bin_,
            name,
            address,
            _list(doc, "f.kind")[i],
            _list(doc, "f.size")[i],
            f"Nhóm {cat}",
            coords,
            head,
            phone,
        ]
    else:
        coords = f"{num(lat, doc.lang, False)}; {num(lon, doc.lang, False)}"
        values = [operator, bin_, name, address, kato, oked, cat, coords, head, phone]
    pairs = list(zip(labels, values, strict=True))
    order = [(0, 1), (2, 3), (4, 5), (6, 7), (8, 9)]
    rows = [_span(r.choice(_list(doc, "f.card")), 4)]
    for a, b in order:
        rows.append([pairs[a][0], pairs[a][1], pairs[b][0], pairs[b][1]])
    doc.table(None, rows, [(0, 0, 0, 3)], role="facility")
    out = {"bin": bin_, "name_contains": name, "category": cat, "lat": lat, "lon": lon}
    if not vi:
        out.update(kato=kato, oked=oked)
    doc.add("facilities", out)
    maybe_distractor(doc, 0.5)


# ---------------------------------------------------------------- emissions

# (RU, KK) name, organised?, codes — a poultry farm's sources
FARM_SOURCES = (
    ("Труба котельной (котел КВр-0,5, уголь)", "Қазандық мұржасы (КВр-0,5 қазандығы, көмір)", True, ("0301", "0304", "0330", "0337", "2908")),
    ("Вытяжная вентиляция птичника № 1", "№ 1 құс қорасының сорма желдеткіші", True, ("0303", "0333")),
    ("Вытяжная вентиляция птичника № 2", "№ 2 құс қорасының сорма желдеткіші", True, ("0303", "0333")),
    ("Пометохранилище (открытая площадка)", "Саңғырық қоймасы (ашық алаң)", False, ("0303", "0333")),
    ("Кормоцех, разгрузка зерна", "Жем цехы, астық түсіру", False, ("2902",)),
)  # fmt: skip
# VI: a pig farm's named sources and the pollutants of each
VI_SOURCES = (
    ("Khu chuồng nuôi (mùi hôi)", ("0303", "0333")),
    ("Hầm biogas và hồ sinh học", ("0333", "0303")),
    ("Máy phát điện dự phòng 250 kVA", ("2902", "0330", "0301", "0337")),
    ("Lò đốt xác heo chết", ("2902", "0337", "0316")),
)
TEXT |= {
    "e.title": ("Проект нормативов допустимых выбросов для птицефабрики «Жас Канат»",
                "«Жас Қанат» құс фабрикасына арналған рұқсат етілген шығарындылар нормативтерінің жобасы",
                "BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN TRANG TRẠI CHĂN NUÔI HEO THỊT MINH PHÁT"),
    "e.p": ("Кол-во источников выбросов – {n}, из них организованных – {o}. Ниже – выбросы по источникам на существующее положение.",
            "Шығарынды көздерінің саны – {n}, оның ішінде ұйымдастырылғаны – {o}. Төменде қазіргі жағдайдағы көздер бойынша шығарындылар берілген.",
            "Tải lượng các chất ô nhiễm không khí phát sinh trong giai đoạn vận hành được tính toán theo hệ số ô nhiễm và được tổng hợp như sau:"),
    "e.head": ("Источник выброса|Код ЗВ|Наименование ЗВ|Выброс ЗВ|^",
               "Шығарынды көзі|ЛЗ коды|ЛЗ атауы|ЛЗ шығарындысы|^",
               "Nguồn phát sinh|Chất ô nhiễm|Tải lượng|^|Ghi chú"),
    "e.units": ("^|^|^|г/сек|т/год", "^|^|^|г/сек|т/жыл", "^|^|g/s|tấn/năm|^"),
    "e.src": ("ист.|ист. №", "көз|көз №", ""),
    "e.total": ("Итого по предприятию:", "Кәсіпорын бойынша жиыны:", "Tổng cộng"),
    "e.note": ("Примечание: ЗВ – загрязняющее вещество; ист. – источник выброса; 0001–5999 – организованные, 6001 и далее – неорганизованные.",
               "Ескертпе: ЛЗ – ластаушы зат; 0001–5999 – ұйымдастырылған, 6001 бастап – ұйымдастырылмаған көздер.",
               "Ghi chú: tải lượng tính theo hệ số phát thải của WHO (1993) và AP-42."),
    "e.caption": ("Таблица 3 – Выбросы ЗВ в атмосферу по источникам",
                  "3-кесте – Көздер бойынша атмосфераға ЛЗ шығарындылары",
                  "Bảng 3.12. Tải lượng chất ô nhiễm không khí từ các nguồn của trang trại"),
}  # fmt: skip


def emissions_x1(doc: Doc) -> None:
    """A poultry farm's НДВ figures: the source's number and name in one cell (`ист. 0001 – Труба котельной`) merged
    down over its substances, the code and the name of each in its own column, `г/сек | т/год` under a merged
    `Выброс ЗВ`, a total row and a note row of abbreviations (VI: a pig farm's loads by named source, the units in
    a row of their own, no numbers)."""
    vi = doc.lang == "vi"
    doc.h(_t(doc, "e.title"))
    if vi:
        doc.p("Chủ dự án: Công ty TNHH Chăn nuôi Minh Phát; quy mô 2.400 con heo thịt/lứa.")
        doc.p(_t(doc, "e.p"))
        rows, merges = (
            [_row(doc, "e.head"), _row(doc, "e.units")],
            [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 1, 4)],
        )
        gs_sum, ty_sum = 0.0, 0.0
        for name, codes in doc.rng.sample(VI_SOURCES, 3):
            start = len(rows)
            note = doc.pick(("Hệ số WHO", "AP-42", "–"))
            for c in codes[: doc.rng.randint(2, len(codes))]:
                g, t = rate(doc.rng, 0.0004, 0.9, 3), rate(doc.rng, 0.005, 12, 3)
                gs_sum, ty_sum = gs_sum + g, ty_sum + t
                label = vocab.air(c, "vi", doc.rng.randrange(2))
                rows.append(
                    [
                        name if len(rows) == start else None,
                        label,
                        num(g, "vi"),
                        num(t, "vi"),
                        note if len(rows) == start else None,
                    ]
                )
                doc.add("emissions", emission(c, g, t))
            if len(rows) - 1 > start:
                merges += [(start, 0, len(rows) - 1, 0), (start, 4, len(rows) - 1, 4)]
        doc.table(_t(doc, "e.caption"), rows, merges, role="emissions")
        doc.p(_t(doc, "e.note"))
        return
    picked = [FARM_SOURCES[0], *doc.rng.sample(FARM_SOURCES[1:], 3)]
    picked.sort(key=lambda s: (not s[2], FARM_SOURCES.index(s)))
    org, unorg = 1, 6001
    n_org = sum(1 for s in picked if s[2])
    doc.p(_t(doc, "e.p").format(n=len(picked), o=n_org))
    rows = [_row(doc, "e.head"), _row(doc, "e.units")]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4)]
    word = doc.pick(_list(doc, "e.src"))
    gs_sum, ty_sum = 0.0, 0.0
    for ru, kk, organized, codes in picked:
        number = f"{org:04d}" if organized else f"{unorg:04d}"
        org, unorg = (org + 1, unorg) if organized else (org, unorg + 1)
        doc.add("sources", {"number": number, "type": "organized" if organized else "unorganized"})
        start = len(rows)
        label = f"{word} {number} – {ru if doc.lang == 'ru' else kk}"
        for c in codes:
            g, t = rate(doc.rng, 0.0002, 0.8, 3), rate(doc.rng, 0.001, 9, 3)
            gs_sum, ty_sum = gs_sum + g, ty_sum + t
            rows.append(
                [
                    label if len(rows) == start else None,
                    c,
                    vocab.air(c, doc.lang),
                    num(g, doc.lang),
                    num(t, doc.lang),
                ]
            )
            doc.add("emissions", emission(c, g, t, number))
        if len(rows) - 1 > start:
            merges.append((start, 0, len(rows) - 1, 0))
    rows.append(
        [_t(doc, "e.total"), None, None, num(round(gs_sum, 6), doc.lang), num(round(ty_sum, 6), doc.lang)]
    )
    merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
    rows.append(_span(_t(doc, "e.note"), 5))
    merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
    doc.table(_t(doc, "e.caption"), rows, merges, role="emissions")
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# (code, RU, KK) — a filling station with a car wash
STATION_WASTES = (
    ("13 05 02*", "Шлам очистных сооружений автомойки (нефтеловушки)", "Автожуу тазарту құрылыстарының шламы (мұнай ұстағыш)"),
    ("15 02 02*", "Ветошь промасленная", "Майланған шүберек"),
    ("16 01 07*", "Фильтры масляные отработанные", "Пайдаланылған май сүзгілері"),
    ("20 03 01", "Смешанные коммунальные отходы (ТБО)", "Аралас коммуналдық қалдықтар (ҚТҚ)"),
    ("15 01 01", "Упаковка из бумаги и картона", "Қағаз және картон орама"),
    ("19 08 02", "Песок из пескоуловителя", "Құм ұстағыштан шыққан құм"),
)  # fmt: skip
STATION_CTNH = ("17 02 03", "18 02 01", "18 01 02", "18 01 03", "19 06 01")
LAMPS = ("20 01 21*", "Лампы ртутьсодержащие (люминесцентные)", "Құрамында сынап бар шамдар (люминесцентті)")
TEXT |= {
    "w.title": ("Отчет по программе производственного экологического контроля за 2025 год. АЗС № 3 с автомойкой (ТОО «Дала Петрол»)",
                "2025 жылғы өндірістік экологиялық бақылау бағдарламасы бойынша есеп. Автожуу орны бар № 3 ЖҚС («Дала Петрол» ЖШС)",
                "BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – CỬA HÀNG XĂNG DẦU SỐ 12"),
    "w.h": ("4. Обращение с отходами", "4. Қалдықтармен жұмыс", "3. Kết quả quản lý chất thải nguy hại"),
    "w.p": ("За отчетный период образовались и переданы по договорам следующие отходы:",
            "Есепті кезеңде келесі қалдықтар түзілді және шарттар бойынша берілді:",
            "Khối lượng chất thải nguy hại phát sinh và chuyển giao trong năm 2025:"),
    "w.head": ("№|Вид отхода|Код, уровень опасности|Кол-во, тн|Куда передается",
               "№|Қалдық түрі|Коды, қауіптілік деңгейі|Саны, тн|Кімге беріледі",
               "TT|Tên chất thải|Mã CTNH|Số lượng|Tổ chức tiếp nhận, xử lý"),
    "w.levels": ("опасн.|неопасн.", "қауіпті|қауіпті емес", ""),
    "w.to": ("ТОО «Эко Сервис KZ» (дог. № 15 от 10.01.2025)|ТОО «Таза Қала» (дог. № 4-ТБО)|ТОО «Вторсырье-Астана»",
             "«Эко Сервис KZ» ЖШС (10.01.2025 ж. № 15 шарт)|«Таза Қала» ЖШС (№ 4-ТБО шарт)|«Вторсырье-Астана» ЖШС",
             "Công ty TNHH Môi trường Xanh Việt (HĐ số 12/2025/HĐ-CTNH)|Công ty CP Môi trường Đô thị Tiền Giang"),
    "w.pcs": ("шт.", "дана", "cái"),
    "w.total": ("Всего", "Барлығы", "Tổng cộng"),
    "w.foot": ("* – опасные отходы согласно Классификатору отходов (приказ МЭГПР РК № 314 от 06.08.2021).",
               "* – Қалдықтар сыныптауышына сәйкес қауіпті қалдықтар (ҚР ЭГТРМ 06.08.2021 № 314 бұйрығы).",
               "Ghi chú: mã CTNH theo Phụ lục III Thông tư 02/2022/TT-BTNMT."),
}  # fmt: skip


def wastes_x1(doc: Doc) -> None:
    """A filling station's report on ПЭК: the code and the hazard level in one cell (`13 05 02* (опасн.)`), amounts in
    `тн`, the lamps counted in pieces with their tonnes in brackets, the receiver with its contract, a total row and a
    footnote on the star (VI: the annual report's CTNH, the unit written in each amount cell, lamps in pieces)."""
    vi = doc.lang == "vi"
    doc.h(_t(doc, "w.title"))
    doc.h(_t(doc, "w.h"))
    doc.p(_t(doc, "w.p"))
    rows = [_row(doc, "w.head")]
    to = _list(doc, "w.to")
    pcs = _t(doc, "w.pcs")
    if vi:
        pool = [w for w in vocab.VN_CTNH if w[0] in STATION_CTNH]
        wastes = [
            {"code": code, "name": name, "state": state, "hazardous": True, "kg": doc.rng.randint(3, 90) * 5}
            for code, name, state in doc.rng.sample(pool, 3)
        ]
        lamp = {
            **dict(
                zip(
                    ("code", "name", "state"),
                    next(w for w in vocab.VN_CTNH if w[0] == "16 01 06"),
                    strict=True,
                )
            ),
            "hazardous": True,
        }
        wastes.insert(doc.rng.randint(1, 3), lamp)
        for k, w in enumerate(wastes, 1):
            if w is lamp:
                count = doc.rng.randint(20, 90)
                w["kg"] = round(count * 0.2, 1)
                amount = f"{count} {pcs} ({num(w['kg'], 'vi')} kg)"
            else:
                amount = f"{num(w['kg'], 'vi')} kg"
            rows.append([str(k), w["name"], w["code"], amount, to[0]])
        rows.append(
            ["", _t(doc, "w.total"), "", f"{num(round(sum(w['kg'] for w in wastes), 1), 'vi')} kg", ""]
        )
        doc.table(None, rows, role="wastes")
        doc.p(_t(doc, "w.foot"))
        expect_vn(doc, wastes)
        maybe_distractor(doc)
        return
    hazardous_word, plain_word = _list(doc, "w.levels")
    picked = [w for w in STATION_WASTES if w[0].endswith("*")][:2] + doc.rng.sample(STATION_WASTES[2:], 3)
    picked.insert(doc.rng.randint(1, 3), LAMPS)
    picked.sort(key=lambda w: not w[0].endswith("*"))
    total_t = 0.0
    for k, (code, ru, kk) in enumerate(picked, 1):
        name = ru if doc.lang == "ru" else kk
        hazardous = code.endswith("*")
        if code == LAMPS[0]:
            count = doc.rng.randint(40, 160)
            t = round(count * 0.0002, 4)
            amount = f"{count} {pcs} ({num(t, doc.lang)} тн)"
        else:
            t = rate(doc.rng, 0.02, 1.8, 3) if hazardous else rate(doc.rng, 0.5, 14, 3)
            amount = num(t, doc.lang)
        total_t += t
        level = hazardous_word if hazardous else plain_word
        receiver = to[0] if hazardous else doc.pick(to[1:])
        rows.append([str(k), name, f"{code} ({level})", amount, receiver])
        doc.add(
            "wastes",
            {
                "code": code,
                "code_system": "LoW",
                "hazardous": hazardous,
                "amount_t": t,
                "name_contains": name,
            },
        )
    rows.append(["", _t(doc, "w.total"), "", num(round(total_t, 4), doc.lang), ""])
    doc.table(None, rows, role="wastes")
    doc.p(_t(doc, "w.foot"))
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# QCVN 62-MT:2016/BTNMT (livestock waste water), column B
QCVN62_B = {"pH": (5.5, 9), "BOD5": 100, "COD": 300, "TSS": 150, "TN": 150}
TEXT |= {
    "l.title": ("Нормативы допустимых сбросов загрязняющих веществ. Молочный цех «Сут-Ай» (ТОО «Сут-Ай Онимдери»)",
                "Ластаушы заттардың рұқсат етілген төгінділерінің нормативтері. «Сүт-Ай» сүт цехы («Сүт-Ай Өнімдері» ЖШС)",
                "GIẤY PHÉP MÔI TRƯỜNG"),
    "l.p": ("Производственные и хозяйственно-бытовые сточные воды после локальных очистных сооружений (жироуловитель, "
            "отстойник) отводятся на поля фильтрации площадью 0,8 га. Расход – {q} м3/сут.",
            "Өндірістік және шаруашылық-тұрмыстық ағынды сулар жергілікті тазарту құрылыстарынан (май ұстағыш, тұндырғыш) "
            "кейін ауданы 0,8 га сүзу алқаптарына жіберіледі. Шығыны – {q} м3/тәул.",
            "Cấp cho Công ty TNHH Chăn nuôi Minh Phát được thực hiện các hoạt động bảo vệ môi trường của Trang trại chăn nuôi "
            "heo Minh Phát. Lưu lượng xả nước thải tối đa: {q} m3/ngày đêm; phương thức xả: tự chảy ra hồ chứa sau xử lý."),
    "l.head": ("№|Показатель|Ед. изм.|Факт. конц. (2025)|ДК|Сброс|^",
               "№|Көрсеткіш|Өлш. бірл.|Нақты конц. (2025)|РЕК|Төгінді|^",
               "TT|Chất ô nhiễm|Đơn vị tính|Giá trị giới hạn cho phép (QCVN 62-MT:2016/BTNMT, cột B)"),
    "l.sub": ("^|^|^|^|^|г/ч|т/год", "^|^|^|^|^|г/сағ|т/жыл", ""),
    "l.units": ("мг/дм³|ед. pH", "мг/дм³|pH бірл.", "mg/L|-"),
    "l.note": ("ДК – допустимая концентрация; ед. изм. – единица измерения; факт. конц. – средняя за год по протоколам аккредитованной лаборатории.",
               "РЕК – рұқсат етілген концентрация; нақты конц. – аккредиттелген зертхана хаттамалары бойынша жылдық орташа.",
               "Ghi chú: Nước thải sau xử lý phải bảo đảm đáp ứng QCVN 62-MT:2016/BTNMT (cột B) trước khi xả ra môi trường."),
    "l.h": ("Таблица 2.1", "2.1-кесте", "Phụ lục 2. Nội dung cấp phép xả nước thải vào nguồn nước"),
    "l.vih": ("", "", "1. Chất ô nhiễm và giá trị giới hạn của chất ô nhiễm theo dòng nước thải:"),
}  # fmt: skip


def limits_x1(doc: Doc) -> None:
    """A dairy's discharge norms to filtration fields: the actual concentration of the year before the ДК, the mass
    (`г/ч`, `т/год`) after it under a merged `Сброс`, the unit in its own column (`мг/дм³`, `ед. pH`), an abbreviations
    note under the table (VI: a pig farm's GPMT annex, QCVN 62-MT:2016/BTNMT column B named in the limit's header)."""
    vi = doc.lang == "vi"
    doc.h(_t(doc, "l.title"))
    doc.p(
        _t(doc, "l.p").format(
            q=num(doc.rng.choice((12, 18, 25, 40)) if not vi else doc.rng.choice((35, 60, 80)), doc.lang)
        )
    )
    if vi:
        doc.h(_t(doc, "l.h"))
        doc.p(_t(doc, "l.vih"))
        mg, ph = _list(doc, "l.units")
        rows = [_row(doc, "l.head")]
        for k, (s, lim) in enumerate(QCVN62_B.items(), 1):
            rows.append([str(k), vocab.water(s, "vi"), ph if s == "pH" else mg, cell(doc, lim)])
            add(doc, limit(("symbol", s), "waste_water", lim, "mg/l", "B"))
        doc.table(None, rows, role="limits")
        doc.p(_t(doc, "l.note"))
        return
    mg, ph = _list(doc, "l.units")
    rows = [_row(doc, "l.head"), _row(doc, "l.sub")]
    merges = [(0, c, 1, c) for c in range(5)] + [(0, 5, 0, 6)]
    q = doc.rng.choice((12, 18, 25, 40))
    pool = ["BOD5", "COD", "TSS", "NH4+", "Cl-", "Surfactants", "TDS", "SO4"]
    keys = ["pH", *sorted(doc.rng.sample(pool, 5), key=pool.index)]
    for k, s in enumerate(keys, 1):
        lim = DISCHARGE[s]
        if s == "pH":
            value = round(doc.rng.uniform(6.8, 8.1), 1)
            mass = ["–", "–"]
        else:
            value = float(f"{lim * doc.rng.uniform(0.3, 0.95):.2g}")
            mass = [num(round(lim * q / 24, 3), doc.lang), num(round(lim * q * 365 / 1e6, 5), doc.lang)]
        rows.append(
            [
                str(k),
                vocab.water(s, doc.lang),
                ph if s == "pH" else mg,
                num(value, doc.lang),
                cell(doc, lim),
                *mass,
            ]
        )
        add(doc, limit(("symbol", s), "waste_water", lim, "mg/l", measured=value))
    doc.table(_t(doc, "l.h"), rows, merges, role="limits")
    doc.p(_t(doc, "l.note"))
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

TEXT |= {
    "m.title": ("Программа ПЭК (сокращенная). ТОО «Жас Канат Агро», птицефабрика",
                "ӨЭБ бағдарламасы (қысқартылған). «Жас Қанат Агро» ЖШС, құс фабрикасы",
                "CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ – TRẠI GÀ ĐẺ PHÚ SƠN"),
    "m.p": ("Мониторинг эмиссий и воздействия выполняется силами аккредитованной лаборатории по договору.",
            "Эмиссиялар мен әсер мониторингін шарт бойынша аккредиттелген зертхана жүргізеді.",
            "Cơ sở thuê đơn vị có chức năng quan trắc môi trường (VIMCERTS) thực hiện lấy mẫu, phân tích."),
    "m.head": ("Объект контроля|Точка / ИЗА|Контролир. параметры|Периодичн.|Кем выполняется",
               "Бақылау объектісі|Нүкте / АЛК|Бақыланатын параметрлер|Кезеңділігі|Кім орындайды",
               "Thành phần|Vị trí (ký hiệu)|Thông số|Tần suất|Ghi chú"),
    "m.media": ("Выбросы в атм. воздух|Атм. воздух на границе СЗЗ|Подземные воды",
                "Атм. ауаға шығарындылар|СҚА шекарасындағы атм. ауа|Жерасты сулары",
                "Nước thải|Không khí xung quanh|Khí thải lò đốt"),
    "m.src": ("ИЗА {n} ({w})", "АЛК {n} ({w})", ""),
    "m.what": ("котельная|птичники № 1, 2", "қазандық|№ 1, 2 құс қоралары", ""),
    "m.pts": ("Т-1 (граница СЗЗ, подветр. сторона)|Т-2 (граница СЗЗ, наветр. сторона)|Скв. Н-1 (набл., ниже пометохранилища)",
              "Т-1 (СҚА шекарасы, ық жағы)|Т-2 (СҚА шекарасы, жел жағы)|Н-1 ұңғ. (бақылау, саңғырық қоймасынан төмен)",
              "NT-01: nước thải sau hệ thống xử lý, trước khi ra hồ chứa|KK-01: khu vực chuồng nuôi, cuối hướng gió|KT-01: ống khói lò đốt xác gia cầm"),
    "m.who": ("аккред. лаборатория|инструм. замеры, лаборатория", "аккред. зертхана|аспаптық өлшеу, зертхана",
              "Đơn vị quan trắc được cấp chứng nhận|–"),
    "m.freq": ("1 р/кв.|2 р/год|1 р/год", "тоқсанына 1 р.|жылына 2 р.|жылына 1 р.", "03 tháng/lần|06 tháng/lần|1 lần/năm"),
}  # fmt: skip
FREQ_WORDS = ("quarterly", "semiannual", "yearly")


def monitoring_x1(doc: Doc) -> None:
    """A consultancy's short ПЭК programme of a poultry farm: the medium merged down the first column, the boiler's
    source and the two barns' sources as `ИЗА 0002, 0003` in one cell, names of substances joined by commas,
    frequencies abbreviated (`1 р/кв.`, `2 р/год`) (VI: a layer farm's programme, the point's code leading the
    position cell)."""
    vi = doc.lang == "vi"
    doc.h(_t(doc, "m.title"))
    doc.p(_t(doc, "m.p"))
    said = dict(zip(FREQ_WORDS, _list(doc, "m.freq"), strict=True))
    media = _list(doc, "m.media")
    who = _list(doc, "m.who")
    pts = _list(doc, "m.pts")
    rows, merges = [_row(doc, "m.head")], []

    def line(first, where, keys, word, note, loc):
        names = [
            vocab.water(k, doc.lang)
            if kind == "symbol"
            else vocab.air(k, doc.lang, doc.rng.randrange(2) if vi else int(k == "2908"))
            for kind, k in keys
        ]
        rows.append([first, where, ", ".join(names), said[word], note])
        doc.add("monitoring", *({**loc, kind: k, "frequency": word} for kind, k in keys))

    if vi:
        water = [("symbol", s) for s in ("pH", "BOD5", "COD", "TSS", "TN", "Coliform")]
        line(media[0], pts[0], water, "quarterly", who[0], {"point_contains": "NT-01"})
        line(
            media[1],
            pts[1],
            [("code", "0303"), ("code", "0333")],
            "semiannual",
            who[0],
            {"point_contains": "KK-01"},
        )
        line(
            media[2],
            pts[2],
            [("code", c) for c in ("2902", "0337", "0316")],
            doc.pick(("semiannual", "yearly")),
            who[1],
            {"point_contains": "KT-01"},
        )
        doc.table("Bảng 4. Chương trình quan trắc môi trường", rows, merges, role="monitoring")
        maybe_distractor(doc)
        return
    boiler, barns = _list(doc, "m.what")
    start = len(rows)
    line(
        media[0],
        _t(doc, "m.src").format(n="0001", w=boiler),
        [("code", c) for c in ("0301", "0330", "0337", "2908")],
        doc.pick(("quarterly", "semiannual")),
        who[1],
        {"source_number": "0001"},
    )
    barn_word = doc.pick(("semiannual", "yearly"))
    barn_keys = [("code", "0303"), ("code", "0333")]
    rows.append(
        [
            None,
            _t(doc, "m.src").format(n="0002, 0003", w=barns),
            ", ".join(vocab.air(k, doc.lang) for _, k in barn_keys),
            said[barn_word],
            who[1],
        ]
    )
    for n in ("0002", "0003"):
        doc.add(
            "monitoring", *({"source_number": n, kind: k, "frequency": barn_word} for kind, k in barn_keys)
        )
    merges.append((start, 0, len(rows) - 1, 0))
    start = len(rows)
    for p in pts[:2]:
        line(
            media[1] if len(rows) == start else None,
            p,
            [("code", "0303"), ("code", "0333"), ("code", "2902")],
            "quarterly",
            who[0],
            {"point_contains": p.split()[0]},
        )
    merges.append((start, 0, len(rows) - 1, 0))
    line(
        media[2],
        pts[2],
        [("symbol", s) for s in ("NO3-", "NH4+", "Cl-")],
        doc.pick(("semiannual", "yearly")),
        who[0],
        {"point_contains": "Н-1"},
    )
    doc.table(
        doc.v("Таблица 5. План-график контроля", "5-кесте. Бақылау жоспар-кестесі", ""),
        rows,
        merges,
        role="monitoring",
    )
    doc.p(
        doc.v(
            "ИЗА – источник загрязнения атмосферы; СЗЗ – санитарно-защитная зона; набл. – наблюдательная.",
            "АЛК – атмосфераның ластану көзі; СҚА – санитариялық-қорғау аймағы.",
            "",
        )
    )
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

# (unit, what is checked) per language
CHECK_UNITS = {
    "ru": (("Контейнерная площадка ТБО", "заполнение контейнеров, чистота площадки"),
           ("Место накопления опасных отходов", "маркировка тары, сроки накопления (не более 6 мес.)"),
           ("Жироуловитель цеха выпечки", "уровень жира, необходимость откачки"),
           ("Печь хлебопекарная (дымовая труба)", "режим горения, состояние газохода"),
           ("Мучной склад (аспирация)", "состояние рукавных фильтров, пыление"),
           ("Нефтеловушка автомойки", "толщина слоя нефтепродуктов, осадок"),
           ("Резервуарный парк", "исправность дыхательных клапанов, отсутствие проливов"),
           ("Площадка ТРК", "проливы топлива, наличие песка и сорбента")),
    "kk": (("ҚТҚ контейнер алаңы", "контейнерлердің толуы, алаңның тазалығы"),
           ("Қауіпті қалдықтарды жинақтау орны", "ыдыстың таңбалануы, жинақтау мерзімі (6 айдан аспайды)"),
           ("Наубайхана цехының май ұстағышы", "май деңгейі, сорып шығару қажеттілігі"),
           ("Нан пісіру пеші (түтін мұржасы)", "жану режимі, газ жолының жай-күйі"),
           ("Ұн қоймасы (аспирация)", "жең сүзгілерінің жай-күйі, шаңдану"),
           ("Автожуудың мұнай ұстағышы", "мұнай өнімдері қабатының қалыңдығы, тұнба"),
           ("Резервуарлар паркі", "тыныс алу клапандарының жарамдылығы, төгілудің болмауы"),
           ("ЖТК алаңы", "отынның төгілуі, құм мен сорбенттің болуы")),
    "vi": (("Hầm biogas", "rò rỉ khí, áp suất, tình trạng bạt phủ"),
           ("Hồ sinh học", "mực nước, màu nước, mùi"),
           ("Kho chứa chất thải nguy hại", "nhãn, biển cảnh báo, thời gian lưu giữ"),
           ("Khu vực ủ phân", "độ ẩm, mùi, ruồi nhặng"),
           ("Khu vực chuồng nuôi", "vệ sinh, hệ thống quạt hút, đệm lót sinh học")),
}  # fmt: skip
TEXT |= {
    "i.title": ("График внутренних проверок соблюдения экологических требований на 2026 г.",
                "2026 жылға арналған экологиялық талаптардың сақталуын ішкі тексеру кестесі",
                "KẾ HOẠCH TỰ KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2026"),
    "i.p": ("Утверждаю: директор {op}. Проверки проводит ответственный за ООС, результаты заносятся в журнал.",
            "Бекітемін: {op} директоры. Тексерулерді ҚОҚ жауаптысы жүргізеді, нәтижелер журналға енгізіледі.",
            "Ban hành kèm theo Quyết định của Giám đốc {op}. Kết quả kiểm tra được ghi vào sổ theo dõi."),
    "i.head": ("Участок|Что проверяется|Как часто|Ответств.|Отметка о вып.",
               "Учаске|Не тексеріледі|Қаншалықты жиі|Жауапты|Орындалуы туралы белгі",
               "Hạng mục|Nội dung kiểm tra|Tần suất|Người thực hiện|Ký xác nhận"),
    "i.who": ("инженер-эколог|зав. производством|мастер смены", "инженер-эколог|өндіріс меңгерушісі|ауысым шебері",
              "Cán bộ môi trường|Tổ trưởng chăn nuôi|Quản lý trại"),
    "i.daily": ("ежедневно", "күн сайын", "Hằng ngày"),
    "i.weekly": ("еженедельно|1 раз в нед.", "апта сайын|аптасына 1 рет", "Hằng tuần|01 lần/tuần"),
    "i.monthly": ("1 раз в мес.|ежемесячно", "айына 1 рет|ай сайын", "Hằng tháng|01 tháng/lần"),
    "i.quarterly": ("ежеквартально|1 раз в квартал", "тоқсан сайын|тоқсанына 1 рет", "Hằng quý|03 tháng/lần"),
}  # fmt: skip


def inspections_x1(doc: Doc) -> None:
    """A small firm's schedule of internal checks approved by its director: the unit, what is checked, how often
    (`1 раз в нед.`, `1 раз в мес.`), who, and an empty column for the mark."""
    which = 0 if doc.lang == "vi" else doc.rng.choice((2, 3))
    _, operator, _ = _firm(doc, which)
    units = CHECK_UNITS[doc.lang]
    units = units if doc.lang == "vi" else units[:2] + (units[2:5] if which == 2 else units[5:])
    doc.h(_t(doc, "i.title"))
    doc.p(_t(doc, "i.p").format(op=operator))
    rows = [_row(doc, "i.head")]
    words = ["daily", "weekly", "monthly", "quarterly", doc.pick(("weekly", "monthly"))]
    doc.rng.shuffle(words)
    for (unit, what), word in zip(doc.rng.sample(units, 5), words, strict=True):
        rows.append([unit, what, doc.pick(_list(doc, f"i.{word}")), doc.pick(_list(doc, "i.who")), ""])
        doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": unit})
    doc.table(None, rows, role="inspections")
    distractor(doc, "approval")


# ---------------------------------------------------------------- tasks

# (violation with the norm breached, measure, term, responsible)
ORDERS = {
    "ru": (
        ("Не ведется учет отходов (ст. 339 Экологического кодекса РК)", "Организовать ведение журнала учета образования и передачи отходов", "до 01.03.2026", "директор ТОО"),
        ("Опасные отходы хранятся более 6 месяцев (п. 2 ст. 320 ЭК РК)", "Передать накопленные промасленную ветошь и фильтры специализированной организации", "в течение 10 рабочих дней", "инженер по ТБ и ООС"),
        ("Отсутствует программа ПЭК (ст. 182 ЭК РК)", "Разработать программу производственного экологического контроля и представить в Департамент экологии", "до 15.04.2026", "директор ТОО"),
        ("Не проводится очистка нефтеловушки автомойки", "Провести очистку нефтеловушки с составлением акта и передачей шлама по договору", "до 20.02.2026", "заведующий автомойкой"),
        ("Контейнерная площадка не имеет твердого покрытия и ограждения", "Оборудовать контейнерную площадку бетонным покрытием и ограждением с трех сторон", "до 01.06.2026", "завхоз"),
    ),
    "kk": (
        ("Қалдықтар есебі жүргізілмейді (ҚР Экологиялық кодексінің 339-бабы)", "Қалдықтардың түзілуі мен берілуін есепке алу журналын жүргізуді ұйымдастыру", "01.03.2026 дейін", "ЖШС директоры"),
        ("Қауіпті қалдықтар 6 айдан артық сақталады (ҚР ЭК 320-бабының 2-тармағы)", "Жинақталған майлы шүберек пен сүзгілерді мамандандырылған ұйымға беру", "10 жұмыс күні ішінде", "ЕҚ және ҚОҚ жөніндегі инженер"),
        ("ӨЭБ бағдарламасы жоқ (ҚР ЭК 182-бабы)", "Өндірістік экологиялық бақылау бағдарламасын әзірлеп, Экология департаментіне ұсыну", "15.04.2026 дейін", "ЖШС директоры"),
        ("Автожуудың мұнай ұстағышы тазартылмайды", "Мұнай ұстағышты акт жасай отырып тазарту және шламды шарт бойынша беру", "20.02.2026 дейін", "автожуу меңгерушісі"),
        ("Контейнер алаңының қатты жабыны мен қоршауы жоқ", "Контейнер алаңын бетон жабынмен және үш жағынан қоршаумен жабдықтау", "01.06.2026 дейін", "шаруашылық меңгерушісі"),
    ),
    "vi": (
        ("Chưa lập sổ đăng ký chủ nguồn thải chất thải nguy hại", "Lập sổ theo dõi và báo cáo chất thải nguy hại theo quy định tại Thông tư 02/2022/TT-BTNMT", "Trước ngày 31/3/2026", "Quản lý trại"),
        ("Hồ sinh học số 2 bị tràn bờ khi mưa lớn", "Gia cố, nâng cao bờ hồ sinh học số 2 và làm mương thoát nước mưa riêng", "Trước mùa mưa (tháng 5/2026)", "Tổ kỹ thuật"),
        ("Kho chứa chất thải nguy hại chưa có biển cảnh báo", "Lắp biển cảnh báo, dán nhãn các thùng chứa chất thải nguy hại", "Trong 15 ngày", "Cán bộ môi trường"),
        ("Chưa thực hiện quan trắc nước thải định kỳ quý IV/2025", "Thuê đơn vị có chứng nhận VIMCERTS lấy mẫu nước thải sau xử lý", "Tháng 01/2026", "Giám đốc công ty"),
        ("Xác gia cầm chết chưa được xử lý đúng quy định", "Xây dựng hố chôn hợp vệ sinh và lập sổ theo dõi gia cầm chết", "Tháng 3/2026", "Tổ trưởng chăn nuôi"),
    ),
}  # fmt: skip
TEXT |= {
    "t.title": ("ПРЕДПИСАНИЕ об устранении нарушений экологического законодательства Республики Казахстан",
                "Қазақстан Республикасының экологиялық заңнамасын бұзушылықтарды жою туралы НҰСҚАМА",
                "BIÊN BẢN KIỂM TRA VIỆC CHẤP HÀNH PHÁP LUẬT VỀ BẢO VỆ MÔI TRƯỜNG"),
    "t.p": ("По результатам внеплановой проверки {op} ({name}) предписывается устранить следующие нарушения:",
            "Жоспардан тыс тексеру нәтижелері бойынша {op} ({name}) келесі бұзушылықтарды жою ұсынылады:",
            "Đoàn kiểm tra đã kiểm tra {name} của {op} và yêu cầu cơ sở khắc phục các tồn tại sau:"),
    "t.head": ("№ п/п|Выявленное нарушение|Мероприятие по устранению|Срок|Ответственное лицо",
               "№|Анықталған бұзушылық|Жою жөніндегі іс-шара|Мерзімі|Жауапты тұлға",
               "TT|Tồn tại, vi phạm|Yêu cầu khắc phục|Thời hạn|Người chịu trách nhiệm"),
    "t.after": ("Об исполнении предписания сообщить в Департамент экологии письменно в срок до 15.06.2026.",
                "Нұсқаманың орындалуы туралы Экология департаментіне 15.06.2026 дейін жазбаша хабарлау.",
                "Cơ sở báo cáo kết quả khắc phục về Sở Nông nghiệp và Môi trường trước ngày 30/6/2026."),
}  # fmt: skip


def tasks_x1(doc: Doc) -> None:
    """An inspector's order to a small firm: the violation with the norm breached beside the measure required, the term
    and the responsible person; numbers written `1)` (VI: the requests of a biên bản kiểm tra at a farm)."""
    vi = doc.lang == "vi"
    name, operator, _ = _firm(doc, 0 if vi else 3)
    doc.h(_t(doc, "t.title"))
    doc.p(_t(doc, "t.p").format(op=operator, name=name))
    rows = [_row(doc, "t.head")]
    picked = sorted(doc.rng.sample(range(5), 4))
    for k, i in enumerate(picked, 1):
        violation, measure, term, who = ORDERS[doc.lang][i]
        rows.append([f"{k})" if not vi else str(k), violation, measure, term, who])
        doc.add("obligations", task(str(k), measure, who))
    doc.table(None, rows, role="tasks")
    doc.p(_t(doc, "t.after"))


LAYOUTS = [Layout(role, "X1", globals()[f"{role}_x1"]) for role in ROLES]
"""`facility_x1` … `tasks_x1`, in the order of the roles."""
