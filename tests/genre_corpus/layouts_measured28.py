"""The fifteenth blind set's part EA (two layouts per role, `EA1` and `EA2`), written by someone who neither ran the
extractor on it nor read it, to differ from every layout of `layouts_*.py`; held out and measured once (0.800 over 126
files when first measured, 2026-12-04), then studied and moved to the tuning layouts.

Theme: amended, re-issued and corrected documents, and tables continued over pages. Kazakhstan: a brewery, a
glass-container plant and a tyre-recycling works whose КЭР was amended after a reconstruction (изменения и дополнения,
a ПЭК programme in a new edition, tables of what was and what becomes, corrections of errors, annexes to annexes,
tables continued on the next page as «Продолжение таблицы N» under a row of column numbers). Vietnam: a beer factory,
a glass factory and a rubber-recycling plant (a giấy phép môi trường điều chỉnh or cấp lại, a văn bản đính chính, the
báo cáo công tác bảo vệ môi trường of Thông tư 02/2022/TT-BTNMT whose tables run over several pages). Where a document
gives old and new values, the values in force (the new ones) are expected.

Facility: a programme's card in a new edition, printed over two pages under a row of column numbers, with a register
of changes of no role (VI: a re-issued permit's card and the list of the permits it replaces) (EA1); the identity as
two rows, the edition in force and the amended one, `без изменений` in the cells that did not change (EA2).
Emissions: the norms ordered by substance, the existing position beside the norm, a new source and a closed one,
the table cut over a page inside a substance's block (VI: the loads approved by the ĐTM beside the adjusted ones)
(EA1); the parameters of sources over three pages, a source's merged cells running over a page break and left empty
on the next page (EA2). Wastes: accumulation limits in a new edition under hazard group rows, rows added, changed and
struck out (VI: a correction of a permit's waste table, the amount written and the amount corrected) (EA1); a list of
changes to a permit's annex, each row an action (lay out anew, add, strike out) (VI: an annual report's wastes over
pages) (EA2). Limits: technological norms of glass furnaces before and after the reconstruction (VI: a permit's
waste-water limits moved from QCVN 40 column B to column A) (EA1); a corrected report of air at the boundary of the
protection zone with point group rows repeated as `(продолжение)` (VI: two stacks' rounds against QCVN 19 column B
over pages) (EA2). Monitoring: the plan of control at sources in a new edition with the header printed again on the
next page and a source struck out (VI: a re-issued permit's programme over pages) (EA1); a programme's frequencies,
the one in force and the new one, with a line added and a line dropped (EA2). Inspections: a schedule of internal
checks in a new edition over two pages, a closed shop struck out (EA1); two rows per unit, the former and the new
frequency, a unit merged over them (EA2). Tasks: a plan whose terms were moved, the first and the revised term (EA1);
a consolidated plan with items inserted as `2-1` and items struck out (VI: `2a`, `(bãi bỏ)`) (EA2).
"""

from __future__ import annotations

from . import vocab
from .common import Doc, distractor, freq, make_bin, make_kato, make_msdn, maybe_distractor, num, rate
from .limits_data import AIR_PDK, QCVN19, QCVN40, add, cell, limit
from .registry import ROLES, Layout
from .sources_data import emission, total

# ---------------------------------------------------------------- helpers

CONT = {"ru": "Продолжение таблицы {n}", "kk": "{n}-кестенің жалғасы", "vi": "Bảng {n} (tiếp theo)"}
END = {"ru": "Окончание таблицы {n}", "kk": "{n}-кестенің соңы", "vi": "Bảng {n} (tiếp theo)"}

# (RU name, RU operator, KK name, KK operator, RU place, KK place) / VI (name, operator, place)
BREWERY = (("Пивоваренный завод «Алтын Арпа»", "ТОО «Алтын Арпа Брюинг»", "«Алтын Арпа» сыра қайнату зауыты",
            "«Алтын Арпа Брюинг» ЖШС", "Алматинская область, Талгарский район, с. Бесагаш",
            "Алматы облысы, Талғар ауданы, Бесағаш а."),
           ("Nhà máy Bia Hà Thành – Phố Nối", "Công ty Cổ phần Bia Hà Thành", "Khu công nghiệp Phố Nối A, tỉnh Hưng Yên"))
GLASS = (("Завод стеклянной тары «Арал Шыны»", "ТОО «Арал Шыны Гласс»", "«Арал Шыны» шыны ыдыс зауыты",
          "«Арал Шыны Гласс» ЖШС", "Кызылординская область, г. Кызылорда, промышленная зона «Тасбугет»",
          "Қызылорда облысы, Қызылорда қ., «Тасбөгет» өнеркәсіптік аймағы"),
         ("Nhà máy Thủy tinh Đông Á", "Công ty TNHH Thủy tinh Đông Á", "Khu công nghiệp Mỹ Phước 3, Thành phố Hồ Chí Minh"))
TYRE = (("Завод по переработке изношенных шин «ЭкоРезина»", "ТОО «ЭкоРезина Ресайклинг»",
         "«ЭкоРезина» тозған шиналарды қайта өңдеу зауыты", "«ЭкоРезина Ресайклинг» ЖШС",
         "Актюбинская область, г. Актобе, промзона «Жилянка»", "Ақтөбе облысы, Ақтөбе қ., «Жилянка» өнеркәсіптік аймағы"),
        ("Nhà máy Tái chế Cao su Phước An", "Công ty TNHH Tái chế Cao su Phước An", "Khu công nghiệp Nhơn Trạch 6, tỉnh Đồng Nai"))


def _site(doc: Doc, site) -> tuple[str, str, str]:
    """(name, operator, place) of one of the three works in the document's language."""
    kz, vi = site
    if doc.lang == "vi":
        return vi
    return (kz[0], kz[1], kz[4]) if doc.lang == "ru" else (kz[2], kz[3], kz[5])


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _words(text: str, n: int = 5) -> str:
    return " ".join(text.split()[:n])


def _dms(value: float) -> tuple[str, float]:
    """An angle as `51°09'12,4"` and the decimal degrees it stands for."""
    d = int(value)
    m = int((value - d) * 60)
    s = round(((value - d) * 60 - m) * 60, 1)
    if s >= 60:
        m, s = m + 1, 0.0
    return f"{d}°{m:02d}'{s:04.1f}\"".replace(".", ","), d + m / 60 + s / 3600


def _numbers(doc: Doc, width: int) -> list[str]:
    """The row of column numbers under a header: `1 2 3` (VI: `(1) (2) (3)`)."""
    return [f"({k})" if doc.lang == "vi" else str(k) for k in range(1, width + 1)]


def _pieces(body: list, merges: list, cuts: list[int], repeat_text: bool = False) -> list[tuple[list, list]]:
    """The body cut into parts at `cuts`; a merge running over a cut goes on in the next part, its text written again
    there when `repeat_text`, else left empty (as a merged cell continued on a new page prints)."""
    bounds = [0, *cuts, len(body)]
    out = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        rows = [list(r) for r in body[a:b]]
        ms = []
        for r0, c0, r1, c1 in merges:
            lo, hi = max(r0, a), min(r1, b - 1)
            if lo > hi:
                continue
            if lo > r0:
                rows[lo - a][c0] = body[r0][c0] if repeat_text else ""
            if hi > lo or c1 > c0:
                ms.append((lo - a, c0, hi - a, c1))
        out.append((rows, ms))
    return out


def _paged(doc: Doc, number: str, caption: str | None, head: list, head_merges: list, body: list, body_merges: list,
           cuts: list[int], role: str, repeat: bool = False, repeat_text: bool = False) -> None:
    """A table printed over pages: the header and a row of column numbers, then each further part under
    `Продолжение таблицы N` (the last under `Окончание таблицы N` when there are three) with the column numbers only
    (the whole header again when `repeat`). One table of the document: the further parts are not expected again."""
    width = max(len(r) for r in head + body)
    lead = [*head, _numbers(doc, width)]
    for k, (rows, ms) in enumerate(_pieces(body, body_merges, cuts, repeat_text)):
        top = lead if k == 0 or repeat else [lead[-1]]
        off = len(top)
        merges = (list(head_merges) if k == 0 or repeat else []) + [(a + off, b, c + off, d) for a, b, c, d in ms]
        if k == 0:
            doc.table(caption, top + rows, merges, role=role)
            continue
        last = k == len(cuts) and len(cuts) > 1
        doc.table((END if last else CONT)[doc.lang].format(n=number), top + rows, merges, role=role)
        doc.expected["tables"].pop()


def _cuts(doc: Doc, length: int, parts: int = 2, avoid=()) -> list[int]:
    """Page breaks spread over a body of `length` rows, none before a row in `avoid`."""
    out = []
    for k in range(1, parts):
        at = round(length * k / parts) + doc.rng.choice((-1, 0, 1))
        while at in avoid or at in out:
            at += 1
        out.append(max(1, min(length - 1, at)))
    return sorted(set(out))


def _mon(loc: dict, key: tuple[str, str], frequency: str) -> dict:
    return {**loc, key[0]: key[1], "frequency": frequency}


def _air(doc: Doc, code: str, variant: int = 0) -> str:
    if code not in vocab.AIR:
        return SUBST_RU[code][0 if doc.lang == "ru" else 1]
    names = vocab.AIR[code][vocab.LANGS.index(doc.lang)]
    return names[variant % len(names)] if names else vocab.AIR[code][0][0]


# ---------------------------------------------------------------- facility


def facility_ea1(doc: Doc) -> None:
    """A glass-container plant's ПЭК programme in a new edition: the card `№ | показатель | значение` under a row of
    column numbers, printed over two pages (the category, the coordinates and the capacity after the reconstruction on
    the second), then a register of changes of no role (VI: a re-issued GPMT's card over two pages, coordinates in
    degrees, then the list of the component permits it replaces, of no role)."""
    r = doc.rng
    vi = doc.lang == "vi"
    name, operator, place = _site(doc, GLASS)
    ident = make_msdn(r) if vi else make_bin(r)
    lat_s, lat = _dms(r.uniform(10.95, 11.15) if vi else r.uniform(44.76, 44.88))
    lon_s, lon = _dms(r.uniform(106.55, 106.7) if vi else r.uniform(65.45, 65.62))
    before, after = r.choice(((180, 260), (220, 310), (240, 350)))
    if vi:
        number = f"{r.randint(100, 480)}/GPMT-UBND"
        doc.h("GIẤY PHÉP MÔI TRƯỜNG (cấp lại)")
        doc.p(f"Số: {number}. ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH cấp lại giấy phép môi trường cho {operator} "
              f"do thay đổi công suất lò nấu thủy tinh sau cải tạo; giấy phép có thời hạn 07 năm kể từ ngày ký.")
        rows = [["TT", "Nội dung", "Thông tin"],
                ["1", "Tên chủ cơ sở", operator],
                ["2", "Mã số doanh nghiệp", f"{ident}, đăng ký lần đầu ngày 12/05/2009, đăng ký thay đổi lần thứ 9 ngày 03/03/2025"],
                ["3", "Địa chỉ trụ sở chính", "Đường NA7, Khu công nghiệp Mỹ Phước 3, phường Thới Hòa, Thành phố Hồ Chí Minh"],
                ["4", "Người đại diện theo pháp luật", "Ông Trần Quốc Việt – Tổng Giám đốc"],
                ["5", "Tên cơ sở", name],
                ["6", "Địa điểm thực hiện", place],
                ["7", "Loại hình sản xuất", "Sản xuất chai, lọ thủy tinh (lò nấu thủy tinh đốt khí thiên nhiên)"],
                ["8", "Công suất", f"{num(after * 365, 'vi')} tấn sản phẩm/năm (trước cải tạo: {num(before * 365, 'vi')} tấn/năm)"],
                ["9", "Tọa độ vị trí (hệ WGS84)", f"{lat_s} N; {lon_s} E"],
                ["10", "Phân loại", "Cơ sở thuộc nhóm I (mục 3 Phụ lục III Nghị định số 08/2022/NĐ-CP)"],
                ["11", "Diện tích khu đất", f"{num(round(r.uniform(5, 12), 2), 'vi')} ha"]]  # fmt: skip
        cut = r.choice((6, 7))
        _paged(doc, "1", "Bảng 1. Thông tin chung về chủ cơ sở và cơ sở", rows[:1], [], rows[1:], [], [cut], "facility")
        doc.add("facilities", {"bin": ident, "name_contains": name, "category": "I", "lat": lat, "lon": lon})
        old = [["TT", "Tên giấy phép", "Số, ký hiệu", "Ngày cấp", "Cơ quan cấp"],
               ["1", "Giấy phép môi trường", f"{r.randint(10, 99)}/GPMT-UBND", f"{r.randint(1, 28):02d}/06/2023", "UBND tỉnh Bình Dương"],
               ["2", "Giấy phép xả nước thải vào công trình thủy lợi", f"{r.randint(100, 999)}/GP-STNMT", "14/11/2019", "Sở Tài nguyên và Môi trường"],
               ["3", "Sổ đăng ký chủ nguồn thải CTNH", f"74.00{r.randint(1000, 9999)}.T", "02/08/2016", "Sở Tài nguyên và Môi trường"]]  # fmt: skip
        doc.table("Bảng 2. Các giấy phép hết hiệu lực kể từ ngày giấy phép này có hiệu lực", old, role="other")
        return
    kato = make_kato(r)
    doc.h(doc.v(f"Программа производственного экологического контроля. {name}. Редакция 2 (взамен редакции 2023 года)",
                f"{name} өндірістік экологиялық бақылау бағдарламасы. 2-редакция (2023 жылғы редакцияның орнына)", ""))
    doc.p(doc.v("Новая редакция программы разработана в связи с реконструкцией стекловаренной печи № 2 и внесением изменений "
                "в комплексное экологическое разрешение.",
                "Бағдарламаның жаңа редакциясы № 2 шыны балқыту пешін реконструкциялауға және кешенді экологиялық рұқсатқа "
                "өзгерістер енгізуге байланысты әзірленді.", ""))
    rows = [doc.v(["№ п/п", "Наименование показателя", "Значение"], ["Р/с №", "Көрсеткіштің атауы", "Мәні"], []),
            ["1", doc.v("Наименование оператора", "Оператордың атауы", ""), operator],
            ["2", doc.v("Бизнес-идентификационный номер", "Бизнес-сәйкестендіру нөмірі", ""), ident],
            ["3", doc.v("Юридический адрес", "Заңды мекенжайы", ""),
             doc.v("г. Кызылорда, ул. Желтоксан, 17", "Қызылорда қ., Желтоқсан көшесі, 17", "")],
            ["4", doc.v("Наименование производственного объекта", "Өндірістік объектінің атауы", ""), name],
            ["5", doc.v("Местонахождение объекта", "Объектінің орналасқан жері", ""), place],
            ["6", doc.v("Код КАТО", "ҚАТО коды", ""), kato],
            ["7", doc.v("Вид деятельности по ОКЭД", "ЭҚЖЖ бойынша қызмет түрі", ""),
             doc.v("23130 – Производство полых стеклянных изделий", "23130 – Қуыс шыны бұйымдар өндірісі", "")],
            ["8", doc.v("Категория объекта", "Объектінің санаты", ""),
             doc.v("I (пп. 3.5 п. 3 раздела 1 приложения 2 к Экологическому кодексу РК)",
                   "I (ҚР Экология кодексіне 2-қосымшаның 1-бөлімі 3-тармағының 3.5-тармақшасы)", "")],
            ["9", doc.v("Географические координаты (центр площадки)", "Географиялық координаттар (алаң орталығы)", ""),
             doc.v(f"{lat_s} с.ш., {lon_s} в.д.", f"{lat_s} с.е., {lon_s} ш.б.", "")],
            ["10", doc.v("Производственная мощность", "Өндірістік қуаты", ""),
             doc.v(f"{after} т стекломассы в сутки (до реконструкции – {before} т/сут)",
                   f"тәулігіне {after} т шыны массасы (реконструкцияға дейін – {before} т/тәул)", "")],
            ["11", doc.v("Срок действия программы", "Бағдарламаның қолданылу мерзімі", ""),
             doc.v("2026–2030 гг.", "2026–2030 жж.", "")]]
    cut = r.choice((6, 7, 8))
    _paged(doc, "1.1", doc.v("Таблица 1.1 – Общие сведения об операторе и объекте", "1.1-кесте – Оператор және объект туралы жалпы мәліметтер", ""),
           rows[:1], [], rows[1:], [], [cut], "facility")
    doc.add("facilities", {"bin": ident, "name_contains": name, "kato": kato, "oked": "23130", "category": "I", "lat": lat, "lon": lon})
    reg = [doc.v(["№ изм.", "Раздел, пункт", "Содержание изменения", "Дата внесения", "Подпись"],
                 ["Өзгеріс №", "Бөлім, тармақ", "Өзгерістің мазмұны", "Енгізілген күні", "Қолы"], []),
           ["1", "1.1, 3.2", doc.v("уточнены мощность и перечень источников", "қуаты мен көздер тізбесі нақтыланды", ""), "12.01.2026", ""],
           ["2", "4.3", doc.v("исправлена техническая ошибка в периодичности контроля сточных вод",
                              "ағынды суларды бақылау кезеңділігіндегі техникалық қате түзетілді", ""), "20.02.2026", ""]]
    doc.table(doc.v("Лист регистрации изменений", "Өзгерістерді тіркеу парағы", ""), reg, role="other")


def facility_ea2(doc: Doc) -> None:
    """A tyre-recycling works' КЭР amended after a reconstruction: the identity as columns, two rows — the edition in
    force before and the amended one — and `без изменений` in the amended row where a line did not change (the BIN, the
    works' name), the new KATO written inside the address cell, the category raised (VI: a decision adjusting a rubber
    recycling plant's GPMT, `Không thay đổi` in the adjusted row, the group raised)."""
    r = doc.rng
    vi = doc.lang == "vi"
    name, operator, place = _site(doc, TYRE)
    ident = make_msdn(r) if vi else make_bin(r)
    same = doc.v("без изменений", "өзгеріссіз", "Không thay đổi")
    if vi:
        old_no = f"{r.randint(10, 99)}/GPMT-UBND ngày {r.randint(1, 28):02d}/0{r.randint(1, 9)}/2023"
        doc.h("QUYẾT ĐỊNH Về việc điều chỉnh Giấy phép môi trường")
        doc.p(f"ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI. Điều 1. Điều chỉnh Giấy phép môi trường số {old_no} cấp cho {operator} "
              "do bổ sung dây chuyền tái sinh cao su bằng phương pháp nhiệt cơ học, nâng công suất tái chế.")
        a, b = r.choice(((6000, 15000), (8000, 20000), (5000, 12000)))
        head = ["Nội dung", "Tên chủ cơ sở", "Mã số doanh nghiệp", "Tên cơ sở", "Địa điểm", "Công suất tái chế", "Phân loại"]
        rows = [head,
                [f"Theo Giấy phép môi trường số {old_no}", "Công ty TNHH Cao su Phước An", ident, name,
                 "Khu công nghiệp Nhơn Trạch 6, xã Long Thọ, huyện Nhơn Trạch, tỉnh Đồng Nai", f"{num(a, 'vi')} tấn lốp xe/năm", "Nhóm III"],
                ["Nội dung điều chỉnh", operator, same, same, place, f"{num(b, 'vi')} tấn lốp xe/năm", "Nhóm II"]]  # fmt: skip
        doc.table("Bảng 1. Nội dung điều chỉnh", rows, role="facility")
        doc.add("facilities", {"bin": ident, "name_contains": name, "category": "II"})
        doc.p(f"Điều 2. Các nội dung khác của Giấy phép môi trường số {old_no} không thay đổi.")
        maybe_distractor(doc)
        return
    tail = f"{r.randint(1, 9)}{r.randint(100, 699)}"
    old_kato, new_kato = f"15{tail}100", f"15{tail}000"
    number = f"KZ{r.randint(10, 99)}VCZ{r.randint(0, 99999999):08d}"
    a, b = r.choice(((5000, 18000), (6000, 15000), (4000, 12000)))
    doc.h(doc.v(f"Изменения и дополнения в комплексное экологическое разрешение № {number}",
                f"№ {number} кешенді экологиялық рұқсатқа өзгерістер мен толықтырулар", ""))
    doc.p(doc.v("В связи с вводом в эксплуатацию линии пиролиза изношенных шин (реконструкция 2025 года) раздел 1 "
                "разрешения излагается согласно таблице ниже.",
                "Тозған шиналарды пиролиздеу желісін пайдалануға беруге (2025 жылғы реконструкция) байланысты рұқсаттың "
                "1-бөлімі төмендегі кестеге сәйкес жазылады.", ""))
    rows = [doc.v(["Редакция", "Наименование оператора", "БИН", "Наименование объекта", "Местонахождение объекта",
                   "Категория", "Мощность переработки"],
                  ["Редакция", "Оператордың атауы", "БСН", "Объектінің атауы", "Объектінің орналасқан жері", "Санаты",
                   "Қайта өңдеу қуаты"], []),
            [doc.v(f"Было (КЭР № {number} от 14.06.2023)", f"Болды (14.06.2023 № {number} КЭР)", ""),
             doc.v("ТОО «ЭкоРезина»", "«ЭкоРезина» ЖШС", ""), ident, name,
             doc.v(f"Актюбинская область, Каргалинский район, с. Бескудык; КАТО {old_kato}",
                   f"Ақтөбе облысы, Қарғалы ауданы, Бесқұдық а.; ҚАТО {old_kato}", ""), "III",
             doc.v(f"{num(a, 'ru')} т шин в год", f"жылына {num(a, 'kk')} т шина", "")],
            [doc.v("Стало (изменения № 1)", "Болады (№ 1 өзгерістер)", ""), operator, same, same,
             doc.v(f"{place}; КАТО {new_kato}", f"{place}; ҚАТО {new_kato}", ""), "II",
             doc.v(f"{num(b, 'ru')} т шин в год", f"жылына {num(b, 'kk')} т шина", "")]]
    doc.table(doc.v("Таблица 1 – Сведения об операторе и объекте", "1-кесте – Оператор мен объект туралы мәліметтер", ""),
              rows, role="facility")
    doc.add("facilities", {"bin": ident, "name_contains": name, "kato": new_kato, "category": "II"})
    doc.p(doc.v("Остальные условия разрешения остаются без изменений.", "Рұқсаттың қалған шарттары өзгеріссіз қалады.", ""))
    maybe_distractor(doc)


# ---------------------------------------------------------------- emissions

# (number or VI name, RU, KK, codes, (low, high) g/s, status) — status: "" kept, "new" after the reconstruction,
# "closed" taken out of service
BREW_SOURCES = (
    ("0001", "Котельная, дымовая труба котлов ДЕ-10 (природный газ)", "Қазандық, ДЕ-10 қазандықтарының түтін мұржасы (табиғи газ)",
     ("0301", "0304", "0337"), (0.05, 0.6), ""),
    ("0002", "Дизель-генератор резервный", "Резервтік дизель-генератор", ("0301", "0304", "0337", "0328"), (0.01, 0.2), ""),
    ("0003", "Аспирация отделения дробления солода", "Уыт ұсату бөлімшесінің аспирациясы", ("2937",), (0.02, 0.3), ""),
    ("0004", "Аммиачная холодильная установка, продувочный клапан", "Аммиак тоңазыту қондырғысы, үрлеу клапаны",
     ("0303",), (0.001, 0.02), ""),
    ("0005", "Факельная установка сжигания биогаза очистных сооружений", "Тазарту құрылыстарының биогаз жағу алау қондырғысы",
     ("0301", "0330", "0337"), (0.005, 0.08), "new"),
    ("0006", "Дымовая труба мазутной котельной", "Мазут қазандығының түтін мұржасы", ("0301", "0330", "0337", "0328"), (0.1, 0.9), "closed"),
    ("6001", "Разгрузка и хранение солода (силосы)", "Уытты түсіру және сақтау (силостар)", ("2937",), (0.01, 0.15), ""),
)  # fmt: skip
SUBST_RU = {"0301": ("Азота (IV) диоксид", "Азот (IV) диоксиді"), "0304": ("Азот (II) оксид", "Азот (II) оксиді"),
            "0337": ("Углерод оксид", "Көміртек оксиді"), "0328": ("Углерод (Сажа)", "Көміртек (күйе)"),
            "2937": ("Пыль зерновая", "Астық шаңы"), "0303": ("Аммиак", "Аммиак"), "0330": ("Сера диоксид", "Күкірт диоксиді")}
VN_BREW = (
    ("Lò hơi đốt sinh khối số 1 (nâng công suất từ 8 lên 15 tấn hơi/giờ)", ("2902", "0330", "0301", "0337"), (0.3, 2.5), ""),
    ("Lò hơi đốt than 10 tấn hơi/giờ", ("2902", "0330", "0301", "0337"), (0.5, 4), "closed"),
    ("Máy phát điện dự phòng 1.250 kVA", ("2902", "0330", "0301", "0337"), (0.01, 0.3), ""),
    ("Đuốc đốt khí sinh học (biogas) của hệ thống xử lý nước thải", ("0330", "0301", "0337"), (0.005, 0.1), "new"),
    ("Khu vực bể kỵ khí, bể chứa bùn", ("0333", "0303"), (0.0005, 0.01), ""),
)


def emissions_ea1(doc: Doc) -> None:
    """A brewery's НДВ project amended after a reconstruction, in the form ordered by substance: a row per substance
    spanning the table, the workshop and the source number under it, the existing position (`г/с | т/год`) beside the
    НДВ, the year; a new source with dashes for the existing position, a closed one with dashes for the НДВ; a total
    per substance; printed over two pages under column numbers, the break inside a substance's block (VI: an adjusted
    ĐTM's loads per named source, the ones approved before beside the adjusted ones, the coal boiler taken out, the
    biogas flare added)."""
    r = doc.rng
    vi = doc.lang == "vi"
    L = 0 if doc.lang == "ru" else 1
    if vi:
        doc.h("BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG CỦA DỰ ÁN ĐIỀU CHỈNH NÂNG CÔNG SUẤT NHÀ MÁY BIA HÀ THÀNH – PHỐ NỐI "
              "TỪ 100 LÊN 150 TRIỆU LÍT/NĂM")
        doc.p("Dự án thay thế lò hơi đốt than bằng lò hơi đốt sinh khối và bổ sung đuốc đốt khí sinh học. Tải lượng "
              "theo ĐTM đã được phê duyệt tại Quyết định số 1875/QĐ-UBND ngày 16/08/2019 được so sánh với tải lượng sau điều chỉnh.")
        head = [["TT", "Nguồn thải", "Thông số", "Theo ĐTM đã phê duyệt", None, "Sau điều chỉnh", None],
                [None, None, None, "g/s", "tấn/năm", "g/s", "tấn/năm"]]
        hm = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 0, 6)]
        body, bm, starts = [], [], []
        for k, (src, codes, (lo, hi), status) in enumerate(VN_BREW, 1):
            start = len(body)
            starts.append(start)
            base = r.uniform(lo, hi)
            for c in codes:
                old_g = _sig(base * r.uniform(0.3, 1.2), 3)
                old_t = _sig(old_g * 3600 * 6000 / 1e6, 3)
                new_g = _sig(base * r.uniform(0.3, 1.2), 3)
                new_t = _sig(new_g * 3600 * 7000 / 1e6, 3)
                first = len(body) == start
                o = ["-", "-"] if status == "new" else [num(old_g, "vi"), num(old_t, "vi")]
                n = ["Dừng hoạt động", None] if status == "closed" else [num(new_g, "vi"), num(new_t, "vi")]
                body.append([str(k) if first else None, src if first else None, _air(doc, c, 1 if c != "2902" else 0), *o, *n])
                if status == "closed":
                    bm.append((len(body) - 1, 5, len(body) - 1, 6))
                else:
                    doc.add("emissions", emission(c, new_g, new_t))
            if len(body) - start > 1:
                bm += [(start, 0, len(body) - 1, 0), (start, 1, len(body) - 1, 1)]
        cut = _cuts(doc, len(body))
        _paged(doc, "3.9", "Bảng 3.9. Tải lượng các chất ô nhiễm trong khí thải trước và sau điều chỉnh", head, hm, body, bm,
               cut, "emissions")
        doc.p("Ghi chú: “-”: nguồn thải chưa có trong ĐTM đã phê duyệt.")
        maybe_distractor(doc)
        return
    name = _site(doc, BREWERY)[0]
    doc.h(doc.v(f"Проект нормативов допустимых выбросов (корректировка в связи с реконструкцией). {name}",
                f"{name}. Жол берілетін шығарындылар нормативтерінің жобасы (реконструкцияға байланысты түзету)", ""))
    doc.p(doc.v("После реконструкции мазутная котельная выведена из эксплуатации (источник 0006 ликвидирован), на очистных "
                "сооружениях установлена факельная установка сжигания биогаза (новый источник 0005).",
                "Реконструкциядан кейін мазут қазандығы пайдаланудан шығарылды (0006 көзі жойылды), тазарту құрылыстарында "
                "биогаз жағу алау қондырғысы орнатылды (жаңа 0005 көзі).", ""))
    head = [doc.v(["Производство, цех, участок", "Номер источника", "Существующее положение на 2025 год", None,
                   "Нормативы допустимых выбросов на 2026–2035 годы", None, "Год достижения НДВ"],
                  ["Өндіріс, цех, учаске", "Көз нөмірі", "2025 жылғы қазіргі жағдай", None,
                   "2026–2035 жылдарға жол берілетін шығарындылар нормативтері", None, "ЖШН қол жеткізу жылы"], []),
            doc.v([None, None, "г/с", "т/год", "г/с", "т/год", None], [None, None, "г/с", "т/жыл", "г/с", "т/жыл", None], [])]
    hm = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 0, 5), (0, 6, 1, 6)]
    shops = {"0001": doc.v("Котельная", "Қазандық", ""), "0002": doc.v("Энергоцех", "Энергия цехы", ""),
             "0003": doc.v("Солодовенный цех", "Уыт цехы", ""), "0004": doc.v("Компрессорная", "Компрессорлық", ""),
             "0005": doc.v("Очистные сооружения", "Тазарту құрылыстары", ""), "0006": doc.v("Котельная", "Қазандық", ""),
             "6001": doc.v("Склад солода", "Уыт қоймасы", "")}
    chosen = [s for s in BREW_SOURCES if s[0] != "0002" or r.random() < 0.6]
    rates_: dict[tuple[str, str], tuple] = {}
    for number, _, _, codes, (lo, hi), status in chosen:
        base = r.uniform(lo, hi)
        for c in codes:
            share = {"0304": 0.16, "0337": 1.4, "0328": 0.1, "0330": 0.6}.get(c, 1.0)
            old_g = _sig(base * share * r.uniform(0.85, 1.15), 4)
            new_g = _sig(old_g * r.uniform(0.6, 1.0), 4) if status != "new" else _sig(base * share, 4)
            hours = r.randint(3000, 8400)
            rates_[(number, c)] = (old_g, _sig(old_g * hours * 3600 / 1e6, 4), new_g, _sig(new_g * hours * 3600 / 1e6, 4), status)
    codes_all = [c for c in ("0301", "0303", "0304", "0328", "0330", "0337", "2937") if any(k[1] == c for k in rates_)]
    body, bm = [], []
    year = doc.pick(("2026", "2027"))
    dash = "–"
    heads = []
    for c in codes_all:
        heads.append(len(body))
        body.append([f"{c}, {SUBST_RU[c][L]}", None, None, None, None, None, None])
        bm.append((len(body) - 1, 0, len(body) - 1, 6))
        sums = [0.0, 0.0, 0.0, 0.0]
        for number, *_ in chosen:
            if (number, c) not in rates_:
                continue
            og, ot, ng, nt, status = rates_[(number, c)]
            old = [dash, dash] if status == "new" else [num(og, doc.lang), num(ot, doc.lang)]
            new = [dash, dash] if status == "closed" else [num(ng, doc.lang), num(nt, doc.lang)]
            body.append([shops[number], number, *old, *new, dash if status == "closed" else year])
            if status != "new":
                sums[0] += og
                sums[1] += ot
            if status != "closed":
                sums[2] += ng
                sums[3] += nt
                doc.add("emissions", emission(c, ng, nt, number))
        body.append([doc.v("Итого по веществу:", "Зат бойынша барлығы:", ""), None,
                     *(num(round(x, 6), doc.lang) if x else dash for x in sums), ""])
        bm.append((len(body) - 1, 0, len(body) - 1, 1))
    all_new = [v for v in rates_.values() if v[4] != "closed"]
    body.append([doc.v("Всего по предприятию:", "Кәсіпорын бойынша барлығы:", ""), None,
                 total(doc, [v[0] for v in rates_.values() if v[4] != "new"]), total(doc, [v[1] for v in rates_.values() if v[4] != "new"]),
                 total(doc, [v[2] for v in all_new]), total(doc, [v[3] for v in all_new]), ""])
    bm.append((len(body) - 1, 0, len(body) - 1, 1))
    cut = _cuts(doc, len(body), avoid=heads)
    _paged(doc, "3.6", doc.v("Таблица 3.6 – Нормативы выбросов загрязняющих веществ в атмосферу по объекту",
                             "3.6-кесте – Объект бойынша атмосфераға ластаушы заттар шығарындыларының нормативтері", ""),
           head, hm, body, bm, cut, "emissions")
    doc.add("sources", *({"number": s[0], "type": "unorganized" if s[0].startswith("6") else "organized"}
                         for s in chosen if s[5] != "closed"))
    maybe_distractor(doc)


# (number, RU, KK, VI, height, diameter, codes, (low, high) g/s)
TYRE_SOURCES = (
    ("0001", "Дымовая труба печи пиролиза № 1", "№ 1 пиролиз пешінің түтін мұржасы",
     "Ống thải lò hơi đốt dầu FO 2 tấn hơi/giờ", "18", "0,5", ("0301", "0304", "0330", "0337", "0328", "0333"), (0.01, 0.4)),
    ("0002", "Дымовая труба печи пиролиза № 2", "№ 2 пиролиз пешінің түтін мұржасы",
     "Ống thải hệ thống xử lý khí thải dây chuyền tái sinh cao su", "18", "0,5", ("0301", "0304", "0330", "0337", "0328", "0333"),
     (0.01, 0.4)),
    ("0003", "Аспирационная система линии измельчения шин", "Шиналарды ұсату желісінің аспирациялық жүйесі",
     "Ống thải hệ thống lọc bụi túi vải khu nghiền cao su", "12", "0,63", ("2902",), (0.02, 0.5)),
    ("0004", "Дыхательный клапан резервуара пиролизного масла", "Пиролиз майы резервуарының тыныс алу клапаны",
     "Ống thoát hơi bồn chứa dầu nhiệt phân", "6", "0,1", ("0333", "2754"), (0.0005, 0.02)),
    ("6001", "Склад технического углерода", "Техникалық көміртек қоймасы", "", "2", "", ("0328",), (0.002, 0.05)),
    ("6002", "Узел погрузки резиновой крошки", "Резеңке үгіндісін тиеу торабы", "", "2", "", ("2902",), (0.005, 0.12)),
)  # fmt: skip
VN_RUBBER_CODES = {"0001": ("2902", "0330", "0301", "0337"), "0002": ("2902", "0333", "0602", "0621"),
                   "0003": ("2902",), "0004": ("0602", "0621")}


def emissions_ea2(doc: Doc) -> None:
    """A tyre-recycling works' parameters of emission sources over three pages: the workshop and the source's number,
    name, height and diameter merged down over its substances, the code and name, `г/с | мг/м3 | т/год`; a break falls
    inside a source, whose merged cells print empty at the top of the next page (VI: a rubber-recycling plant's
    inventory of its stacks, flow and concentration beside the loads, a stack's name left empty on the next page)."""
    r = doc.rng
    vi = doc.lang == "vi"
    L = {"ru": 1, "kk": 2, "vi": 3}[doc.lang]
    if vi:
        doc.h("BÁO CÁO ĐỀ XUẤT CẤP ĐIỀU CHỈNH GIẤY PHÉP MÔI TRƯỜNG – NHÀ MÁY TÁI CHẾ CAO SU PHƯỚC AN")
        doc.p("Chương III. Kết quả kiểm kê các nguồn khí thải sau khi bổ sung dây chuyền tái sinh cao su. Thời gian hoạt động "
              "7.200 giờ/năm.")
        head = [["TT", "Nguồn thải", "Lưu lượng (m3/h)", "Thông số", "Nồng độ (mg/Nm3)", "Tải lượng (g/s)", "Tải lượng (tấn/năm)"]]
        body, bm = [], []
        for k, s in enumerate(TYRE_SOURCES[:4], 1):
            start = len(body)
            flow = r.randint(30, 180) * 100 if s[0] != "0004" else r.randint(2, 9) * 10
            for c in VN_RUBBER_CODES[s[0]]:
                g = rate(r, 0.002, 0.9, 3) if s[0] != "0004" else rate(r, 0.0002, 0.004, 3)
                t = _sig(g * 3600 * 7200 / 1e6, 3)
                conc = _sig(g * 1000 * 3600 / flow, 3)
                first = len(body) == start
                body.append([str(k) if first else None, s[L] if first else None, num(flow, "vi") if first else None,
                             _air(doc, c, 1 if c in ("0330", "0301", "0337", "0333") else 0), num(conc, "vi"), num(g, "vi"), num(t, "vi")])
                doc.add("emissions", emission(c, g, t))
            if len(body) - start > 1:
                bm += [(start, j, len(body) - 1, j) for j in (0, 1, 2)]
        inside = [i for i in range(1, len(body)) if body[i][0] is None]
        cuts = sorted(r.sample(inside, 2))
        _paged(doc, "3.2", "Bảng 3.2. Kết quả kiểm kê lưu lượng, nồng độ và tải lượng khí thải", head, [], body, bm, cuts, "emissions")
        maybe_distractor(doc)
        return
    name = _site(doc, TYRE)[0]
    doc.h(doc.v(f"Приложение 3 к проекту НДВ (в редакции изменений № 1). {name}",
                f"ЖШН жобасына 3-қосымша (№ 1 өзгерістер редакциясында). {name}", ""))
    doc.p(doc.v("Параметры источников выбросов приведены с учетом ввода в эксплуатацию печи пиролиза № 2.",
                "Шығарынды көздерінің параметрлері № 2 пиролиз пешін пайдалануға беруді ескере отырып келтірілген.", ""))
    head = [doc.v(["Цех", "Номер источника", "Наименование источника", "Высота, м", "Диаметр устья, м", "Код ЗВ",
                   "Наименование загрязняющего вещества", "Выброс загрязняющего вещества", None, None],
                  ["Цех", "Көз нөмірі", "Көздің атауы", "Биіктігі, м", "Сағасының диаметрі, м", "ЛЗ коды",
                   "Ластаушы заттың атауы", "Ластаушы заттың шығарындысы", None, None], []),
            [None] * 7 + doc.v(["г/с", "мг/м3", "т/год"], ["г/с", "мг/м3", "т/жыл"], [])]
    hm = [(0, c, 1, c) for c in range(7)] + [(0, 7, 0, 9)]
    shops = (("0001", "0002", "0004", "6001"), ("0003", "6002"))
    shop_names = (doc.v("Участок пиролиза", "Пиролиз учаскесі", ""), doc.v("Участок механической переработки", "Механикалық өңдеу учаскесі", ""))
    body, bm, gs, ts = [], [], [], []
    srcs = {s[0]: s for s in TYRE_SOURCES}
    for numbers, shop in zip(shops, shop_names, strict=True):
        shop_start = len(body)
        for n in numbers:
            s = srcs[n]
            start = len(body)
            base = r.uniform(*s[7])
            for c in s[6]:
                g = _sig(base * {"0304": 0.16, "0337": 1.8, "0328": 0.3, "0333": 0.05, "2754": 4}.get(c, 1) * r.uniform(0.85, 1.15), 4)
                t = _sig(g * 3600 * r.randint(6000, 8000) / 1e6, 4)
                conc = _sig(g * 1000 * 3600 / r.randint(1500, 9000), 3) if not n.startswith("6") else None
                first = len(body) == start
                body.append([shop if len(body) == shop_start else None, n if first else None, s[L] if first else None,
                             s[4] if first else None, (s[5] or "–") if first else None, c, _air(doc, c),
                             num(g, doc.lang), num(conc, doc.lang) if conc else "–", num(t, doc.lang)])
                gs.append(g)
                ts.append(t)
                doc.add("emissions", emission(c, g, t, n))
            if len(body) - start > 1:
                bm += [(start, j, len(body) - 1, j) for j in (1, 2, 3, 4)]
        if len(body) - shop_start > 1:
            bm.append((shop_start, 0, len(body) - 1, 0))
    body.append([doc.v("Всего по предприятию", "Кәсіпорын бойынша барлығы", ""), None, None, None, None, None, None,
                 total(doc, gs), "", total(doc, ts)])
    bm.append((len(body) - 1, 0, len(body) - 1, 6))
    inside = [i for i in range(2, len(body) - 1) if body[i][1] is None]
    third = len(body) // 3
    cuts = sorted({min(inside, key=lambda i: abs(i - third)), min(inside, key=lambda i: abs(i - 2 * third))})
    _paged(doc, "3.1", doc.v("Таблица 3.1 – Параметры источников выбросов загрязняющих веществ",
                             "3.1-кесте – Ластаушы заттар шығарындылары көздерінің параметрлері", ""),
           head, hm, body, bm, cuts, "emissions")
    doc.add("sources", *({"number": n, "type": "unorganized" if n.startswith("6") else "organized"} for n in srcs))
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# (code, RU, KK, (low, high) t/year, status) — status: "" unchanged, "changed" by the amendment, "added", "struck"
GLASS_WASTES = (
    ("10 11 16", "Пыль электрофильтров стекловаренных печей", "Шыны балқыту пештері электрсүзгілерінің шаңы", (8, 60), "changed"),
    ("10 11 12", "Стеклобой, не пригодный для возврата в шихту", "Шихтаға қайтаруға жарамсыз шыны сынығы", (40, 400), ""),
    ("16 11 04", "Отработанные огнеупоры футеровки стекловаренных печей", "Шыны балқыту пештері футеровкасының пайдаланылған отқа төзімділері",
     (60, 700), "changed"),
    ("10 11 20", "Осадок локальных очистных сооружений", "Жергілікті тазарту құрылыстарының тұнбасы", (3, 30), "added"),
    ("15 01 01", "Отходы бумажной и картонной упаковки", "Қағаз және картон орама қалдықтары", (5, 40), ""),
    ("20 03 01", "Смешанные коммунальные отходы", "Аралас коммуналдық қалдықтар", (20, 90), ""),
    ("13 02 05*", "Отработанные минеральные моторные и смазочные масла", "Пайдаланылған минералды мотор және майлау майлары", (0.5, 6), ""),
    ("15 02 02*", "Промасленная ветошь и фильтры", "Майланған шүберек пен сүзгілер", (0.2, 2), "changed"),
    ("20 01 21*", "Отработанные ртутьсодержащие лампы", "Құрамында сынап бар пайдаланылған шамдар", (0.05, 0.4), "struck"),
    ("16 06 01*", "Отработанные свинцовые аккумуляторы", "Пайдаланылған қорғасын аккумуляторлары", (0.2, 1.5), ""),
    ("15 01 10*", "Тара из-под химических реагентов (селен, оксид кобальта)", "Химиялық реагенттер ыдысы (селен, кобальт оксиді)",
     (0.1, 1.2), "added"),
)  # fmt: skip
VN_BREW_WASTES = (
    (None, "Bã malt, bã hèm", (800_000, 2_500_000)),
    (None, "Men bia thải", (150_000, 600_000)),
    (None, "Bùn thải từ hệ thống xử lý nước thải (không nguy hại)", (60_000, 300_000)),
    (None, "Chai thủy tinh vỡ, nhãn giấy, két nhựa hỏng", (20_000, 90_000)),
    ("17 02 03", "Dầu động cơ, hộp số và bôi trơn tổng hợp thải", (200, 1500)),
    ("16 01 06", "Bóng đèn huỳnh quang và các loại thủy tinh hoạt tính thải", (20, 200)),
    ("18 02 01", "Chất hấp thụ, vật liệu lọc, giẻ lau, vải bảo vệ thải bị nhiễm các thành phần nguy hại", (100, 900)),
    ("18 01 03", "Bao bì cứng thải bằng nhựa (can đựng hóa chất tẩy rửa CIP)", (300, 2500)),
    ("19 06 01", "Pin, ắc quy chì thải", (50, 500)),
)


def wastes_ea1(doc: Doc) -> None:
    """A glass-container plant's limits of accumulation in a new edition after a reconstruction: group rows of hazardous
    and non-hazardous wastes spanning the table, the limit in t/year, a note column saying which rows were changed or
    added by amendment № 1, one row struck out with a dash for the limit; over two pages under column numbers (VI: a
    correction of a beer factory's GPMT waste annex, the amount written and the amount as corrected under a merged
    header, ordinary wastes with a dash for the code)."""
    r = doc.rng
    vi = doc.lang == "vi"
    if vi:
        number = f"{r.randint(100, 480)}/GPMT-UBND"
        doc.h("VĂN BẢN ĐÍNH CHÍNH Giấy phép môi trường")
        doc.p(f"ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN đính chính một số nội dung tại Phụ lục III Giấy phép môi trường số {number} "
              "cấp cho Công ty Cổ phần Bia Hà Thành (Nhà máy Bia Hà Thành – Phố Nối) do sai sót trong quá trình biên tập, cụ thể như sau:")
        head = [["TT", "Tên chất thải", "Mã chất thải", "Khối lượng phát sinh (kg/năm)", None],
                [None, None, None, "Đã ghi tại Giấy phép", "Nay đính chính là"]]
        hm = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4)]
        body = []
        for k, (code, w, (lo, hi)) in enumerate(VN_BREW_WASTES, 1):
            kg = r.randint(lo // 10, hi // 10) * 10
            wrong = kg * 10 if r.random() < 0.4 else kg
            body.append([str(k), w, code or "-", num(wrong, "vi"), num(kg, "vi")])
            if code:
                doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000,
                                   "name_contains": w.split(" (")[0]})
            else:
                doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": kg / 1000,
                                   "name_contains": w.split(" (")[0]})
        doc.table(None, [*head, *body], hm, role="wastes")
        doc.p(f"Các nội dung khác của Giấy phép môi trường số {number} giữ nguyên giá trị pháp lý.")
        maybe_distractor(doc)
        return
    L = 1 if doc.lang == "ru" else 2
    name = _site(doc, GLASS)[0]
    doc.h(doc.v(f"Приложение 4 к комплексному экологическому разрешению (в редакции изменений № 1). {name}",
                f"Кешенді экологиялық рұқсатқа 4-қосымша (№ 1 өзгерістер редакциясында). {name}", ""))
    doc.p(doc.v("Лимиты накопления отходов установлены на 2026–2035 годы. Место накопления – площадки временного хранения "
                "на территории завода, срок накопления – не более шести месяцев.",
                "Қалдықтарды жинақтау лимиттері 2026–2035 жылдарға белгіленген. Жинақтау орны – зауыт аумағындағы уақытша "
                "сақтау алаңдары, жинақтау мерзімі – алты айдан аспайды.", ""))
    head = [doc.v(["№ п/п", "Наименование отхода", "Код отхода", "Лимит накопления, тонн/год", "Примечание"],
                  ["Р/с №", "Қалдықтың атауы", "Қалдық коды", "Жинақтау лимиті, тонна/жыл", "Ескертпе"], [])]
    notes = {"changed": doc.v("в ред. изменений № 1", "№ 1 өзгерістер редакциясында", ""),
             "added": doc.v("введена изменениями № 1", "№ 1 өзгерістермен енгізілді", ""),
             "struck": doc.v("исключена изменениями № 1", "№ 1 өзгерістермен алып тасталды", ""), "": ""}
    body, bm, groups = [], [], []
    picked = [w for w in GLASS_WASTES if w[4] or r.random() < 0.8]
    n = 0
    for hazardous, title in ((True, doc.v("Опасные отходы", "Қауіпті қалдықтар", "")),
                             (False, doc.v("Неопасные отходы", "Қауіпті емес қалдықтар", ""))):
        groups.append(len(body))
        body.append([title, None, None, None, None])
        bm.append((len(body) - 1, 0, len(body) - 1, 4))
        for w in picked:
            if w[0].endswith("*") != hazardous:
                continue
            n += 1
            t = rate(r, *w[3], 3)
            struck = w[4] == "struck"
            body.append([str(n), w[L], w[0], "–" if struck else num(t, doc.lang), notes[w[4]]])
            if not struck:
                doc.add("wastes", {"code": w[0], "code_system": "LoW", "hazardous": hazardous, "amount_t": t, "name_contains": w[L]})
    cut = _cuts(doc, len(body), avoid=groups + [g + 1 for g in groups])
    _paged(doc, "4.1", doc.v("Таблица 4.1 – Лимиты накопления отходов", "4.1-кесте – Қалдықтарды жинақтау лимиттері", ""),
           head, [], body, bm, cut, "wastes")
    maybe_distractor(doc)


# (action, row, code, RU, KK, (low, high) t/year)
TYRE_CHANGES = (
    ("new", "3", "19 12 02", "Металлокорд, извлеченный из шин", "Шинадан алынған металл корд", (600, 2400)),
    ("new", "4", "19 12 08", "Текстильный корд", "Тоқыма корд", (150, 900)),
    ("add", "9-1", "19 01 17*", "Отходы пиролиза, содержащие опасные вещества (кубовые остатки)",
     "Құрамында қауіпті заттар бар пиролиз қалдықтары (текше қалдықтары)", (20, 140)),
    ("add", "9-2", "13 07 03*", "Отходы пиролизного масла (некондиция)", "Пиролиз майының қалдықтары (кондициялық емес)", (2, 25)),
    ("add", "9-3", "10 01 05", "Твердые отходы очистки дымовых газов (известковые)", "Түтін газдарын тазартудың қатты қалдықтары (әк)",
     (5, 40)),
    ("strike", "6", "16 01 03", "Изношенные шины (собственного автотранспорта)", "Тозған шиналар (меншікті автокөлік)", (1, 6)),
    ("new", "7", "20 03 01", "Смешанные коммунальные отходы", "Аралас коммуналдық қалдықтар", (12, 45)),
    ("strike", "8", "12 01 13", "Отходы сварки", "Дәнекерлеу қалдықтары", (0.05, 0.3)),
)  # fmt: skip


def wastes_ea2(doc: Doc) -> None:
    """A list of the changes made to a tyre-recycling works' waste annex: each row an action — lay the row out anew,
    add a row numbered `9-1`, strike a row out — with the row of the annex, the name, code and limit; the struck rows
    carry the old figures (VI: a rubber-recycling plant's annual report, ordinary industrial wastes in tonnes, then the
    CTNH in kilograms over two pages under `(1) … (6)`, a total row)."""
    r = doc.rng
    vi = doc.lang == "vi"
    if vi:
        doc.h("BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – NHÀ MÁY TÁI CHẾ CAO SU PHƯỚC AN")
        doc.p("(Mẫu số 05.A Phụ lục VI ban hành kèm theo Thông tư số 02/2022/TT-BTNMT). 3. Kết quả công tác quản lý chất thải rắn "
              "công nghiệp thông thường và chất thải nguy hại.")
        ordinary = (("Thép tanh, sợi thép thu hồi từ lốp xe", 300, 1500), ("Sợi vải mành", 80, 600),
                    ("Bụi cao su từ hệ thống lọc bụi túi vải", 5, 60), ("Bao bì nhựa, giấy thải", 2, 20))
        rows = [["TT", "Tên chất thải", "Khối lượng (tấn)", "Tổ chức tiếp nhận, xử lý"]]
        for k, (w, lo, hi) in enumerate(ordinary, 1):
            t = rate(r, lo, hi, 3)
            rows.append([str(k), w, num(t, "vi"), "Công ty TNHH Môi trường Tân Thành Đông Nai"])
            doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": w})
        doc.table("Bảng 3.1. Chất thải rắn công nghiệp thông thường phát sinh năm 2025", rows, role="wastes")
        picked = r.sample(vocab.VN_CTNH, 7)
        head = [["TT", "Tên chất thải", "Mã CTNH", "Khối lượng (kg)", "Phương pháp xử lý", "Tổ chức, cá nhân tiếp nhận"]]
        body, kgs = [], []
        for k, (code, w, _) in enumerate(picked, 1):
            kg = r.randint(2, 600) * 10
            kgs.append(kg)
            body.append([str(k), w, code, num(kg, "vi"), doc.pick(("TĐ", "TC", "SC")), "Công ty Cổ phần Môi trường Sonadezi"])
            doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000,
                               "name_contains": w})
        body.append(["", "Tổng cộng", "", num(sum(kgs), "vi"), "", ""])
        _paged(doc, "3.2", "Bảng 3.2. Chất thải nguy hại phát sinh năm 2025", head, [], body, [], [r.choice((3, 4, 5))], "wastes")
        doc.p("Ghi chú: TĐ – thiêu đốt; TC – tái chế; SC – sơ chế.")
        maybe_distractor(doc)
        return
    L = 3 if doc.lang == "ru" else 4
    name = _site(doc, TYRE)[0]
    doc.h(doc.v(f"Изменения, вносимые в приложение 4 «Лимиты накопления отходов» к КЭР. {name}",
                f"КЭР-ге «Қалдықтарды жинақтау лимиттері» 4-қосымшасына енгізілетін өзгерістер. {name}", ""))
    doc.p(doc.v("Строки приложения, не указанные ниже, остаются в прежней редакции.",
                "Төменде көрсетілмеген қосымша жолдары бұрынғы редакцияда қалады.", ""))
    acts = {"new": doc.v("изложить в новой редакции", "жаңа редакцияда жазу", ""),
            "add": doc.v("дополнить строкой", "жолмен толықтыру", ""),
            "strike": doc.v("исключить", "алып тастау", "")}
    rows = [doc.v(["№", "Изменение", "Строка приложения 4", "Наименование отхода", "Код", "Лимит накопления, т/год"],
                  ["№", "Өзгеріс", "4-қосымшаның жолы", "Қалдықтың атауы", "Коды", "Жинақтау лимиті, т/жыл"], [])]
    changes = [c for c in TYRE_CHANGES if c[0] != "strike" or r.random() < 0.8]
    for k, (act, row, code, *names, (lo, hi)) in enumerate(changes, 1):
        t = rate(r, lo, hi, 3)
        rows.append([str(k), acts[act], row, names[L - 3], code, num(t, doc.lang)])
        if act != "strike":
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t,
                               "name_contains": names[L - 3]})
    doc.table(doc.v("Таблица изменений", "Өзгерістер кестесі", ""), rows, role="wastes")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# number: (RU, KK, {code: (before, after)}) — mg/Nm3 at 8 % O2
FURNACES = (
    ("0001", "Стекловаренная печь № 1 (регенеративная, природный газ)", "№ 1 шыны балқыту пеші (регенеративті, табиғи газ)",
     {"0301": (1400, 800), "0330": (600, 500), "2908": (50, 20), "0337": (300, 100)}),
    ("0002", "Стекловаренная печь № 2 (после реконструкции)", "№ 2 шыны балқыту пеші (реконструкциядан кейін)",
     {"0301": (1600, 500), "0330": (800, 300), "2908": (80, 20), "0337": (300, 100), "0316": (60, 30)}),
    ("0003", "Аспирация составного цеха (шихта)", "Құрама цехының аспирациясы (шихта)", {"2908": (100, 20)}),
)  # fmt: skip


def limits_ea1(doc: Doc) -> None:
    """A glass-container plant's technological norms as amended: the source's number and name merged down over its
    substances, the norm before the reconstruction beside the norm that replaces it, the source of the new one (BAT
    conclusions) last (VI: a beer factory's adjusted GPMT, the waste-water limits of the former permit under QCVN 40
    column B beside the adjusted ones under column A, pH as a range)."""
    r = doc.rng
    vi = doc.lang == "vi"
    if vi:
        number = f"{r.randint(100, 480)}/GPMT-UBND"
        doc.h("GIẤY PHÉP MÔI TRƯỜNG (điều chỉnh lần 1) – NHÀ MÁY BIA HÀ THÀNH – PHỐ NỐI")
        doc.p(f"Điều chỉnh nội dung cấp phép xả nước thải tại Phụ lục I Giấy phép môi trường số {number}: nước thải sau xử lý "
              "được xả trực tiếp ra sông Kim Sơn thay vì đấu nối vào hệ thống thu gom của khu công nghiệp; lưu lượng xả "
              "thải tối đa 2.400 m3/ngày đêm.")
        keys = ["pH", "BOD5", "COD", "TSS", "NH4+", "TN", "TP", *r.sample(["TPH", "S2-", "Fe"], 1)]
        rows = [["TT", "Chất ô nhiễm", "Đơn vị tính", f"Giá trị giới hạn theo GPMT số {number} (QCVN 40:2011/BTNMT, cột B)",
                 "Giá trị giới hạn sau điều chỉnh (QCVN 40:2011/BTNMT, cột A)"]]
        for k, s in enumerate(keys, 1):
            b, a = QCVN40[s][1], QCVN40[s][0]
            rows.append([str(k), vocab.water(s, "vi"), "-" if s == "pH" else "mg/l", cell(doc, b), cell(doc, a)])
            add(doc, limit(("symbol", s), "waste_water", a, "mg/l", "A"))
        doc.table("Bảng 1. Các chất ô nhiễm và giá trị giới hạn của các chất ô nhiễm theo dòng nước thải", rows, role="limits")
        maybe_distractor(doc)
        return
    L = 1 if doc.lang == "ru" else 2
    name = _site(doc, GLASS)[0]
    doc.h(doc.v(f"Изменения № 1 в комплексное экологическое разрешение. {name}. Приложение 2 к изменениям",
                f"{name}. Кешенді экологиялық рұқсатқа № 1 өзгерістер. Өзгерістерге 2-қосымша", ""))
    doc.p(doc.v("Технологические нормативы выбросов приведены к нормальным условиям, сухому газу и содержанию кислорода 8 %.",
                "Шығарындылардың технологиялық нормативтері қалыпты жағдайларға, құрғақ газға және 8 % оттегі құрамына келтірілген.", ""))
    rows = [doc.v(["№ источника", "Наименование источника", "Код ЗВ", "Наименование ЗВ", "Технологический норматив, мг/Нм3", None,
                   "Обоснование"],
                  ["Көз №", "Көздің атауы", "ЛЗ коды", "ЛЗ атауы", "Технологиялық норматив, мг/Нм3", None, "Негіздеме"], []),
            doc.v([None, None, None, None, "было", "стало", None], [None, None, None, None, "болды", "болады", None], [])]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 4, 0, 5), (0, 6, 1, 6)]
    why = doc.v("Заключение по НДТ «Производство стекла», НДТ 14", "«Шыны өндірісі» ЕҚТ бойынша қорытынды, ЕҚТ 14", "")
    for number, n_ru, n_kk, norms in FURNACES:
        start = len(rows)
        for code, (before, after) in norms.items():
            after = after if r.random() < 0.7 else int(after * r.choice((0.8, 1.2)))
            first = len(rows) == start
            rows.append([number if first else None, (n_ru, n_kk)[L - 1] if first else None, code, _air(doc, code),
                         num(before, doc.lang), num(after, doc.lang), why if first else None])
            add(doc, limit(("code", code), "flue_gas", after, "mg/Nm3", None, number))
        if len(rows) - start > 1:
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1), (start, 6, len(rows) - 1, 6)]
    doc.table(doc.v("Таблица 2 – Технологические нормативы выбросов", "2-кесте – Шығарындылардың технологиялық нормативтері", ""),
              rows, merges, role="limits")
    doc.p(doc.v("Нормативы графы «стало» действуют с даты ввода печи № 2 в эксплуатацию после реконструкции.",
                "«Болады» бағанының нормативтері № 2 пешті реконструкциядан кейін пайдалануға берген күннен бастап қолданылады.", ""))
    maybe_distractor(doc)


def limits_ea2(doc: Doc) -> None:
    """A tyre-recycling works' corrected report on ПЭК, air at the boundary of the protection zone: a row per point
    spanning the table, the substances under it with the code, the one-time ПДК, the concentration measured and the
    ratio; over two pages, the point's row written again at the top of the next page with `(продолжение)` (VI: a
    rubber-recycling plant's annual report, two stacks merged down over four rounds, the parameters as columns, the
    QCVN 19 column B row last, over two pages)."""
    r = doc.rng
    vi = doc.lang == "vi"
    if vi:
        doc.h("BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – NHÀ MÁY TÁI CHẾ CAO SU PHƯỚC AN (bản thay thế)")
        doc.p("Báo cáo này thay thế báo cáo gửi kèm Công văn số 12/2026/CV-PA do sai sót số liệu quan trắc đợt 3. "
              "4. Kết quả quan trắc môi trường định kỳ: khí thải.")
        codes = ["2902", "0330", "0301", "0337", "0333"]
        names = {"2902": "Bụi tổng", "0330": "SO2", "0301": "NOx (tính theo NO2)", "0337": "CO", "0333": "H2S"}
        head = [["Vị trí", "Đợt quan trắc", *(f"{names[c]} (mg/Nm3)" for c in codes)]]
        body, bm, starts = [], [], []
        for point, label in (("KT1", "KT1 – Ống thải lò hơi"), ("KT2", "KT2 – Ống thải dây chuyền tái sinh cao su")):
            start = len(body)
            starts.append(start)
            for q, when in enumerate(("Đợt 1 (03/2025)", "Đợt 2 (06/2025)", "Đợt 3 (09/2025)", "Đợt 4 (12/2025)")):
                vals = [_sig(QCVN19[c][1] * r.uniform(0.05, 0.7), 3) for c in codes]
                body.append([label if q == 0 else None, when, *(num(v, "vi") for v in vals)])
                for c, v in zip(codes, vals, strict=True):
                    add(doc, limit(("code", c), "flue_gas", QCVN19[c][1], "mg/Nm3", "B", point, v))
            bm.append((start, 0, len(body) - 1, 0))
        body.append(["QCVN 19:2009/BTNMT, cột B (Kp = 1; Kv = 1)", None, *(num(QCVN19[c][1], "vi") for c in codes)])
        bm.append((len(body) - 1, 0, len(body) - 1, 1))
        cut = [r.choice((2, 3, 5, 6))]
        _paged(doc, "4.2", "Bảng 4.2. Kết quả quan trắc khí thải năm 2025", head, [], body, bm, cut, "limits", repeat_text=True)
        maybe_distractor(doc)
        return
    name = _site(doc, TYRE)[0]
    doc.h(doc.v(f"Отчет по программе производственного экологического контроля за 2025 год (исправленный). {name}",
                f"{name}. Өндірістік экологиялық бақылау бағдарламасы бойынша 2025 жылғы есеп (түзетілген)", ""))
    doc.p(doc.v("Отчет направляется взамен отчета от 28.01.2026 в связи с исправлением ошибок в результатах замеров IV квартала.",
                "Есеп IV тоқсан өлшеу нәтижелеріндегі қателерді түзетуге байланысты 28.01.2026 есептің орнына жіберіледі.", ""))
    codes = sorted(r.sample(["0301", "0330", "0337", "0328", "0333", "2902"], 5))
    points = [("Т-1", doc.v("граница СЗЗ, север, 500 м", "СҚА шекарасы, солтүстік, 500 м", "")),
              ("Т-2", doc.v("граница СЗЗ, восток, 500 м", "СҚА шекарасы, шығыс, 500 м", "")),
              ("Т-3", doc.v("граница СЗЗ, юг, 500 м", "СҚА шекарасы, оңтүстік, 500 м", "")),
              ("Т-4", doc.v("граница СЗЗ, запад, 500 м", "СҚА шекарасы, батыс, 500 м", ""))]
    head = [doc.v(["Код ЗВ", "Наименование загрязняющего вещества", "ПДК м.р., мг/м3", "Фактическая концентрация, мг/м3",
                   "Кратность ПДК"],
                  ["ЛЗ коды", "Ластаушы заттың атауы", "ЕЖШК б.р., мг/м3", "Нақты концентрация, мг/м3", "ЕЖШК еселігі"], [])]
    parts: list[list] = []
    for pt, where in points:
        parts.append([f"{pt} ({where})", None, None, None, None])
        for c in codes:
            pdk = AIR_PDK[c][0]
            v = _sig(pdk * r.uniform(0.05, 0.9), 2)
            parts.append([c, _air(doc, c), num(pdk, doc.lang), num(v, doc.lang), num(round(v / pdk, 2), doc.lang)])
            add(doc, limit(("code", c), "air", pdk, "mg/m3", None, pt, v))
    cut = r.choice([i for i in range(3, len(parts) - 2) if parts[i][1] is not None and parts[i - 1][1] is not None])
    group = max(i for i in range(cut) if parts[i][1] is None)
    again = [f"{parts[group][0]} {doc.v('(продолжение)', '(жалғасы)', '')}", None, None, None, None]
    first, second = parts[:cut], [again, *parts[cut:]]
    caption = doc.v("Таблица 5 – Результаты мониторинга атмосферного воздуха на границе СЗЗ (IV квартал 2025 г.)",
                    "5-кесте – СҚА шекарасындағы атмосфералық ауа мониторингінің нәтижелері (2025 ж. IV тоқсан)", "")
    lead = [*head, _numbers(doc, 5)]
    doc.table(caption, lead + first, [(i + 2, 0, i + 2, 4) for i, row in enumerate(first) if row[1] is None], role="limits")
    doc.table(CONT[doc.lang].format(n="5"), [lead[-1], *second],
              [(i + 1, 0, i + 1, 4) for i, row in enumerate(second) if row[1] is None], role="limits")
    doc.expected["tables"].pop()
    doc.p(doc.v("ПДК м.р. – предельно допустимая концентрация максимально разовая.",
                "ЕЖШК б.р. – ең жоғары бір реттік шекті жол берілетін концентрация.", ""))
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring


def monitoring_ea1(doc: Doc) -> None:
    """A brewery's ПЭК programme in a new edition, the plan-graph of control at sources: the source's number and name
    merged down over a row per substance (code and name), the frequency, who measures and the method; the closed boiler
    struck out in one merged cell; over two pages, the whole header printed again on the second (VI: a beer factory's
    re-issued GPMT programme, the automatic monitoring and the periodic one of the outlet and the stacks, over two pages
    under `(1) … (6)`)."""
    r = doc.rng
    vi = doc.lang == "vi"
    if vi:
        doc.h("GIẤY PHÉP MÔI TRƯỜNG (cấp lại) – NHÀ MÁY BIA HÀ THÀNH – PHỐ NỐI")
        doc.h("Phụ lục IV. Chương trình quan trắc môi trường của cơ sở")
        head = [["TT", "Vị trí quan trắc", "Ký hiệu", "Thông số", "Tần suất", "Quy chuẩn so sánh"]]
        auto = ["pH", "COD", "TSS", "NH4+"]
        per = ["BOD5", "TN", "TP", *r.sample(["TPH", "S2-", "Fe", "Coliform"], 1)]
        gas = ["2902", "0330", "0301", "0337"]
        body = [["1", "Nước thải sau hệ thống xử lý, trước khi xả ra sông Kim Sơn (tự động, liên tục)", "NT1",
                 "Lưu lượng, nhiệt độ, " + ", ".join(vocab.water(s, "vi") for s in auto), "Liên tục",
                 "QCVN 40:2011/BTNMT, cột A"],
                ["2", "Nước thải sau hệ thống xử lý (định kỳ)", "NT1", ", ".join(vocab.water(s, "vi") for s in per),
                 freq(doc, "quarterly"), "QCVN 40:2011/BTNMT, cột A"],
                ["3", "Ống thải lò hơi đốt sinh khối 15 tấn hơi/giờ", "KT1",
                 "Lưu lượng, " + ", ".join(_air(doc, c, 0 if c == "2902" else 1) for c in gas), freq(doc, "quarterly"),
                 "QCVN 19:2009/BTNMT, cột B"],
                ["4", "Ống thải đuốc đốt khí sinh học", "KT2", ", ".join(_air(doc, c, 1) for c in gas[1:]), freq(doc, "semiannual"),
                 "QCVN 19:2009/BTNMT, cột B"]]
        doc.add("monitoring", *(_mon({"point_contains": "NT1"}, ("symbol", s), "continuous") for s in auto),
                *(_mon({"point_contains": "NT1"}, ("symbol", s), "quarterly") for s in per),
                *(_mon({"point_contains": "KT1"}, ("code", c), "quarterly") for c in gas),
                *(_mon({"point_contains": "KT2"}, ("code", c), "semiannual") for c in gas[1:]))
        _paged(doc, "5", "Bảng 5. Chương trình quan trắc nước thải, khí thải", head, [], body, [], [2], "monitoring")
        doc.p("Chủ cơ sở được miễn quan trắc môi trường định kỳ đối với nước thải trong thời gian hệ thống quan trắc tự động "
              "hoạt động ổn định, truyền số liệu liên tục (khoản 4 Điều 97 Nghị định số 08/2022/NĐ-CP).")
        maybe_distractor(doc)
        return
    name = _site(doc, BREWERY)[0]
    doc.h(doc.v(f"Программа производственного экологического контроля (новая редакция). {name}",
                f"{name}. Өндірістік экологиялық бақылау бағдарламасы (жаңа редакция)", ""))
    doc.h(doc.v("Раздел 5. План-график контроля на источниках выбросов", "5-бөлім. Шығарынды көздеріндегі бақылаудың жоспар-кестесі", ""))
    head = [doc.v(["№ источника", "Наименование источника", "Код ЗВ", "Контролируемое вещество", "Периодичность контроля",
                   "Кем осуществляется", "Метод контроля"],
                  ["Көз №", "Көздің атауы", "ЛЗ коды", "Бақыланатын зат", "Бақылау кезеңділігі", "Кім жүзеге асырады",
                   "Бақылау әдісі"], [])]
    lab = doc.v("аккредитованная лаборатория", "аккредиттелген зертхана", "")
    own = doc.v("эколог предприятия", "кәсіпорын экологы", "")
    inst, calc = doc.v("инструментальный", "аспаптық", ""), doc.v("расчетный", "есептік", "")
    plan = [("0001", BREW_SOURCES[0], ("0301", "0304", "0337"), "quarterly", True),
            ("0002", BREW_SOURCES[1], ("0301", "0337"), "yearly", False),
            ("0003", BREW_SOURCES[2], ("2937",), "semiannual", True),
            ("0004", BREW_SOURCES[3], ("0303",), "yearly", False),
            ("0005", BREW_SOURCES[4], ("0301", "0330", "0337"), "quarterly", True),
            ("0006", BREW_SOURCES[5], (), None, False),
            ("6001", BREW_SOURCES[6], ("2937",), "yearly", False)]
    L = 1 if doc.lang == "ru" else 2
    body, bm = [], []
    for number, src, codes, word, measured in plan:
        start = len(body)
        if word is None:
            body.append([number, src[L], doc.v("Источник ликвидирован (изменения 2026 г.), контроль исключен",
                                               "Көз жойылды (2026 ж. өзгерістер), бақылау алынып тасталды", ""), None, None, None, None])
            bm.append((start, 2, start, 6))
            continue
        said = freq(doc, word)
        for c in codes:
            first = len(body) == start
            body.append([number if first else None, src[L] if first else None, c, _air(doc, c), said,
                         lab if measured else own, inst if measured else calc])
            doc.add("monitoring", _mon({"source_number": number}, ("code", c), word))
        if len(body) - start > 1:
            bm += [(start, 0, len(body) - 1, 0), (start, 1, len(body) - 1, 1)]
    cut = _cuts(doc, len(body))
    _paged(doc, "5.1", doc.v("Таблица 5.1 – План-график контроля", "5.1-кесте – Бақылаудың жоспар-кестесі", ""),
           head, [], body, bm, cut, "monitoring", repeat=True, repeat_text=True)
    maybe_distractor(doc)


def monitoring_ea2(doc: Doc) -> None:
    """Changes to a tyre-recycling works' ПЭК programme: a row per source or point with its substances in one cell,
    the frequency in force and the frequency of the new edition side by side, a line added (a dash for the former
    frequency) and a line dropped (`исключается`) (VI: an adjusted GPMT of a glass factory, the furnace stack moved to
    continuous monitoring, the waste water exempted)."""
    r = doc.rng
    vi = doc.lang == "vi"
    if vi:
        number = f"{r.randint(100, 480)}/GPMT-UBND"
        doc.h("GIẤY PHÉP MÔI TRƯỜNG (điều chỉnh) – NHÀ MÁY THỦY TINH ĐÔNG Á")
        doc.p(f"Điều chỉnh chương trình quan trắc môi trường tại Phụ lục IV Giấy phép môi trường số {number} như sau:")
        rows = [["TT", "Vị trí quan trắc", "Thông số", f"Tần suất theo GPMT số {number}", "Tần suất sau điều chỉnh"]]
        gas = ["2902", "0330", "0301", "0337"]
        lines = [("KT1 – Ống khói lò nấu thủy tinh số 1", gas, "quarterly", "continuous"),
                 ("KT2 – Ống khói lò nấu thủy tinh số 2 (sau cải tạo)", gas, "quarterly", "continuous"),
                 ("KT3 – Ống thải hệ thống lọc bụi khu phối liệu", ["2902"], "quarterly", "semiannual"),
                 ("KT4 – Ống thải máy phát điện dự phòng", ["0330", "0301", "0337"], None, "yearly")]
        for k, (where, codes, old, new) in enumerate(lines, 1):
            rows.append([str(k), where, ", ".join(_air(doc, c, 0 if c == "2902" else 1) for c in codes),
                         freq(doc, old) if old else "-", freq(doc, new)])
            doc.add("monitoring", *(_mon({"point_contains": where.split(" ")[0]}, ("code", c), new) for c in codes))
        water = ["pH", "COD", "TSS"]
        rows.append([str(len(rows)), "NT1 – Hố ga đấu nối nước thải vào hệ thống thu gom của KCN",
                     ", ".join(vocab.water(s, "vi") for s in water), freq(doc, "quarterly"), "Không thuộc đối tượng phải quan trắc"])
        doc.table("Bảng 1. Nội dung điều chỉnh chương trình quan trắc", rows, role="monitoring")
        maybe_distractor(doc)
        return
    name = _site(doc, TYRE)[0]
    doc.h(doc.v(f"Изменения в программу производственного экологического контроля. {name}",
                f"{name}. Өндірістік экологиялық бақылау бағдарламасына өзгерістер", ""))
    doc.p(doc.v("Изменения связаны с вводом в эксплуатацию печи пиролиза № 2 и сокращением санитарно-защитной зоны.",
                "Өзгерістер № 2 пиролиз пешін пайдалануға беруге және санитариялық-қорғау аймағының қысқаруына байланысты.", ""))
    rows = [doc.v(["№", "Источник, точка контроля", "Контролируемые вещества", "Периодичность", None],
                  ["№", "Көз, бақылау нүктесі", "Бақыланатын заттар", "Кезеңділігі", None], []),
            doc.v([None, None, None, "действующая редакция", "новая редакция"],
                  [None, None, None, "қолданыстағы редакция", "жаңа редакция"], [])]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4)]
    pyro = ["0301", "0330", "0337", "0328"]
    lines = [(("source_number", "0001"), doc.v("Источник 0001 – труба печи пиролиза № 1", "0001 көзі – № 1 пиролиз пешінің мұржасы", ""),
              pyro, "semiannual", "quarterly"),
             (("source_number", "0002"), doc.v("Источник 0002 – труба печи пиролиза № 2", "0002 көзі – № 2 пиролиз пешінің мұржасы", ""),
              pyro, None, "quarterly"),
             (("source_number", "0003"), doc.v("Источник 0003 – аспирация линии измельчения", "0003 көзі – ұсату желісінің аспирациясы", ""),
              ["2902"], "quarterly", "semiannual"),
             (("point_contains", "Т-1"), doc.v("Т-1 – граница СЗЗ, подветренная сторона", "Т-1 – СҚА шекарасы, ық жақ", ""),
              ["0301", "0330", "0337", "0333"], "quarterly", "quarterly"),
             (("point_contains", "Т-2"), doc.v("Т-2 – жилая зона п. Жилянка", "Т-2 – Жилянка кентінің тұрғын аймағы", ""),
              ["0301", "0330", "0337"], "semiannual", "drop")]
    for k, (loc, where, codes, old, new) in enumerate(lines, 1):
        said_new = doc.v("исключается", "алып тасталады", "") if new == "drop" else freq(doc, new)
        rows.append([str(k), where, ", ".join(_air(doc, c) for c in codes), freq(doc, old) if old else "–", said_new])
        if new != "drop":
            doc.add("monitoring", *(_mon({loc[0]: loc[1]}, ("code", c), new) for c in codes))
    doc.table(doc.v("Таблица 1 – Изменения плана-графика контроля", "1-кесте – Бақылау жоспар-кестесінің өзгерістері", ""),
              rows, merges, role="monitoring")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

GLASS_UNITS = {
    "ru": (("Стекловаренный цех", "работа регенераторов и электрофильтров, показания АСМ"),
           ("Составной цех", "герметичность аспирационных укрытий, состояние рукавных фильтров"),
           ("Цех формования и отжига", "работа вытяжной вентиляции лееров"),
           ("Компрессорная станция", "маслосборники, утечки масла"),
           ("Площадка накопления отходов", "маркировка, сроки накопления, журнал учета"),
           ("Локальные очистные сооружения", "работа отстойников, вынос взвешенных веществ"),
           ("Склад сырья (песок, сода, доломит)", "укрытие штабелей, пылеподавление")),
    "kk": (("Шыны балқыту цехы", "регенераторлар мен электрсүзгілердің жұмысы, АМЖ көрсеткіштері"),
           ("Құрама цехы", "аспирациялық жабындардың саңылаусыздығы, жең сүзгілерінің жай-күйі"),
           ("Қалыптау және күйдіру цехы", "леерлердің сору желдеткішінің жұмысы"),
           ("Компрессорлық станция", "май жинағыштар, май ағулары"),
           ("Қалдықтарды жинақтау алаңы", "таңбалау, жинақтау мерзімдері, есепке алу журналы"),
           ("Жергілікті тазарту құрылыстары", "тұндырғыштардың жұмысы, қалқыма заттардың шығуы"),
           ("Шикізат қоймасы (құм, сода, доломит)", "үйінділерді жабу, шаң басу")),
    "vi": (("Xưởng lò nấu thủy tinh", "vận hành buồng hồi nhiệt, lọc bụi tĩnh điện, số liệu quan trắc tự động"),
           ("Khu phối liệu", "chụp hút, túi lọc bụi"),
           ("Xưởng tạo hình, ủ", "hệ thống hút khí lò ủ"),
           ("Trạm khí nén", "bẫy dầu, rò rỉ dầu"),
           ("Kho chất thải nguy hại", "nhãn, thời hạn lưu giữ, sổ theo dõi"),
           ("Trạm xử lý nước thải", "vận hành bể lắng, hóa chất, đồng hồ lưu lượng"),
           ("Kho nguyên liệu (cát, soda, đolomit)", "che phủ, phun ẩm chống bụi")),
}  # fmt: skip


def inspections_ea1(doc: Doc) -> None:
    """A glass-container plant's schedule of internal environmental checks in a new edition: the unit, what is checked,
    the frequency, who checks and the record; the closed shop's row struck out in one merged cell; over two pages under
    column numbers (VI: a glass factory's plan of self-checks amended once)."""
    r = doc.rng
    name = _site(doc, GLASS)[0]
    doc.h(doc.v(f"График внутренних проверок соблюдения экологических требований (в редакции приказа № 14 от 12.01.2026). {name}",
                f"{name}. Экологиялық талаптардың сақталуын ішкі тексерулер кестесі (12.01.2026 № 14 бұйрық редакциясында)",
                f"KẾ HOẠCH TỰ KIỂM TRA VIỆC TUÂN THỦ GIẤY PHÉP MÔI TRƯỜNG NĂM 2026 (sửa đổi lần 1) – {name.upper()}"))
    doc.p(doc.v("Новая редакция графика учитывает вывод из эксплуатации цеха ручной выработки и реконструкцию печи № 2.",
                "Кестенің жаңа редакциясы қолмен өндіру цехын пайдаланудан шығаруды және № 2 пешті реконструкциялауды ескереді.",
                "Kế hoạch được sửa đổi do dừng hoạt động xưởng thủ công và cải tạo lò nấu số 2."))
    head = [doc.v(["№ п/п", "Подразделение", "Предмет проверки", "Периодичность", "Проверяющий", "Оформление результатов"],
                  ["Р/с №", "Бөлімше", "Тексеру мәні", "Кезеңділігі", "Тексеруші", "Нәтижелерді ресімдеу"],
                  ["TT", "Bộ phận được kiểm tra", "Nội dung kiểm tra", "Tần suất", "Người kiểm tra", "Hồ sơ"])]
    units = r.sample(GLASS_UNITS[doc.lang], 6)
    words = ["monthly", "monthly", "quarterly", "quarterly", "semiannual", doc.pick(("yearly", "quarterly"))]
    r.shuffle(words)
    who = doc.v(("инженер-эколог", "начальник отдела ООС", "комиссия под председательством главного инженера"),
                ("инженер-эколог", "ҚОҚ бөлімінің бастығы", "бас инженер төрағалық ететін комиссия"),
                ("Cán bộ môi trường", "Trưởng phòng HSE", "Đoàn kiểm tra do Phó Giám đốc sản xuất chủ trì"))
    record = doc.v(("запись в журнале", "акт проверки"), ("журналға жазба", "тексеру актісі"), ("Sổ nhật ký", "Biên bản kiểm tra"))
    body, bm = [], []
    closed_at = r.randint(1, 4)
    n = 0
    for k, ((unit, what), word) in enumerate(zip(units, words, strict=True)):
        if k == closed_at:
            n += 1
            body.append([str(n), doc.v("Цех ручной выработки", "Қолмен өндіру цехы", "Xưởng thổi thủ công"),
                         doc.v("исключен (цех выведен из эксплуатации)", "алынып тасталды (цех пайдаланудан шығарылды)",
                               "Bãi bỏ (xưởng đã dừng hoạt động)"), None, None, None])
            bm.append((len(body) - 1, 2, len(body) - 1, 5))
        n += 1
        body.append([str(n), unit, what, freq(doc, word), doc.pick(who), doc.pick(record)])
        doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": unit})
    cut = _cuts(doc, len(body))
    _paged(doc, "2", doc.v("Таблица 2 – График проверок", "2-кесте – Тексерулер кестесі", "Bảng 2. Lịch kiểm tra"),
           head, [], body, bm, cut, "inspections")
    maybe_distractor(doc)


TYRE_UNITS = {
    "ru": ("Участок пиролиза", "Участок механической переработки шин", "Склад пиролизного масла", "Площадка хранения шин",
           "Склад технического углерода", "Площадка временного хранения отходов"),
    "kk": ("Пиролиз учаскесі", "Шиналарды механикалық өңдеу учаскесі", "Пиролиз майы қоймасы", "Шиналарды сақтау алаңы",
           "Техникалық көміртек қоймасы", "Қалдықтарды уақытша сақтау алаңы"),
    "vi": ("Khu vực tái sinh cao su", "Xưởng nghiền, cắt lốp xe", "Kho dầu nhiệt phân", "Bãi chứa lốp xe phế liệu",
           "Kho bột than đen", "Kho chứa chất thải nguy hại"),
}


def inspections_ea2(doc: Doc) -> None:
    """Changes to a tyre-recycling works' order on internal control: two rows per unit, the former edition and the new
    one, the unit merged over them, the frequency and who checks on each; a unit added has only the new row, a unit
    dropped has `исключается` in its new row (VI: a rubber-recycling plant's amended inspection rules, `Trước sửa đổi` /
    `Sau sửa đổi`)."""
    r = doc.rng
    name = _site(doc, TYRE)[0]
    doc.h(doc.v(f"Приказ о внесении изменений в Положение о внутреннем экологическом контроле. {name}",
                f"{name}. Ішкі экологиялық бақылау туралы ережеге өзгерістер енгізу туралы бұйрық",
                "QUYẾT ĐỊNH sửa đổi, bổ sung Quy chế kiểm tra nội bộ về bảo vệ môi trường – Nhà máy Tái chế Cao su Phước An"))
    doc.p(doc.v("Приложение 2 к Положению изложить с учетом следующих изменений:",
                "Ережеге 2-қосымшаны мынадай өзгерістерді ескере отырып жазу:",
                "Sửa đổi Phụ lục 2 của Quy chế như sau:"))
    rows = [doc.v(["№", "Объект проверки", "Редакция", "Периодичность проверки", "Проверяющий"],
                  ["№", "Тексеру объектісі", "Редакция", "Тексеру кезеңділігі", "Тексеруші"],
                  ["TT", "Khu vực kiểm tra", "Nội dung", "Tần suất kiểm tra", "Người kiểm tra"])]
    old_w, new_w = doc.v(("было", "стало"), ("болды", "болады"), ("Trước sửa đổi", "Sau sửa đổi"))
    who = doc.v(("мастер участка", "инженер-эколог", "главный инженер"), ("учаске шебері", "инженер-эколог", "бас инженер"),
                ("Tổ trưởng", "Cán bộ môi trường", "Phó Giám đốc"))
    units = list(TYRE_UNITS[doc.lang])
    plan = [("quarterly", "monthly"), ("semiannual", "quarterly"), ("quarterly", "quarterly"), (None, "monthly"),
            ("yearly", "semiannual"), ("monthly", None)]
    order = list(range(6))
    r.shuffle(order)
    merges = []
    for k, i in enumerate(order, 1):
        unit = units[i]
        old, new = plan[i]
        start = len(rows)
        if old:
            rows.append([str(k), unit, old_w, freq(doc, old), doc.pick(who)])
        new_said = freq(doc, new) if new else doc.v("исключается", "алып тасталады", "Bãi bỏ")
        rows.append([str(k) if not old else None, unit if not old else None, new_w, new_said, doc.pick(who) if new else "–"])
        if old:
            merges += [(start, 0, start + 1, 0), (start, 1, start + 1, 1)]
        if new:
            doc.add("obligations", {"kind": "inspection", "frequency": new, "text_contains": unit})
    doc.table(doc.v("Приложение 2. Периодичность внутренних проверок", "2-қосымша. Ішкі тексерулердің кезеңділігі",
                    "Phụ lục 2. Tần suất kiểm tra nội bộ"), rows, merges, role="inspections")
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

BREW_TASKS = {
    "ru": (("Завершить строительство анаэробного реактора очистных сооружений", "Главный инженер"),
           ("Демонтировать мазутную котельную и рекультивировать площадку мазутного хозяйства", "Начальник энергоцеха"),
           ("Установить рукавный фильтр на аспирации отделения дробления солода", "Главный механик"),
           ("Заключить договор на передачу пивной дробины на корм скоту", "Коммерческий директор"),
           ("Провести инвентаризацию источников выбросов после реконструкции", "Инженер-эколог"),
           ("Внести изменения в программу производственного экологического контроля", "Инженер-эколог"),
           ("Оборудовать площадку временного хранения отходов навесом", "Начальник АХО")),
    "kk": (("Тазарту құрылыстарының анаэробты реакторының құрылысын аяқтау", "Бас инженер"),
           ("Мазут қазандығын бөлшектеу және мазут шаруашылығы алаңын рекультивациялау", "Энергия цехының бастығы"),
           ("Уыт ұсату бөлімшесінің аспирациясына жең сүзгісін орнату", "Бас механик"),
           ("Сыра қоспасын малға азыққа беруге шарт жасасу", "Коммерциялық директор"),
           ("Реконструкциядан кейін шығарынды көздерін түгендеу", "Инженер-эколог"),
           ("Өндірістік экологиялық бақылау бағдарламасына өзгерістер енгізу", "Инженер-эколог"),
           ("Қалдықтарды уақытша сақтау алаңын қалқанмен жабдықтау", "ӘШБ бастығы")),
    "vi": (("Hoàn thành xây dựng bể xử lý kỵ khí UASB của hệ thống xử lý nước thải", "Ban Quản lý dự án"),
           ("Tháo dỡ lò hơi đốt than và cải tạo khu vực bãi than", "Xưởng Cơ điện"),
           ("Lắp đặt thiết bị lọc bụi túi vải tại khu nghiền malt", "Xưởng Nấu"),
           ("Ký hợp đồng bán bã malt, men bia thải cho cơ sở chăn nuôi", "Phòng Kinh doanh"),
           ("Lắp đặt trạm quan trắc nước thải tự động, liên tục tại cửa xả NT1", "Phòng Kỹ thuật"),
           ("Lập hồ sơ đề nghị cấp lại giấy phép môi trường", "Phòng An toàn – Môi trường"),
           ("Xây dựng kho lưu giữ chất thải nguy hại có mái che", "Phòng Hành chính")),
}  # fmt: skip


def tasks_ea1(doc: Doc) -> None:
    """A brewery's plan of environmental measures with its terms moved: the first term and the revised term under a
    merged `Срок выполнения`, the executor, a note of the reason; over two pages under column numbers (VI: a beer
    factory's adjusted plan, `Theo kế hoạch` / `Điều chỉnh`)."""
    r = doc.rng
    vi = doc.lang == "vi"
    name = _site(doc, BREWERY)[0]
    doc.h(doc.v(f"План мероприятий по охране окружающей среды на 2026 год (с изменениями от 15.04.2026). {name}",
                f"{name}. Қоршаған ортаны қорғау жөніндегі 2026 жылға арналған іс-шаралар жоспары (15.04.2026 өзгерістермен)",
                f"KẾ HOẠCH BẢO VỆ MÔI TRƯỜNG NĂM 2026 (điều chỉnh) – {name.upper()}"))
    head = [doc.v(["№ п/п", "Наименование мероприятия", "Срок выполнения", None, "Ответственный исполнитель", "Примечание"],
                  ["Р/с №", "Іс-шараның атауы", "Орындау мерзімі", None, "Жауапты орындаушы", "Ескертпе"],
                  ["TT", "Nội dung công việc", "Thời gian hoàn thành", None, "Đơn vị thực hiện", "Ghi chú"]),
            doc.v([None, None, "первоначальный", "уточненный", None, None], [None, None, "бастапқы", "нақтыланған", None, None],
                  [None, None, "Theo kế hoạch", "Điều chỉnh", None, None])]
    hm = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 1, 4), (0, 5, 1, 5)]
    quarters = doc.v(("I квартал", "II квартал", "III квартал", "IV квартал"), ("I тоқсан", "II тоқсан", "III тоқсан", "IV тоқсан"),
                     ("Quý I/2026", "Quý II/2026", "Quý III/2026", "Quý IV/2026"))
    why = doc.v(("перенос сроков поставки оборудования", "по итогам конкурса"), ("жабдық жеткізу мерзімінің ауысуы", "конкурс қорытындысы бойынша"),
                ("Chậm tiến độ cung cấp thiết bị", "Điều chỉnh theo tiến độ dự án"))
    body = []
    for k, (text, who) in enumerate(r.sample(BREW_TASKS[doc.lang], 6), 1):
        q = r.randint(0, 2)
        moved = r.random() < 0.5
        body.append([str(k), text, quarters[q], quarters[q + 1] if moved else "–", who, doc.pick(why) if moved else ""])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text), "actor_contains": who})
    cut = _cuts(doc, len(body))
    _paged(doc, "1", doc.v("Таблица 1", "1-кесте", "Bảng 1"), head, hm, body, [], cut, "tasks")
    if not vi:
        maybe_distractor(doc)
    else:
        distractor(doc, "budget")


TYRE_PLAN = {
    "ru": (("1", "Ввести в эксплуатацию газоочистку печи пиролиза № 2 (скруббер, рукавный фильтр)", "Главный инженер", "II квартал 2026 г.", ""),
           ("2", "Оборудовать склад технического углерода закрытыми бункерами", "Начальник участка пиролиза", "III квартал 2026 г.", ""),
           ("2-1", "Установить газоанализатор непрерывного контроля на трубе печи пиролиза № 2", "Инженер КИПиА", "IV квартал 2026 г.", "add"),
           ("3", "Закупить передвижную установку для сжигания масел", "", "", "strike"),
           ("4", "Провести озеленение санитарно-защитной зоны (300 саженцев)", "Заместитель директора по общим вопросам", "апрель–май 2026 г.", ""),
           ("4-1", "Обустроить площадку хранения шин противопожарным разрывом и обваловкой", "Начальник склада", "до 01.09.2026", "add"),
           ("5", "Обучить персонал обращению с опасными отходами", "Инженер-эколог", "март 2026 г.", "")),
    "kk": (("1", "№ 2 пиролиз пешінің газ тазартқышын пайдалануға беру (скруббер, жең сүзгісі)", "Бас инженер", "2026 ж. II тоқсан", ""),
           ("2", "Техникалық көміртек қоймасын жабық бункерлермен жабдықтау", "Пиролиз учаскесінің бастығы", "2026 ж. III тоқсан", ""),
           ("2-1", "№ 2 пиролиз пешінің мұржасына үздіксіз бақылау газталдағышын орнату", "БӨАжА инженері", "2026 ж. IV тоқсан", "add"),
           ("3", "Майларды жағуға арналған жылжымалы қондырғы сатып алу", "", "", "strike"),
           ("4", "Санитариялық-қорғау аймағын көгалдандыру (300 көшет)", "Директордың жалпы мәселелер жөніндегі орынбасары", "2026 ж. сәуір–мамыр", ""),
           ("4-1", "Шина сақтау алаңын өртке қарсы аралықпен және үйіндімен жайластыру", "Қойма бастығы", "01.09.2026 дейін", "add"),
           ("5", "Персоналды қауіпті қалдықтармен жұмыс істеуге оқыту", "Инженер-эколог", "2026 ж. наурыз", "")),
    "vi": (("1", "Đưa vào vận hành hệ thống xử lý khí thải dây chuyền tái sinh cao su (tháp hấp phụ than hoạt tính)", "Xưởng Tái sinh", "Quý II/2026", ""),
           ("2", "Cải tạo kho chứa bột than đen thành kho kín", "Phòng Kỹ thuật", "Quý III/2026", ""),
           ("2a", "Lắp đặt thiết bị quan trắc khí thải tự động tại ống thải KT2", "Phòng An toàn – Môi trường", "Quý IV/2026", "add"),
           ("3", "Mua lò đốt dầu thải di động", "", "", "strike"),
           ("4", "Trồng cây xanh dọc hàng rào phía Bắc nhà máy", "Phòng Hành chính – Nhân sự", "Tháng 4–5/2026", ""),
           ("4a", "Bố trí khoảng cách phòng cháy và bờ bao tại bãi chứa lốp xe phế liệu", "Tổ Kho vận", "Trước 01/9/2026", "add"),
           ("5", "Tập huấn quản lý chất thải nguy hại cho công nhân", "Phòng An toàn – Môi trường", "Tháng 3/2026", "")),
}  # fmt: skip


def tasks_ea2(doc: Doc) -> None:
    """A tyre-recycling works' plan of measures in its consolidated edition: items inserted by the amendment numbered
    `2-1`, `4-1`, an item struck out written as one merged cell `Исключен …`, the responsible person and the term
    (VI: a rubber-recycling plant's amended plan, items `2a`, `4a`, a struck item `(bãi bỏ)`)."""
    vi = doc.lang == "vi"
    name = _site(doc, TYRE)[0]
    doc.h(doc.v(f"План мероприятий по охране окружающей среды на 2026–2027 годы (консолидированная редакция с изменениями № 1). {name}",
                f"{name}. Қоршаған ортаны қорғау жөніндегі 2026–2027 жылдарға арналған іс-шаралар жоспары (№ 1 өзгерістері бар "
                "шоғырландырылған редакция)",
                f"KẾ HOẠCH BẢO VỆ MÔI TRƯỜNG GIAI ĐOẠN 2026–2027 (đã được sửa đổi, bổ sung) – {name.upper()}"))
    doc.p(doc.v("Пункты 2-1 и 4-1 введены, пункт 3 исключен изменениями № 1, утвержденными приказом от 02.03.2026 № 31.",
                "2-1 және 4-1 тармақтар енгізілді, 3-тармақ 02.03.2026 № 31 бұйрықпен бекітілген № 1 өзгерістермен алып тасталды.",
                "Các mục 2a, 4a được bổ sung, mục 3 được bãi bỏ theo Quyết định số 31/QĐ-PA ngày 02/3/2026."))
    rows = [doc.v(["№ п/п", "Мероприятие", "Ответственный", "Срок исполнения", "Источник финансирования"],
                  ["Р/с №", "Іс-шара", "Жауапты", "Орындау мерзімі", "Қаржыландыру көзі"],
                  ["TT", "Nội dung", "Đơn vị chủ trì", "Thời hạn", "Nguồn kinh phí"])]
    merges = []
    own = doc.v("собственные средства", "меншікті қаражат", "Vốn tự có")
    for number, text, who, term, status in TYRE_PLAN[doc.lang]:
        if status == "strike":
            said = doc.v(f"Исключен изменениями № 1 ({text.lower()})", f"№ 1 өзгерістермен алып тасталды ({text.lower()})",
                         f"(Bãi bỏ) {text}")
            rows.append([number, said, None, None, None])
            merges.append((len(rows) - 1, 1, len(rows) - 1, 4))
            continue
        rows.append([number, text, who, term, own])
        doc.add("obligations", {"kind": "task", "number": number, "text_contains": _words(text), "actor_contains": who})
    doc.table(None if vi else doc.v("Таблица 1", "1-кесте", ""), rows, merges, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"EA{k}", globals()[f"{role}_ea{k}"]) for role in ROLES for k in (1, 2)]
"""`facility_ea1` … `tasks_ea2`, in the order of the roles."""
