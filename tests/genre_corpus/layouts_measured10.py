"""The seventh blind set, part Q (operators' reports and registers, two layouts per role), measured blind once on
2026-12-04 with its three sibling parts (0.682 over 504 files together; this part 0.549), then tuned on
the same day, and so among the tuning layouts now.

The held-out part, continued (a blind set of two layouts per role, `Q1` and `Q2`): never used for
tuning, written by someone who did not run the extractor on them.

Theme: what operators write about themselves — reports on ПЭК (отчёт по программе ПЭК) with measured
results against norms, inventories and passports of wastes, registers of their movement, Vietnam's
báo cáo công tác bảo vệ môi trường hằng năm and kết quả quan trắc định kỳ, internal sampling and
inspection schedules, corrective-action plans.

A report's general-information card (`Наименование показателя | Значение | Примечание`) with the KATO in
brackets inside the address cell (VI: the enterprise number inside a registration sentence, the group with
its appendix); a list of an operator's production sites under a merged first row naming the operator and its
BIN, decimal coordinates written with a comma; an inventory with one small pollutant table per source, the
source's number only in the heading above it; actual emissions by quarter with the year's total as the last
of five tonne columns; a register of the movement of wastes (at the start of the year, formed, handed over,
placed, at the end) where the formed amount equals the one disposed of; passports of hazardous wastes, one
label–value table each, no header row (VI: hazardous wastes under group rows naming the receiver); quarterly
results at an outlet as sub-columns after the norm (VI: rounds `Đợt 1…4` before the QCVN 40 column); a
matrix of samples by substances with the norm as its last row (VI: stack samples with QCVN 19 B as the last
row, a units row); a sampling schedule of twelve month columns with marks, the medium merged down; a
points-by-substances matrix of `+` marks with the programme's frequency and the number of samplings done;
inspection aspects under group rows naming the unit; frequencies as letters explained in a legend under the
table; corrective actions beside the nonconformity they answer; a report on a plan's execution with plan and
fact of the term and of the money under merged headers. Each function's docstring says more.

The words of each layout are in the text tables (RU, KK, VI); a header row is one string, its cells
between `|`, `^` for a cell a merge covers.
"""

from __future__ import annotations

from . import vocab
from .common import Doc, distractor, freq, make_bin, make_kato, make_msdn, maybe_distractor, num, rate
from .layouts_facility import facility
from .layouts_wastes import expect_low, expect_vn, low_wastes, vn_wastes
from .limits_data import AIR_PDK, DISCHARGE, QCVN19, QCVN40, add, cell, limit
from .obligations_data import CHECKS, TASKS, task, units, words
from .registry import ROLES, Layout
from .sources_data import emission, expect_sources, pick_sources, rates, total

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


def _measured(doc: Doc, lim, over: bool = False) -> float:
    """A value measured against a limit: a pH inside its range, else a tenth to most of the limit (above it if `over`)."""
    if isinstance(lim, tuple):
        return round(doc.rng.uniform(6.6, 8.1), 1)
    return _sig(lim * (doc.rng.uniform(1.1, 1.6) if over else doc.rng.uniform(0.1, 0.85)))


def _down(rows: list, start: int, col: int, merges: list) -> None:
    """Merges a column down from row `start` to the last row, when that is two rows or more."""
    if len(rows) - 1 > start:
        merges.append((start, col, len(rows) - 1, col))


def _report(doc: Doc, name: str, operator: str, period: str = "year") -> None:
    """The title and the first sentence of an operator's report: on ПЭК (RU/KK) or on environmental protection (VI)."""
    doc.h(_t(doc, f"report.{period}"))
    doc.p(_t(doc, "report.p").format(name=name, operator=operator))


TEXT |= {
    "report.year": ("Отчет по программе производственного экологического контроля за 2025 год",
                    "2025 жылға арналған өндірістік экологиялық бақылау бағдарламасы бойынша есеп",
                    "BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025"),
    "report.quarter": ("Отчет о выполнении программы производственного экологического контроля за III квартал 2025 года",
                       "2025 жылғы III тоқсандағы өндірістік экологиялық бақылау бағдарламасының орындалуы туралы есеп",
                       "BÁO CÁO KẾT QUẢ QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ NĂM 2025"),
    "report.p": ("Отчет составлен {operator} по объекту {name} в соответствии с утвержденной программой ПЭК и "
                 "представляется в территориальное подразделение уполномоченного органа в области охраны окружающей среды.",
                 "Есепті {operator} {name} объектісі бойынша бекітілген ӨЭБ бағдарламасына сәйкес жасады және қоршаған "
                 "ортаны қорғау саласындағы уәкілетті органның аумақтық бөлімшесіне ұсынады.",
                 "Báo cáo do {operator} lập đối với {name}, kỳ báo cáo từ ngày 01/01/2025 đến ngày 31/12/2025."),
}  # fmt: skip


# ---------------------------------------------------------------- facility

TEXT |= {
    "fac1.caption": ("Раздел 1. Общие сведения об операторе и объекте", "1-бөлім. Оператор және объект туралы жалпы мәліметтер",
                     "Phần I. THÔNG TIN CHUNG VỀ CƠ SỞ"),
    "fac1.head": ("№|Наименование показателя|Значение|Примечание", "№|Көрсеткіштің атауы|Мәні|Ескертпе", "TT|Nội dung|Thông tin|Ghi chú"),
    "fac1.labels": ("Наименование оператора|БИН|Наименование производственного объекта|Местонахождение объекта|"
                    "Код ОКЭД основного вида деятельности|Категория объекта|Экологическое разрешение|Отчетный период|"
                    "Количество источников выбросов",
                    "Оператордың атауы|БСН|Өндірістік объектінің атауы|Объектінің орналасқан жері|"
                    "Негізгі қызмет түрінің ЭҚЖЖ коды|Объект санаты|Экологиялық рұқсат|Есепті кезең|"
                    "Шығарынды көздерінің саны",
                    "Tên cơ sở|Chủ cơ sở|Địa chỉ|Giấy chứng nhận đăng ký doanh nghiệp|Giấy phép môi trường|"
                    "Loại hình sản xuất, kinh doanh|Phân loại cơ sở|Kỳ báo cáo"),
    "fac1.notes": ("основной вид|согласно ст. 12 Экологического кодекса РК|по данным инвентаризации 2024 г.",
                   "негізгі түрі|ҚР Экологиялық кодексінің 12-бабына сәйкес|2024 жылғы түгендеу деректері бойынша",
                   "Còn hiệu lực||"),
    "fac1.sources": ("{n}, в т.ч. организованных – {m}", "{n}, оның ішінде ұйымдастырылғаны – {m}", ""),
    "fac1.period": ("2025 год", "2025 жыл", "Từ ngày 01/01/2025 đến ngày 31/12/2025"),
    "fac2.h": ("1.2. Производственные объекты оператора", "1.2. Оператордың өндірістік объектілері", "1.2. Các cơ sở sản xuất của doanh nghiệp"),
    "fac2.p": ("Программа производственного экологического контроля распространяется на следующие объекты оператора.",
               "Өндірістік экологиялық бақылау бағдарламасы оператордың мына объектілеріне қолданылады.",
               "Báo cáo này bao gồm kết quả thực hiện công tác bảo vệ môi trường tại các cơ sở sau:"),
    "fac2.top": ("Оператор: {operator}, БИН {bin}", "Оператор: {operator}, БСН {bin}", "Doanh nghiệp: {operator} – Mã số doanh nghiệp: {bin}"),
    "fac2.head": ("№|Наименование объекта|Местонахождение|Код КАТО|Категория|Широта, град.|Долгота, град.",
                  "№|Объектінің атауы|Орналасқан жері|ҚАТО коды|Санаты|Ендік, град.|Бойлық, град.",
                  "TT|Tên cơ sở|Địa chỉ|Giấy phép môi trường|Nhóm"),
    "fac2.caption": ("Таблица 1.2 – Перечень производственных объектов (площадок)", "1.2-кесте – Өндірістік объектілердің (алаңдардың) тізбесі",
                     "Bảng 1.1. Danh sách cơ sở"),
    "fac2.far": ("в {km} км к северо-востоку от основной площадки|в {km} км к югу от основной площадки",
                 "негізгі алаңнан солтүстік-шығысқа қарай {km} км|негізгі алаңнан оңтүстікке қарай {km} км", ""),
}  # fmt: skip
VI_ACTIVITY = (
    "Sản xuất bao bì nhựa và giấy",
    "Chế biến thủy sản đông lạnh xuất khẩu",
    "Sản xuất gạch ốp lát ceramic",
    "Dệt, nhuộm và hoàn tất vải",
    "Sản xuất giấy và bột giấy",
    "Chăn nuôi heo thịt",
)
VI_APPENDIX = {
    "I": "III",
    "II": "IV",
    "III": "V",
}  # Nghị định 08/2022/NĐ-CP: the appendix that lists each group
# a second site of each operator of vocab.FACILITIES, and (VI) its address
SECOND_SITE = {
    "ru": ("Карьер «Южный»", "Карьер известняка «Береке»", "Автозаправочная станция № 4", "Котельная № 5",
           "Хвостохранилище «Майкаин»", "Цех убоя и переработки птицы"),
    "kk": ("«Оңтүстік» карьері", "«Шалқар» әктас карьері", "№ 4 автожанармай құю станциясы", "№ 5 қазандық",
           "«Ақсу» қалдық қоймасы", "Құс сою және өңдеу цехы"),
    "vi": (("Xưởng in bao bì Đức Hòa", "Khu công nghiệp Đức Hòa 1, huyện Đức Hòa, tỉnh Long An"),
           ("Nhà máy chế biến thức ăn thủy sản Hải Long", "Cụm công nghiệp Tân Khánh Đông, TP. Sa Đéc, tỉnh Đồng Tháp"),
           ("Nhà máy gạch ốp lát Thạch Bàn Yên Phong", "Khu công nghiệp Yên Phong, tỉnh Bắc Ninh"),
           ("Nhà máy may mặc Phước Long", "Khu công nghiệp Nhơn Trạch 2, tỉnh Đồng Nai"),
           ("Nhà máy sản xuất bột giấy An Hòa Mới", "xã Vĩnh Lợi, huyện Sơn Dương, tỉnh Tuyên Quang"),
           ("Trại heo nái Minh Phát", "xã Tân Hòa, huyện Đồng Phú, tỉnh Bình Phước")),
}  # fmt: skip


def facility_q1(doc: Doc) -> None:
    """A report's general-information card `№ | Наименование показателя | Значение | Примечание`, items numbered 1.1…,
    the KATO in brackets inside the address cell, the permit and the reporting period among the lines (VI: the annual
    report's card, the enterprise number inside the registration sentence, the group with the appendix that lists it)."""
    f = facility(doc)
    _report(doc, f["name"], f["operator"])
    notes = _list(doc, "fac1.notes")
    labels = _list(doc, "fac1.labels")
    day, month = doc.rng.randint(1, 28), doc.rng.randint(1, 12)
    if doc.lang == "vi":
        values = [
            f["name"],
            f["operator"],
            f["address"],
            f"Mã số doanh nghiệp {f['bin']}, đăng ký lần đầu ngày {day:02d}/{month:02d}/20{doc.rng.randint(8, 19):02d}",
            f"Số {doc.rng.randint(12, 480)}/GPMT-UBND ngày {doc.rng.randint(1, 28):02d}/{doc.rng.randint(1, 12):02d}/2024",
            VI_ACTIVITY[f["i"]],
            f"Cơ sở thuộc nhóm {f['cat']} (Phụ lục {VI_APPENDIX[f['cat']]} Nghị định 08/2022/NĐ-CP)",
            _t(doc, "fac1.period"),
        ]
        side = {4: notes[0]}
        rows = [_row(doc, "fac1.head")]
        rows += [
            [str(k), label, value, side.get(k - 1, "")]
            for k, (label, value) in enumerate(zip(labels, values, strict=True), 1)
        ]
        doc.table(_t(doc, "fac1.caption"), rows, role="facility")
        doc.add("facilities", {"bin": f["bin"], "name_contains": f["name"], "category": f["cat"]})
        maybe_distractor(doc)
        return
    kato = doc.v("КАТО", "ҚАТО", "")
    permit = f"KZ{doc.rng.randint(10, 99)}VCZ{doc.rng.randint(0, 99999999):08d}"
    organized = doc.rng.randint(4, 12)
    values = [
        f["operator"],
        f["bin"],
        f["name"],
        f"{f['address']} ({kato} {f['kato']})",
        f["oked"],
        f["category"],
        doc.v(
            f"№ {permit} от {day:02d}.{month:02d}.2023, срок действия до 31.12.2032",
            f"№ {permit}, {day:02d}.{month:02d}.2023 берілген, 31.12.2032 дейін жарамды",
            "",
        ),
        _t(doc, "fac1.period"),
        _t(doc, "fac1.sources").format(n=organized + doc.rng.randint(2, 9), m=organized),
    ]
    side = {4: notes[0], 5: notes[1], 8: notes[2]}
    rows = [_row(doc, "fac1.head")]
    rows += [
        [f"1.{k}", label, value, side.get(k - 1, "–")]
        for k, (label, value) in enumerate(zip(labels, values, strict=True), 1)
    ]
    doc.table(_t(doc, "fac1.caption"), rows, role="facility")
    doc.add(
        "facilities",
        {
            "bin": f["bin"],
            "name_contains": f["name"],
            "kato": f["kato"],
            "oked": f["oked"],
            "category": f["cat"],
        },
    )
    maybe_distractor(doc)


def facility_q2(doc: Doc) -> None:
    """The operator's production sites, a row each, under a first row merged across the table that names the operator
    and its BIN; the KATO, the category and decimal coordinates written with a comma in columns of their own
    (VI: two factories of one enterprise, the enterprise number in the merged first row, the permit and the group)."""
    vi = doc.lang == "vi"
    i = doc.rng.randrange(6)
    name, operator, address = vocab.FACILITIES[doc.lang][i]
    bin_ = make_msdn(doc.rng) if vi else make_bin(doc.rng)
    _report(doc, name, operator)
    doc.h(_t(doc, "fac2.h"))
    doc.p(_t(doc, "fac2.p"))
    head = _row(doc, "fac2.head")
    rows = [[_t(doc, "fac2.top").format(operator=operator, bin=bin_)] + [None] * (len(head) - 1), head]
    if vi:
        sites = [(name, address), SECOND_SITE["vi"][i]]
        for k, (site, where) in enumerate(sites, 1):
            cat = doc.pick(("I", "II", "III"))
            issuer = "BTNMT" if cat == "I" else doc.pick(("UBND", "BQL"))
            permit = f"Số {doc.rng.randint(12, 480)}/GPMT-{issuer} ngày {doc.rng.randint(1, 28):02d}/{doc.rng.randint(1, 12):02d}/2024"
            rows.append([str(k), site, where, permit, f"Nhóm {cat}"])
            doc.add("facilities", {"bin": bin_, "name_contains": site, "category": cat})
    else:
        lat0, lon0 = doc.rng.uniform(43, 53), doc.rng.uniform(51, 80)
        far = doc.pick(_list(doc, "fac2.far")).format(km=doc.rng.randint(4, 18))
        sites = [(name, address), (SECOND_SITE[doc.lang][i], f"{address}, {far}")]
        for k, (site, where) in enumerate(sites, 1):
            kato, cat = make_kato(doc.rng), doc.pick(("I", "II", "III"))
            lat = round(lat0 + doc.rng.uniform(-0.12, 0.12), 5)
            lon = round(lon0 + doc.rng.uniform(-0.12, 0.12), 5)
            rows.append(
                [
                    str(k),
                    site,
                    where,
                    kato,
                    cat,
                    num(lat, doc.lang, group=False),
                    num(lon, doc.lang, group=False),
                ]
            )
            doc.add(
                "facilities",
                {"bin": bin_, "name_contains": site, "kato": kato, "category": cat, "lat": lat, "lon": lon},
            )
    doc.table(_t(doc, "fac2.caption"), rows, [(0, 0, 0, len(head) - 1)], role="facility")
    maybe_distractor(doc)


# ---------------------------------------------------------------- emissions

TEXT |= {
    "em1.title": ("Отчет по инвентаризации выбросов загрязняющих веществ в атмосферный воздух",
                  "Атмосфералық ауаға ластаушы заттар шығарындыларын түгендеу жөніндегі есеп",
                  "BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025"),
    "em1.p": ("Инвентаризация выполнена {operator} на объекте {name}. Ниже приведены характеристики источников выбросов "
              "и выбросы загрязняющих веществ от каждого из них.",
              "Түгендеуді {operator} {name} объектісінде жүргізді. Төменде шығарынды көздерінің сипаттамалары және "
              "әрқайсысынан шығатын ластаушы заттар шығарындылары келтірілген.",
              "Tải lượng các chất ô nhiễm phát sinh từ từng nguồn khí thải của {name} năm 2025 ({operator} tính toán trên cơ sở "
              "kết quả quan trắc định kỳ):"),
    "em1.h": ("2.{k}. Источник № {number} – {name}", "2.{k}. № {number} көз – {name}", "2.{k}. {name}"),
    "em1.org": ("Организованный источник: высота {h} м, диаметр устья {d} м, время работы {hours} ч/год.",
                "Ұйымдастырылған көз: биіктігі {h} м, сағасының диаметрі {d} м, жұмыс уақыты {hours} сағ/жыл.",
                "Chiều cao ống thải {h} m, đường kính miệng ống {d} m, thời gian hoạt động {hours} giờ/năm."),
    "em1.unorg": ("Неорганизованный источник площадью {a} м2, время работы {hours} ч/год.",
                  "Ауданы {a} м2 ұйымдастырылмаған көз, жұмыс уақыты {hours} сағ/жыл.",
                  "Nguồn thải không tập trung, diện tích khoảng {a} m2, thời gian hoạt động {hours} giờ/năm."),
    "em1.head": ("Код ЗВ|Наименование загрязняющего вещества|Класс опасности|Выброс, г/с|Выброс, т/год",
                 "ЛЗ коды|Ластаушы заттың атауы|Қауіптілік сыныбы|Шығарынды, г/с|Шығарынды, т/жыл",
                 "TT|Chất ô nhiễm|Tải lượng (g/s)|Tải lượng (tấn/năm)"),
    "em1.total": ("Итого по источнику", "Көз бойынша барлығы", "Cộng"),
    "em1.caption": ("Таблица 2.{k}", "2.{k}-кесте", "Bảng 2.{k}"),
    "em2.head": ("№ ИЗА|Код ЗВ|Наименование загрязняющего вещества|Максимальный разовый выброс, г/с|Валовый выброс, т|^|^|^|^",
                 "ЛШК №|ЛЗ коды|Ластаушы заттың атауы|Ең жоғары бір реттік шығарынды, г/с|Жалпы шығарынды, т|^|^|^|^",
                 "Nguồn thải|Thông số|Tải lượng tối đa (g/s)|Lượng thải (tấn)|^|^|^|^"),
    "em2.quarters": ("^|^|^|^|I кв.|II кв.|III кв.|IV кв.|за год", "^|^|^|^|I тоқсан|II тоқсан|III тоқсан|IV тоқсан|жыл бойы",
                     "^|^|^|Quý I|Quý II|Quý III|Quý IV|Cả năm"),
    "em2.total": ("Всего по предприятию", "Кәсіпорын бойынша барлығы", "Tổng cộng"),
    "em2.caption": ("Таблица 3 – Фактические выбросы загрязняющих веществ в атмосферу по источникам за 2025 год",
                    "3-кесте – 2025 жылғы көздер бойынша атмосфераға ластаушы заттардың нақты шығарындылары",
                    "Bảng 2.3. Tổng lượng bụi, khí thải phát sinh từ các nguồn năm 2025"),
    "em2.note": ("Примечание: фактические выбросы определены инструментальным и расчетным методами; превышений "
                 "установленных нормативов допустимых выбросов не зафиксировано.",
                 "Ескертпе: нақты шығарындылар аспаптық және есептік әдістермен анықталды; белгіленген жол берілетін "
                 "шығарындылар нормативтерінен асып кету тіркелмеді.",
                 "Ghi chú: Lượng thải được tính toán từ kết quả quan trắc định kỳ, lưu lượng khí thải và thời gian vận hành thực tế của từng nguồn."),
}  # fmt: skip


def emissions_q1(doc: Doc) -> None:
    """An inventory with one small pollutant table per source: the source's number and name only in the numbered heading
    above it, its height and diameter (or area) in a sentence, a hazard-class column and an `Итого по источнику` row under
    a bare `Таблица 2.k` caption (VI: the named source in the heading, no number, no hazard class)."""
    vi = doc.lang == "vi"
    name, operator, _ = vocab.FACILITIES[doc.lang][doc.rng.randrange(6)]
    doc.h(_t(doc, "em1.title"))
    doc.p(_t(doc, "em1.p").format(name=name, operator=operator))
    sources = pick_sources(doc, 3, min_codes=2)
    for k, s in enumerate(sources, 1):
        doc.h(_t(doc, "em1.h").format(k=k, number=s.number, name=s.name))
        hours = num(doc.pick((8760, 6480, 4380, 2920)), doc.lang)
        if s.organized:
            h, d = (
                num(doc.pick((12, 18, 25, 30, 45)), doc.lang),
                num(doc.pick((0.3, 0.5, 0.8, 1.2)), doc.lang),
            )
            doc.p(_t(doc, "em1.org").format(h=h, d=d, hours=hours))
        else:
            doc.p(_t(doc, "em1.unorg").format(a=num(doc.rng.randint(2, 40) * 50, doc.lang), hours=hours))
        items = rates(doc, s.codes)
        rows = [_row(doc, "em1.head")]
        for n, x in enumerate(items, 1):
            if vi:
                rows.append([str(n), vocab.air(x.code, "vi", n), *x.cells("vi")])
            else:
                rows.append(
                    [
                        x.code,
                        vocab.air(x.code, doc.lang),
                        str(vocab.hazard(x.code) or "–"),
                        *x.cells(doc.lang),
                    ]
                )
        sums = [total(doc, [x.g_s for x in items]), total(doc, [x.t_y for x in items])]
        rows.append(["", _t(doc, "em1.total"), *sums] if vi else ["", _t(doc, "em1.total"), "", *sums])
        doc.table(_t(doc, "em1.caption").format(k=k), rows, role="emissions")
        for x in items:
            if vi:
                doc.add("emissions", emission(x.code, x.g_s, x.t_y))
            else:
                doc.add("emissions", emission(x.code, x.g_s, x.t_y, s.number, vocab.hazard(x.code)))
    if not vi:
        expect_sources(doc, sources)
    maybe_distractor(doc)


def emissions_q2(doc: Doc) -> None:
    """A report's actual emissions: the source's number merged down over its pollutants, the maximum g/s, then five tonne
    columns under `Валовый выброс, т` — the four quarters and the year; the year's total is the item's t/year; a total row
    and a note (VI: the named source merged, `Quý I…IV | Cả năm`)."""
    vi = doc.lang == "vi"
    name, operator, _ = vocab.FACILITIES[doc.lang][doc.rng.randrange(6)]
    _report(doc, name, operator)
    sources = pick_sources(doc, 3, min_codes=2)
    rows, merges = [_row(doc, "em2.head"), _row(doc, "em2.quarters")], []
    width = len(rows[0])
    merges += [(0, c, 1, c) for c in range(width - 5)] + [(0, width - 5, 0, width - 1)]
    sums = [0.0] * 6
    for s in sources:
        start = len(rows)
        for code in s.codes:
            g_s = rate(doc.rng, 0.0005, 3.5)
            quarters = [rate(doc.rng, 0.0005, 12, 3) for _ in range(4)]
            year = round(sum(quarters), 6)
            figures = [g_s, *quarters, year]
            sums = [round(a + b, 6) for a, b in zip(sums, figures, strict=True)]
            lead = (
                [s.name if len(rows) == start else None]
                if vi
                else [s.number if len(rows) == start else None, code]
            )
            rows.append(
                [*lead, vocab.air(code, doc.lang, 1 if vi else 0), *(num(x, doc.lang) for x in figures)]
            )
            doc.add("emissions", emission(code, g_s, year, None if vi else s.number))
        _down(rows, start, 0, merges)
    lead = [_t(doc, "em2.total"), None, None] if not vi else [_t(doc, "em2.total"), None]
    rows.append([*lead, *(num(x, doc.lang) for x in sums)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, len(lead) - 1))
    doc.table(_t(doc, "em2.caption"), rows, merges, role="emissions")
    doc.p(_t(doc, "em2.note"))
    if not vi:
        expect_sources(doc, sources)
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

TEXT |= {
    "w1.title": ("Отчет по инвентаризации отходов производства и потребления за 2025 год",
                 "2025 жылғы өндіріс және тұтыну қалдықтарын түгендеу жөніндегі есеп",
                 "BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025"),
    "w1.p": ("Сведения о движении отходов на объекте {name} ({operator}) за отчетный год приведены в таблице.",
             "{name} объектісіндегі ({operator}) есепті жылғы қалдықтардың қозғалысы туралы мәліметтер кестеде келтірілген.",
             "3. Kết quả quản lý chất thải nguy hại tại {name} ({operator}) năm 2025:"),
    "w1.head": ("№|Код отхода|Наименование отхода|Уровень опасности|Количество отходов, т|^|^|^|^|Организация-получатель",
                "№|Қалдық коды|Қалдықтың атауы|Қауіптілік деңгейі|Қалдықтардың мөлшері, т|^|^|^|^|Қабылдаушы ұйым",
                "TT|Tên chất thải|Mã CTNH|Khối lượng (kg)|^|^|^|Đơn vị tiếp nhận"),
    "w1.sub": ("^|^|^|^|наличие на 01.01.2025|образовано за год|передано сторонним организациям|размещено на собственных объектах|наличие на 31.12.2025|^",
               "^|^|^|^|01.01.2025 жағдай бойынша бар|жыл ішінде түзілді|бөгде ұйымдарға берілді|меншікті объектілерде орналастырылды|31.12.2025 жағдай бойынша бар|^",
               "^|^|^|Tồn đầu kỳ|Phát sinh trong kỳ|Đã chuyển giao|Tồn cuối kỳ|^"),
    "w1.levels": ("опасный|неопасный", "қауіпті|қауіпті емес", ""),
    "w1.receivers": ("ТОО «ЭкоСервис-Центр»|ТОО «КазВторРесурс»|ГКП «Полигон ТБО»",
                     "«ЭкоСервис-Орталық» ЖШС|«ҚазҚайтаРесурс» ЖШС|«ҚТҚ полигоны» МКК",
                     "Công ty TNHH Môi trường Xanh Việt|Công ty Cổ phần Môi trường Đô thị|Công ty TNHH Xử lý chất thải Tân Thành"),
    "w1.total": ("Итого", "Барлығы", "Tổng cộng"),
    "w1.caption": ("Таблица 4 – Движение отходов за 2025 год", "4-кесте – 2025 жылғы қалдықтардың қозғалысы",
                   "Bảng 3.1. Tình hình phát sinh, chuyển giao chất thải nguy hại năm 2025"),
    "w2.title": ("Паспорта опасных отходов", "Қауіпті қалдықтардың паспорттары", ""),
    "w2.p": ("Образователь отходов: {operator}, объект {name}. Паспорта составлены по результатам инвентаризации отходов 2025 года.",
             "Қалдықтарды түзуші: {operator}, {name} объектісі. Паспорттар 2025 жылғы қалдықтарды түгендеу нәтижелері бойынша жасалды.",
             ""),
    "w2.caption": ("ПАСПОРТ ОПАСНЫХ ОТХОДОВ № {k}/2025", "№ {k}/2025 ҚАУІПТІ ҚАЛДЫҚТАР ПАСПОРТЫ", ""),
    "w2.labels": ("Наименование отходов|Код отходов (по Классификатору отходов)|Перечень опасных свойств отходов|"
                  "Происхождение (технологический процесс)|Агрегатное состояние|Химический состав, %|"
                  "Количество образования, т/год|Рекомендуемые способы управления отходами",
                  "Қалдықтардың атауы|Қалдықтар коды (Қалдықтар сыныптауышы бойынша)|Қалдықтардың қауіпті қасиеттерінің тізбесі|"
                  "Шығу тегі (технологиялық процесс)|Агрегаттық күйі|Химиялық құрамы, %|"
                  "Түзілу мөлшері, т/жыл|Қалдықтарды басқарудың ұсынылатын тәсілдері", ""),
    "w2.h.vi": ("", "", "3.2. Chất thải nguy hại đã chuyển giao trong năm 2025"),
    "w2.head.vi": ("", "", "TT|Tên chất thải|Mã CTNH|Trạng thái tồn tại|Số lượng (kg)|Số chứng từ"),
    "w2.group.vi": ("", "", "Đơn vị tiếp nhận: {name} (Giấy phép môi trường số {permit})"),
    "w2.caption.vi": ("", "", "Bảng 3.2. Khối lượng chất thải nguy hại chuyển giao theo đơn vị tiếp nhận"),
}  # fmt: skip
# what a passport says of each hazardous List-of-Waste entry: (properties, origin, state, composition, management)
PASSPORT = {
    "ru": {
        "16 06 01*": ("HP 6 «острая токсичность»; HP 8 «разъедающее действие»", "Замена аккумуляторных батарей автотранспорта и спецтехники",
                      "твердое (изделие)", "свинец и его соединения – 68; серная кислота – 18; полипропилен – 7; прочие – 7",
                      "передача специализированной организации на переработку"),
        "13 02 05*": ("HP 3 «огнеопасность»; HP 14 «экотоксичность»", "Замена моторных масел при техническом обслуживании автотранспорта",
                      "жидкое", "нефтепродукты – 92; вода – 5; механические примеси – 3", "передача специализированной организации на регенерацию"),
        "15 02 02*": ("HP 3 «огнеопасность»", "Обтирка механизмов и оборудования при ремонте", "твердое",
                      "текстиль – 73; нефтепродукты – 15; влага – 12", "передача специализированной организации на термическое обезвреживание"),
        "20 01 21*": ("HP 6 «острая токсичность»", "Замена вышедших из строя ламп освещения", "твердое (изделие)",
                      "стекло – 92; металлы – 5; люминофор – 2,98; ртуть – 0,02", "передача специализированной организации на демеркуризацию"),
        "16 01 07*": ("HP 14 «экотоксичность»", "Замена масляных фильтров автотранспорта", "твердое",
                      "металл – 60; нефтепродукты – 25; фильтровальная бумага – 15", "передача специализированной организации"),
        "08 01 11*": ("HP 3 «огнеопасность»; HP 14 «экотоксичность»", "Покрасочные работы при ремонте оборудования", "твердое",
                      "металл – 94; остатки лакокрасочных материалов – 6", "передача специализированной организации"),
        "15 01 10*": ("HP 8 «разъедающее действие»", "Применение химических реагентов при водоподготовке", "твердое",
                      "полиэтилен – 95; остатки реагентов – 5", "передача специализированной организации"),
    },
    "kk": {
        "16 06 01*": ("HP 6 «жіті уыттылық»; HP 8 «күйдіргіш әсер»", "Автокөлік пен арнайы техниканың аккумуляторларын ауыстыру",
                      "қатты (бұйым)", "қорғасын және оның қосылыстары – 68; күкірт қышқылы – 18; полипропилен – 7; басқалары – 7",
                      "қайта өңдеуге мамандандырылған ұйымға беру"),
        "13 02 05*": ("HP 3 «өрт қауіптілігі»; HP 14 «экоуыттылық»", "Автокөлікке техникалық қызмет көрсету кезінде мотор майларын ауыстыру",
                      "сұйық", "мұнай өнімдері – 92; су – 5; механикалық қоспалар – 3", "регенерациялауға мамандандырылған ұйымға беру"),
        "15 02 02*": ("HP 3 «өрт қауіптілігі»", "Жөндеу кезінде механизмдер мен жабдықтарды сүрту", "қатты",
                      "тоқыма – 73; мұнай өнімдері – 15; ылғал – 12", "термиялық залалсыздандыруға мамандандырылған ұйымға беру"),
        "20 01 21*": ("HP 6 «жіті уыттылық»", "Істен шыққан жарықтандыру шамдарын ауыстыру", "қатты (бұйым)",
                      "шыны – 92; металдар – 5; люминофор – 2,98; сынап – 0,02", "демеркуризациялауға мамандандырылған ұйымға беру"),
        "16 01 07*": ("HP 14 «экоуыттылық»", "Автокөліктің май сүзгілерін ауыстыру", "қатты",
                      "металл – 60; мұнай өнімдері – 25; сүзгі қағаз – 15", "мамандандырылған ұйымға беру"),
        "08 01 11*": ("HP 3 «өрт қауіптілігі»; HP 14 «экоуыттылық»", "Жабдықты жөндеу кезіндегі бояу жұмыстары", "қатты",
                      "металл – 94; лак-бояу материалдарының қалдықтары – 6", "мамандандырылған ұйымға беру"),
        "15 01 10*": ("HP 8 «күйдіргіш әсер»", "Су дайындау кезінде химиялық реагенттерді қолдану", "қатты",
                      "полиэтилен – 95; реагенттердің қалдықтары – 5", "мамандандырылған ұйымға беру"),
    },
}  # fmt: skip
OWN_PLACEMENT = ("01 01 02", "19 08 14")
"""Wastes an operator places on its own objects (an overburden dump, sludge beds) rather than handing them over."""
VN_RECEIVERS = (
    ("Công ty TNHH Môi trường Xanh Việt", "97/GPMT-BTNMT"),
    ("Công ty Cổ phần Môi trường Tân Thành", "215/GPMT-BTNMT"),
    ("Công ty TNHH Xử lý chất thải công nghiệp Hòa Bình", "12/GPMT-BTNMT"),
)


def wastes_q1(doc: Doc) -> None:
    """A register of the movement of wastes over the year: five amount columns under a merged `Количество отходов, т`
    (at the start, formed, handed over, placed on own objects, at the end), dashes at the start and the end, the formed
    amount equal to the one handed over or placed; a hazard-level column, the receiver last, a total row
    (VI: CTNH in kg, `Tồn đầu kỳ | Phát sinh trong kỳ | Đã chuyển giao | Tồn cuối kỳ`)."""
    vi = doc.lang == "vi"
    name, operator, _ = vocab.FACILITIES[doc.lang][doc.rng.randrange(6)]
    doc.h(_t(doc, "w1.title"))
    doc.p(_t(doc, "w1.p").format(name=name, operator=operator))
    rows = [_row(doc, "w1.head"), _row(doc, "w1.sub")]
    receivers = _list(doc, "w1.receivers")
    if vi:
        wastes = vn_wastes(doc, 5)
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6), (0, 7, 1, 7)]
        for k, w in enumerate(wastes, 1):
            kg = num(w["kg"], "vi")
            rows.append([str(k), w["name"], w["code"], "-", kg, kg, "-", doc.pick(receivers[:2])])
        sum_kg = num(sum(w["kg"] for w in wastes), "vi")
        rows.append(["", _t(doc, "w1.total"), "", "-", sum_kg, sum_kg, "-", ""])
        doc.table(_t(doc, "w1.caption"), rows, merges, role="wastes")
        expect_vn(doc, wastes)
        maybe_distractor(doc)
        return
    wastes = low_wastes(doc, 6)
    levels = _list(doc, "w1.levels")
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 9)] + [(0, 4, 0, 8)]
    handed = placed = 0.0
    for k, w in enumerate(wastes, 1):
        t = num(w["t"], doc.lang)
        own = w["code"] in OWN_PLACEMENT
        if own:
            placed += w["t"]
        else:
            handed += w["t"]
        receiver = "–" if own else doc.pick(receivers[:2] if w["hazardous"] else receivers)
        rows.append(
            [
                str(k),
                w["code"],
                w["name"],
                levels[0 if w["hazardous"] else 1],
                "–",
                t,
                "–" if own else t,
                t if own else "–",
                "–",
                receiver,
            ]
        )
    figures = [round(handed + placed, 6), round(handed, 6), round(placed, 6)]
    rows.append(
        ["", "", _t(doc, "w1.total"), "", "–", *(num(x, doc.lang) if x else "–" for x in figures), "–", ""]
    )
    doc.table(_t(doc, "w1.caption"), rows, merges, role="wastes")
    expect_low(doc, wastes)
    maybe_distractor(doc)


def wastes_q2(doc: Doc) -> None:
    """Passports of hazardous wastes: one table each under a `ПАСПОРТ ОПАСНЫХ ОТХОДОВ № k/2025` caption, numbered label–value
    rows and no header row — name, code, hazardous properties (`HP 14`), origin, state, composition in per cent, the amount
    in t/year, management (VI: hazardous wastes handed over, under group rows naming the receiver and its permit,
    numbered straight through, the manifests' numbers last, a total)."""
    name, operator, _ = vocab.FACILITIES[doc.lang][doc.rng.randrange(6)]
    if doc.lang == "vi":
        _report(doc, name, operator)
        doc.h(_t(doc, "w2.h.vi"))
        wastes = vn_wastes(doc, 5)
        cut = doc.rng.randint(2, 3)
        rows, merges, n = [_row(doc, "w2.head.vi")], [], 0
        for (receiver, permit), group in zip(
            doc.rng.sample(VN_RECEIVERS, 2), (wastes[:cut], wastes[cut:]), strict=True
        ):
            rows.append([_t(doc, "w2.group.vi").format(name=receiver, permit=permit)] + [None] * 5)
            merges.append((len(rows) - 1, 0, len(rows) - 1, 5))
            for w in group:
                n += 1
                papers = "; ".join(
                    f"CT-{m:02d}/2025" for m in sorted(doc.rng.sample(range(1, 40), doc.rng.randint(1, 2)))
                )
                rows.append([str(n), w["name"], w["code"], w["state"], num(w["kg"], "vi"), papers])
        rows.append(["", "Tổng cộng", "", "", num(sum(w["kg"] for w in wastes), "vi"), ""])
        doc.table(_t(doc, "w2.caption.vi"), rows, merges, role="wastes")
        expect_vn(doc, wastes)
        return
    doc.h(_t(doc, "w2.title"))
    doc.p(_t(doc, "w2.p").format(name=name, operator=operator))
    names = {code: (ru, kk) for code, ru, kk in vocab.LOW}
    picked = doc.rng.sample(sorted(PASSPORT[doc.lang]), 3)
    labels = _list(doc, "w2.labels")
    wastes = []
    for k, code in enumerate(picked, 1):
        w = {
            "code": code,
            "name": names[code][0 if doc.lang == "ru" else 1],
            "hazardous": True,
            "t": rate(doc.rng, 0.01, 4.5, 3),
        }
        wastes.append(w)
        props, origin, state, composition, manage = PASSPORT[doc.lang][code]
        values = [w["name"], code, props, origin, state, composition, num(w["t"], doc.lang), manage]
        rows = [
            [f"{m}.", label, value] for m, (label, value) in enumerate(zip(labels, values, strict=True), 1)
        ]
        doc.table(_t(doc, "w2.caption").format(k=doc.rng.randint(1, 9) + 10 * k), rows, role="wastes")
    expect_low(doc, wastes)
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

TEXT |= {
    "l1.p": ("Контроль качества сточных вод осуществлялся аккредитованной лабораторией ежеквартально на выпуске № 1 "
             "(после очистных сооружений).",
             "Ағынды сулардың сапасын бақылауды аккредиттелген зертхана тоқсан сайын № 1 шығарылымда (тазарту құрылыстарынан кейін) жүргізді.",
             "Kết quả quan trắc nước thải sau hệ thống xử lý nước thải tập trung năm 2025 như sau:"),
    "l1.head": ("№|Показатель|Ед. изм.|Норматив допустимого сброса|Фактическая концентрация|^|^|^|Соблюдение норматива",
                "№|Көрсеткіш|Өлш. бірл.|Жол берілетін төгінді нормативі|Нақты концентрация|^|^|^|Нормативтің сақталуы",
                "TT|Thông số|Đơn vị|Kết quả quan trắc|^|^|^|QCVN 40:2011/BTNMT (Cột B)"),
    "l1.quarters": ("^|^|^|^|I кв.|II кв.|III кв.|IV кв.|^", "^|^|^|^|I тоқсан|II тоқсан|III тоқсан|IV тоқсан|^",
                    "^|^|^|Đợt 1 (03/2025)|Đợt 2 (06/2025)|Đợt 3 (09/2025)|Đợt 4 (12/2025)|^"),
    "l1.ok": ("соблюдается", "сақталады", ""),
    "l1.over": ("превышение в {q} кв.", "{q} тоқсанда асып кету", ""),
    "l1.units": ("ед. pH|мг/дм3", "pH бірл.|мг/дм3", "-|mg/l"),
    "l1.caption": ("Таблица 4 – Результаты контроля качества сточных вод за 2025 год",
                   "4-кесте – 2025 жылғы ағынды сулардың сапасын бақылау нәтижелері",
                   "Bảng 2.1. Kết quả quan trắc nước thải định kỳ năm 2025"),
    "l1.note": ("н/о – отбор проб не проводился в связи с отсутствием сброса.",
                "с/а – төгінді болмауына байланысты сынама алынған жоқ.",
                "Ghi chú: Vị trí lấy mẫu NT1 – nước thải sau hệ thống xử lý, trước khi xả ra kênh tiếp nhận; (-): không quy định."),
    "l1.none": ("н/о", "с/а", "-"),
    "l2.p": ("Замеры на границе санитарно-защитной зоны выполнялись в точках: т.1 – северное направление, т.2 – южное направление.",
             "Санитариялық-қорғау аймағының шекарасындағы өлшеулер мына нүктелерде жүргізілді: т.1 – солтүстік бағыт, т.2 – оңтүстік бағыт.",
             "Kết quả quan trắc khí thải định kỳ năm 2025 (đơn vị quan trắc: Trung tâm Quan trắc và Kỹ thuật môi trường, VIMCERTS 105):"),
    "l2.head": ("Дата отбора|Точка|Концентрация загрязняющих веществ, мг/м3", "Сынама алынған күн|Нүкте|Ластаушы заттардың концентрациясы, мг/м3",
                "Ký hiệu mẫu|Thời gian lấy mẫu|Lưu lượng|Bụi tổng|SO2|NO2|CO"),
    "l2.norm": ("ПДК м.р., мг/м3", "ШЖК м.б., мг/м3", "QCVN 19:2009/BTNMT, cột B (Kp = 1; Kv = 1)"),
    "l2.caption": ("Таблица 5 – Результаты наблюдений за качеством атмосферного воздуха на границе СЗЗ, III квартал 2025 г.",
                   "5-кесте – СҚА шекарасындағы атмосфералық ауа сапасын бақылау нәтижелері, 2025 жылғы III тоқсан",
                   "Bảng 2.3. Kết quả quan trắc khí thải định kỳ"),
    "l2.note": ("", "", "Ghi chú: KT1 – ống khói lò hơi đốt biomass 10 tấn hơi/giờ; KT2 – ống thải hệ thống xử lý khí thải lò sấy."),
}  # fmt: skip


def limits_q1(doc: Doc) -> None:
    """A report's results at an outlet, quarter by quarter: four measured values as sub-columns under a merged header
    after the discharge norm, a unit column, a compliance column naming a quarter of exceedance, `н/о` where no sample
    was taken (VI: the four rounds `Đợt 1…4` with their months, then QCVN 40 column B; the sampling point in a note)."""
    vi = doc.lang == "vi"
    name, operator, _ = vocab.FACILITIES[doc.lang][doc.rng.randrange(6)]
    _report(doc, name, operator)
    doc.p(_t(doc, "l1.p"))
    rows = [_row(doc, "l1.head"), _row(doc, "l1.quarters")]
    table = {s: v[1] for s, v in QCVN40.items()} if vi else DISCHARGE
    pool = "BOD5 COD TSS NH4+ TN TP TPH Fe Zn".split() if vi else [k for k in DISCHARGE if k != "pH"]
    params = ["pH", *sorted(doc.rng.sample(pool, 5), key=list(table).index)]
    unit_ph, unit = _list(doc, "l1.units")
    over = doc.rng.choice(params[1:]) if doc.rng.random() < 0.6 else None
    missing = (doc.rng.choice(params), doc.rng.randrange(4)) if not vi and doc.rng.random() < 0.5 else None
    for k, s in enumerate(params, 1):
        lim = table[s]
        q_over = doc.rng.choice([q for q in range(4) if missing != (s, q)]) if s == over else None
        values = [None if missing == (s, q) else _measured(doc, lim, q == q_over) for q in range(4)]
        cells = [num(v, doc.lang) if v is not None else _t(doc, "l1.none") for v in values]
        name_cell, unit_cell = vocab.water(s, doc.lang), unit_ph if s == "pH" else unit
        if vi:
            rows.append([str(k), name_cell, unit_cell, *cells, cell(doc, lim)])
        else:
            verdict = (
                _t(doc, "l1.over").format(q=("I", "II", "III", "IV")[q_over])
                if q_over is not None
                else _t(doc, "l1.ok")
            )
            rows.append([str(k), name_cell, unit_cell, cell(doc, lim), *cells, verdict])
        for v in values:
            if v is not None:
                add(doc, limit(("symbol", s), "waste_water", lim, "mg/l", "B" if vi else None, None, v))
    if vi:
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6), (0, 7, 1, 7)]
    else:
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 4, 0, 7), (0, 8, 1, 8)]
    doc.table(_t(doc, "l1.caption"), rows, merges, role="limits")
    if vi or missing:
        doc.p(_t(doc, "l1.note"))
    maybe_distractor(doc)


def limits_q2(doc: Doc) -> None:
    """A matrix of samples by substances: a row per sampling date and point, the substances as sub-columns under a merged
    `Концентрация, мг/м3`, the ПДК м.р. as the table's last row (VI: stack samples KT1, KT2 by round with a flow column,
    a units row under the header, QCVN 19 column B with its coefficients as the last row, a note naming the stacks)."""
    vi = doc.lang == "vi"
    name, operator, _ = vocab.FACILITIES[doc.lang][doc.rng.randrange(6)]
    _report(doc, name, operator, "quarter")
    doc.p(_t(doc, "l2.p"))
    if vi:
        codes = ["2902", "0330", "0301", "0337"]
        lims = [QCVN19[c][1] for c in codes]
        rows = [_row(doc, "l2.head"), [None, None, "m3/h", *(["mg/Nm3"] * 4)]]
        merges = [(0, 0, 1, 0), (0, 1, 1, 1)]
        rounds = (f"{doc.rng.randint(5, 25):02d}/05/2025", f"{doc.rng.randint(5, 25):02d}/11/2025")
        for point in ("KT1", "KT2"):
            for when in rounds:
                values = [_measured(doc, lim) for lim in lims]
                flow = num(doc.rng.randint(40, 300) * 100, "vi")
                rows.append([point, when, flow, *(num(v, "vi") for v in values)])
                for c, lim, v in zip(codes, lims, values, strict=True):
                    add(doc, limit(("code", c), "flue_gas", lim, "mg/Nm3", "B", point, v))
        rows.append([_t(doc, "l2.norm"), None, "-", *(num(x, "vi") for x in lims)])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 1))
        doc.table(_t(doc, "l2.caption"), rows, merges, role="limits")
        doc.p(_t(doc, "l2.note"))
        return
    pool = ["0301", "0304", "0330", "0337", "2908", "0333"]
    codes = sorted(doc.rng.sample(pool, 4), key=pool.index)
    column = doc.v("м.р.", "м.б.", "")
    head = _row(doc, "l2.head")
    rows = [
        head + [None] * 3,
        [None, None, *(vocab.air(c, doc.lang, 1 if c == "2908" else 0) for c in codes)],
    ]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 5)]
    days = sorted(doc.rng.sample(range(1, 29), 3))
    for day, month in zip(days, (7, 8, 9), strict=True):
        for point in ("т.1", "т.2"):
            values = [_measured(doc, AIR_PDK[c][0]) for c in codes]
            rows.append([f"{day:02d}.{month:02d}.2025", point, *(num(v, doc.lang) for v in values)])
            for c, v in zip(codes, values, strict=True):
                add(doc, limit(("code", c), "air", AIR_PDK[c][0], "mg/m3", column, point, v))
    rows.append([_t(doc, "l2.norm"), None, *(num(AIR_PDK[c][0], doc.lang) for c in codes)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 1))
    doc.table(_t(doc, "l2.caption"), rows, merges, role="limits")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

TEXT |= {
    "m1.approve": ("УТВЕРЖДАЮ: Главный инженер ____________ «___» ________ 2025 г.",
                   "БЕКІТЕМІН: Бас инженер ____________ «___» ________ 2025 ж.",
                   "Ban hành kèm theo Quyết định số 45/QĐ-GĐ ngày 26/12/2025 của Giám đốc công ty"),
    "m1.title": ("График отбора проб и проведения лабораторных исследований на 2026 год",
                 "2026 жылға арналған сынама алу және зертханалық зерттеулер жүргізу кестесі",
                 "KẾ HOẠCH LẤY MẪU QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ NĂM 2026"),
    "m1.head": ("№|Объект контроля|Точка отбора|Определяемые показатели|Месяцы 2026 г.", "№|Бақылау объектісі|Сынама алу нүктесі|Анықталатын көрсеткіштер|2026 жылдың айлары",
                "TT|Thành phần môi trường|Ký hiệu điểm|Thông số quan trắc|Tháng lấy mẫu năm 2026"),
    "m1.media": ("Сточные воды|Подземные воды|Атмосферный воздух (граница СЗЗ)", "Ағынды сулар|Жерасты сулары|Атмосфералық ауа (СҚА шекарасы)",
                 "Nước thải|Khí thải"),
    "m1.points": ("Выпуск № 1|Скв. 1;Скв. 2|т.1;т.2", "№ 1 шығарылым|Ұңғыма № 1;Ұңғыма № 2|Т-1;Т-2", "NT1|KT1;KT2"),
    "m1.note": ("Отбор проб выполняет аккредитованная лаборатория по договору; х – месяц отбора проб.",
                "Сынаманы шарт бойынша аккредиттелген зертхана алады; х – сынама алынатын ай.",
                "Ghi chú: x – tháng thực hiện lấy mẫu; đơn vị thực hiện quan trắc phải có chứng nhận VIMCERTS."),
    "m2.head": ("№|Точка наблюдения|Местоположение|Контролируемые вещества|^|^|^|^|Периодичность по программе ПЭК|Выполнено замеров за 2025 г.",
                "№|Бақылау нүктесі|Орналасқан жері|Бақыланатын заттар|^|^|^|^|ӨЭБ бағдарламасы бойынша кезеңділігі|2025 жылы орындалған өлшеулер",
                "TT|Ký hiệu|Vị trí quan trắc|Thông số quan trắc|^|^|^|^|Tần suất theo Giấy phép môi trường|Số đợt đã thực hiện năm 2025"),
    "m2.places": ("граница СЗЗ, север|граница СЗЗ, восток|граница СЗЗ, юг|граница СЗЗ, запад",
                  "СҚА шекарасы, солтүстік|СҚА шекарасы, шығыс|СҚА шекарасы, оңтүстік|СҚА шекарасы, батыс",
                  "Ống khói lò hơi|Ống thải hệ thống xử lý bụi khu nghiền|Ống thải lò sấy"),
    "m2.caption": ("Таблица 6 – Выполнение программы ПЭК по мониторингу атмосферного воздуха за 2025 год",
                   "6-кесте – 2025 жылғы атмосфералық ауа мониторингі бойынша ӨЭБ бағдарламасының орындалуы",
                   "Bảng 3. Tổng hợp việc thực hiện chương trình quan trắc khí thải năm 2025"),
}  # fmt: skip
MONTHS = {
    "monthly": (tuple(range(12)),),
    "quarterly": ((2, 5, 8, 11), (0, 3, 6, 9)),
    "semiannual": ((5, 11), (3, 9)),
    "yearly": ((9,), (6,)),
}
ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
DONE = {"monthly": "12", "quarterly": "4", "semiannual": "2", "yearly": "1"}


def monitoring_q1(doc: Doc) -> None:
    """An internal sampling schedule for the year: twelve month columns under a merged header with `х` in the months of
    sampling and no frequency column; the medium merged down the second column, a point per row with its parameters in
    one cell; an approval line above and a note below (VI: waste water and stacks, months written 1…12)."""
    vi = doc.lang == "vi"
    doc.p(_t(doc, "m1.approve"))
    doc.h(_t(doc, "m1.title"))
    months = [str(m) for m in range(1, 13)] if vi else list(ROMAN_MONTHS)
    mark = "x" if vi else "х"
    rows = [_row(doc, "m1.head") + [None] * 11, [None] * 4 + months]
    merges = [(0, c, 1, c) for c in range(4)] + [(0, 4, 0, 15)]
    if vi:
        groups = (
            (("symbol", "pH BOD5 COD TSS NH4+ TN TP Coliform".split()), ("monthly", "quarterly")),
            (("code", ["2902", "0330", "0301", "0337"]), ("quarterly", "semiannual")),
        )
    else:
        groups = (
            (("symbol", "pH TSS BOD5 COD NH4+ TPH Surfactants".split()), ("monthly", "quarterly")),
            (("symbol", "pH TDS Cl- SO4 NO3- TPH Fe".split()), ("quarterly", "semiannual")),
            (("code", ["0301", "0304", "0330", "0337", "2908"]), ("quarterly", "semiannual", "yearly")),
        )
    n = 0
    for medium, points, ((key, pool), choices) in zip(
        _list(doc, "m1.media"), _list(doc, "m1.points"), groups, strict=True
    ):
        start = len(rows)
        for point in points.split(";"):
            n += 1
            word = doc.pick(choices)
            picked = sorted(doc.rng.sample(pool, doc.rng.randint(3, 4)), key=pool.index)
            if key == "code":
                names = [vocab.air(c, doc.lang, doc.rng.randrange(2)) for c in picked]
            else:
                names = [vocab.water(s, doc.lang) for s in picked]
            marked = doc.pick(MONTHS[word])
            rows.append(
                [
                    str(n),
                    medium if len(rows) == start else None,
                    point,
                    ", ".join(names),
                    *(mark if m in marked else "" for m in range(12)),
                ]
            )
            doc.add("monitoring", *(_mon({"point": point}, (key, x), word) for x in picked))
        _down(rows, start, 1, merges)
    doc.table(None, rows, merges, role="monitoring")
    doc.p(_t(doc, "m1.note"))
    maybe_distractor(doc)


def monitoring_q2(doc: Doc) -> None:
    """A report on the programme's execution: a row per point with its place, the substances as sub-columns under a
    merged header with `+` where the point takes one and `–` where not, then the programme's frequency and the number of
    samplings done (VI: stacks KT1–KT3, `x` marks, the permit's frequency and `đợt` done)."""
    vi = doc.lang == "vi"
    name, operator, _ = vocab.FACILITIES[doc.lang][doc.rng.randrange(6)]
    _report(doc, name, operator)
    codes = ["2902", "0330", "0301", "0337", "0333"] if vi else ["0301", "0304", "0330", "0337", "2908"]
    head = _row(doc, "m2.head")
    label = (
        [vocab.air(c, doc.lang, 0 if c == "2902" else 1) for c in codes]
        if vi
        else [vocab.air(c, doc.lang, 1 if c == "2908" else 0) for c in codes]
    )
    rows = [head, [None, None, None, *label, None, None]]
    last = len(head) - 1
    merges = [
        (0, 0, 1, 0),
        (0, 1, 1, 1),
        (0, 2, 1, 2),
        (0, 3, 0, 3 + len(codes) - 1),
        (0, last - 1, 1, last - 1),
        (0, last, 1, last),
    ]
    yes, no = ("x", "-") if vi else ("+", "–")
    places = _list(doc, "m2.places")
    count = len(places) if vi else doc.rng.randint(3, 4)
    for k, place in enumerate(places[:count], 1):
        point = f"KT{k}" if vi else f"т.{k}"
        word = (
            doc.pick(("quarterly", "semiannual"))
            if vi
            else doc.pick(("quarterly", "monthly", "quarterly", "semiannual"))
        )
        taken = set(doc.rng.sample(codes, doc.rng.randint(3, len(codes))))
        done = f"{DONE[word]}/{DONE[word]}" if vi else DONE[word]
        rows.append(
            [str(k), point, place, *(yes if c in taken else no for c in codes), freq(doc, word), done]
        )
        doc.add("monitoring", *(_mon({"point": point}, ("code", c), word) for c in codes if c in taken))
    doc.table(_t(doc, "m2.caption"), rows, merges, role="monitoring")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

TEXT |= {
    "i1.title": ("График внутреннего экологического контроля подразделений на 2026 год",
                 "Бөлімшелерді 2026 жылға арналған ішкі экологиялық бақылау кестесі",
                 "KẾ HOẠCH TỰ KIỂM TRA, GIÁM SÁT NỘI BỘ VỀ BẢO VỆ MÔI TRƯỜNG NĂM 2026"),
    "i1.p": ("Контроль осуществляется специалистами отдела охраны окружающей среды совместно с руководителями подразделений.",
             "Бақылауды қоршаған ортаны қорғау бөлімінің мамандары бөлімше басшыларымен бірлесіп жүзеге асырады.",
             "Việc tự kiểm tra do Phòng An toàn – Môi trường chủ trì, phối hợp với quản đốc các bộ phận thực hiện."),
    "i1.head": ("№|Контролируемый аспект|Периодичность контроля|Форма контроля|Ответственный",
                "№|Бақыланатын аспект|Бақылау кезеңділігі|Бақылау нысаны|Жауапты",
                "TT|Nội dung kiểm tra|Tần suất|Hình thức kiểm tra|Người thực hiện"),
    "i1.forms": ("визуальный осмотр|проверка документации|осмотр с фотофиксацией", "көзбен шолып тексеру|құжаттаманы тексеру|фотоға түсіре отырып тексеру",
                 "Kiểm tra hiện trường|Kiểm tra hồ sơ, sổ sách|Kiểm tra hiện trường, chụp ảnh"),
    "i1.who": ("инженер-эколог|мастер участка|начальник ООС", "эколог-инженер|учаске шебері|ҚОҚ бөлімінің бастығы",
               "Cán bộ môi trường|Quản đốc bộ phận|Trưởng phòng An toàn – Môi trường"),
    "i1.daily": ("ежедневно", "күн сайын", "Hằng ngày"),
    "i1.weekly": ("еженедельно", "апта сайын", "Hằng tuần"),
    "i1.foot": ("Результаты контроля заносятся в журнал производственного экологического контроля.",
                "Бақылау нәтижелері өндірістік экологиялық бақылау журналына енгізіледі.",
                "Kết quả kiểm tra được ghi vào sổ theo dõi công tác bảo vệ môi trường."),
    "i2.title": ("План-график внутренних проверок соблюдения природоохранных требований на 2026 год",
                 "2026 жылға арналған табиғат қорғау талаптарының сақталуын ішкі тексеру жоспар-кестесі",
                 "LỊCH KIỂM TRA NỘI BỘ VIỆC TUÂN THỦ QUY ĐỊNH BẢO VỆ MÔI TRƯỜNG NĂM 2026"),
    "i2.head": ("№|Проверяемый участок|Предмет проверки|Периодичность*|Проверяющий",
                "№|Тексерілетін учаске|Тексеру мәні|Кезеңділігі*|Тексеруші",
                "TT|Bộ phận được kiểm tra|Nội dung kiểm tra|Tần suất (*)|Người kiểm tra"),
    # letters for monthly, quarterly, semiannual, yearly
    "i2.codes": ("Е|К|П|Г", "А|Т|ЖЖ|Ж", "T|Q|6T|N"),
    "i2.legend": ("* Условные обозначения: Е – ежемесячно; К – ежеквартально; П – один раз в полугодие; Г – один раз в год.",
                  "* Шартты белгілер: А – ай сайын; Т – тоқсан сайын; ЖЖ – жарты жылда бір рет; Ж – жылына бір рет.",
                  "(*) Ký hiệu: T – hằng tháng; Q – hằng quý; 6T – 06 tháng/lần; N – 01 lần/năm."),
    "i2.who": ("главный эколог|комиссия по внутреннему аудиту", "бас эколог|ішкі аудит жөніндегі комиссия",
               "Phòng An toàn – Môi trường|Ban ISO 14001"),
}  # fmt: skip
# units of an enterprise with what is checked at each
ASPECTS = {
    "ru": (("Котельная", ("Состояние золоуловителей и газоходов котлов", "Ведение журнала учета расхода топлива",
                          "Соблюдение режима горения по режимной карте")),
           ("Склад ГСМ", ("Герметичность резервуаров и целостность обвалования", "Наличие сорбирующих материалов для ликвидации разливов",
                          "Исправность дыхательных клапанов резервуаров")),
           ("Площадка временного хранения отходов", ("Раздельное накопление отходов по видам", "Маркировка контейнеров для опасных отходов",
                                                     "Соблюдение сроков накопления отходов")),
           ("Очистные сооружения", ("Работа сооружений механической и биологической очистки", "Ведение журнала учета водоотведения",
                                    "Исправность приборов учета сточных вод"))),
    "kk": (("Қазандық", ("Қазандықтардың күл ұстағыштары мен газ жүрістерінің жай-күйі", "Отын шығынын есепке алу журналын жүргізу",
                         "Режимдік картаға сәйкес жану режимінің сақталуы")),
           ("Жанар-жағармай қоймасы", ("Резервуарлардың саңылаусыздығы және қоршау білігінің бүтіндігі",
                                       "Төгілулерді жоюға арналған сорбенттердің болуы", "Резервуарлардың тыныс алу клапандарының ақаусыздығы")),
           ("Қалдықтарды уақытша сақтау алаңы", ("Қалдықтарды түрлері бойынша бөлек жинақтау", "Қауіпті қалдықтар контейнерлерінің таңбалануы",
                                                 "Қалдықтарды жинақтау мерзімдерінің сақталуы")),
           ("Тазарту құрылыстары", ("Механикалық және биологиялық тазарту құрылыстарының жұмысы", "Су бұруды есепке алу журналын жүргізу",
                                    "Ағынды суларды есепке алу аспаптарының ақаусыздығы"))),
    "vi": (("Khu vực lò hơi", ("Tình trạng vận hành hệ thống xử lý khí thải lò hơi", "Ghi chép nhật ký tiêu thụ nhiên liệu",
                               "Vệ sinh cyclone và buồng lắng bụi")),
           ("Kho hóa chất", ("Việc sắp xếp, dán nhãn hóa chất", "Trang bị vật liệu ứng phó sự cố tràn đổ",
                             "Tình trạng gờ chống tràn và rãnh thu gom")),
           ("Kho chứa chất thải nguy hại", ("Phân loại, lưu giữ chất thải nguy hại theo mã", "Dán biển cảnh báo, nhãn trên thiết bị lưu chứa",
                                            "Thời gian lưu giữ chất thải nguy hại")),
           ("Hệ thống xử lý nước thải", ("Tình trạng hoạt động của các bể xử lý", "Ghi chép sổ nhật ký vận hành hệ thống",
                                         "Hoạt động của thiết bị đo lưu lượng nước thải"))),
}  # fmt: skip
EVERY = ("monthly", "quarterly", "semiannual", "yearly")


def _say(doc: Doc, word: str) -> str:
    """A frequency as the document writes it, daily and weekly included."""
    if word in ("daily", "weekly"):
        return _t(doc, f"i1.{word}")
    return freq(doc, word)


def inspections_q1(doc: Doc) -> None:
    """An internal control schedule: a group row per unit spanning the table (`1. Котельная`), the aspects checked there
    beneath it numbered 1.1, 1.2 …, each with its frequency (daily and weekly rounds among them), the form of control and
    who controls; a footnote row merged across the table."""
    doc.h(_t(doc, "i1.title"))
    doc.p(_t(doc, "i1.p"))
    rows, merges = [_row(doc, "i1.head")], []
    forms, who = _list(doc, "i1.forms"), _list(doc, "i1.who")
    for n, (unit, aspects) in enumerate(doc.rng.sample(ASPECTS[doc.lang], 3), 1):
        rows.append([f"{n}. {unit}", None, None, None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
        for m, aspect in enumerate(doc.rng.sample(aspects, doc.rng.randint(2, 3)), 1):
            word = doc.pick(("daily", "weekly", "monthly", "monthly", "quarterly"))
            rows.append([f"{n}.{m}", aspect, _say(doc, word), doc.pick(forms), doc.pick(who)])
            doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": words(aspect)})
    rows.append([_t(doc, "i1.foot"), None, None, None, None])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
    doc.table(None, rows, merges, role="inspections")
    maybe_distractor(doc)


def inspections_q2(doc: Doc) -> None:
    """Frequencies written as letters (`К`, `П`, VI `Q`, `6T`) explained by a legend under the table; what is checked
    beside the unit, the checker last; an approval sheet after."""
    doc.h(_t(doc, "i2.title"))
    rows = [_row(doc, "i2.head")]
    codes = dict(zip(EVERY, _list(doc, "i2.codes"), strict=True))
    for k, unit in enumerate(units(doc, 5), 1):
        word = doc.pick(EVERY)
        rows.append([str(k), unit, doc.pick(CHECKS[doc.lang]), codes[word], doc.pick(_list(doc, "i2.who"))])
        doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": unit})
    doc.table(None, rows, role="inspections")
    doc.p(_t(doc, "i2.legend"))
    distractor(doc, "approval")


# ---------------------------------------------------------------- tasks

TEXT |= {
    "t1.title": ("План корректирующих мероприятий по результатам внутреннего экологического аудита",
                 "Ішкі экологиялық аудит нәтижелері бойынша түзету іс-шараларының жоспары",
                 "KẾ HOẠCH KHẮC PHỤC CÁC TỒN TẠI SAU ĐỢT TỰ KIỂM TRA NỘI BỘ QUÝ IV/2025"),
    "t1.p": ("Основание: акт внутреннего аудита № 3 от 14.11.2025. Выявлено несоответствий: {n}.",
             "Негіздеме: 14.11.2025 жылғы № 3 ішкі аудит актісі. Анықталған сәйкессіздіктер: {n}.",
             "Căn cứ Biên bản tự kiểm tra ngày 14/11/2025, Công ty đề ra kế hoạch khắc phục {n} tồn tại như sau:"),
    "t1.head": ("№ п/п|Выявленное несоответствие|Корректирующее мероприятие|Ответственный исполнитель|Срок выполнения|Отметка о выполнении",
                "№|Анықталған сәйкессіздік|Түзету іс-шарасы|Жауапты орындаушы|Орындау мерзімі|Орындалуы туралы белгі",
                "TT|Tồn tại, hạn chế|Biện pháp khắc phục|Bộ phận thực hiện|Thời hạn hoàn thành|Kết quả"),
    "t2.title": ("Информация о выполнении плана мероприятий по охране окружающей среды за 2026 год",
                 "2026 жылғы қоршаған ортаны қорғау жөніндегі іс-шаралар жоспарының орындалуы туралы ақпарат",
                 "KẾT QUẢ THỰC HIỆN KẾ HOẠCH BẢO VỆ MÔI TRƯỜNG NĂM 2026"),
    "t2.p": ("Приложение 4 к отчету по программе производственного экологического контроля за 2026 год.",
             "2026 жылғы өндірістік экологиялық бақылау бағдарламасы бойынша есепке 4-қосымша.",
             "Phụ lục 4 kèm theo Báo cáo công tác bảo vệ môi trường năm 2026."),
    "t2.head": ("№|Наименование мероприятия|Срок выполнения|^|Затраты, тыс. тенге|^|Ответственный|Примечание",
                "№|Іс-шараның атауы|Орындау мерзімі|^|Шығындар, мың теңге|^|Жауапты|Ескертпе",
                "TT|Nội dung công việc|Thời gian|^|Kinh phí (triệu đồng)|^|Đơn vị chủ trì|Ghi chú"),
    "t2.sub": ("^|^|по плану|фактически|по плану|фактически|^|^", "^|^|жоспар бойынша|іс жүзінде|жоспар бойынша|іс жүзінде|^|^",
               "^|^|Kế hoạch|Thực hiện|Dự kiến|Thực tế|^|^"),
    "t2.status": ("выполнено|в стадии выполнения|перенесено на 2027 г.", "орындалды|орындалу үстінде|2027 жылға ауыстырылды",
                  "Đã hoàn thành|Đang thực hiện|Chuyển sang năm 2027"),
    "t2.months": ("март 2026 г.|июнь 2026 г.|сентябрь 2026 г.|ноябрь 2026 г.", "2026 ж. наурыз|2026 ж. маусым|2026 ж. қыркүйек|2026 ж. қараша",
                  "Tháng 3/2026|Tháng 6/2026|Tháng 9/2026|Tháng 11/2026"),
    "t2.total": ("Итого", "Барлығы", "Tổng cộng"),
}  # fmt: skip
# (nonconformity, corrective action, responsible, term)
CORRECTIVE = {
    "ru": (("Не ведется журнал учета образования и движения отходов на участке", "Организовать ведение журнала учета образования и движения отходов",
            "Начальник участка", "до 15.12.2025"),
           ("Контейнеры для отработанных люминесцентных ламп не промаркированы", "Нанести маркировку на контейнеры для накопления опасных отходов",
            "Мастер хозяйственного участка", "до 01.12.2025"),
           ("Истек срок поверки расходомера сточных вод на выпуске № 1", "Провести поверку расходомера сточных вод на выпуске",
            "Главный метролог", "до 20.12.2025"),
           ("Обвалование резервуара дизельного топлива № 2 частично разрушено", "Восстановить обвалование резервуара дизельного топлива № 2",
            "Начальник склада ГСМ", "II квартал 2026 г."),
           ("На складе ГСМ отсутствует запас сорбента", "Приобрести сорбирующие материалы для ликвидации разливов нефтепродуктов",
            "Отдел материально-технического снабжения", "январь 2026 г."),
           ("Эффективность циклона котельной ниже паспортной", "Выполнить ремонт и наладку циклона котельной с замером эффективности",
            "Главный механик", "до 31.03.2026"),
           ("Персонал склада не ознакомлен с инструкцией по обращению с отходами", "Провести инструктаж персонала по обращению с опасными отходами",
            "Инженер по охране труда", "декабрь 2025 г.")),
    "kk": (("Учаскеде қалдықтардың түзілуі мен қозғалысын есепке алу журналы жүргізілмейді",
            "Қалдықтардың түзілуі мен қозғалысын есепке алу журналын жүргізуді ұйымдастыру", "Учаске бастығы", "15.12.2025 дейін"),
           ("Пайдаланылған люминесцентті шамдарға арналған контейнерлер таңбаланбаған",
            "Қауіпті қалдықтарды жинақтауға арналған контейнерлерге таңба салу", "Шаруашылық учаскесінің шебері", "01.12.2025 дейін"),
           ("№ 1 шығарылымдағы ағынды су шығыс өлшегішінің салыстырып тексеру мерзімі өтіп кеткен",
            "Шығарылымдағы ағынды су шығыс өлшегішін салыстырып тексеру", "Бас метролог", "20.12.2025 дейін"),
           ("№ 2 дизель отыны резервуарының қоршау білігі ішінара бұзылған",
            "№ 2 дизель отыны резервуарының қоршау білігін қалпына келтіру", "ЖЖМ қоймасының бастығы", "2026 жылғы II тоқсан"),
           ("ЖЖМ қоймасында сорбент қоры жоқ", "Мұнай өнімдерінің төгілуін жоюға арналған сорбенттер сатып алу",
            "Материалдық-техникалық жабдықтау бөлімі", "2026 жылғы қаңтар"),
           ("Қазандық циклонының тиімділігі паспорттық мәннен төмен", "Тиімділігін өлшей отырып қазандық циклонын жөндеу және баптау",
            "Бас механик", "31.03.2026 дейін"),
           ("Қойма персоналы қалдықтармен жұмыс істеу нұсқаулығымен таныстырылмаған",
            "Персоналға қауіпті қалдықтармен жұмыс істеу бойынша нұсқама өткізу", "Еңбекті қорғау инженері", "2025 жылғы желтоқсан")),
    "vi": (("Chưa lập sổ theo dõi phát sinh, chuyển giao chất thải nguy hại", "Lập và cập nhật sổ theo dõi phát sinh, chuyển giao chất thải nguy hại",
            "Phòng An toàn – Môi trường", "Tháng 12/2025"),
           ("Thiết bị lưu chứa bóng đèn huỳnh quang thải chưa dán nhãn", "Dán nhãn, biển cảnh báo trên thiết bị lưu chứa chất thải nguy hại",
            "Tổ Hành chính – Kho", "Trước ngày 01/12/2025"),
           ("Thiết bị đo lưu lượng nước thải đầu ra quá hạn kiểm định", "Kiểm định lại thiết bị đo lưu lượng nước thải đầu ra",
            "Phòng Kỹ thuật", "Trước ngày 20/12/2025"),
           ("Gờ chống tràn tại kho hóa chất bị nứt, hư hỏng", "Sửa chữa gờ chống tràn và rãnh thu gom tại kho hóa chất",
            "Xưởng Cơ điện", "Quý I/2026"),
           ("Chưa trang bị vật liệu thấm hút dầu tại khu vực máy phát điện", "Mua sắm vật liệu thấm hút dầu cho khu vực máy phát điện",
            "Phòng Hành chính – Nhân sự", "Tháng 01/2026"),
           ("Hiệu suất xử lý bụi của cyclone lò hơi giảm", "Bảo dưỡng, thay thế túi lọc và cyclone của hệ thống xử lý khí thải lò hơi",
            "Xưởng Cơ điện", "Trước ngày 31/03/2026"),
           ("Công nhân kho chưa được tập huấn về quản lý chất thải", "Tổ chức tập huấn quản lý chất thải nguy hại cho công nhân kho",
            "Phòng An toàn – Môi trường", "Tháng 12/2025")),
}  # fmt: skip


def tasks_q1(doc: Doc) -> None:
    """A corrective-action plan after an internal audit: the nonconformity found in the column before the action that
    answers it (the task is the action), then the responsible, the term and an empty completion mark; numbers `1.`."""
    picked = doc.rng.sample(CORRECTIVE[doc.lang], doc.rng.randint(4, 5))
    doc.h(_t(doc, "t1.title"))
    doc.p(_t(doc, "t1.p").format(n=len(picked)))
    rows = [_row(doc, "t1.head")]
    for k, (finding, action, who, when) in enumerate(picked, 1):
        rows.append([f"{k}.", finding, action, who, when, ""])
        doc.add("obligations", task(str(k), action, who))
    doc.table(None, rows, role="tasks")
    maybe_distractor(doc)


def tasks_q2(doc: Doc) -> None:
    """A report on a plan's execution: the term and the money each split into plan and fact under merged headers, the
    responsible, a status note (done, under way, moved to next year), a total row of the money."""
    doc.h(_t(doc, "t2.title"))
    doc.p(_t(doc, "t2.p"))
    rows = [_row(doc, "t2.head"), _row(doc, "t2.sub")]
    status, months = _list(doc, "t2.status"), _list(doc, "t2.months")
    sums = [0, 0]
    for k, (text, when, who, *_) in enumerate(doc.rng.sample(TASKS[doc.lang], 5), 1):
        state = doc.pick((0, 0, 0, 1, 2))
        plan = doc.rng.randint(5, 900) * 10 if doc.lang != "vi" else doc.rng.randint(5, 900)
        fact = (
            round(plan * doc.rng.uniform(0.8, 1.1))
            if state == 0
            else (round(plan * doc.rng.uniform(0.2, 0.6)) if state == 1 else 0)
        )
        sums = [sums[0] + plan, sums[1] + fact]
        done = doc.pick(months) if state == 0 else "–"
        rows.append(
            [
                str(k),
                text,
                when,
                done,
                num(plan, doc.lang),
                num(fact, doc.lang) if fact else "–",
                who,
                status[state],
            ]
        )
        doc.add("obligations", task(str(k), text, who))
    rows.append(["", _t(doc, "t2.total"), "", "", num(sums[0], doc.lang), num(sums[1], doc.lang), "", ""])
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 0, 5), (0, 6, 1, 6), (0, 7, 1, 7)]
    doc.table(None, rows, merges, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"Q{k}", globals()[f"{role}_q{k}"]) for role in ROLES for k in (1, 2)]
"""`facility_q1` … `tasks_q2`, in the order of the roles."""
