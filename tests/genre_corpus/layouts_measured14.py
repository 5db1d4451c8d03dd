"""Measured blind once (part U of the eighth blind set, 0.669 at c9d8965, 2026-12-04), then studied and tuned on:
now a tuning layout. What follows is its writer's description.

A blind held-out set (two layouts per role, `U1` and `U2`): never used for tuning, written by someone who did
not run the extractor on them and did not read it, to differ from every layout of `layouts_*.py`.

Theme: industrial zones and manufacturing — Kazakhstan's light industry (spinning, sewing, dyeing, meat and dairy
plants, polymer packaging) and Vietnam's factories in industrial zones (electronics, textile dyeing, seafood and food
processing, paints and chemicals): reports on ПЭК and báo cáo công tác bảo vệ môi trường hằng năm, an industrial
zone's reports on its tenants, ОВВ / ĐTM chapters with emission calculations, agreements on discharge into the
zone's sewers, waste registers, and the plans of an ISO 14001 environmental management system.

An operator with two production sites as the value columns of a card, the operator and its BIN merged across them;
an industrial zone's list of tenants under a two-row header of three column groups (VI: the waste-water flow each
tenant sends to the zone's treatment plant, a total row); emissions calculated from specific factors, the material
used and the hours of work merged over a source's substances (VI: emission factors by production stage, tonnes
before g/s); totals per substance under group rows naming the hazard class, with a subtotal per class (VI: under
group rows of dust, inorganic gases and VOCs); wastes by half-year with the year's total as the amount (VI: the
CTNH of an annual report with treatment codes explained in a note); wastes under group rows naming where they go
(VI: CTNH and ordinary wastes together, a classification column); the zone's sewer-acceptance limits written
`не более …` under parameter group rows (VI: the zone's acceptance standard beside QCVN 40 column B); ambient air
at points as rows and the substances as columns, each header cell carrying its ПДК (VI: the QCVN 05 value);
a monitoring programme split into tables whose captions give the frequency, the point written only on its first
row; an ISO 14001 plan of monitoring and measurement where substances sit beside water meters and waste masses;
the zone's risk-based plan of visits to its tenants; internal checks whose term cell joins the frequency with
when in the period (`ежемесячно, до 25 числа`); the zone's requirements to tenants under group rows naming each
tenant, who is the actor; an ISO 14001 programme of objectives and targets merged over the actions numbered 1.1.
Each function's docstring says more.

The words of each layout are in the text tables (RU, KK, VI); a header row is one string, its cells between `|`,
`^` for a cell a merge covers.
"""

from __future__ import annotations

import re

from . import vocab
from .common import Doc, freq, make_bin, make_kato, make_msdn, maybe_distractor, num, rate
from .layouts_wastes import expect_vn, vn_wastes
from .limits_data import AIR_PDK, QCVN40, add, cell, limit
from .obligations_data import words
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


def _mon(loc: dict, key: tuple[str, str], frequency: str) -> dict:
    return {**loc, key[0]: key[1], "frequency": frequency}


def _sig(x: float, digits: int = 2) -> float:
    return float(f"{x:.{digits}g}")


def _measured(doc: Doc, lim: float) -> float:
    """A value measured below a limit: a tenth to most of it."""
    return _sig(lim * doc.rng.uniform(0.1, 0.85))


def _down(rows: list, start: int, col: int, merges: list) -> None:
    """Merges a column down from row `start` to the last row, when that is two rows or more."""
    if len(rows) - 1 > start:
        merges.append((start, col, len(rows) - 1, col))


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose one cell spans the table: a group row or a note."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _lang(doc: Doc, triple):
    return triple[vocab.LANGS.index(doc.lang)]


TEXT |= {
    "report": ("Отчет по программе производственного экологического контроля за 2025 год",
               "2025 жылға арналған өндірістік экологиялық бақылау бағдарламасы бойынша есеп",
               "BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025"),
    "report.period": ("Отчетный период: с 01.01.2025 по 31.12.2025.", "Есепті кезең: 01.01.2025 – 31.12.2025.",
                      "(Kỳ báo cáo: từ ngày 01/01/2025 đến hết ngày 31/12/2025)"),
    "zone": ("индустриальная зона «Оңтүстік Легпром»", "«Оңтүстік Легпром» индустриялық аймағы", "Khu công nghiệp Phước Đông An"),
    "zone.company": ("ТОО «Управляющая компания «Оңтүстік Легпром»»", "«Оңтүстік Легпром басқарушы компаниясы» ЖШС",
                     "Công ty Cổ phần Phát triển Hạ tầng Phước Đông An"),
}  # fmt: skip

# tenants of the industrial zone: (company, activity, capacity)
TENANTS = {
    "ru": (("ТОО «Оңтүстік Тоқыма»", "производство хлопчатобумажной пряжи", "12 000 т/год"),
           ("ТОО «Шымкент Джинс»", "пошив джинсовой одежды", "1,2 млн изделий/год"),
           ("ТОО «Текстиль Колор Азия»", "крашение и отделка тканей", "8 млн м/год"),
           ("ТОО «ЮгПласт Упаковка»", "производство полимерной упаковки", "4 500 т/год"),
           ("ТОО «Табиғи Сүт»", "производство молочной продукции", "60 т/сутки"),
           ("ТОО «Жібек Былғары»", "производство обуви", "350 тыс. пар/год"),
           ("ТОО «Оңтүстік Нан Өнімдері»", "производство хлебобулочных изделий", "25 т/сутки")),
    "kk": (("«Оңтүстік Тоқыма» ЖШС", "мақта иірімжібін өндіру", "12 000 т/жыл"),
           ("«Шымкент Джинс» ЖШС", "джинсы киімін тігу", "1,2 млн бұйым/жыл"),
           ("«Текстиль Колор Азия» ЖШС", "маталарды бояу және әрлеу", "8 млн м/жыл"),
           ("«ЮгПласт Орама» ЖШС", "полимерлі орама өндірісі", "4 500 т/жыл"),
           ("«Табиғи Сүт» ЖШС", "сүт өнімдерін өндіру", "60 т/тәулік"),
           ("«Жібек Былғары» ЖШС", "аяқ киім өндірісі", "350 мың жұп/жыл"),
           ("«Оңтүстік Нан Өнімдері» ЖШС", "нан-тоқаш өнімдерін өндіру", "25 т/тәулік")),
    "vi": (("Công ty TNHH Điện tử Hanam Vina", "Sản xuất linh kiện điện tử", "20 triệu sản phẩm/năm"),
           ("Công ty TNHH Dệt kim Phú Thịnh", "Dệt kim, nhuộm vải", "6.000 tấn vải/năm"),
           ("Công ty Cổ phần Thực phẩm Á Châu Xanh", "Chế biến nông sản, thực phẩm", "15.000 tấn sản phẩm/năm"),
           ("Công ty TNHH Hóa chất Sơn Hải Việt Nam", "Sản xuất sơn và chất phủ", "9.000 tấn/năm"),
           ("Công ty TNHH May mặc Thành Công Mới", "May mặc xuất khẩu", "4 triệu sản phẩm/năm"),
           ("Công ty TNHH Bao bì Nhựa Đông Á", "Sản xuất bao bì nhựa", "3.500 tấn/năm"),
           ("Công ty TNHH Linh kiện Cơ điện tử Kyoto Việt Nam", "Gia công cơ khí, mạ kim loại", "1,5 triệu sản phẩm/năm")),
}  # fmt: skip


def _production(doc: Doc, which: int) -> None:
    """A table of no role: what the operator made in the year."""
    rows = [_row(doc, "prod.head")]
    for item in _t(doc, "prod.items").split("/")[which].split("|"):
        name, unit, low, high = item.split(";")
        rows.append([name, unit, num(doc.rng.randint(int(low), int(high)) * 10, doc.lang)])
    doc.table(_t(doc, "prod.caption"), rows, role="other")


TEXT |= {
    "prod.caption": ("Сведения о выпуске продукции за 2025 год", "2025 жылғы өнім шығару туралы мәліметтер",
                     "Bảng 1.2. Sản lượng sản xuất thực tế năm 2025"),
    "prod.head": ("Вид продукции|Ед. изм.|Фактический выпуск", "Өнім түрі|Өлш. бірл.|Нақты шығарылым", "Sản phẩm|Đơn vị|Sản lượng năm 2025"),
    # per operator of TWO_SITES, `/` between operators: name;unit;low;high (tens)
    "prod.items": ("Пряжа хлопчатобумажная;т;800;1200|Ткань суровая;тыс. м;300;900|Швейные изделия;тыс. шт.;40;160/"
                   "Мясо и субпродукты;т;300;700|Колбасные изделия;т;150;400|Мясные полуфабрикаты;т;60;200/"
                   "Пленка полиэтиленовая;т;200;450|Пакеты с печатью;млн шт.;2;9|Этикетка;тыс. м2;40;120",
                   "Мақта иірімжібі;т;800;1200|Шикі мата;мың м;300;900|Тігін бұйымдары;мың дана;40;160/"
                   "Ет және қосымша өнімдер;т;300;700|Шұжық өнімдері;т;150;400|Ет жартылай фабрикаттары;т;60;200/"
                   "Полиэтилен үлдір;т;200;450|Басылған пакеттер;млн дана;2;9|Затбелгі;мың м2;40;120",
                   "Bản mạch in lắp ráp;sản phẩm;800000;1400000|Module camera;sản phẩm;2500000;3800000|Linh kiện khác;sản phẩm;100000;300000/"
                   "Vải thành phẩm;mét;1200000;1700000|Sản phẩm may mặc;sản phẩm;400000;590000|Vải mộc bán ra;mét;100000;300000/"
                   "Cá tra phi lê đông lạnh;tấn;2200;2900|Thực phẩm đóng hộp;tấn;500;780|Bột cá;tấn;300;600"),
}  # fmt: skip


# ---------------------------------------------------------------- facility

# an operator with two production sites: (operator, [representative (VI)], sites)
# site: (name, address, OKED (KZ) or activity (VI), capacity (VI))
TWO_SITES = {
    "ru": (("ТОО «Жібек Жолы Текстиль»", (("Прядильная фабрика", "г. Шымкент, индустриальная зона «Оңтүстік Легпром», ул. Капал батыра, 5", "13100"),
                                         ("Швейная фабрика № 2", "Туркестанская область, г. Туркестан, ул. Тауке хана, 112", "14130"))),
           ("ТОО «Сарыағаш Ет Өнімдері»", (("Мясоперерабатывающий комбинат", "Туркестанская область, г. Сарыагаш, ул. Исмаилова, 40", "10110"),
                                           ("Цех производства колбасных изделий", "г. Шымкент, Абайский район, ул. Жибек жолы, 18", "10130"))),
           ("ТОО «Алатау Пласт»", (("Завод полимерной упаковки", "Алматинская область, Илийский район, индустриальная зона «Алатау», участок 7", "22220"),
                                   ("Цех флексографической печати", "г. Алматы, Турксибский район, ул. Бекмаханова, 93", "18120")))),
    "kk": (("«Жібек Жолы Текстиль» ЖШС", (("Иіру фабрикасы", "Шымкент қ., «Оңтүстік Легпром» индустриялық аймағы, Қапал батыр к-сі, 5", "13100"),
                                         ("№ 2 тігін фабрикасы", "Түркістан облысы, Түркістан қ., Тәуке хан к-сі, 112", "14130"))),
           ("«Сарыағаш Ет Өнімдері» ЖШС", (("Ет өңдеу комбинаты", "Түркістан облысы, Сарыағаш қ., Исмаилов к-сі, 40", "10110"),
                                           ("Шұжық өнімдерін өндіру цехы", "Шымкент қ., Абай ауданы, Жібек жолы к-сі, 18", "10130"))),
           ("«Алатау Пласт» ЖШС", (("Полимерлі орама зауыты", "Алматы облысы, Іле ауданы, «Алатау» индустриялық аймағы, 7-учаске", "22220"),
                                   ("Флексографиялық басып шығару цехы", "Алматы қ., Түрксіб ауданы, Бекмаханов к-сі, 93", "18120")))),
    "vi": (("Công ty TNHH Điện tử Kinh Bắc Việt Nam", "Ông Kim Sung Min – Tổng Giám đốc",
            (("Nhà máy linh kiện điện tử Quế Võ", "Lô C4, Khu công nghiệp Quế Võ, phường Phương Liễu, thị xã Quế Võ, tỉnh Bắc Ninh",
              "Sản xuất bản mạch in và lắp ráp linh kiện điện tử", "15 triệu sản phẩm/năm"),
             ("Nhà máy lắp ráp module camera Yên Phong", "Lô E2, Khu công nghiệp Yên Phong, huyện Yên Phong, tỉnh Bắc Ninh",
              "Lắp ráp module camera điện thoại di động", "40 triệu sản phẩm/năm"))),
           ("Công ty Cổ phần Dệt may Đồng Nai Xanh", "Bà Nguyễn Thị Thu Hà – Tổng Giám đốc",
            (("Nhà máy dệt nhuộm Nhơn Trạch", "Đường số 2, Khu công nghiệp Nhơn Trạch 3, huyện Nhơn Trạch, tỉnh Đồng Nai",
              "Dệt, nhuộm và hoàn tất vải", "18 triệu mét vải/năm"),
             ("Nhà máy may xuất khẩu Long Thành", "Đường số 5, Khu công nghiệp Long Thành, huyện Long Thành, tỉnh Đồng Nai",
              "May mặc xuất khẩu", "6 triệu sản phẩm/năm"))),
           ("Công ty Cổ phần Thực phẩm Mekong Xanh", "Ông Trần Minh Quân – Giám đốc",
            (("Nhà máy chế biến thủy sản Hòa Phú", "Khu công nghiệp Hòa Phú, huyện Long Hồ, tỉnh Vĩnh Long",
              "Chế biến cá tra phi lê đông lạnh", "30.000 tấn sản phẩm/năm"),
             ("Nhà máy thực phẩm đóng hộp Bình Minh", "Khu công nghiệp Bình Minh, thị xã Bình Minh, tỉnh Vĩnh Long",
              "Chế biến thực phẩm đóng hộp", "8.000 tấn sản phẩm/năm")))),
}  # fmt: skip
OKED = {
    "13100": ("Подготовка и прядение текстильных волокон", "Тоқыма талшықтарын дайындау және иіру"),
    "14130": ("Производство прочей верхней одежды", "Өзге де сырт киім өндірісі"),
    "10110": ("Переработка и консервирование мяса", "Етті қайта өңдеу және консервілеу"),
    "10130": ("Производство продуктов из мяса и мяса птицы", "Ет және құс етінен жасалған өнімдер өндірісі"),
    "22220": ("Производство пластмассовых изделий для упаковывания товаров", "Тауарларды орауға арналған пластмасса бұйымдар өндірісі"),
    "18120": ("Печатание прочее", "Өзге де басып шығару"),
}  # fmt: skip
TEXT |= {
    "fac1.p": ("Оператор {operator} осуществляет деятельность на двух производственных площадках; настоящий отчет охватывает обе площадки.",
               "{operator} екі өндірістік алаңда қызметін жүзеге асырады; осы есеп екі алаңды да қамтиды.",
               "Chủ cơ sở: {operator}. Báo cáo này bao gồm kết quả thực hiện công tác bảo vệ môi trường tại hai nhà máy của Công ty."),
    "fac1.h": ("Раздел 1. Общие сведения", "1-бөлім. Жалпы мәліметтер", "I. THÔNG TIN CHUNG VỀ CƠ SỞ"),
    "fac1.head": ("Показатель|Площадка № 1|Площадка № 2", "Көрсеткіш|№ 1 алаң|№ 2 алаң", "Nội dung|Nhà máy số 1|Nhà máy số 2"),
    "fac1.labels": ("Наименование оператора|БИН|Наименование площадки|Местонахождение|Код КАТО|Основной вид деятельности (ОКЭД)|"
                    "Категория объекта|Координаты центра площадки|Численность работающих, чел.",
                    "Оператордың атауы|БСН|Алаңның атауы|Орналасқан жері|ҚАТО коды|Негізгі қызмет түрі (ЭҚЖЖ)|"
                    "Объектінің санаты|Алаң ортасының координаттары|Жұмыскерлер саны, адам",
                    "Tên chủ cơ sở|Mã số doanh nghiệp|Người đại diện theo pháp luật|Tên cơ sở|Địa điểm|Loại hình sản xuất|"
                    "Công suất thiết kế|Giấy phép môi trường|Phân loại theo Luật Bảo vệ môi trường"),
    "fac1.caption": ("Таблица 1.1 – Сведения об операторе и производственных площадках",
                     "1.1-кесте – Оператор және өндірістік алаңдар туралы мәліметтер",
                     "Bảng 1.1. Thông tin về chủ cơ sở và các nhà máy"),
}  # fmt: skip


def facility_u1(doc: Doc) -> None:
    """An annual report's card of an operator with two production sites: `Показатель | Площадка № 1 | Площадка № 2`, the
    operator and its BIN on rows merged across both site columns, then each site's address, KATO, OKED with its words,
    category, decimal coordinates with a comma and a staff count (VI: an enterprise with two factories in two industrial
    zones, the enterprise number and the legal representative merged across, the activity, capacity, permit and group
    of each factory)."""
    vi = doc.lang == "vi"
    which = doc.rng.randrange(len(TWO_SITES[doc.lang]))
    choice = TWO_SITES[doc.lang][which]
    operator, sites = choice[0], choice[-1]
    bin_ = make_msdn(doc.rng) if vi else make_bin(doc.rng)
    doc.h(_t(doc, "report"))
    doc.p(_t(doc, "report.period"))
    doc.h(_t(doc, "fac1.h"))
    doc.p(_t(doc, "fac1.p").format(operator=operator))
    labels = _list(doc, "fac1.labels")
    rows, merges = [_row(doc, "fac1.head")], []
    shared = [operator, bin_, choice[1]] if vi else [operator, bin_]
    for label, value in zip(labels, shared, strict=False):
        rows.append([label, value, None])
        merges.append((len(rows) - 1, 1, len(rows) - 1, 2))
    cats = [doc.pick(("II", "III")) for _ in sites]
    if vi:
        permits = [f"Số {doc.rng.randint(12, 480)}/GPMT-BQL ngày {doc.rng.randint(1, 28):02d}/{doc.rng.randint(1, 12):02d}/"
                   f"{doc.rng.randint(2023, 2024)}" for _ in sites]
        columns = [[s[0] for s in sites], [s[1] for s in sites], [s[2] for s in sites], [s[3] for s in sites], permits,
                   [f"Cơ sở nhóm {c}" for c in cats]]
        for label, values in zip(labels[3:], columns, strict=True):
            rows.append([label, *values])
        for site, cat in zip(sites, cats, strict=True):
            doc.add("facilities", {"bin": bin_, "name_contains": site[0], "category": cat})
        doc.table(_t(doc, "fac1.caption"), rows, merges, role="facility")
        _production(doc, which)
        return
    lat0, lon0 = ((42.6, 69.0), (41.8, 69.2), (43.5, 76.9))[which]  # near Shymkent and Turkestan, Saryagash, Almaty
    katos = [make_kato(doc.rng) for _ in sites]
    coords = [(round(lat0 + doc.rng.uniform(-0.6, 0.6), 5), round(lon0 + doc.rng.uniform(-0.6, 0.6), 5)) for _ in sites]
    ns, ew = doc.v(("с.ш.", "в.д."), ("с.е.", "ш.б."), ("", ""))
    word = doc.v("категория", "санат", "")
    columns = [
        [s[0] for s in sites],
        [s[1] for s in sites],
        katos,
        [f"{s[2]} – {OKED[s[2]][0 if doc.lang == 'ru' else 1]}" for s in sites],
        [f"{c} {word}" for c in cats],
        [f"{num(la, doc.lang, group=False)}° {ns}, {num(lo, doc.lang, group=False)}° {ew}" for la, lo in coords],
        [str(doc.rng.randint(45, 640)) for _ in sites],
    ]
    for label, values in zip(labels[2:], columns, strict=True):
        rows.append([label, *values])
    doc.table(_t(doc, "fac1.caption"), rows, merges, role="facility")
    for site, kato, cat, (la, lo) in zip(sites, katos, cats, coords, strict=True):
        doc.add("facilities", {"bin": bin_, "name_contains": site[0], "kato": kato, "oked": site[2], "category": cat,
                               "lat": la, "lon": lo})
    if doc.rng.random() < 0.5:
        _production(doc, which)
    else:
        maybe_distractor(doc)


TEXT |= {
    "fac2.h": ("Информация управляющей компании о соблюдении экологических требований участниками индустриальной зоны за 2025 год",
               "Басқарушы компанияның индустриялық аймақ қатысушыларының 2025 жылы экологиялық талаптарды сақтауы туралы ақпараты",
               "BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 CỦA KHU CÔNG NGHIỆP PHƯỚC ĐÔNG AN"),
    "fac2.p": ("Управляющая компания: {company}. Территория: {zone}, г. Шымкент. По состоянию на 01.01.2026 производственную "
               "деятельность осуществляют следующие участники.",
               "Басқарушы компания: {company}. Аумағы: {zone}, Шымкент қ. 01.01.2026 жағдай бойынша өндірістік қызметті "
               "мына қатысушылар жүзеге асырады.",
               "Chủ đầu tư xây dựng và kinh doanh kết cấu hạ tầng: {company}. Hệ thống xử lý nước thải tập trung của {zone} có "
               "công suất 4.000 m3/ngày.đêm; các doanh nghiệp thứ cấp đang hoạt động và đấu nối nước thải như sau:"),
    "fac2.top": ("№|Участник индустриальной зоны|^|Производство|^|Земельный участок|Экологическая категория и документ|^",
                 "№|Индустриялық аймақ қатысушысы|^|Өндіріс|^|Жер учаскесі|Экологиялық санаты және құжаты|^",
                 "TT|Doanh nghiệp thứ cấp|^|Ngành nghề sản xuất|Lô đất|Lưu lượng nước thải đấu nối (m3/ngày.đêm)|Hồ sơ môi trường|^"),
    "fac2.sub": ("^|Наименование|БИН|Вид деятельности|Мощность|№ участка / площадь, га|Категория|Документ",
                 "^|Атауы|БСН|Қызмет түрі|Қуаты|Учаске № / ауданы, га|Санаты|Құжат",
                 "^|Tên doanh nghiệp|Mã số doanh nghiệp|^|^|^|Nhóm|Số, ngày cấp"),
    "fac2.caption": ("Таблица 2 – Участники индустриальной зоны по состоянию на 01.01.2026",
                     "2-кесте – 01.01.2026 жағдай бойынша индустриялық аймақ қатысушылары",
                     "Bảng 2. Danh sách doanh nghiệp thứ cấp đấu nối nước thải về hệ thống xử lý nước thải tập trung"),
    "fac2.permit": ("экологическое разрешение на воздействие № {number} от {date}", "{date} берілген № {number} әсер етуге экологиялық рұқсат",
                    "GPMT số {number}/GPMT-BQL ngày {date}"),
    "fac2.declaration": ("декларация о воздействии на окружающую среду, представлена {date}",
                         "қоршаған ортаға әсер ету туралы декларация, {date} ұсынылған",
                         "Đăng ký môi trường ngày {date}"),
    "fac2.total": ("", "", "Tổng cộng: {n} doanh nghiệp"),
}  # fmt: skip


def facility_u2(doc: Doc) -> None:
    """An industrial zone's list of its tenants under a two-row header of three column groups: the tenant (name | BIN),
    its production (activity | capacity) and its environmental category and document (a permit for category II, a
    declaration for III), the plot between them; the management company named in the sentence before (VI: the waste-water
    flow each tenant sends to the zone's treatment plant, the group and the permit, a total row)."""
    vi = doc.lang == "vi"
    doc.h(_t(doc, "fac2.h"))
    doc.p(_t(doc, "fac2.p").format(company=_t(doc, "zone.company"), zone=_t(doc, "zone")))
    rows = [_row(doc, "fac2.top"), _row(doc, "fac2.sub")]
    if vi:
        merges = [(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 1, 3), (0, 4, 1, 4), (0, 5, 1, 5), (0, 6, 0, 7)]
    else:
        merges = [(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4), (0, 5, 1, 5), (0, 6, 0, 7)]
    tenants = doc.rng.sample(TENANTS[doc.lang], doc.rng.randint(4, 5))
    flows = 0
    for k, (company, activity, capacity) in enumerate(tenants, 1):
        bin_ = make_msdn(doc.rng) if vi else make_bin(doc.rng)
        cat = doc.pick(("II", "III", "III"))
        day, month, year = doc.rng.randint(1, 28), doc.rng.randint(1, 12), doc.rng.randint(2022, 2025)
        if vi:
            date = f"{day:02d}/{month:02d}/{year}"
            papers = _t(doc, "fac2.permit").format(number=doc.rng.randint(3, 160), date=date) if cat == "II" \
                else _t(doc, "fac2.declaration").format(date=date)
            flow = doc.rng.randint(4, 90) * 5
            flows += flow
            plot = f"Lô {doc.pick('ABCD')}{doc.rng.randint(1, 12)}"
            rows.append([str(k), company, bin_, activity, plot, num(flow, "vi"), cat, papers])
        else:
            date = f"{day:02d}.{month:02d}.{year}"
            number = f"KZ{doc.rng.randint(10, 99)}VCZ{doc.rng.randint(0, 99999999):08d}"
            papers = _t(doc, "fac2.permit").format(number=number, date=date) if cat == "II" \
                else _t(doc, "fac2.declaration").format(date=date)
            area = num(round(doc.rng.uniform(0.8, 6.5), 1), doc.lang)
            rows.append([str(k), company, bin_, activity, capacity, f"№ {doc.rng.randint(1, 48)} / {area}", cat, papers])
        doc.add("facilities", {"bin": bin_, "name_contains": company, "category": cat})
    if vi:
        rows.append(["", _t(doc, "fac2.total").format(n=len(tenants)), None, "", "", num(flows, "vi"), "", ""])
        merges.append((len(rows) - 1, 1, len(rows) - 1, 2))
    doc.table(_t(doc, "fac2.caption"), rows, merges, role="facility")
    maybe_distractor(doc)


# ---------------------------------------------------------------- emissions

# light-industry sources whose emissions are calculated from specific factors:
# organised?, (RU, KK) names, (RU, KK) material, hours a year, ((code, g per kg of material), ...), material t/year range
CALC_KZ = (
    (True, ("Дымовая труба котельной", "Қазандықтың түтін мұржасы"), ("уголь", "көмір"), 5040,
     (("0301", 2.1), ("0304", 0.34), ("0330", 9.6), ("0337", 18.5), ("2908", 26.0)), (300, 900)),
    (True, ("Аспирационная установка раскройного цеха", "Пішу цехының аспирациялық қондырғысы"), ("ткань", "мата"), 3960,
     (("2902", 0.42),), (400, 1500)),
    (True, ("Вытяжная труба сушильно-ширильной машины", "Кептіру-кергіш машинаның сорғыш құбыры"),
     ("аппретирующие составы", "аппреттеу құрамдары"), 6120, (("1325", 3.5), ("0303", 1.2)), (20, 80)),
    (True, ("Окрасочная камера участка фурнитуры", "Фурнитура учаскесінің бояу камерасы"),
     ("лакокрасочные материалы", "лак-бояу материалдары"), 2000, (("0616", 185.0), ("0621", 120.0), ("2902", 30.0)), (2, 9)),
    (False, ("Сварочный пост ремонтного участка", "Жөндеу учаскесінің дәнекерлеу посты"), ("электроды МР-3", "МР-3 электродтары"), 800,
     (("0123", 9.77), ("0143", 1.73)), (0.3, 1.5)),
    (False, ("Открытый склад угля", "Ашық көмір қоймасы"), ("уголь", "көмір"), 8760, (("2908", 0.05),), (300, 900)),
)  # fmt: skip
# Vietnamese production stages: name, material, ((code, kg per tonne of material), ...), material t/year range
CALC_VN = (
    ("Lò hơi đốt dầu DO 2 tấn hơi/giờ", "Dầu DO", (("2902", 0.28), ("0330", 1.0), ("0301", 2.84), ("0337", 0.71)), (150, 400)),
    ("Công đoạn hàn reflow và hàn sóng", "Thiếc hàn", (("0184", 0.05),), (8, 30)),
    ("Công đoạn làm sạch bản mạch bằng dung môi", "Dung môi tẩy rửa", (("0621", 150.0), ("0616", 90.0)), (5, 20)),
    ("Công đoạn tẩy rửa bề mặt bằng axit", "Axit HCl 32%", (("0316", 2.5),), (10, 40)),
    ("Xưởng in lụa và sấy mực", "Mực in", (("1325", 1.8), ("0602", 0.6)), (3, 12)),
)  # fmt: skip
HOURS_VN = 7200
TEXT |= {
    "em1.title": ("Отчет о возможных воздействиях к рабочему проекту «Модернизация текстильной фабрики»",
                  "«Тоқыма фабрикасын жаңғырту» жұмыс жобасына ықтимал әсерлер туралы есеп",
                  "BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG CỦA DỰ ÁN MỞ RỘNG NHÀ MÁY SẢN XUẤT LINH KIỆN ĐIỆN TỬ"),
    "em1.h": ("3.2. Выбросы загрязняющих веществ в атмосферу на период эксплуатации",
              "3.2. Пайдалану кезеңіндегі атмосфераға ластаушы заттар шығарындылары",
              "3.2.1.2. Đánh giá tác động do bụi, khí thải trong giai đoạn vận hành"),
    "em1.p": ("Выбросы определены расчетным методом по удельным показателям выделения загрязняющих веществ на единицу расходуемого "
              "материала с учетом годового фонда времени работы оборудования.",
              "Шығарындылар жұмсалатын материал бірлігіне шаққандағы ластаушы заттар бөлінуінің меншікті көрсеткіштері бойынша "
              "жабдықтың жылдық жұмыс уақыты ескеріле отырып есептік әдіспен анықталды.",
              "Nhà máy hoạt động 300 ngày/năm, 24 giờ/ngày. Tải lượng các chất ô nhiễm được tính theo hệ số ô nhiễm của Tổ chức Y tế "
              "Thế giới (WHO, 1993) và US EPA AP-42 nhân với khối lượng nguyên, nhiên liệu sử dụng:"),
    "em1.head": ("№ ИЗА|Наименование источника|Код ЗВ|Наименование загрязняющего вещества|Удельный выброс, г/кг|"
                 "Расход материала, т/год|Время работы, ч/год|Выброс, г/с|Выброс, т/год",
                 "ЛШК №|Көздің атауы|ЛЗ коды|Ластаушы заттың атауы|Меншікті шығарынды, г/кг|"
                 "Материал шығыны, т/жыл|Жұмыс уақыты, сағ/жыл|Шығарынды, г/с|Шығарынды, т/жыл",
                 "TT|Công đoạn|Chất ô nhiễm|Hệ số ô nhiễm (kg/tấn)|Nguyên, nhiên liệu (tấn/năm)|Tải lượng (tấn/năm)|Tải lượng (g/s)"),
    "em1.caption": ("Таблица 3.4 – Расчет выбросов загрязняющих веществ по удельным показателям",
                    "3.4-кесте – Ластаушы заттар шығарындыларын меншікті көрсеткіштер бойынша есептеу",
                    "Bảng 3.12. Tải lượng bụi, khí thải phát sinh từ các công đoạn sản xuất trong giai đoạn vận hành"),
}  # fmt: skip


def emissions_u1(doc: Doc) -> None:
    """Emissions calculated from specific factors in an ОВВ: the source's number and name, the material it uses and its
    hours of work merged over its substance rows, the factor in г/кг beside the code and name, then г/с and т/год; the
    period in the heading (VI: an ĐTM's loads by production stage, the factor in kg/tấn and the material used, tonnes a
    year before g/s, the hours in the sentence before)."""
    vi = doc.lang == "vi"
    doc.h(_t(doc, "em1.title"))
    doc.h(_t(doc, "em1.h"))
    doc.p(_t(doc, "em1.p"))
    rows, merges = [_row(doc, "em1.head")], []
    if vi:
        for k, (stage, material, factors, (low, high)) in enumerate(doc.rng.sample(CALC_VN, 4), 1):
            used = rate(doc.rng, low, high, 3)
            start = len(rows)
            for code, factor in factors:
                t_y = _sig(factor * used / 1000, 4)
                g_s = _sig(t_y * 1e6 / (HOURS_VN * 3600), 4)
                first = len(rows) == start
                rows.append([str(k) if first else None, stage if first else None, vocab.air(code, "vi", 1 if code in ("0330", "0301", "0337") else 0),
                             num(factor, "vi"), f"{num(used, 'vi')} ({material})" if first else None, num(t_y, "vi"), num(g_s, "vi")])
                doc.add("emissions", emission(code, g_s, t_y, period="operation"))
            for col in (0, 1, 4):
                _down(rows, start, col, merges)
        doc.table(_t(doc, "em1.caption"), rows, merges, role="emissions")
        maybe_distractor(doc)
        return
    lang_i = 0 if doc.lang == "ru" else 1
    picked = sorted(doc.rng.sample(range(len(CALC_KZ)), 4), key=lambda i: (not CALC_KZ[i][0], i))
    org, unorg = doc.rng.randint(1, 4), doc.rng.randint(1, 4)
    sources = []
    for i in picked:
        organized, names, material, hours, factors, (low, high) = CALC_KZ[i]
        number = f"{org:04d}" if organized else f"{6000 + unorg:04d}"
        org, unorg = (org + 1, unorg) if organized else (org, unorg + 1)
        sources.append({"number": number, "type": "organized" if organized else "unorganized"})
        used = rate(doc.rng, low, high, 3)
        start = len(rows)
        for code, factor in factors:
            t_y = _sig(factor * used / 1000, 4)
            g_s = _sig(t_y * 1e6 / (hours * 3600), 4)
            first = len(rows) == start
            rows.append([number if first else None, names[lang_i] if first else None, code, vocab.air(code, doc.lang),
                         num(factor, doc.lang), f"{num(used, doc.lang)} ({material[lang_i]})" if first else None,
                         num(hours, doc.lang) if first else None, num(g_s, doc.lang), num(t_y, doc.lang)])
            doc.add("emissions", emission(code, g_s, t_y, number, period="operation"))
        for col in (0, 1, 5, 6):
            _down(rows, start, col, merges)
    doc.table(_t(doc, "em1.caption"), rows, merges, role="emissions")
    doc.add("sources", *sources)
    maybe_distractor(doc)


# code: (RU, KK) shops where a food plant's pollutants are released
SHOPS = {
    "0703": ("коптильные камеры", "ыстау камералары"), "0301": ("котельная, коптильные камеры", "қазандық, ыстау камералары"),
    "0304": ("котельная", "қазандық"), "0330": ("котельная", "қазандық"), "0328": ("котельная", "қазандық"),
    "0337": ("котельная, коптильные камеры", "қазандық, ыстау камералары"), "0333": ("очистные сооружения", "тазарту құрылыстары"),
    "1325": ("коптильные камеры", "ыстау камералары"), "0303": ("аммиачная холодильная установка", "аммиак тоңазытқыш қондырғысы"),
    "2902": ("цех переработки кости", "сүйек өңдеу цехы"), "2754": ("дизельная электростанция", "дизельді электр станциясы"),
}  # fmt: skip
# Vietnamese groups of pollutants of a paint factory: (title, codes)
VN_GROUPS = (
    ("I. Bụi", ("2902", "0008")),
    ("II. Các khí vô cơ", ("0301", "0330", "0337", "0303")),
    ("III. Hơi dung môi hữu cơ (VOCs)", ("0621", "0616", "0602", "1325")),
)
# code: where it forms in a paint factory
VN_WHERE = {
    "2902": "Công đoạn nạp liệu, nghiền bột màu", "0008": "Công đoạn nạp liệu, nghiền bột màu",
    "0301": "Lò hơi, máy phát điện dự phòng", "0330": "Lò hơi, máy phát điện dự phòng", "0337": "Lò hơi, máy phát điện dự phòng",
    "0303": "Công đoạn phối trộn sơn gốc nước", "0621": "Công đoạn phối trộn, chiết rót sơn", "0616": "Công đoạn phối trộn, chiết rót sơn",
    "0602": "Công đoạn phối trộn, chiết rót sơn", "1325": "Công đoạn sản xuất nhựa alkyd",
}  # fmt: skip
TEXT |= {
    "em2.title": ("Отчет по программе производственного экологического контроля за 2025 год. Мясоперерабатывающий комбинат",
                  "2025 жылға арналған өндірістік экологиялық бақылау бағдарламасы бойынша есеп. Ет өңдеу комбинаты",
                  "BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN NHÀ MÁY SẢN XUẤT SƠN VÀ CHẤT PHỦ CÔNG NGHIỆP"),
    "em2.p": ("Фактические выбросы загрязняющих веществ за 2025 год сгруппированы по классам опасности веществ.",
              "2025 жылғы ластаушы заттардың нақты шығарындылары заттардың қауіптілік сыныптары бойынша топтастырылды.",
              "Tổng hợp tải lượng các chất ô nhiễm không khí phát sinh khi nhà máy đi vào vận hành ổn định với công suất 9.000 tấn sản phẩm/năm:"),
    "em2.head": ("Код ЗВ|Наименование загрязняющего вещества|Основные источники выделения|Выброс, г/с|Выброс, т/год",
                 "ЛЗ коды|Ластаушы заттың атауы|Негізгі бөліну көздері|Шығарынды, г/с|Шығарынды, т/жыл",
                 "TT|Chất ô nhiễm|Nguồn phát sinh|Tải lượng (g/s)|Tải lượng (tấn/năm)"),
    "em2.group": ("Вещества {k} класса опасности", "{k} қауіптілік сыныбындағы заттар", ""),
    "em2.sub": ("Итого по веществам {k} класса", "{k} сынып заттары бойынша барлығы", "Cộng"),
    "em2.total": ("Всего по предприятию", "Кәсіпорын бойынша барлығы", "Tổng cộng"),
    "em2.caption": ("Таблица 4.1 – Выбросы загрязняющих веществ в атмосферу по классам опасности",
                    "4.1-кесте – Қауіптілік сыныптары бойынша атмосфераға ластаушы заттар шығарындылары",
                    "Bảng 3.15. Tổng hợp tải lượng bụi, khí thải của nhà máy trong giai đoạn vận hành"),
}  # fmt: skip


def _rates(doc: Doc, codes) -> list[tuple[str, float, float]]:
    return [(c, rate(doc.rng, 0.0002, 1.8), rate(doc.rng, 0.0005, 40)) for c in codes]


def emissions_u2(doc: Doc) -> None:
    """Totals per substance of a report under group rows naming the hazard class (`Вещества 2 класса опасности`), no
    hazard column, a subtotal row closing each class, the shops where each substance is released in words, a total for
    the plant (VI: an ĐTM's loads of a paint factory under group rows of dust, inorganic gases and VOCs, a subtotal per
    group, the period in the caption)."""
    vi = doc.lang == "vi"
    doc.h(_t(doc, "em2.title"))
    doc.p(_t(doc, "em2.p"))
    rows, merges, everything = [_row(doc, "em2.head")], [], []
    if vi:
        n = 0
        for title, pool in VN_GROUPS:
            picked = sorted(doc.rng.sample(pool, min(len(pool), doc.rng.randint(2, 3))), key=pool.index)
            _span(rows, merges, title, 5)
            items = _rates(doc, picked)
            for code, g_s, t_y in items:
                n += 1
                rows.append([str(n), vocab.air(code, "vi", 1 if code in ("0301", "0330", "0337", "0303") else 0), VN_WHERE[code],
                             num(g_s, "vi"), num(t_y, "vi")])
                doc.add("emissions", emission(code, g_s, t_y, period="operation"))
            rows.append(["", _t(doc, "em2.sub"), "", _total(doc, [x[1] for x in items]), _total(doc, [x[2] for x in items])])
            everything += items
        rows.append(["", _t(doc, "em2.total"), "", _total(doc, [x[1] for x in everything]), _total(doc, [x[2] for x in everything])])
        doc.table(_t(doc, "em2.caption"), rows, merges, role="emissions")
        maybe_distractor(doc)
        return
    lang_i = 0 if doc.lang == "ru" else 1
    codes = doc.rng.sample([c for c in SHOPS if c != "0703"], doc.rng.randint(5, 7))
    if doc.rng.random() < 0.6:
        codes.append("0703")
    for k in (1, 2, 3, 4):
        group = sorted(c for c in codes if vocab.hazard(c) == k)
        if not group:
            continue
        _span(rows, merges, _t(doc, "em2.group").format(k=k), 5)
        items = _rates(doc, group)
        for code, g_s, t_y in items:
            rows.append([code, vocab.air(code, doc.lang), SHOPS[code][lang_i], num(g_s, doc.lang), num(t_y, doc.lang)])
            doc.add("emissions", emission(code, g_s, t_y, hazard=k))
        rows.append(["", _t(doc, "em2.sub").format(k=k), "", _total(doc, [x[1] for x in items]), _total(doc, [x[2] for x in items])])
        everything += items
    rows.append(["", _t(doc, "em2.total"), "", _total(doc, [x[1] for x in everything]), _total(doc, [x[2] for x in everything])])
    doc.table(_t(doc, "em2.caption"), rows, merges, role="emissions")
    maybe_distractor(doc)


def _total(doc: Doc, values) -> str:
    return num(round(sum(values), 6), doc.lang)


# ---------------------------------------------------------------- wastes

# List-of-Waste entries of a textile plant (corpus/waste_codes.csv) with RU and KK names
TEXTILE_LOW = (
    ("04 02 16*", "Остатки красителей и пигментов, содержащих опасные вещества", "Құрамында қауіпті заттар бар бояғыштар мен пигменттердің қалдықтары"),
    ("13 02 05*", "Отработанные моторные масла", "Пайдаланылған мотор майлары"),
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек"),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар"),
    ("15 01 10*", "Тара из-под химических реагентов", "Химиялық реагенттер ыдысы"),
    ("04 02 22", "Обрезки и лоскут тканей", "Мата қиындылары мен қиықтары"),
    ("04 02 21", "Хлопковые угары", "Мақта талшығының қалдықтары"),
    ("04 02 20", "Осадок локальных очистных сооружений красильного производства", "Бояу өндірісінің жергілікті тазарту құрылыстарының тұнбасы"),
    ("15 01 01", "Бумажная и картонная упаковка", "Қағаз және картон орамасы"),
    ("15 01 02", "Пластиковая упаковка", "Пластик орама"),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар"),
)  # fmt: skip
# Vietnam's CTNH codes of vocab.VN_CTNH and how annual reports abbreviate their treatment
VN_TREATMENT = {"17 02 03": "TC", "16 01 06": "HR", "18 02 01": "TĐ", "18 01 02": "TC", "18 01 03": "TĐ", "19 06 01": "TC",
                "08 02 04": "TĐ", "16 01 13": "PT"}  # fmt: skip
TEXT |= {
    "w1.h": ("5. Обращение с отходами производства и потребления", "5. Өндіріс және тұтыну қалдықтарымен жұмыс",
             "3. Kết quả quản lý chất thải nguy hại"),
    "w1.p": ("Учет образования отходов ведется в журнале учета отходов; сведения об образовании приведены по полугодиям.",
             "Қалдықтардың түзілуін есепке алу қалдықтарды есепке алу журналында жүргізіледі; түзілуі туралы мәліметтер жартыжылдықтар бойынша келтірілген.",
             "Chất thải nguy hại được phân loại, lưu giữ tại kho chứa diện tích 24 m2 và định kỳ chuyển giao cho đơn vị có chức năng:"),
    "w1.top": ("№|Код отхода|Наименование отхода|Образовано, т|^|^|Организация, принявшая отходы",
               "№|Қалдық коды|Қалдықтың атауы|Түзілді, т|^|^|Қалдықтарды қабылдаған ұйым",
               "TT|Tên chất thải|Mã CTNH|Khối lượng phát sinh (kg)|^|^|Phương pháp xử lý|Tổ chức tiếp nhận"),
    "w1.sub": ("^|^|^|I полугодие|II полугодие|всего за год|^", "^|^|^|I жартыжылдық|II жартыжылдық|жыл бойы барлығы|^",
               "^|^|^|6 tháng đầu năm|6 tháng cuối năm|Cả năm|^|^"),
    "w1.total": ("Итого", "Барлығы", "Tổng cộng"),
    "w1.receivers": ("ТОО «ЭкоСервис-Шымкент»|ТОО «КазВторРесурс»|ГКП «Шымкент Тазалық»",
                     "«ЭкоСервис-Шымкент» ЖШС|«ҚазҚайтаРесурс» ЖШС|«Шымкент Тазалық» МКК",
                     "Công ty TNHH Môi trường Xanh Việt|Công ty Cổ phần Môi trường Tân Thành"),
    "w1.caption": ("Таблица 5.1 – Образование и передача отходов в 2025 году", "5.1-кесте – 2025 жылы қалдықтардың түзілуі және берілуі",
                   "Bảng 3.1. Khối lượng chất thải nguy hại phát sinh năm 2025"),
    "w1.note": ("", "", "Ghi chú: TC – tái chế, thu hồi; TĐ – thiêu đốt; HR – hóa rắn; PT – phá dỡ, phân tách thu hồi linh kiện."),
}  # fmt: skip


def wastes_u1(doc: Doc) -> None:
    """A report's wastes by half-year: three tonne columns under a merged `Образовано, т` — the first half, the second
    half and the year, whose total is the amount — the code before the name, the receiver last, a total row (VI: an
    annual report's CTNH in kg, `6 tháng đầu năm | 6 tháng cuối năm | Cả năm`, the treatment as a code (TC, TĐ, HR)
    explained in a note under the table)."""
    vi = doc.lang == "vi"
    doc.h(_t(doc, "report"))
    doc.p(_t(doc, "report.period"))
    doc.h(_t(doc, "w1.h"))
    doc.p(_t(doc, "w1.p"))
    rows = [_row(doc, "w1.top"), _row(doc, "w1.sub")]
    receivers = _list(doc, "w1.receivers")
    if vi:
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 1, 6), (0, 7, 1, 7)]
        wastes = vn_wastes(doc, 5)
        sums = [0, 0, 0]
        for k, w in enumerate(wastes, 1):
            first = int(w["kg"] * doc.rng.uniform(0.35, 0.65))
            halves = [first, w["kg"] - first, w["kg"]]
            sums = [a + b for a, b in zip(sums, halves, strict=True)]
            rows.append([str(k), w["name"], w["code"], *(num(x, "vi") for x in halves), VN_TREATMENT[w["code"]], doc.pick(receivers)])
        rows.append(["", _t(doc, "w1.total"), "", *(num(x, "vi") for x in sums), "", ""])
        doc.table(_t(doc, "w1.caption"), rows, merges, role="wastes")
        doc.p(_t(doc, "w1.note"))
        expect_vn(doc, wastes)
        maybe_distractor(doc)
        return
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 1, 6)]
    hazardous = doc.rng.sample([w for w in TEXTILE_LOW if w[0].endswith("*")], 2)
    plain = doc.rng.sample([w for w in TEXTILE_LOW if not w[0].endswith("*")], doc.rng.randint(3, 4))
    sums = [0.0, 0.0, 0.0]
    for k, (code, ru, kk) in enumerate([*hazardous, *plain], 1):
        danger = code.endswith("*")
        year = round(doc.rng.uniform(0.05, 4.5) if danger else doc.rng.uniform(1.5, 260), 3)
        first = round(year * doc.rng.uniform(0.4, 0.6), 3)
        halves = [first, round(year - first, 3), year]
        sums = [round(a + b, 3) for a, b in zip(sums, halves, strict=True)]
        name = ru if doc.lang == "ru" else kk
        receiver = receivers[0] if danger else doc.pick(receivers[1:])
        rows.append([str(k), code, name, *(num(x, doc.lang) for x in halves), receiver])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": danger, "amount_t": year, "name_contains": name})
    rows.append(["", "", _t(doc, "w1.total"), *(num(x, doc.lang) for x in sums), ""])
    doc.table(_t(doc, "w1.caption"), rows, merges, role="wastes")
    maybe_distractor(doc)


# wastes of a meat plant: (code, RU, KK, where they go: 0 recycling, 1 neutralising, 2 landfill)
FOOD_LOW = (
    ("02 02 02", "Отходы животных тканей", "Жануарлар тіндерінің қалдықтары", 0),
    ("02 02 03", "Сырье и продукция, непригодные для потребления", "Тұтынуға жарамсыз шикізат пен өнім", 1),
    ("02 02 04", "Осадок жироуловителей локальных очистных сооружений", "Жергілікті тазарту құрылыстарының май ұстағыштарының тұнбасы", 2),
    ("15 01 01", "Бумажная и картонная упаковка", "Қағаз және картон орамасы", 0),
    ("15 01 02", "Пластиковая упаковка", "Пластик орама", 0),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", 2),
    ("13 02 05*", "Отработанные моторные масла", "Пайдаланылған мотор майлары", 0),
    ("16 06 01*", "Отработанные свинцовые аккумуляторы", "Пайдаланылған қорғасын аккумуляторлары", 0),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", 1),
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", 1),
    ("16 02 13*", "Списанное оборудование, содержащее опасные компоненты", "Құрамында қауіпті компоненттер бар есептен шығарылған жабдық", 1),
)  # fmt: skip
# VI: (group, CTNH codes, ordinary wastes) of a dyeing factory
VN_WAYS = (
    ("1. Chuyển giao cho đơn vị có chức năng tái chế", ("17 02 03", "18 01 02", "19 06 01", "18 01 03"),
     ("Bao bì giấy, carton thải", "Phế liệu kim loại", "Vải vụn, chỉ thừa")),
    ("2. Chuyển giao xử lý bằng phương pháp thiêu đốt, hóa rắn", ("16 01 06", "18 02 01", "08 02 04"), ()),
    ("3. Chuyển giao cho đơn vị thu gom, xử lý chất thải rắn công nghiệp thông thường", (),
     ("Bùn thải từ hệ thống xử lý nước thải", "Xỉ than lò hơi")),
)  # fmt: skip
TEXT |= {
    "w2.title": ("Программа управления отходами на 2026–2030 годы", "2026–2030 жылдарға арналған қалдықтарды басқару бағдарламасы",
                 "BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – NHÀ MÁY DỆT NHUỘM"),
    "w2.p": ("Оператор: {operator}, объект: мясоперерабатывающий комбинат. Все образующиеся отходы передаются сторонним организациям по договорам.",
             "Оператор: {operator}, объект: ет өңдеу комбинаты. Түзілетін қалдықтардың барлығы шарттар бойынша бөгде ұйымдарға беріледі.",
             "Toàn bộ chất thải phát sinh được phân loại tại nguồn và chuyển giao cho các đơn vị có chức năng theo hợp đồng."),
    "w2.h": ("3. Сведения о передаче отходов сторонним организациям", "3. Қалдықтарды бөгде ұйымдарға беру туралы мәліметтер",
             "3. Kết quả công tác quản lý chất thải rắn và chất thải nguy hại"),
    "w2.head": ("№|Код|Наименование отхода|Количество, т/год|Организация-получатель|Договор",
                "№|Коды|Қалдықтың атауы|Мөлшері, т/жыл|Қабылдаушы ұйым|Шарт",
                "TT|Tên chất thải|Mã chất thải|Phân loại|Khối lượng (kg/năm)|Đơn vị tiếp nhận"),
    "w2.groups": ("Передача на переработку (утилизацию)|Передача на обезвреживание|Удаление: захоронение на полигоне",
                  "Қайта өңдеуге (кәдеге жаратуға) беру|Залалсыздандыруға беру|Жою: полигонда көму", ""),
    "w2.receivers": ("ТОО «КазВторРесурс»|ТОО «ЭкоСервис-Центр»|ГКП «Сарыагаш Тазалық»",
                     "«ҚазҚайтаРесурс» ЖШС|«ЭкоСервис-Орталық» ЖШС|«Сарыағаш Тазалық» МКК",
                     "Công ty TNHH Tái chế Đông Nam Bộ|Công ty Cổ phần Môi trường Tân Thành|Công ty TNHH Môi trường Đô thị Nhơn Trạch"),
    "w2.contract": ("№ {n}/25 от {d}.01.2025", "{d}.01.2025 ж. № {n}/25", ""),
    "w2.kinds": ("", "", "CTNH|CTR công nghiệp thông thường"),
    "w2.caption": ("Таблица 3.2 – Отходы, передаваемые сторонним организациям, по видам операций",
                   "3.2-кесте – Бөгде ұйымдарға берілетін қалдықтар, операция түрлері бойынша",
                   "Bảng 3.2. Khối lượng chất thải đã chuyển giao năm 2025 theo hình thức xử lý"),
}  # fmt: skip


def wastes_u2(doc: Doc) -> None:
    """A waste-management programme: wastes under group rows naming where they go (recycling, neutralising, landfill),
    numbered straight through, the code before the name, tonnes a year, the receiver and the contract (VI: an annual
    report's CTNH and ordinary wastes together under group rows of the way of treatment, a classification column, the
    code a dash for ordinary wastes, kg a year)."""
    vi = doc.lang == "vi"
    operator = _lang(doc, ("ТОО «Сарыағаш Ет Өнімдері»", "«Сарыағаш Ет Өнімдері» ЖШС", ""))
    doc.h(_t(doc, "w2.title"))
    doc.p(_t(doc, "w2.p").format(operator=operator))
    doc.h(_t(doc, "w2.h"))
    rows, merges, n = [_row(doc, "w2.head")], [], 0
    receivers = _list(doc, "w2.receivers")
    if vi:
        hazardous, ordinary = _list(doc, "w2.kinds")
        coded = []
        for (title, codes, plain), receiver in zip(VN_WAYS, receivers, strict=True):
            chosen = doc.rng.sample(codes, min(2, len(codes)))
            picked = [w for w in vocab.VN_CTNH if w[0] in chosen]
            names = doc.rng.sample(plain, min(len(plain), doc.rng.randint(1, 2)))
            _span(rows, merges, title, 6)
            for code, name, _ in picked:
                n += 1
                kg = doc.rng.randint(2, 260) * 10
                rows.append([str(n), name, code, hazardous, num(kg, "vi"), receiver])
                coded.append({"code": code, "name": name, "hazardous": True, "kg": kg})
            for name in names:
                n += 1
                kg = doc.rng.randint(5, 900) * 100
                rows.append([str(n), name, "-", ordinary, num(kg, "vi"), receiver])
                doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": kg / 1000, "name_contains": name})
        doc.table(_t(doc, "w2.caption"), rows, merges, role="wastes")
        expect_vn(doc, coded)
        maybe_distractor(doc)
        return
    picked = doc.rng.sample(FOOD_LOW, doc.rng.randint(6, 7))
    lang_i = 1 if doc.lang == "ru" else 2
    for way, (title, receiver) in enumerate(zip(_list(doc, "w2.groups"), receivers, strict=True)):
        group = [w for w in picked if w[3] == way]
        if not group:
            continue
        _span(rows, merges, title, 6)
        contract = _t(doc, "w2.contract").format(n=doc.rng.randint(3, 90), d=f"{doc.rng.randint(9, 28):02d}")
        for w in sorted(group, key=lambda x: not x[0].endswith("*")):
            n += 1
            danger = w[0].endswith("*")
            t = round(doc.rng.uniform(0.02, 3.5) if danger else doc.rng.uniform(0.8, 420), 3)
            rows.append([str(n), w[0], w[lang_i], num(t, doc.lang), receiver, contract])
            doc.add("wastes", {"code": w[0], "code_system": "LoW", "hazardous": danger, "amount_t": t, "name_contains": w[lang_i]})
    doc.table(_t(doc, "w2.caption"), rows, merges, role="wastes")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# symbol: ДК — concentrations a zone's sewers accept from a tenant, mg/l (pH a range)
SEWER_DK = {
    "pH": (6.5, 8.5), "TSS": 300, "BOD5": 300, "COD": 500, "NH4+": 25, "TP": 12, "Cl-": 350, "SO4": 500,
    "Surfactants": 10, "TPH": 10, "Fe": 5, "Zn": 1, "Cu": 0.5, "Cr6+": 0.1,
}  # fmt: skip
SEWER_GENERAL = ("pH", "TSS", "BOD5", "COD", "NH4+", "TP", "Cl-", "SO4")
SEWER_SPECIFIC = ("Surfactants", "TPH", "Fe", "Zn", "Cu", "Cr6+")
METHOD_KZ = {
    "pH": "ПНД Ф 14.1:2:3:4.121-97", "TSS": "ПНД Ф 14.1:2:3.110-97", "BOD5": "ПНД Ф 14.1:2:3:4.123-97",
    "COD": "ПНД Ф 14.1:2:4.190-2003", "NH4+": "ПНД Ф 14.1:2:3.1-95", "TP": "ПНД Ф 14.1:2:4.248-07", "Cl-": "ПНД Ф 14.1:2:3.96-97",
    "SO4": "ПНД Ф 14.1:2:4.240-10", "Surfactants": "ПНД Ф 14.1:2:4.158-2000", "TPH": "ПНД Ф 14.1:2:4.128-98",
    "Fe": "ПНД Ф 14.1:2:4.50-96", "Zn": "ПНД Ф 14.1:2:4.139-98", "Cu": "ПНД Ф 14.1:2:4.139-98", "Cr6+": "ПНД Ф 14.1:2:4.52-96",
}  # fmt: skip
# symbol: the zone's acceptance standard, mg/l (pH a range, None a dash)
ZONE_STD = {
    "pH": (5, 9), "BOD5": 400, "COD": 600, "TSS": 200, "NH4+": 30, "TN": 60, "TP": 8, "TPH": 10, "Fe": 5, "Zn": 3,
    "Cu": 2, "Ni": 0.5, "Pb": 0.5, "Cr6+": 0.1,
}  # fmt: skip
TEXT |= {
    "l1.title": ("Приложение 2 к договору на прием сточных вод в сети водоотведения индустриальной зоны",
                 "Индустриялық аймақтың су бұру желілеріне ағынды суларды қабылдау шартына 2-қосымша",
                 "BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA NHÀ MÁY DỆT KIM PHÚ THỊNH"),
    "l1.p": ("Абонент: ТОО «Текстиль Колор Азия». Производственные и хозяйственно-бытовые сточные воды сбрасываются через контрольный "
             "колодец КК-1 в коллектор индустриальной зоны. Сточные воды абонента должны соответствовать следующим требованиям.",
             "Абонент: «Текстиль Колор Азия» ЖШС. Өндірістік және шаруашылық-тұрмыстық ағынды сулар КК-1 бақылау құдығы арқылы "
             "индустриялық аймақ коллекторына төгіледі. Абоненттің ағынды сулары мына талаптарға сәйкес келуі тиіс.",
             "Nước thải sau hệ thống xử lý sơ bộ của Nhà máy được đấu nối vào hệ thống thu gom nước thải của KCN Phước Đông An tại hố ga NT1. "
             "Giới hạn các thông số ô nhiễm được so sánh như sau:"),
    "l1.head": ("№|Показатель|Ед. изм.|Допустимая концентрация (ДК){tail}|НД на методику измерений",
                "№|Көрсеткіш|Өлш. бірл.|Жол берілетін концентрация (ЖК), аспауы тиіс|Өлшеу әдістемесіне НҚ",
                "TT|Thông số|Đơn vị|Tiêu chuẩn tiếp nhận nước thải của KCN Phước Đông An|QCVN 40:2011/BTNMT, cột B"),
    "l1.tail": (", не более", "", ""),
    "l1.groups": ("1. Общие показатели состава и свойств сточных вод|2. Загрязняющие вещества",
                  "1. Ағынды сулар құрамы мен қасиеттерінің жалпы көрсеткіштері|2. Ластаушы заттар", ""),
    "l1.temp": ("Температура|°С|40|ГОСТ 31861-2012", "Температурасы|°С|40|ГОСТ 31861-2012", "Nhiệt độ|°C|45|40"),
    "l1.color": ("", "", "Độ màu|Pt/Co|-|150"),
    "l1.units": ("ед. pH|мг/дм3", "pH бірл.|мг/дм3", "-|mg/l"),
    "l1.caption": ("Допустимые концентрации загрязняющих веществ в сточных водах абонента",
                   "Абоненттің ағынды суларындағы ластаушы заттардың жол берілетін концентрациялары",
                   "Bảng 1.9. Tiêu chuẩn tiếp nhận nước thải của KCN và QCVN 40:2011/BTNMT"),
    "l1.note": ("", "", "Ghi chú: (-) không quy định."),
}  # fmt: skip


def limits_u1(doc: Doc) -> None:
    """A zone's sewer-acceptance limits (ДК) for a tenant, an annex to the contract: group rows of general indicators and
    of pollutants, a unit per row, `не более 300` in the cells or `, не более` in the header, pH a range, a temperature row,
    a method column (VI: a permit application comparing the zone's acceptance standard with QCVN 40 column B, a dash where
    the zone sets none, temperature and colour rows)."""
    vi = doc.lang == "vi"
    doc.h(_t(doc, "l1.title"))
    doc.p(_t(doc, "l1.p"))
    in_cells = doc.lang == "ru" and doc.rng.random() < 0.5
    rows = [_cells(_t(doc, "l1.head").format(tail="" if in_cells else _t(doc, "l1.tail")))]
    merges = []
    unit_ph, unit = _list(doc, "l1.units")
    if vi:
        keys = ["pH", *sorted(doc.rng.sample([k for k in ZONE_STD if k != "pH"], 6), key=list(ZONE_STD).index)]
        extra = [_list(doc, "l1.temp"), _list(doc, "l1.color")]
        for k, row in enumerate(extra, 1):
            rows.append([str(k), *row])
        for k, s in enumerate(keys, len(extra) + 1):
            zone, qcvn = ZONE_STD[s], QCVN40[s][1]
            rows.append([str(k), vocab.water(s, "vi"), unit_ph if s == "pH" else unit, cell(doc, zone), cell(doc, qcvn)])
            add(doc, limit(("symbol", s), "waste_water", zone, "mg/l"), limit(("symbol", s), "waste_water", qcvn, "mg/l", "B"))
        k = len(rows)
        rows.append([str(k), vocab.water("Coliform", "vi"), "MPN/100ml", "-", num(5000, "vi")])
        add(doc, limit(("symbol", "Coliform"), "waste_water", 5000, "MPN/100ml", "B"))
        doc.table(_t(doc, "l1.caption"), rows, merges, role="limits")
        doc.p(_t(doc, "l1.note"))
        return
    general = sorted(doc.rng.sample(SEWER_GENERAL[1:], 4), key=SEWER_GENERAL.index)
    specific = sorted(doc.rng.sample(SEWER_SPECIFIC, 3), key=SEWER_SPECIFIC.index)
    said = (lambda x: f"не более {x}") if in_cells else (lambda x: x)
    n = 0
    for title, keys in zip(_list(doc, "l1.groups"), (["pH", "T", *general], specific), strict=True):
        _span(rows, merges, title, 5)
        for s in keys:
            n += 1
            if s == "T":
                name, u, value, method = _list(doc, "l1.temp")
                rows.append([str(n), name, u, said(value), method])
                continue
            lim = SEWER_DK[s]
            value = cell(doc, lim) if s == "pH" else said(cell(doc, lim))
            rows.append([str(n), vocab.water(s, doc.lang), unit_ph if s == "pH" else unit, value, METHOD_KZ[s]])
            add(doc, limit(("symbol", s), "waste_water", lim, "mg/l"))
    doc.table(_t(doc, "l1.caption"), rows, merges, role="limits")
    maybe_distractor(doc)


# code: 1-hour limit in ambient air, µg/m3 — QCVN 05:2023/BTNMT
QCVN05 = {"2902": 300, "0330": 350, "0301": 200, "0337": 30000}
TEXT |= {
    "l2.h": ("6. Мониторинг воздействия на атмосферный воздух", "6. Атмосфералық ауаға әсер мониторингі",
             "2. Kết quả quan trắc chất lượng không khí xung quanh"),
    "l2.p": ("Точки наблюдения: Т-1 – северная граница СЗЗ; Т-2 – юго-восточная граница СЗЗ; Т-3 – ближайшая жилая застройка (ул. Тасай).",
             "Бақылау нүктелері: Т-1 – СҚА солтүстік шекарасы; Т-2 – СҚА оңтүстік-шығыс шекарасы; Т-3 – ең жақын тұрғын үйлер (Тасай к-сі).",
             "Vị trí quan trắc: KK1 – cổng bảo vệ nhà máy; KK2 – cuối hướng gió chủ đạo, cách hàng rào 50 m; KK3 – khu dân cư ấp 3, cách nhà máy 300 m."),
    "l2.lead": ("Дата отбора|Точка", "Сынама алынған күн|Нүкте", "Ký hiệu|Đợt quan trắc"),
    "l2.pdk": ("ПДК м.р. {x}", "ШЖК м.б. {x}", "QCVN 05:2023/BTNMT: {x}"),
    "l2.rounds": ("", "", "Đợt 1 ({d1}/03/2025)|Đợt 2 ({d2}/09/2025)"),
    "l2.caption": ("Таблица 6.2 – Результаты наблюдений за качеством атмосферного воздуха за 2025 год, мг/м3",
                   "6.2-кесте – 2025 жылғы атмосфералық ауа сапасын бақылау нәтижелері, мг/м3",
                   "Bảng 2.2. Kết quả quan trắc không khí xung quanh năm 2025 (đơn vị: µg/m3)"),
}  # fmt: skip


def limits_u2(doc: Doc) -> None:
    """Ambient air measured at points, a row per sampling date and point, the substances as columns whose header cells
    carry their ПДК м.р. (`Азота диоксид (ПДК м.р. 0,2)`), the unit only in the caption, the points described in the
    sentence before (VI: rounds at KK1–KK3 in µg/m3, each header carrying its QCVN 05:2023 value)."""
    vi = doc.lang == "vi"
    doc.h(_t(doc, "report"))
    doc.h(_t(doc, "l2.h"))
    doc.p(_t(doc, "l2.p"))
    rows = [_row(doc, "l2.lead")]
    if vi:
        codes = ["2902", "0330", "0301", "0337"]
        lims = [QCVN05[c] for c in codes]
        rows[0] += [f"{vocab.air(c, 'vi', 0 if c == '2902' else 1)} ({_t(doc, 'l2.pdk').format(x=num(x, 'vi'))})" for c, x in zip(codes, lims, strict=True)]
        rounds = _t(doc, "l2.rounds").format(d1=f"{doc.rng.randint(3, 27):02d}", d2=f"{doc.rng.randint(3, 27):02d}").split("|")
        for point in ("KK1", "KK2", "KK3"):
            for when in rounds:
                values = [_measured(doc, x) for x in lims]
                rows.append([point, when, *(num(v, "vi") for v in values)])
                for c, x, v in zip(codes, lims, values, strict=True):
                    add(doc, limit(("code", c), "air", x, "µg/m3", None, point, v))
        doc.table(_t(doc, "l2.caption"), rows, role="limits")
        maybe_distractor(doc)
        return
    pool = ["0301", "0330", "0337", "2902", "1325", "0303", "0304"]
    codes = sorted(doc.rng.sample(pool, 4), key=pool.index)
    column = doc.v("м.р.", "м.б.", "")
    rows[0] += [f"{vocab.air(c, doc.lang)} ({_t(doc, 'l2.pdk').format(x=num(AIR_PDK[c][0], doc.lang))})" for c in codes]
    points = ("Т-1", "Т-2", "Т-3")[: doc.rng.randint(2, 3)]
    for month in sorted(doc.rng.sample(range(3, 11), 2)):
        day = doc.rng.randint(2, 27)
        for point in points:
            values = [_measured(doc, AIR_PDK[c][0]) for c in codes]
            rows.append([f"{day:02d}.{month:02d}.2025", point, *(num(v, doc.lang) for v in values)])
            for c, v in zip(codes, values, strict=True):
                add(doc, limit(("code", c), "air", AIR_PDK[c][0], "mg/m3", column, point, v))
    doc.table(_t(doc, "l2.caption"), rows, role="limits")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

METHOD_VN = {
    "pH": "TCVN 6492:2011", "BOD5": "TCVN 6001-1:2021", "COD": "SMEWW 5220C:2023", "TSS": "TCVN 6625:2000",
    "NH4+": "TCVN 6179-1:1996", "TN": "TCVN 6638:2000", "TP": "TCVN 6202:2008", "Coliform": "TCVN 6187-2:2020",
    "2902": "US EPA Method 5", "0330": "US EPA Method 6C", "0301": "US EPA Method 7E", "0337": "US EPA Method 10",
    "0621": "US EPA Method 18", "0616": "US EPA Method 18", "1325": "NIOSH 2016",
}  # fmt: skip
TEXT |= {
    "m1.title": ("Программа производственного экологического контроля красильно-отделочной фабрики на 2026–2028 годы",
                 "Бояу-әрлеу фабрикасының 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы",
                 "CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ CỦA NHÀ MÁY DỆT KIM PHÚ THỊNH"),
    "m1.p": ("Отбор проб и анализ выполняет аккредитованная испытательная лаборатория по договору.",
             "Сынама алуды және талдауды шарт бойынша аккредиттелген сынақ зертханасы орындайды.",
             "Thực hiện theo Giấy phép môi trường số 58/GPMT-BQL; đơn vị thực hiện quan trắc phải có giấy chứng nhận VIMCERTS."),
    "m1.h": ("6. Мониторинг эмиссий и воздействия", "6. Эмиссиялар және әсер мониторингі", "4. Nội dung quan trắc môi trường định kỳ"),
    "m1.head": ("Точка контроля|Место отбора проб|Контролируемый показатель|НД на методику измерений",
                "Бақылау нүктесі|Сынама алу орны|Бақыланатын көрсеткіш|Өлшеу әдістемесіне НҚ",
                "Ký hiệu|Vị trí quan trắc|Thông số|Phương pháp phân tích"),
    "m1.caption": ("Таблица 6.{k} – {what} (периодичность – {freq})", "6.{k}-кесте – {what} (кезеңділігі – {freq})",
                   "Bảng 4.{k}. {what} – tần suất: {freq}"),
    "m1.water": ("Контроль сточных вод на выпуске в сети индустриальной зоны",
                 "Индустриялық аймақ желілеріне шығарылымдағы ағынды суларды бақылау", "Quan trắc nước thải"),
    "m1.air": ("Контроль атмосферного воздуха на границе СЗЗ", "СҚА шекарасындағы атмосфералық ауаны бақылау", "Quan trắc khí thải"),
    "m1.soil": ("Контроль состояния почв", "Топырақтың жай-күйін бақылау", ""),
    "m1.places": ("контрольный колодец перед врезкой в коллектор индустриальной зоны|граница СЗЗ, север|граница СЗЗ, юго-восток|"
                  "участок у площадки накопления отходов",
                  "индустриялық аймақ коллекторына қосылар алдындағы бақылау құдығы|СҚА шекарасы, солтүстік|СҚА шекарасы, оңтүстік-шығыс|"
                  "қалдықтарды жинақтау алаңының маңындағы учаске",
                  "Hố ga đấu nối nước thải vào hệ thống thu gom của KCN|Ống khói lò hơi|Ống thải hệ thống xử lý hơi dung môi khu in"),
}  # fmt: skip


def monitoring_u1(doc: Doc) -> None:
    """A programme split into one table per medium, each caption giving the frequency (`Таблица 6.2 – … (периодичность –
    1 раз в квартал)`), no frequency column; a row per parameter, the point's code and place written only on its first row,
    the rows under it blank (not merged), a method per row (VI: waste water at NT1 and two stacks KT1, KT2)."""
    vi = doc.lang == "vi"
    doc.h(_t(doc, "m1.title"))
    doc.p(_t(doc, "m1.p"))
    doc.h(_t(doc, "m1.h"))
    places = _list(doc, "m1.places")
    if vi:
        water = ("symbol", ("pH", "BOD5", "COD", "TSS", "NH4+", "TN", "TP", "Coliform"))
        tables = (("m1.water", ("quarterly", "monthly"), ((("NT1", places[0]), water, 5),)),
                  ("m1.air", ("semiannual", "quarterly"), ((("KT1", places[1]), ("code", ("2902", "0330", "0301", "0337")), 4),
                                                          (("KT2", places[2]), ("code", ("0621", "0616", "1325")), 2))))
    else:
        water = ("symbol", ("pH", "TSS", "BOD5", "COD", "Surfactants", "TPH", "NH4+", "SO4"))
        air = ("code", ("0301", "0330", "0337", "2902", "1325", "0303"))
        tables = (("m1.water", ("monthly", "quarterly"), ((("КК-1", places[0]), water, 5),)),
                  ("m1.air", ("quarterly", "semiannual"), ((("Т-1", places[1]), air, 3), (("Т-2", places[2]), air, 3))),
                  ("m1.soil", ("yearly", "semiannual"), ((("П-1", places[3]), ("symbol", ("Pb", "Zn", "Cu", "Cr", "Ni")), 4),)))
    for k, (what, choices, points) in enumerate(tables, 1):
        word = doc.pick(choices)
        rows = [_row(doc, "m1.head")]
        for (code, place), (key, pool), count in points:
            picked = sorted(doc.rng.sample(pool, count), key=pool.index)
            for m, x in enumerate(picked):
                if key == "code":
                    name = vocab.air(x, doc.lang, 1 if vi and x in ("0330", "0301", "0337") else 0)
                    method = METHOD_VN[x] if vi else "РД 52.04.186-89"
                elif what == "m1.soil":
                    name, method = vocab.soil(x, doc.lang), "ПНД Ф 16.1:2.3:3.11-98"
                else:
                    name, method = vocab.water(x, doc.lang), (METHOD_VN if vi else METHOD_KZ)[x]
                rows.append([code if m == 0 else "", place if m == 0 else "", name, method])
                doc.add("monitoring", _mon({"point_contains": code}, (key, x), word))
        caption = _t(doc, "m1.caption").format(k=k, what=_t(doc, what), freq=freq(doc, word))
        doc.table(caption, rows, role="monitoring")
    maybe_distractor(doc)


TEXT |= {
    "m2.title": ("Приложение 3 к Руководству по системе экологического менеджмента (СТ РК ISO 14001-2016)",
                 "Экологиялық менеджмент жүйесі жөніндегі нұсқаулыққа 3-қосымша (ҚР СТ ISO 14001-2016)",
                 "HỆ THỐNG QUẢN LÝ MÔI TRƯỜNG ISO 14001:2015 – BIỂU MẪU BM-MT-07"),
    "m2.h": ("План мониторинга и измерения экологических характеристик на 2026 год",
             "2026 жылға арналған экологиялық сипаттамаларды мониторингтеу және өлшеу жоспары",
             "KẾ HOẠCH GIÁM SÁT VÀ ĐO LƯỜNG CÁC KHÍA CẠNH MÔI TRƯỜNG NĂM 2026"),
    "m2.head": ("№|Экологический аспект|Контролируемый параметр|Место контроля|Периодичность|Ответственный|Запись",
                "№|Экологиялық аспект|Бақыланатын параметр|Бақылау орны|Кезеңділігі|Жауапты|Жазба",
                "TT|Khía cạnh môi trường|Thông số giám sát|Vị trí|Tần suất|Trách nhiệm|Hồ sơ"),
    # aspect; place; responsible; record — of the stack, the outlet, the boundary of the zone
    "m2.stack": ("Выбросы загрязняющих веществ от котельной;дымовая труба котельной (ТК-1);инженер-эколог;протокол испытаний",
                 "Қазандықтан ластаушы заттар шығарындылары;қазандықтың түтін мұржасы (ТК-1);эколог-инженер;сынақ хаттамасы",
                 "Khí thải lò hơi;Ống khói lò hơi (KT1);Phòng HSE;Phiếu kết quả quan trắc"),
    "m2.outlet": ("Сброс производственных сточных вод;контрольный колодец КК-1;начальник ЛОС;электронный архив расходомера",
                  "Өндірістік ағынды суларды төгу;КК-1 бақылау құдығы;ЖТҚ бастығы;шығын өлшегіштің электрондық мұрағаты",
                  "Nước thải sản xuất;Hố ga đấu nối (NT1);Tổ vận hành HTXLNT;Dữ liệu thiết bị đo tự động"),
    "m2.lab": ("аккредитованная лаборатория;протокол испытаний", "аккредиттелген зертхана;сынақ хаттамасы",
               "Đơn vị quan trắc có VIMCERTS;Phiếu kết quả quan trắc"),
    "m2.flow": ("Расход сточных вод, {ph}", "Ағынды сулардың шығыны, {ph}", "Lưu lượng nước thải, {ph}"),
    "m2.boundary": ("Загрязнение атмосферного воздуха;граница СЗЗ, точка А-1;инженер-эколог;протокол испытаний",
                    "Атмосфералық ауаның ластануы;СҚА шекарасы, А-1 нүктесі;эколог-инженер;сынақ хаттамасы",
                    "Chất lượng không khí xung quanh;Khu vực cổng bảo vệ (KK1);Phòng HSE;Phiếu kết quả quan trắc"),
    # aspect; parameter; place; frequency said; responsible; record — rows that measure no substance
    "m2.water": ("Водопотребление;показания водомера;узел учета на вводе водопровода;ежедневно;мастер смены;журнал водопотребления",
                 "Су тұтыну;су есептегіштің көрсеткіштері;су құбыры кірмесіндегі есепке алу торабы;күн сайын;ауысым шебері;су тұтыну журналы",
                 "Tiêu thụ nước;Chỉ số đồng hồ nước;Đồng hồ nước tổng;Hằng ngày;Tổ bảo trì;Sổ theo dõi tiêu thụ nước"),
    "m2.waste": ("Образование отходов;масса отходов по видам;площадка накопления отходов;{monthly};кладовщик;журнал учета отходов",
                 "Қалдықтардың түзілуі;қалдықтардың түрлері бойынша массасы;қалдықтарды жинақтау алаңы;{monthly};қоймашы;қалдықтарды есепке алу журналы",
                 "Phát sinh chất thải;Khối lượng chất thải theo từng loại;Kho chứa chất thải;{monthly};Thủ kho;Sổ theo dõi chất thải"),
    "m2.energy": ("Потребление энергоресурсов;показания счетчиков электроэнергии и газа;ТП-1, ГРПШ;{monthly};главный энергетик;журнал учета энергоресурсов",
                  "Энергия ресурстарын тұтыну;электр энергиясы мен газ есептегіштерінің көрсеткіштері;ТП-1, ГРПШ;{monthly};бас энергетик;энергия ресурстарын есепке алу журналы",
                  "Tiêu thụ điện năng;Chỉ số công tơ điện;Trạm biến áp;{monthly};Xưởng Cơ điện;Sổ theo dõi điện năng"),
}  # fmt: skip


def _code(place: str) -> str:
    """The point's code inside the words of a place: `ТК-1` of `дымовая труба котельной (ТК-1)`."""
    return re.search(r"[A-ZА-Я]{1,3}-?\d+", place).group(0)


def _names(doc: Doc, key: str, picked) -> str:
    if key == "code":
        return ", ".join(vocab.air(c, doc.lang, 1 if doc.lang == "vi" and c != "2902" else 0) for c in picked)
    return ", ".join(vocab.water(s, doc.lang) for s in picked)


def monitoring_u2(doc: Doc) -> None:
    """An ISO 14001 plan of monitoring and measurement: `aspect | parameter | place | frequency | responsible | record`,
    the substances of a stack, an outlet and the zone's boundary listed in one cell among rows that measure no substance
    (a water meter read daily, the mass of wastes, meters of energy); the outlet's aspect merged over its continuous flow
    and pH row and its monthly laboratory row; the point's code in brackets inside the place."""
    vi = doc.lang == "vi"
    doc.p(_t(doc, "m2.title"))
    doc.h(_t(doc, "m2.h"))
    blocks = []
    aspect, place, who, record = _t(doc, "m2.stack").split(";")
    pool = ("2902", "0330", "0301", "0337") if vi else ("0301", "0337", "0330", "0304")
    picked = sorted(doc.rng.sample(pool, 3), key=pool.index)
    word = doc.pick(("quarterly", "semiannual"))
    blocks.append([[aspect, _names(doc, "code", picked), place, freq(doc, word), who, record]])
    doc.add("monitoring", *(_mon({"point_contains": _code(place)}, ("code", c), word) for c in picked))
    aspect, place, who, record = _t(doc, "m2.outlet").split(";")
    code = _code(place)
    lab, paper = _t(doc, "m2.lab").split(";")
    pool = ("COD", "BOD5", "TSS", "NH4+", "TN", "TP") if vi else ("TSS", "COD", "BOD5", "Surfactants", "TPH")
    picked = sorted(doc.rng.sample(pool, 3), key=pool.index)
    word = doc.pick(("monthly", "quarterly"))
    ph = vocab.water("pH", doc.lang)
    flow = _t(doc, "m2.flow").format(ph=ph if vi else ph[:1].lower() + ph[1:])
    blocks.append([[aspect, flow, place, freq(doc, "continuous"), who, record],
                   [None, _names(doc, "symbol", picked), place, freq(doc, word), lab, paper]])
    doc.add("monitoring", _mon({"point_contains": code}, ("symbol", "pH"), "continuous"))
    doc.add("monitoring", *(_mon({"point_contains": code}, ("symbol", s), word) for s in picked))
    aspect, place, who, record = _t(doc, "m2.boundary").split(";")
    code = _code(place)
    pool = ("2902", "0301", "0330", "0337") if vi else ("0301", "2902", "1325", "0303")
    picked = sorted(doc.rng.sample(pool, doc.rng.randint(2, 3)), key=pool.index)
    word = doc.pick(("semiannual", "quarterly"))
    blocks.append([[aspect, _names(doc, "code", picked), place, freq(doc, word), who, record]])
    doc.add("monitoring", *(_mon({"point_contains": code}, ("code", c), word) for c in picked))
    for key in ("m2.water", "m2.waste", "m2.energy"):
        blocks.append([_t(doc, key).format(monthly=freq(doc, "monthly")).split(";")])
    doc.rng.shuffle(blocks)
    rows, merges, n = [_row(doc, "m2.head")], [], 0
    for block in blocks:
        start = len(rows)
        for line in block:
            n += 1
            rows.append([str(n), *line])
        _down(rows, start, 1, merges)
    doc.table(None, rows, merges, role="monitoring")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

TEXT |= {
    "i1.title": ("План мониторинга соблюдения экологических требований участниками индустриальной зоны на 2026 год",
                 "Индустриялық аймақ қатысушыларының экологиялық талаптарды сақтауын мониторингтеудің 2026 жылға арналған жоспары",
                 "KẾ HOẠCH KIỂM TRA, GIÁM SÁT CÔNG TÁC BẢO VỆ MÔI TRƯỜNG CỦA CÁC DOANH NGHIỆP THỨ CẤP NĂM 2026"),
    "i1.p": ("Обследования участников проводит {company}; периодичность установлена с учетом степени риска производства участника.",
             "Қатысушыларды тексеруді {company} жүргізеді; кезеңділігі қатысушы өндірісінің тәуекел дәрежесі ескеріле отырып белгіленген.",
             "{company} thực hiện kiểm tra các doanh nghiệp thứ cấp; tần suất kiểm tra được xác định theo loại hình sản xuất, doanh nghiệp "
             "thuộc loại hình có nguy cơ gây ô nhiễm môi trường (Phụ lục II Nghị định 08/2022/NĐ-CP) được kiểm tra thường xuyên hơn."),
    "i1.head": ("№|Участник индустриальной зоны|Вид производства|Степень риска|Периодичность обследования|Форма обследования|Месяцы проведения",
                "№|Индустриялық аймақ қатысушысы|Өндіріс түрі|Тәуекел дәрежесі|Тексеру кезеңділігі|Тексеру нысаны|Жүргізілетін айлар",
                "TT|Doanh nghiệp|Ngành nghề|Loại hình có nguy cơ gây ô nhiễm môi trường|Tần suất kiểm tra|Hình thức|Thời gian dự kiến"),
    "i1.risk": ("высокая|средняя|низкая", "жоғары|орташа|төмен", "Có|Không|Không"),
    "i1.forms": ("выездное обследование|выездное обследование|документарная проверка",
                 "көшпелі тексеру|көшпелі тексеру|құжаттық тексеру", "Kiểm tra thực tế|Kiểm tra thực tế|Kiểm tra hồ sơ"),
    "i1.months": ("март, июнь, сентябрь, декабрь|май, ноябрь|октябрь", "наурыз, маусым, қыркүйек, желтоқсан|мамыр, қараша|қазан",
                  "Tháng 3, 6, 9, 12|Tháng 5, 11|Tháng 10"),
    "i1.caption": ("Таблица 1 – График обследований участников", "1-кесте – Қатысушыларды тексеру кестесі",
                   "Bảng 1. Kế hoạch kiểm tra các doanh nghiệp thứ cấp"),
}  # fmt: skip
RISK_EVERY = ("quarterly", "semiannual", "yearly")


def inspections_u1(doc: Doc) -> None:
    """An industrial zone's plan of visits to its tenants: each tenant with its production, the risk of its production, a
    frequency that follows from the risk, the form of the visit and the months of the visits; the zone's management
    company named in the sentence before (VI: whether the tenant's trade is of those that risk polluting, Có / Không)."""
    vi = doc.lang == "vi"
    doc.h(_t(doc, "i1.title"))
    doc.p(_t(doc, "i1.p").format(company=_t(doc, "zone.company")))
    rows = [_row(doc, "i1.head")]
    risks, forms, months = _list(doc, "i1.risk"), _list(doc, "i1.forms"), _list(doc, "i1.months")
    for k, (company, activity, _) in enumerate(doc.rng.sample(TENANTS[doc.lang], 5), 1):
        level = doc.rng.randrange(3)
        word = RISK_EVERY[level]
        if vi and level == 2 and doc.rng.random() < 0.5:
            word = "semiannual"
        when = months[RISK_EVERY.index(word)]
        rows.append([str(k), company, activity, risks[level], freq(doc, word), forms[level], when])
        doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": company})
    doc.table(_t(doc, "i1.caption"), rows, role="inspections")
    maybe_distractor(doc)


UNITS_LIGHT = {
    "ru": ("Красильно-отделочный цех", "Швейный цех", "Котельная", "Склад химических материалов", "Локальные очистные сооружения",
           "Площадка накопления отходов", "Компрессорная станция", "Участок печати"),
    "kk": ("Бояу-әрлеу цехы", "Тігін цехы", "Қазандық", "Химиялық материалдар қоймасы", "Жергілікті тазарту құрылыстары",
           "Қалдықтарды жинақтау алаңы", "Компрессорлық станция", "Басып шығару учаскесі"),
    "vi": ("Xưởng nhuộm", "Xưởng may", "Khu vực lò hơi", "Kho hóa chất", "Trạm xử lý nước thải", "Kho chứa chất thải nguy hại",
           "Khu vực máy nén khí", "Xưởng in"),
}  # fmt: skip
TEXT |= {
    "i2.title": ("Стандарт организации СТО-ЭМ-05 «Внутренний экологический контроль»",
                 "СТО-ЭМ-05 «Ішкі экологиялық бақылау» ұйым стандарты",
                 "QUY TRÌNH TỰ KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG (Mã số: QT-MT-05)"),
    "i2.h": ("Приложение 1. График внутренних проверок на 2026 год", "1-қосымша. 2026 жылға арналған ішкі тексерулер кестесі",
             "Phụ lục 1. Lịch kiểm tra nội bộ năm 2026"),
    "i2.head": ("№|Вид проверки|Проверяемое подразделение|Срок проведения|Проводит|Оформление результата",
                "№|Тексеру түрі|Тексерілетін бөлімше|Жүргізу мерзімі|Жүргізеді|Нәтижені ресімдеу",
                "TT|Loại hình kiểm tra|Bộ phận được kiểm tra|Thời gian thực hiện|Người thực hiện|Hồ sơ"),
    # kind; who; record — of a round, a check and an audit
    "i2.round": ("Обход и визуальный осмотр;мастер смены;запись в журнале обходов",
                 "Аралау және көзбен шолып тексеру;ауысым шебері;аралау журналына жазба",
                 "Đi kiểm tra hiện trường;Trưởng ca;Ghi sổ nhật ký kiểm tra"),
    "i2.check": ("Проверка соблюдения природоохранных требований;инженер-эколог;акт проверки",
                 "Табиғат қорғау талаптарының сақталуын тексеру;эколог-инженер;тексеру актісі",
                 "Kiểm tra việc tuân thủ quy định bảo vệ môi trường;Phòng An toàn – Môi trường;Biên bản kiểm tra"),
    "i2.audit": ("Внутренний аудит системы экологического менеджмента;группа внутренних аудиторов;отчет о внутреннем аудите",
                 "Экологиялық менеджмент жүйесінің ішкі аудиті;ішкі аудиторлар тобы;ішкі аудит туралы есеп",
                 "Đánh giá nội bộ hệ thống quản lý môi trường ISO 14001;Nhóm đánh giá nội bộ;Báo cáo đánh giá nội bộ"),
    "i2.daily": ("ежедневно, при приеме смены", "күн сайын, ауысымды қабылдау кезінде", "Hằng ngày, đầu mỗi ca làm việc"),
    "i2.weekly": ("еженедельно, по пятницам", "апта сайын, жұма күндері", "Hằng tuần, vào thứ Sáu"),
    "i2.monthly": ("ежемесячно, до 25 числа", "ай сайын, 25-күніне дейін", "Hằng tháng, trước ngày 25"),
    "i2.quarterly": ("ежеквартально, в последнюю неделю квартала", "тоқсан сайын, тоқсанның соңғы аптасында", "Hằng quý, vào tuần cuối của quý"),
    "i2.semiannual": ("2 раза в год (июнь, декабрь)", "жылына 2 рет (маусым, желтоқсан)", "06 tháng/lần (tháng 6 và tháng 12)"),
    "i2.yearly": ("ежегодно, в мае", "жыл сайын, мамыр айында", "Hằng năm, trong tháng 5"),
}  # fmt: skip
KIND_OF = {"daily": "i2.round", "weekly": "i2.round", "monthly": "i2.check", "quarterly": "i2.check", "semiannual": "i2.check",
           "yearly": "i2.audit"}  # fmt: skip


def inspections_u2(doc: Doc) -> None:
    """An organisation's standard on internal control: the kind of check before the unit, then a term cell that joins the
    frequency with when in the period it falls (`ежемесячно, до 25 числа`, `2 раза в год (июнь, декабрь)`), daily and
    weekly rounds among them, who checks and how the result is recorded; under a heading, no caption."""
    doc.h(_t(doc, "i2.title"))
    doc.h(_t(doc, "i2.h"))
    rows = [_row(doc, "i2.head")]
    chosen = doc.rng.sample(list(KIND_OF), 5)
    for k, (unit, word) in enumerate(zip(doc.rng.sample(UNITS_LIGHT[doc.lang], 5), chosen, strict=True), 1):
        kind, who, record = _t(doc, KIND_OF[word]).split(";")
        rows.append([str(k), kind, unit, _t(doc, f"i2.{word}"), who, record])
        doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": unit})
    doc.table(None, rows, role="inspections")
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

DEMANDS = {
    "ru": ("Оборудовать площадку накопления опасных отходов навесом и твердым покрытием",
           "Установить прибор учета сточных вод на выпуске в сеть водоотведения индустриальной зоны",
           "Заключить договор на передачу опасных отходов специализированной организации",
           "Обеспечить локальную очистку производственных сточных вод до допустимых концентраций",
           "Представить в управляющую компанию копию декларации о воздействии на окружающую среду",
           "Провести инструментальные замеры выбросов на источниках котельной",
           "Провести очистку отстойника на выпуске производственных сточных вод",
           "Разработать и утвердить инструкцию по обращению с отходами"),
    "kk": ("Қауіпті қалдықтарды жинақтау алаңын шатырмен және қатты жабындымен жабдықтау",
           "Индустриялық аймақтың су бұру желісіне шығарылымда ағынды суларды есепке алу аспабын орнату",
           "Қауіпті қалдықтарды мамандандырылған ұйымға беруге шарт жасасу",
           "Өндірістік ағынды суларды жол берілетін концентрацияларға дейін жергілікті тазартуды қамтамасыз ету",
           "Басқарушы компанияға қоршаған ортаға әсер ету туралы декларацияның көшірмесін ұсыну",
           "Қазандық көздеріндегі шығарындыларға аспаптық өлшеулер жүргізу",
           "Өндірістік ағынды сулар шығарылымындағы тұндырғышты тазалау",
           "Қалдықтармен жұмыс істеу жөніндегі нұсқаулықты әзірлеу және бекіту"),
    "vi": ("Cải tạo kho chứa chất thải nguy hại, bổ sung mái che và gờ chống tràn",
           "Lắp đặt đồng hồ đo lưu lượng nước thải tại hố ga đấu nối",
           "Ký hợp đồng chuyển giao chất thải nguy hại với đơn vị có giấy phép",
           "Vận hành hệ thống xử lý nước thải sơ bộ bảo đảm đạt tiêu chuẩn tiếp nhận của KCN",
           "Nộp bản sao giấy phép môi trường cho Công ty phát triển hạ tầng KCN",
           "Thực hiện quan trắc khí thải lò hơi theo đúng tần suất quy định",
           "Nạo vét bể tách dầu mỡ và hố ga thoát nước mưa",
           "Lập sổ theo dõi phát sinh, chuyển giao chất thải nguy hại"),
}  # fmt: skip
TEXT |= {
    "t1.title": ("План-график устранения замечаний, выявленных при обследовании участников индустриальной зоны в 2025 году",
                 "2025 жылы индустриялық аймақ қатысушыларын тексеру кезінде анықталған ескертулерді жою жоспар-кестесі",
                 "THÔNG BÁO KẾT QUẢ KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG CỦA CÁC DOANH NGHIỆP THỨ CẤP NĂM 2025"),
    "t1.p": ("Участники индустриальной зоны обязаны выполнить следующие мероприятия и письменно уведомить {company} об их выполнении.",
             "Индустриялық аймақ қатысушылары мына іс-шараларды орындауға және олардың орындалғаны туралы басқарушы компанияға ({company}) "
             "жазбаша хабарлауға міндетті.",
             "{company} đề nghị các doanh nghiệp thực hiện các nội dung khắc phục sau và báo cáo kết quả bằng văn bản:"),
    "t1.head": ("№|Мероприятие по устранению замечания|Срок исполнения|Отметка об исполнении",
                "№|Ескертуді жою жөніндегі іс-шара|Орындау мерзімі|Орындалуы туралы белгі",
                "TT|Nội dung yêu cầu khắc phục|Thời hạn hoàn thành|Kết quả thực hiện"),
    "t1.group": ("{k}. {company} (участок № {plot})", "{k}. {company} ({plot}-учаске)", "{k}. {company} (Lô {plot})"),
    "t1.terms": ("до 01.03.2026|до 31.03.2026|до 30.04.2026|II квартал 2026 г.|до 31.05.2026|в течение 30 дней",
                 "01.03.2026 дейін|31.03.2026 дейін|30.04.2026 дейін|2026 жылғы II тоқсан|31.05.2026 дейін|30 күн ішінде",
                 "Trước ngày 01/03/2026|Trước ngày 31/03/2026|Tháng 4/2026|Quý II/2026|Trước ngày 31/05/2026|Trong vòng 30 ngày"),
    "t1.caption": ("Приложение к письму управляющей компании", "Басқарушы компания хатына қосымша", "Phụ lục. Danh mục yêu cầu khắc phục"),
}  # fmt: skip


def tasks_u1(doc: Doc) -> None:
    """An industrial zone's requirements to its tenants: a group row per tenant spanning the table (`1. ТОО «…» (участок
    № 12)`) above the measures it must take, numbered 1.1, 1.2; the tenant is the actor and there is no responsible column;
    the term and an empty mark of completion."""
    doc.h(_t(doc, "t1.title"))
    doc.p(_t(doc, "t1.p").format(company=_t(doc, "zone.company")))
    rows, merges = [_row(doc, "t1.head")], []
    demands = doc.rng.sample(DEMANDS[doc.lang], 6)
    terms = _list(doc, "t1.terms")
    for k, (company, _, _) in enumerate(doc.rng.sample(TENANTS[doc.lang], 3), 1):
        plot = f"{doc.pick('ABCD')}{doc.rng.randint(1, 12)}" if doc.lang == "vi" else str(doc.rng.randint(1, 48))
        _span(rows, merges, _t(doc, "t1.group").format(k=k, company=company, plot=plot), 4)
        for m in (1, 2):
            text = demands.pop()
            rows.append([f"{k}.{m}", text, doc.pick(terms), ""])
            doc.add("obligations", {"kind": "task", "number": f"{k}.{m}", "text_contains": words(text), "actor_contains": company})
    doc.table(_t(doc, "t1.caption"), rows, merges, role="tasks")
    maybe_distractor(doc)


# (objective, target, ((action, responsible), ...))
PROGRAMME = {
    "ru": (("Снижение потребления природного газа", "на 5 % к уровню 2025 года",
            (("Заменить горелочные устройства котлов на модулирующие горелки", "Главный энергетик"),
             ("Выполнить теплоизоляцию паропроводов красильного цеха", "Начальник красильного цеха"),
             ("Установить систему возврата конденсата в котельной", "Главный механик"))),
           ("Сокращение объема отходов, вывозимых на полигон", "на 20 % к 2027 году",
            (("Организовать раздельный сбор обрезков ткани для передачи на переработку", "Начальник швейного цеха"),
             ("Заключить договор на передачу полиэтиленовой упаковки на переработку", "Отдел снабжения"),
             ("Установить пресс для брикетирования картонной упаковки", "Главный механик"))),
           ("Снижение водопотребления на производственные нужды", "на 10 % к уровню 2025 года",
            (("Внедрить повторное использование промывных вод красильных машин", "Главный технолог"),
             ("Установить приборы учета воды в каждом цехе", "Главный энергетик"))),
           ("Повышение экологической осведомленности персонала", "обучено 100 % персонала",
            (("Провести обучение персонала требованиям системы экологического менеджмента", "Инженер-эколог"),
             ("Разработать памятки по обращению с отходами для рабочих мест", "Инженер-эколог")))),
    "kk": (("Табиғи газды тұтынуды азайту", "2025 жылғы деңгейге қарағанда 5 %-ға",
            (("Қазандықтардың жанарғы құрылғыларын модуляциялайтын жанарғыларға ауыстыру", "Бас энергетик"),
             ("Бояу цехының бу құбырларын жылу оқшаулау", "Бояу цехының бастығы"),
             ("Қазандықта конденсатты қайтару жүйесін орнату", "Бас механик"))),
           ("Полигонға шығарылатын қалдықтар көлемін қысқарту", "2027 жылға қарай 20 %-ға",
            (("Мата қиындыларын қайта өңдеуге беру үшін бөлек жинауды ұйымдастыру", "Тігін цехының бастығы"),
             ("Полиэтилен ораманы қайта өңдеуге беруге шарт жасасу", "Жабдықтау бөлімі"),
             ("Картон ораманы брикеттеуге арналған пресс орнату", "Бас механик"))),
           ("Өндірістік қажеттіліктерге су тұтынуды азайту", "2025 жылғы деңгейге қарағанда 10 %-ға",
            (("Бояу машиналарының шайынды суларын қайта пайдалануды енгізу", "Бас технолог"),
             ("Әр цехқа су есептегіш аспаптарын орнату", "Бас энергетик"))),
           ("Персоналдың экологиялық хабардарлығын арттыру", "персоналдың 100 %-ы оқытылған",
            (("Персоналды экологиялық менеджмент жүйесінің талаптарына оқыту", "Эколог-инженер"),
             ("Жұмыс орындарына қалдықтармен жұмыс істеу жөніндегі жадынамалар әзірлеу", "Эколог-инженер")))),
    "vi": (("Giảm tiêu thụ điện năng", "Giảm 5% so với năm 2025",
            (("Thay thế đèn huỳnh quang bằng đèn LED tại các xưởng sản xuất", "Xưởng Cơ điện"),
             ("Lắp đặt biến tần cho hệ thống máy nén khí", "Phòng Kỹ thuật"),
             ("Lắp đặt hệ thống điện mặt trời áp mái", "Ban Quản lý dự án"))),
           ("Giảm lượng chất thải nguy hại phát sinh", "Giảm 10% khối lượng giẻ lau nhiễm dầu",
            (("Sử dụng giẻ lau tái sử dụng và giặt tại chỗ", "Phòng Hành chính – Nhân sự"),
             ("Thu hồi dung môi thải bằng thiết bị chưng cất", "Xưởng SMT"))),
           ("Giảm tiêu thụ nước", "Giảm 8% lượng nước cấp trên một đơn vị sản phẩm",
            (("Tái sử dụng nước thải RO cho tháp giải nhiệt", "Phòng Kỹ thuật"),
             ("Lắp đặt đồng hồ nước cho từng xưởng", "Xưởng Cơ điện"))),
           ("Nâng cao nhận thức môi trường", "100% công nhân mới được đào tạo",
            (("Tổ chức đào tạo nhận thức ISO 14001 cho công nhân mới", "Phòng An toàn – Môi trường"),
             ("Phát động cuộc thi sáng kiến tiết kiệm năng lượng", "Công đoàn công ty")))),
}  # fmt: skip
TEXT |= {
    "t2.title": ("Программа экологического менеджмента на 2026 год", "2026 жылға арналған экологиялық менеджмент бағдарламасы",
                 "CHƯƠNG TRÌNH QUẢN LÝ MÔI TRƯỜNG NĂM 2026"),
    "t2.p": ("Программа разработана для достижения экологических целей, установленных Политикой ТОО «Жібек Жолы Текстиль» в области "
             "охраны окружающей среды, и утверждена приказом директора № 4-п от 12.01.2026.",
             "Бағдарлама «Жібек Жолы Текстиль» ЖШС-нің қоршаған ортаны қорғау саласындағы Саясатында белгіленген экологиялық мақсаттарға "
             "қол жеткізу үшін әзірленді және директордың 12.01.2026 жылғы № 4-б бұйрығымен бекітілді.",
             "(Ban hành kèm theo Quyết định số 12/QĐ-KBV ngày 05/01/2026 của Tổng Giám đốc – Hệ thống quản lý môi trường ISO 14001:2015)"),
    "t2.head": ("Экологическая цель|Целевой показатель|№|Мероприятие|Ответственный|Срок|Ресурсы, тыс. тенге",
                "Экологиялық мақсат|Нысаналы көрсеткіш|№|Іс-шара|Жауапты|Мерзімі|Ресурстар, мың теңге",
                "Mục tiêu|Chỉ tiêu|TT|Hành động thực hiện|Trách nhiệm|Thời hạn|Nguồn lực (triệu đồng)"),
    "t2.terms": ("I квартал 2026 г.|II квартал 2026 г.|до 30.06.2026|III квартал 2026 г.|до 31.12.2026",
                 "2026 жылғы I тоқсан|2026 жылғы II тоқсан|30.06.2026 дейін|2026 жылғы III тоқсан|31.12.2026 дейін",
                 "Quý I/2026|Quý II/2026|Trước 30/06/2026|Quý III/2026|Trước 31/12/2026"),
    "t2.own": ("собственными силами", "өз күшімен", "Nội bộ"),
}  # fmt: skip


def tasks_u2(doc: Doc) -> None:
    """An ISO 14001 programme of objectives and targets: the objective and its target merged down the first two columns
    over the actions that serve them, then the action's number (1.1, 1.2, 2.1 …) in the third column, the action, the
    responsible, the term and the resources (money, or `собственными силами`)."""
    doc.h(_t(doc, "t2.title"))
    doc.p(_t(doc, "t2.p"))
    rows, merges = [_row(doc, "t2.head")], []
    terms = _list(doc, "t2.terms")
    for k, (goal, target, actions) in enumerate(doc.rng.sample(PROGRAMME[doc.lang], 3), 1):
        start = len(rows)
        for m, (text, who) in enumerate(actions[: doc.rng.randint(2, len(actions))], 1):
            money = _t(doc, "t2.own") if doc.rng.random() < 0.25 else num(doc.rng.randint(2, 300) * (5 if doc.lang == "vi" else 50), doc.lang)
            first = len(rows) == start
            rows.append([goal if first else None, target if first else None, f"{k}.{m}", text, who, doc.pick(terms), money])
            doc.add("obligations", {"kind": "task", "number": f"{k}.{m}", "text_contains": words(text), "actor_contains": who})
        _down(rows, start, 0, merges)
        _down(rows, start, 1, merges)
    doc.table(None, rows, merges, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"U{k}", globals()[f"{role}_u{k}"]) for role in ROLES for k in (1, 2)]
"""`facility_u1` … `tasks_u2`, in the order of the roles."""
