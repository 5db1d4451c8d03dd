"""The seventh blind set, part N (regulators' documents, two layouts per role), measured blind once on
2026-12-04 with its three sibling parts (0.682 over 504 files together; this part 0.671), then tuned on
the same day, and so among the tuning layouts now.

The held-out part, continued (a seventh blind set, two layouts per role, `N1` and `N2`): never used for
tuning, written by someone who did not run the extractor on them, to differ from every layout of
`layouts_*.py` (the tuning layouts, `layouts_measured*.py`) and from the held-out sets before it.

Regulators' documents: a regulator's list of inspections with the operator and its site in one cell and
the term under a merged header (VI: the site and its address in one cell); a КЭР's title form whose
values stand above parenthesised captions (VI: an ĐTM decision's appendix, each field `label: value` in
one cell, a VN-2000 table beside it); a КЭР's emission norms under site and source-type group rows, a
source's number only on its first row, subtotals per type (VI: construction loads under activity group
rows); one norms table per source, the source only in the caption, hazard classes (VI: per-source load
tables with kg/h beside g/s); accumulation limits whose section rows carry subtotals, the code last, a
burial-limits table after it (VI: a GPMT appendix with hazardous and ordinary wastes, subtotals on the
section rows); hazardous properties and R/D operation codes (VI: codes written without spaces, a
classification mark, tonnes); flue-gas norms with the sources as rows and the substances as
sub-columns (VI: a GPMT's gas streams with limits worked out from QCVN 19 × Kp × Kv); an inspection
act's sampling results under outlet group rows with an exceedance ratio (VI: QCVN 14 column A with
Coliform in MPN/100ml in an ĐTM decision); a monitoring programme transposed, points as columns
(VI: media as columns); monitoring under construction and operation group rows; internal checks with
the unit merged over two kinds of check of their own frequency; the regulator's review of the
operator's internal checks (plan/fact, last check, remarks); a prescription (VI: conclusions of an
inspection) with violation and legal-norm columns and no responsible; a КЭР's environmental-protection
plan with start/end under a merged term, an efficiency column and the item of the Code's annex 4
(VI: an ĐTM decision's schedule of environmental works). Each function's docstring says more.

The words of each layout are in the text tables (RU, KK, VI); a header row is one string, its cells
between `|`, `^` for a cell a merge covers.
"""

from __future__ import annotations

from . import vocab
from .common import Doc, freq, maybe_distractor, num, opening, rate
from .layouts_facility import facility
from .layouts_wastes import expect_low, expect_vn, low_wastes, vn_wastes
from .limits_data import DISCHARGE, QCVN19, add, cell, limit
from .obligations_data import inspection, units
from .registry import ROLES, Layout
from .sources_data import SOURCES, Source, emission, expect_sources, pick_sources, rates, total

TEXT: dict[str, tuple[str, str, str]] = {}


def _t(doc: Doc, key: str) -> str:
    return TEXT[key][vocab.LANGS.index(doc.lang)]


def _cells(text: str) -> list[str | None]:
    return [None if x == "^" else x for x in text.split("|")]


def _row(doc: Doc, key: str) -> list[str | None]:
    """A header row of the text tables in the document's language."""
    return _cells(_t(doc, key))


def _mon(loc: dict, key: tuple[str, str], frequency: str) -> dict:
    return {**loc, key[0]: key[1], "frequency": frequency}


def _sig(x: float, digits: int = 2) -> float:
    return float(f"{x:.{digits}g}")


def _span(rows: list, merges: list, text: str) -> None:
    """A row whose one cell spans the table: a group, a section or a note."""
    width = len(rows[0])
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _listed(doc: Doc, codes) -> str:
    """Air pollutants named in one cell, separated by commas (names without commas of their own)."""
    return ", ".join(vocab.air(c, doc.lang, 1) for c in codes)


AIR_LISTABLE = {"ru": ("0301", "0304", "0330", "0337", "0333", "2908"), "kk": ("0301", "0304", "0330", "0337", "0333"),
                "vi": ("2902", "0330", "0301", "0337")}
WEEKLY = {"ru": ("еженедельно", "1 раз в неделю"), "kk": ("апта сайын", "аптасына 1 рет"), "vi": ("hằng tuần", "01 lần/tuần")}


def _often(doc: Doc, word: str) -> str:
    """A frequency as written, weekly included."""
    return doc.pick(WEEKLY[doc.lang]) if word == "weekly" else freq(doc, word)


# ---------------------------------------------------------------- facility

TEXT |= {
    "fac1.h": ("Полугодовой список проверок субъектов контроля на I полугодие 2026 года",
               "2026 жылдың I жартыжылдығына арналған бақылау субъектілерін тексерудің жартыжылдық тізімі",
               "DANH SÁCH CƠ SỞ ĐƯỢC KIỂM TRA VIỆC CHẤP HÀNH PHÁP LUẬT VỀ BẢO VỆ MÔI TRƯỜNG NĂM 2026"),
    "fac1.p": ("Утвержден приказом Председателя Комитета экологического регулирования и контроля Министерства экологии и "
               "природных ресурсов Республики Казахстан. Проверки проводятся в порядке, установленном Предпринимательским кодексом.",
               "Қазақстан Республикасы Экология және табиғи ресурстар министрлігі Экологиялық реттеу және бақылау комитеті "
               "Төрағасының бұйрығымен бекітілген. Тексерулер Кәсіпкерлік кодексте белгіленген тәртіппен жүргізіледі.",
               "(Kèm theo Quyết định số 215/QĐ-SNNMT ngày 16 tháng 01 năm 2026 của Giám đốc Sở Nông nghiệp và Môi trường)"),
    "fac1.head": ("№ п/п|Наименование субъекта контроля (объекта контроля)|БИН|Местонахождение объекта|Категория объекта|Форма контроля|"
                  "Сроки проведения|^",
                  "Р/с №|Бақылау субъектісінің (бақылау объектісінің) атауы|БСН|Объектінің орналасқан жері|Объект санаты|Бақылау нысаны|"
                  "Өткізу мерзімі|^",
                  "STT|Tên cơ sở, địa chỉ|Chủ cơ sở|Mã số doanh nghiệp|Loại hình sản xuất|Thời gian kiểm tra dự kiến"),
    "fac1.sub": ("^|^|^|^|^|^|с|по", "^|^|^|^|^|^|басы|соңы", ""),
    "fac1.kinds": ("проверка на соответствие требованиям|профилактический контроль с посещением субъекта",
                   "талаптарға сәйкестігін тексеру|субъектіге бару арқылы профилактикалық бақылау", ""),
    "fac2.h": ("КОМПЛЕКСНОЕ ЭКОЛОГИЧЕСКОЕ РАЗРЕШЕНИЕ", "КЕШЕНДІ ЭКОЛОГИЯЛЫҚ РҰҚСАТ",
               "QUYẾT ĐỊNH PHÊ DUYỆT KẾT QUẢ THẨM ĐỊNH BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG"),
    "fac2.p": ("Настоящее разрешение выдано:", "Осы рұқсат берілді:",
               "Điều 1. Phê duyệt kết quả thẩm định báo cáo đánh giá tác động môi trường của dự án với các nội dung chính tại Phụ lục "
               "kèm theo Quyết định này."),
    "fac2.captions": ("(полное наименование оператора объекта)|(бизнес-идентификационный номер)|(наименование объекта I категории)|"
                      "(местонахождение объекта: область, район, населенный пункт)|(код КАТО места осуществления деятельности)|"
                      "(категория объекта согласно приложению 2 к Экологическому кодексу)",
                      "(объект операторының толық атауы)|(бизнес-сәйкестендіру нөмірі)|(I санаттағы объектінің атауы)|"
                      "(объектінің орналасқан жері: облыс, аудан, елді мекен)|(қызметті жүзеге асыру орнының ҚАТО коды)|"
                      "(Экологиялық кодекстің 2-қосымшасына сәйкес объект санаты)", ""),
    "fac2.term": ("Срок действия разрешения: с 01.03.2026 по 31.12.2035.", "Рұқсаттың қолданылу мерзімі: 01.03.2026 бастап 31.12.2035 дейін.",
                  "Tọa độ các điểm mốc giới hạn khu đất thực hiện dự án (hệ tọa độ VN-2000, kinh tuyến trục 105°45', múi chiếu 3°):"),
    "fac2.annex": ("Приложения к разрешению", "Рұқсатқа қосымшалар", "Bảng 2. Tọa độ các điểm mốc ranh giới khu đất"),
    "fac2.annex.rows": ("Приложение|Содержание;1|Нормативы допустимых выбросов;2|Лимиты накопления и захоронения отходов;"
                        "3|Программа производственного экологического контроля;4|План мероприятий по охране окружающей среды",
                        "Қосымша|Мазмұны;1|Жол берілетін шығарындылар нормативтері;2|Қалдықтарды жинақтау және көму лимиттері;"
                        "3|Өндірістік экологиялық бақылау бағдарламасы;4|Қоршаған ортаны қорғау жөніндегі іс-шаралар жоспары", ""),
}  # fmt: skip
VI_ACTIVITY = ("Sản xuất bao bì nhựa và giấy", "Chế biến thủy sản đông lạnh", "Sản xuất gạch ốp lát",
               "Dệt, nhuộm vải", "Sản xuất giấy và bột giấy", "Chăn nuôi heo thịt")
VI_SCALE = ("12.000 tấn sản phẩm/năm", "8.500 tấn sản phẩm/năm", "6.000.000 m2 sản phẩm/năm", "15.000.000 m vải/năm",
            "45.000 tấn giấy/năm", "12.000 con heo thịt/lứa")


def facility_n1(doc: Doc) -> None:
    """A regulator's list of the inspections of a half-year: the operator and its site in one cell (`ТОО «…» (Рудник
    «…»)`), the form of control, the term under a merged header `с | по` (VI: a provincial department's list, the site
    and its address in one cell on two lines, the operator and the enterprise number beside it)."""
    vi = doc.lang == "vi"
    fs = [facility(doc, i) for i in doc.rng.sample(range(6), doc.rng.randint(3, 4))]
    doc.h(_t(doc, "fac1.h"))
    doc.p(_t(doc, "fac1.p"))
    rows, merges = [_row(doc, "fac1.head")], []
    if not vi:
        rows.append(_row(doc, "fac1.sub"))
        merges = [(0, c, 1, c) for c in range(6)] + [(0, 6, 0, 7)]
    kinds = _t(doc, "fac1.kinds").split("|")
    for k, f in enumerate(fs, 1):
        month, day = doc.rng.randint(1, 6), doc.rng.randint(1, 14)
        if vi:
            rows.append([str(k), f"{f['name']}\n{f['address']}", f["operator"], f["bin"], VI_ACTIVITY[f["i"]], f"Tháng {month:02d}/2026"])
            doc.add("facilities", {"bin": f["bin"], "name_contains": f["name"]})
            continue
        category = doc.v(f"{f['cat']} категория", f"{f['cat']} санат", "")
        rows.append([str(k), f"{f['operator']} ({f['name']})", f["bin"], f["address"], category, doc.pick(kinds),
                     f"{day:02d}.{month:02d}.2026", f"{day + 9:02d}.{month:02d}.2026"])
        doc.add("facilities", {"bin": f["bin"], "name_contains": f["name"], "category": f["cat"]})
    doc.table(None, rows, merges, role="facility")
    maybe_distractor(doc)


def facility_n2(doc: Doc) -> None:
    """A КЭР's title form: each value on its own row with its parenthesised caption on the row under it, the item's
    number merged over both, no label before the value (VI: an ĐTM decision's appendix, every field `label: value` in
    one numbered cell, then the VN-2000 corner points in a table of no role)."""
    f = facility(doc)
    if doc.lang == "vi":
        f["cat"] = "II" if f["cat"] == "III" else f["cat"]  # an ĐTM is made for groups I and II
        doc.h(_t(doc, "fac2.h"))
        doc.p(f"Căn cứ Luật Bảo vệ môi trường ngày 17 tháng 11 năm 2020; xét đề nghị của {f['operator']} về việc thẩm định báo cáo "
              f"đánh giá tác động môi trường của dự án {f['name']}.")
        doc.p(_t(doc, "fac2.p"))
        doc.h("Phụ lục. THÔNG TIN VỀ DỰ ÁN")
        fields = [f"Tên dự án: {f['name']}", f"Chủ dự án: {f['operator']}", f"Mã số doanh nghiệp: {f['bin']}",
                  f"Địa điểm thực hiện dự án: {f['address']}", f"Loại hình sản xuất: {VI_ACTIVITY[f['i']]}",
                  f"Quy mô, công suất: {VI_SCALE[f['i']]}",
                  f"Phân loại dự án: dự án đầu tư nhóm {f['cat']} theo quy định của Luật Bảo vệ môi trường"]
        rows = [[f"{k}.", text] for k, text in enumerate(fields, 1)]
        doc.table("Bảng 1. Thông tin chung về dự án", rows, role="facility")
        doc.add("facilities", {"bin": f["bin"], "name_contains": f["name"], "category": f["cat"]})
        doc.p(_t(doc, "fac2.term"))
        corners = [["Điểm mốc", "X (m)", "Y (m)"]]
        x0, y0 = doc.rng.randint(1150000, 2350000), doc.rng.randint(520000, 610000)
        for k in range(1, 5):
            x, y = x0 + doc.rng.randint(0, 400) + doc.rng.randint(0, 99) / 100, y0 + doc.rng.randint(0, 400) + doc.rng.randint(0, 99) / 100
            corners.append([f"M{k}", num(round(x, 2), "vi"), num(round(y, 2), "vi")])
        doc.table(_t(doc, "fac2.annex"), corners, role="other")
        return
    f["cat"] = "I"  # a КЭР is issued to objects of category I
    number = f"KZ{doc.rng.randint(10, 99)}VCZ{doc.rng.randint(0, 99999999):08d}"
    doc.h(_t(doc, "fac2.h"))
    doc.p(doc.v(f"№ {number} от {doc.rng.randint(1, 28):02d}.02.2026", f"№ {number}, {doc.rng.randint(1, 28):02d}.02.2026", ""))
    doc.p(_t(doc, "fac2.p"))
    values = [f["operator"], f["bin"], f["name"], f["address"], f["kato"], doc.v("I категория", "I санат", "")]
    rows, merges = [], []
    for k, (value, caption) in enumerate(zip(values, _t(doc, "fac2.captions").split("|"), strict=True), 1):
        rows += [[f"{k}.", value], [None, caption]]
        merges.append((len(rows) - 2, 0, len(rows) - 1, 0))
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", {"bin": f["bin"], "name_contains": f["name"], "kato": f["kato"], "category": "I"})
    doc.p(_t(doc, "fac2.term"))
    annexes = [x.split("|") for x in _t(doc, "fac2.annex.rows").split(";")]
    doc.table(_t(doc, "fac2.annex"), annexes, role="other")


# ---------------------------------------------------------------- emissions

TEXT |= {
    "em1.title": ("Приложение 1 к комплексному экологическому разрешению. Нормативы допустимых выбросов",
                  "Кешенді экологиялық рұқсатқа 1-қосымша. Жол берілетін шығарындылар нормативтері", ""),
    "em1.head": ("№ ИЗА|Наименование источника выброса|Код ЗВ|Наименование загрязняющего вещества|"
                 "Норматив допустимых выбросов на 2026–2035 гг.|^",
                 "ЛШК №|Шығарынды көзінің атауы|ЛЗ коды|Ластаушы заттың атауы|2026–2035 жж. жол берілетін шығарындылар нормативі|^", ""),
    "em1.units": ("^|^|^|^|г/с|т/год", "^|^|^|^|г/с|т/жыл", ""),
    "em1.site": ("Площадка № 1 – основная производственная площадка", "№ 1 алаң – негізгі өндірістік алаң", ""),
    "em1.org": ("Организованные источники", "Ұйымдастырылған көздер", ""),
    "em1.unorg": ("Неорганизованные источники", "Ұйымдастырылмаған көздер", ""),
    "em1.sub.org": ("Итого по организованным источникам:", "Ұйымдастырылған көздер бойынша жиыны:", ""),
    "em1.sub.unorg": ("Итого по неорганизованным источникам:", "Ұйымдастырылмаған көздер бойынша жиыны:", ""),
    "em1.all": ("Всего по площадке:", "Алаң бойынша барлығы:", ""),
    "em1.caption": ("Таблица 1.1 – Нормативы выбросов загрязняющих веществ в атмосферный воздух по источникам",
                    "1.1-кесте – Көздер бойынша атмосфералық ауаға ластаушы заттар шығарындыларының нормативтері",
                    "Bảng 3.3. Tải lượng bụi, khí thải phát sinh trong giai đoạn thi công xây dựng"),
    "em2.h": ("Раздел 2. Нормативы допустимых выбросов по источникам загрязнения",
              "2-бөлім. Ластану көздері бойынша жол берілетін шығарындылар нормативтері",
              "3.2.1. Đánh giá, dự báo tác động đến môi trường không khí trong giai đoạn vận hành"),
    "em2.p": ("Нормативы допустимых выбросов устанавливаются на срок действия экологического разрешения отдельно для каждого источника.",
              "Жол берілетін шығарындылар нормативтері экологиялық рұқсаттың қолданылу мерзіміне әрбір көз үшін жеке белгіленеді.",
              "Tải lượng các chất ô nhiễm được tính toán trên cơ sở lượng nhiên liệu tiêu thụ và hệ số phát thải theo từng nguồn như sau:"),
    "em2.head": ("Код ЗВ|Наименование загрязняющего вещества|Класс опасности|г/с|т/год",
                 "ЛЗ коды|Ластаушы заттың атауы|Қауіптілік сыныбы|г/с|т/жыл",
                 "TT|Chất ô nhiễm|Tải lượng (kg/giờ)|Tải lượng (g/s)|Tải lượng (tấn/năm)"),
    "em2.total": ("Итого по источнику", "Көз бойынша жиыны", ""),
}  # fmt: skip
# Vietnamese construction activities and what each gives off
ACTIVITIES = (("Hoạt động đào đắp, san nền", ("2902",)),
              ("Phương tiện vận chuyển nguyên vật liệu", ("2902", "0330", "0301", "0337")),
              ("Máy móc, thiết bị thi công sử dụng dầu DO", ("0330", "0301", "0337")),
              ("Hoạt động hàn kết cấu thép", ("0123", "0143")))
ROMAN = ("I", "II", "III", "IV")


def emissions_n1(doc: Doc) -> None:
    """A КЭР's norms: a site group row, then organised and unorganised group rows, a source's number and name only
    on its first row (the rows under it blank, not merged), `г/с | т/год` under a merged norm header, a subtotal per
    source type and a site total (VI: construction loads under group rows naming the activity, tonnes for the
    whole period, the period in a heading)."""
    if doc.lang == "vi":
        opening(doc, "scoping")
        doc.h("3.1.1. Đánh giá, dự báo tác động trong giai đoạn thi công xây dựng")
        doc.p("Tải lượng bụi, khí thải từ các hoạt động thi công được tính theo hệ số ô nhiễm của Tổ chức Y tế Thế giới (WHO) "
              "và tổng hợp như sau:")
        rows, merges = [["TT", "Chất ô nhiễm", "Tải lượng (g/s)", "Tổng tải lượng cả giai đoạn (tấn)"]], []
        picked = sorted(doc.rng.sample(range(len(ACTIVITIES)), 3))
        for n, a in enumerate(picked):
            name, codes = ACTIVITIES[a]
            _span(rows, merges, f"{ROMAN[n]}. {name}")
            keep = codes if len(codes) < 3 else sorted(doc.rng.sample(codes, 3), key=codes.index)
            for k, x in enumerate(rates(doc, keep), 1):
                rows.append([str(k), vocab.air(x.code, "vi", k), *x.cells("vi")])
                doc.add("emissions", emission(x.code, x.g_s, x.t_y, period="construction"))
        doc.table(_t(doc, "em1.caption"), rows, merges, role="emissions")
        maybe_distractor(doc)
        return
    opening(doc, "permit", title=_t(doc, "em1.title"))
    sources = pick_sources(doc, 4, min_codes=2)
    rows = [_row(doc, "em1.head"), _row(doc, "em1.units")]
    merges = [(0, c, 1, c) for c in range(4)] + [(0, 4, 0, 5)]
    _span(rows, merges, _t(doc, "em1.site"))
    everything = []
    for organized in (True, False):
        group = [s for s in sources if s.organized == organized]
        if not group:
            continue
        _span(rows, merges, _t(doc, "em1.org" if organized else "em1.unorg"))
        items = []
        for s in group:
            for k, x in enumerate(rates(doc, s.codes)):
                lead = [s.number, s.name] if k == 0 else ["", ""]
                rows.append(lead + [x.code, vocab.air(x.code, doc.lang), *x.cells(doc.lang)])
                doc.add("emissions", emission(x.code, x.g_s, x.t_y, s.number))
                items.append(x)
        label = _t(doc, "em1.sub.org" if organized else "em1.sub.unorg")
        rows.append(["", label, "", "", total(doc, [x.g_s for x in items]), total(doc, [x.t_y for x in items])])
        everything += items
    rows.append(["", _t(doc, "em1.all"), "", "", total(doc, [x.g_s for x in everything]), total(doc, [x.t_y for x in everything])])
    doc.table(_t(doc, "em1.caption"), rows, merges, role="emissions")
    expect_sources(doc, sources)
    maybe_distractor(doc)


def emissions_n2(doc: Doc) -> None:
    """An environmental permit's norms, one small table per source, the source's number, name and type only in the
    table's caption, a hazard-class column and a total per source (VI: one load table per named source, the period in
    the captions, `kg/giờ` beside `g/s`)."""
    if doc.lang == "vi":
        opening(doc, "scoping")
        doc.h(_t(doc, "em2.h"))
        doc.p(_t(doc, "em2.p"))
        stacks = [s for s in pick_sources(doc, 6, min_codes=2) if s.organized][:2]
        for k, s in enumerate(stacks, 1):
            rows = [_row(doc, "em2.head")]
            for n, x in enumerate(rates(doc, s.codes), 1):
                rows.append([str(n), vocab.air(x.code, "vi", n), num(_sig(x.g_s * 3.6, 4), "vi"), *x.cells("vi")])
                doc.add("emissions", emission(x.code, x.g_s, x.t_y, period="operation"))
            doc.table(f"Bảng 3.{10 + k}. Tải lượng các chất ô nhiễm từ nguồn: {s.name} (giai đoạn vận hành)", rows, role="emissions")
        return
    opening(doc, "permit")
    doc.h(_t(doc, "em2.h"))
    doc.p(_t(doc, "em2.p"))
    sources = pick_sources(doc, 3, min_codes=2)
    for k, s in enumerate(sources, 1):
        kind = doc.v("организованный", "ұйымдастырылған", "") if s.organized else doc.v("неорганизованный", "ұйымдастырылмаған", "")
        caption = doc.v(f"Таблица 2.{k} – Источник № {s.number} «{s.name}» ({kind})",
                        f"2.{k}-кесте – № {s.number} көз «{s.name}» ({kind})", "")
        rows = [_row(doc, "em2.head")]
        items = rates(doc, s.codes)
        for x in items:
            rows.append([x.code, vocab.air(x.code, doc.lang), str(vocab.hazard(x.code) or "–"), *x.cells(doc.lang)])
            doc.add("emissions", emission(x.code, x.g_s, x.t_y, s.number, hazard=vocab.hazard(x.code)))
        rows.append(["", _t(doc, "em2.total"), "", total(doc, [x.g_s for x in items]), total(doc, [x.t_y for x in items])])
        doc.table(caption, rows, role="emissions")
    expect_sources(doc, sources)
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

TEXT |= {
    "w1.title": ("Приложение 2 к комплексному экологическому разрешению. Лимиты накопления и захоронения отходов",
                 "Кешенді экологиялық рұқсатқа 2-қосымша. Қалдықтарды жинақтау және көму лимиттері", ""),
    "w1.head": ("№ п/п|Наименование отходов|Лимит накопления, тонн/год|Код отхода",
                "Р/с №|Қалдықтардың атауы|Жинақтау лимиті, тонна/жыл|Қалдық коды", ""),
    "w1.all": ("Всего:", "Барлығы:", ""),
    "w1.haz": ("в том числе опасные отходы:", "оның ішінде қауіпті қалдықтар:", ""),
    "w1.plain": ("неопасные отходы:", "қауіпті емес қалдықтар:", ""),
    "w1.caption": ("Таблица 1 – Лимиты накопления отходов на 2026–2035 годы", "1-кесте – 2026–2035 жылдарға арналған қалдықтарды жинақтау лимиттері", ""),
    "w1.burial.head": ("№|Наименование отходов|Код отхода|Место захоронения|Лимит захоронения, тонн/год",
                       "№|Қалдықтардың атауы|Қалдық коды|Көму орны|Көму лимиті, тонна/жыл", ""),
    "w1.burial.caption": ("Таблица 2 – Лимиты захоронения отходов на 2026–2035 годы", "2-кесте – 2026–2035 жылдарға арналған қалдықтарды көму лимиттері", ""),
    "w1.places": ("отвал вскрышных пород № 2|полигон промышленных отходов предприятия",
                  "№ 2 аршылған жыныстар үйіндісі|кәсіпорынның өнеркәсіптік қалдықтар полигоны", ""),
    "w2.head": ("Код отхода|Наименование отхода|Опасные свойства|Операция по управлению отходами|Количество, т/год",
                "Қалдық коды|Қалдықтың атауы|Қауіпті қасиеттері|Қалдықтарды басқару жөніндегі операция|Мөлшері, т/жыл",
                "TT|Nguồn phát sinh|Tên chất thải|Số hiệu (mã CTNH)|Ký hiệu phân loại|Khối lượng (tấn/năm)"),
    "w2.caption": ("Таблица 4 – Виды отходов и операции по управлению ими", "4-кесте – Қалдықтардың түрлері және оларды басқару жөніндегі операциялар",
                   "Bảng 3.18. Dự báo khối lượng chất thải nguy hại phát sinh trong giai đoạn vận hành"),
}  # fmt: skip
BURIAL = ("01 01 02", "17 09 04", "19 08 14")
HP = {"16 06 01*": "HP 6, HP 8", "13 02 05*": "HP 5, HP 14", "15 02 02*": "HP 3, HP 14", "20 01 21*": "HP 6, HP 14",
      "16 01 07*": "HP 14", "08 01 11*": "HP 3, HP 14", "15 01 10*": "HP 6, HP 14"}
OPERATION = {"16 06 01*": "R4", "13 02 05*": "R9", "15 02 02*": "D10", "20 01 21*": "R4", "16 01 07*": "D10", "08 01 11*": "D10",
             "15 01 10*": "D10", "20 03 01": "D1", "12 01 13": "R4", "16 01 03": "R3", "17 04 05": "R4", "15 01 01": "R3",
             "01 01 02": "D1", "17 09 04": "D1", "19 08 14": "D1", "15 01 02": "R3"}
OPERATION_WORDS = {
    "ru": {"R3": "рециклинг органических веществ", "R4": "рециклинг металлов и их соединений", "R9": "повторная переработка масел",
           "D1": "захоронение на полигоне", "D10": "сжигание на суше"},
    "kk": {"R3": "органикалық заттарды рециклингтеу", "R4": "металдар мен олардың қосылыстарын рециклингтеу",
           "R9": "майларды қайта өңдеу", "D1": "полигонда көму", "D10": "құрлықта жағу"},
}
# where each Vietnamese hazardous waste forms
VN_PLACES = {"17 02 03": "Bảo dưỡng máy móc, thiết bị", "16 01 06": "Chiếu sáng nhà xưởng, văn phòng",
             "18 02 01": "Bảo dưỡng máy móc, thiết bị", "18 01 02": "Kho nguyên liệu, hóa chất", "18 01 03": "Kho nguyên liệu, hóa chất",
             "19 06 01": "Xe nâng, thiết bị điện", "08 02 04": "Văn phòng", "16 01 13": "Văn phòng, phòng điều khiển"}


def _pick_low(doc: Doc, hazardous: int, plain: int, skip=()) -> list[dict]:
    """List-of-Waste entries, this many hazardous and non-hazardous ones, amounts in tonnes."""
    haz = [w for w in vocab.LOW if w[0].endswith("*") and w[0] not in skip]
    other = [w for w in vocab.LOW if not w[0].endswith("*") and w[0] not in skip]
    out = []
    for code, ru, kk in doc.rng.sample(haz, hazardous) + doc.rng.sample(other, plain):
        h = code.endswith("*")
        t = rate(doc.rng, 0.01, 4.5, 3) if h else rate(doc.rng, 1, 480, 3)
        out.append({"code": code, "name": ru if doc.lang == "ru" else kk, "hazardous": h, "t": t})
    return out


def wastes_n1(doc: Doc) -> None:
    """A КЭР's accumulation limits: a `Всего` row first, then numbered section rows (`1`, `2`) carrying the subtotal of
    their hazardous or non-hazardous wastes, items numbered `1.1`, the code last; then a burial-limits table of other
    wastes with the place of burial (VI: a GPMT appendix, hazardous wastes and ordinary solid wastes without codes
    under Roman-numbered section rows carrying their subtotals in kg/year, a grand total)."""
    if doc.lang == "vi":
        opening(doc, "permit")
        doc.h("Phụ lục III. BẢO ĐẢM BẢO VỆ MÔI TRƯỜNG ĐỐI VỚI QUẢN LÝ CHẤT THẢI")
        doc.p(f"(Kèm theo Giấy phép môi trường số {doc.rng.randint(12, 480)}/GPMT-UBND ngày {doc.rng.randint(1, 28):02d}/"
              f"{doc.rng.randint(1, 12):02d}/2025 của Ủy ban nhân dân tỉnh)")
        doc.h("A. CHỦNG LOẠI, KHỐI LƯỢNG CHẤT THẢI PHÁT SINH")
        haz = vn_wastes(doc, doc.rng.randint(3, 5))
        plain = [{"code": None, "name": x, "hazardous": False, "kg": doc.rng.randint(10, 900) * 100}
                 for x in doc.rng.sample(vocab.VN_ORDINARY, 3)]
        rows = [["TT", "Tên chất thải", "Mã chất thải", "Khối lượng phát sinh (kg/năm)"]]
        rows.append(["I", "Chất thải nguy hại", "", num(sum(w["kg"] for w in haz), "vi")])
        rows += [[str(k), w["name"], w["code"], num(w["kg"], "vi")] for k, w in enumerate(haz, 1)]
        rows.append(["II", "Chất thải rắn công nghiệp thông thường", "", num(sum(w["kg"] for w in plain), "vi")])
        rows += [[str(k), w["name"], "-", num(w["kg"], "vi")] for k, w in enumerate(plain, 1)]
        rows.append(["", "Tổng cộng (I + II)", "", num(sum(w["kg"] for w in haz + plain), "vi")])
        doc.table(None, rows, role="wastes")
        expect_vn(doc, haz)
        expect_vn(doc, plain, coded=False)
        doc.h("B. YÊU CẦU BẢO VỆ MÔI TRƯỜNG ĐỐI VỚI VIỆC LƯU GIỮ CHẤT THẢI")
        doc.p("Chất thải nguy hại được lưu giữ trong kho có mái che, nền chống thấm, gờ chống tràn và biển cảnh báo theo quy định.")
        return
    opening(doc, "permit", title=_t(doc, "w1.title"))
    wastes = _pick_low(doc, 3, 2, skip=BURIAL)
    haz = [w for w in wastes if w["hazardous"]]
    plain = [w for w in wastes if not w["hazardous"]]
    rows = [_row(doc, "w1.head"), ["", _t(doc, "w1.all"), num(round(sum(w["t"] for w in wastes), 4), doc.lang), ""]]
    for s, (label, group) in enumerate(((_t(doc, "w1.haz"), haz), (_t(doc, "w1.plain"), plain)), 1):
        rows.append([str(s), label, num(round(sum(w["t"] for w in group), 4), doc.lang), ""])
        rows += [[f"{s}.{k}", w["name"], num(w["t"], doc.lang), w["code"]] for k, w in enumerate(group, 1)]
    doc.table(_t(doc, "w1.caption"), rows, role="wastes")
    expect_low(doc, wastes)
    places = _t(doc, "w1.places").split("|")
    buried, chosen = [], doc.rng.sample(BURIAL, 2)
    for code, ru, kk in (w for w in vocab.LOW if w[0] in chosen):
        t = rate(doc.rng, 20000, 250000, 3) if code == "01 01 02" else rate(doc.rng, 15, 900, 3)
        buried.append({"code": code, "name": ru if doc.lang == "ru" else kk, "hazardous": False, "t": t})
    rows = [_row(doc, "w1.burial.head")]
    for k, w in enumerate(buried, 1):
        rows.append([str(k), w["name"], w["code"], places[0] if w["code"] == "01 01 02" else places[1], num(w["t"], doc.lang)])
    doc.table(_t(doc, "w1.burial.caption"), rows, role="wastes")
    expect_low(doc, buried)


def wastes_n2(doc: Doc) -> None:
    """An environmental permit's wastes: the code first, the hazardous properties (`HP 5, HP 14`) and the operation
    as an R/D code with its words (`R13`, `D1 – …`) before the amount (VI: an ĐTM's hazardous wastes, where each forms
    first, the code written without spaces, the `NH` mark, tonnes a year, a total)."""
    if doc.lang == "vi":
        opening(doc, "scoping")
        doc.p("Chất thải nguy hại phát sinh khi dự án đi vào vận hành được phân định, phân loại theo Thông tư số 02/2022/TT-BTNMT:")
        wastes = vn_wastes(doc, doc.rng.randint(4, 5))
        rows = [_row(doc, "w2.head")]
        for k, w in enumerate(wastes, 1):
            rows.append([str(k), VN_PLACES[w["code"]], w["name"], w["code"].replace(" ", ""), "NH", num(w["kg"] / 1000, "vi")])
        rows.append(["", "Tổng", "", "", "", num(round(sum(w["kg"] for w in wastes) / 1000, 3), "vi")])
        doc.table(_t(doc, "w2.caption"), rows, role="wastes")
        expect_vn(doc, wastes)
        maybe_distractor(doc)
        return
    opening(doc, "permit")
    wastes = low_wastes(doc, 5)
    rows = [_row(doc, "w2.head")]
    for w in wastes:
        op = OPERATION[w["code"]]
        rows.append([w["code"], w["name"], HP.get(w["code"], "–"), f"{op} – {OPERATION_WORDS[doc.lang][op]}", num(w["t"], doc.lang)])
    doc.table(_t(doc, "w2.caption"), rows, role="wastes")
    expect_low(doc, wastes)
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

TEXT |= {
    "l1.title": ("Приложение 3 к комплексному экологическому разрешению. Технологические нормативы выбросов",
                 "Кешенді экологиялық рұқсатқа 3-қосымша. Шығарындылардың технологиялық нормативтері", "GIẤY PHÉP MÔI TRƯỜNG"),
    "l1.head": ("№ источника|Наименование источника|Норматив концентрации загрязняющих веществ в отходящих газах, мг/Нм3|^|^|^",
                "Көз №|Көздің атауы|Шығатын газдардағы ластаушы заттар концентрациясының нормативі, мг/Нм3|^|^|^",
                "Ký hiệu|Dòng khí thải|Giá trị giới hạn cho phép (mg/Nm3)|^|^|^"),
    "l1.note": ("Примечание: «–» – вещество в выбросах источника не нормируется; концентрации приведены к нормальным условиям "
                "(273 К, 101,3 кПа), для котельной – при содержании O2 6 %.",
                "Ескертпе: «–» – көз шығарындыларындағы зат нормаланбайды; концентрациялар қалыпты жағдайларға (273 К, 101,3 кПа), "
                "қазандық үшін – O2 мөлшері 6 % кезіне келтірілген.",
                "Ghi chú: “-” – không quy định đối với dòng khí thải."),
    "l1.caption": ("Таблица 3.1 – Предельные концентрации загрязняющих веществ на организованных источниках",
                   "3.1-кесте – Ұйымдастырылған көздердегі ластаушы заттардың шекті концентрациялары",
                   "Bảng 2. Chất lượng khí thải trước khi xả vào môi trường"),
    "l2.h": ("АКТ о результатах проверки", "Тексеру нәтижелері туралы АКТ", "PHỤ LỤC. YÊU CẦU VỀ BẢO VỆ MÔI TRƯỜNG ĐỐI VỚI NƯỚC THẢI"),
    "l2.h2": ("4. Результаты отбора и анализа проб сточных вод", "4. Ағынды сулардың сынамаларын алу және талдау нәтижелері", ""),
    "l2.p": ("Пробы сточных вод отобраны в ходе проверки аккредитованной лабораторией; результаты приведены по протоколу испытаний "
             "№ {n} от 12.03.2026 в сравнении с нормативами допустимых сбросов, установленными экологическим разрешением.",
             "Ағынды сулардың сынамаларын тексеру барысында аккредиттелген зертхана алды; нәтижелер 12.03.2026 жылғы № {n} сынақ "
             "хаттамасы бойынша экологиялық рұқсатта белгіленген жол берілетін төгінділер нормативтерімен салыстырылып келтірілген.",
             "Nước thải sinh hoạt sau xử lý phải bảo đảm đạt QCVN 14:2008/BTNMT trước khi xả ra kênh thủy lợi tiếp nhận, cụ thể như sau:"),
    "l2.head": ("№|Наименование показателя|Норматив допустимого сброса (НДС), мг/дм3|Фактическая концентрация, мг/дм3|Кратность превышения НДС",
                "№|Көрсеткіштің атауы|Жол берілетін төгінді нормативі (ЖТН), мг/дм3|Нақты концентрациясы, мг/дм3|ЖТН-нан асу еселігі",
                "TT|Thông số|Đơn vị|Giá trị giới hạn (QCVN 14:2008/BTNMT, cột A)"),
    "l2.points": ("Выпуск № 1|Выпуск № 2", "№ 1 шығарылым|№ 2 шығарылым", ""),
    "l2.note": ("Примечание: «–» – превышение норматива не установлено; для pH норматив указан в единицах pH.",
                "Ескертпе: «–» – нормативтен асу анықталған жоқ; pH үшін норматив pH бірлігімен көрсетілген.",
                "Ghi chú: Cột A quy định giá trị C của các thông số ô nhiễm làm cơ sở tính toán giá trị tối đa cho phép trong nước thải "
                "sinh hoạt khi thải vào các nguồn nước được dùng cho mục đích cấp nước sinh hoạt."),
    "l2.caption": ("Таблица 4.1 – Результаты анализа проб сточных вод", "4.1-кесте – Ағынды сулар сынамаларын талдау нәтижелері",
                   "Bảng 1. Giá trị giới hạn các thông số ô nhiễm trong nước thải sinh hoạt sau xử lý"),
    "l2.after": ("По результатам проверки оператору выдано предписание об устранении выявленных нарушений.",
                 "Тексеру нәтижелері бойынша операторға анықталған бұзушылықтарды жою туралы нұсқама берілді.", ""),
}  # fmt: skip
# source index in sources_data.SOURCES: {code: mg/Nm3}, None for a dash — technological norms of a КЭР
STACK_NORMS = {0: {"0301": 470, "0330": 1200, "0337": 300, "2908": 150},
               1: {"0301": 1800, "0330": None, "0337": 1200, "2908": None},
               2: {"0301": None, "0330": None, "0337": None, "2908": 50}}
STACK_CODES = ("0301", "0330", "0337", "2908")
VI_GAS = ("2902", "0330", "0301", "0337")
# symbol: limit — QCVN 14:2008/BTNMT, domestic waste water, column A
QCVN14A = {"pH": (5, 9), "BOD5": 30, "TSS": 50, "TDS": 500, "S2-": 1, "NH4+": 5, "NO3-": 30, "Surfactants": 5, "Coliform": 3000}


def limits_n1(doc: Doc) -> None:
    """A КЭР's flue-gas norms transposed: the organised sources as rows, the substances as sub-columns under a merged
    `мг/Нм3` header, a dash where a source's gas is not normed, a note row (VI: a GPMT's gas streams KT1, KT2 as rows,
    the limits worked out from QCVN 19 column B with the Kp and Kv of a lead-in sentence)."""
    if doc.lang == "vi":
        opening(doc, "permit", title=_t(doc, "l1.title"))
        doc.h("Phụ lục II. NỘI DUNG CẤP PHÉP XẢ KHÍ THẢI VÀ YÊU CẦU BẢO VỆ MÔI TRƯỜNG ĐỐI VỚI THU GOM, XỬ LÝ KHÍ THẢI")
        doc.p("1. Nguồn phát sinh khí thải: nguồn số 01 – lò hơi đốt biomass công suất 10 tấn hơi/giờ; nguồn số 02 – hệ thống "
              "nghiền nguyên liệu.")
        kv = doc.pick((1.0, 1.2))
        doc.p(f"2. Chất lượng khí thải trước khi xả vào môi trường phải bảo đảm đáp ứng QCVN 19:2009/BTNMT, cột B, với hệ số vùng "
              f"Kv = {num(kv, 'vi')}; hệ số lưu lượng Kp = 0,9 đối với dòng khí thải số 01 (lưu lượng lớn nhất 28.000 m3/giờ) và "
              f"Kp = 1 đối với dòng khí thải số 02 (lưu lượng lớn nhất 12.000 m3/giờ), cụ thể như sau:")
        rows = [_row(doc, "l1.head"), [None, None, vocab.air("2902", "vi"), *(vocab.air(c, "vi", 1) for c in VI_GAS[1:])]]
        streams = (("KT1", "Dòng khí thải số 01: ống khói lò hơi", 0.9, VI_GAS), ("KT2", "Dòng khí thải số 02: ống thải hệ thống xử lý bụi "
                   "khu nghiền", 1.0, ("2902",)))
        for point, name, kp, codes in streams:
            values = {c: round(QCVN19[c][1] * kp * kv, 6) for c in codes}
            rows.append([point, name, *(num(values[c], "vi") if c in values else "-" for c in VI_GAS)])
            add(doc, *(limit(("code", c), "flue_gas", v, "mg/Nm3", None, point) for c, v in values.items()))
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 5)]
        _span(rows, merges, _t(doc, "l1.note"))
        doc.table(_t(doc, "l1.caption"), rows, merges, role="limits")
        return
    opening(doc, "permit", title=_t(doc, "l1.title"))
    start = doc.rng.randint(1, 6)
    sources = [Source(f"{start + k:04d}", SOURCES[k][0][vocab.LANGS.index(doc.lang)], True,
                      tuple(c for c in STACK_CODES if STACK_NORMS[k][c] is not None)) for k in range(3)]
    names = [vocab.air(c, doc.lang, 1 if c == "2908" and doc.lang == "ru" else 0) for c in STACK_CODES]
    rows = [_row(doc, "l1.head"), [None, None, *names]]
    for k, s in enumerate(sources):
        norms = STACK_NORMS[k]
        rows.append([s.number, s.name, *(num(norms[c], doc.lang) if norms[c] is not None else "–" for c in STACK_CODES)])
        add(doc, *(limit(("code", c), "flue_gas", norms[c], "mg/Nm3", None, s.number) for c in s.codes))
        doc.add("emissions", *(emission(c, None, None, s.number) for c in s.codes))
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 5)]
    _span(rows, merges, _t(doc, "l1.note"))
    doc.table(_t(doc, "l1.caption"), rows, merges, role="limits")
    expect_sources(doc, sources)
    maybe_distractor(doc)


def limits_n2(doc: Doc) -> None:
    """An inspection act's sampling results: a group row naming the outlet spans the table above its parameters, the
    permit's НДС, the concentration found and an exceedance ratio (a dash where none), a note row (VI: an ĐTM
    decision's appendix, QCVN 14 column A for domestic waste water named in the header, Coliform in MPN/100ml)."""
    if doc.lang == "vi":
        name, operator, _ = vocab.FACILITIES["vi"][doc.rng.randrange(6)]
        doc.h(_t(doc, "fac2.h"))
        doc.p(f"Điều 1. Phê duyệt kết quả thẩm định báo cáo đánh giá tác động môi trường của dự án {name} của {operator} "
              "với các yêu cầu về bảo vệ môi trường tại Phụ lục kèm theo Quyết định này.")
        doc.h(_t(doc, "l2.h"))
        doc.p(_t(doc, "l2.p"))
        keys = ["pH", *sorted(doc.rng.sample(["BOD5", "TSS", "TDS", "S2-", "NH4+", "NO3-", "Surfactants"], 5), key=list(QCVN14A).index),
                "Coliform"]
        rows, merges = [_row(doc, "l2.head")], []
        for k, s in enumerate(keys, 1):
            unit = {"pH": "-", "Coliform": "MPN/100ml"}.get(s, "mg/l")
            rows.append([str(k), vocab.water(s, "vi"), unit, cell(doc, QCVN14A[s], to=" – ")])
            add(doc, limit(("symbol", s), "waste_water", QCVN14A[s], "MPN/100ml" if s == "Coliform" else "mg/l", "A"))
        _span(rows, merges, _t(doc, "l2.note"))
        doc.table(_t(doc, "l2.caption"), rows, merges, role="limits")
        return
    name, operator, _ = vocab.FACILITIES[doc.lang][doc.rng.randrange(6)]
    doc.h(_t(doc, "l2.h"))
    doc.p(doc.v(f"Проверяемый субъект: {operator}. Объект проверки: {name}.", f"Тексерілетін субъект: {operator}. Тексеру объектісі: {name}.", ""))
    doc.h(_t(doc, "l2.h2"))
    doc.p(_t(doc, "l2.p").format(n=doc.rng.randint(20, 180)))
    rows, merges, n = [_row(doc, "l2.head")], [], 0
    pool = [k for k in DISCHARGE if k != "pH"]
    for point in _t(doc, "l2.points").split("|"):
        _span(rows, merges, point)
        for s in ["pH", *sorted(doc.rng.sample(pool, 4), key=pool.index)]:
            n += 1
            lim = DISCHARGE[s]
            if isinstance(lim, tuple):
                value, ratio = round(doc.rng.uniform(6.2, 9.1), 1), "–"
            else:
                value = _sig(lim * doc.rng.uniform(0.3, 1.6))
                ratio = num(round(value / lim, 1), doc.lang) if value > lim else "–"
            rows.append([str(n), vocab.water(s, doc.lang), cell(doc, lim), num(value, doc.lang), ratio])
            add(doc, limit(("symbol", s), "waste_water", lim, "mg/l", None, point, value))
    _span(rows, merges, _t(doc, "l2.note"))
    doc.table(_t(doc, "l2.caption"), rows, merges, role="limits")
    doc.p(_t(doc, "l2.after"))
    inspectors = [doc.v(["Должность", "Ф.И.О."], ["Лауазымы", "Аты-жөні"], []),
                  doc.v(["Главный специалист – государственный экологический инспектор", "Нурланов А.Б."],
                        ["Бас маман – мемлекеттік экологиялық инспектор", "Нұрланов А.Б."], []),
                  doc.v(["Ведущий специалист – государственный экологический инспектор", "Сагинтаева Г.М."],
                        ["Жетекші маман – мемлекеттік экологиялық инспектор", "Сағынтаева Г.М."], [])]
    doc.table(doc.v("Проверку провели:", "Тексеруді жүргізгендер:", ""), inspectors, role="other")


# ---------------------------------------------------------------- monitoring

TEXT |= {
    "m1.title": ("Приложение 5 к комплексному экологическому разрешению. Программа производственного экологического контроля",
                 "Кешенді экологиялық рұқсатқа 5-қосымша. Өндірістік экологиялық бақылау бағдарламасы", "GIẤY PHÉP MÔI TRƯỜNG"),
    "m1.h": ("Раздел 3. Мониторинг воздействия", "3-бөлім. Әсер мониторингі", "Phụ lục IV. CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG CỦA CƠ SỞ"),
    "m1.head": ("Показатель программы|Точка КТ-1|Точка КТ-2|Точка ОС-1", "Бағдарлама көрсеткіші|КТ-1 нүктесі|КТ-2 нүктесі|ОС-1 нүктесі",
                "Nội dung|Nước thải (NT1)|Khí thải (KT1)|Không khí xung quanh (KK1)"),
    "m1.labels": ("Место отбора проб|Объект контроля|Контролируемые параметры|Периодичность|Метод контроля",
                  "Сынама алу орны|Бақылау объектісі|Бақыланатын параметрлер|Кезеңділігі|Бақылау әдісі",
                  "Vị trí giám sát|-|Thông số giám sát|Tần suất giám sát|Quy chuẩn so sánh"),
    "m1.places": ("граница СЗЗ, северное направление|граница СЗЗ, южное направление|выпуск очищенных сточных вод после очистных сооружений",
                  "СҚА шекарасы, солтүстік бағыт|СҚА шекарасы, оңтүстік бағыт|тазарту құрылыстарынан кейінгі тазартылған ағынды сулар шығарылымы",
                  "Hố ga sau hệ thống xử lý nước thải tập trung|Ống khói lò hơi sau hệ thống xử lý khí thải|Khu vực cổng bảo vệ nhà máy"),
    "m1.media": ("атмосферный воздух|атмосферный воздух|сточные воды", "атмосфералық ауа|атмосфералық ауа|ағынды сулар", ""),
    "m1.methods": ("инструментальный|инструментальный|лабораторный", "аспаптық|аспаптық|зертханалық",
                   "QCVN 40:2011/BTNMT, cột A|QCVN 19:2009/BTNMT, cột B|QCVN 05:2023/BTNMT"),
    "m1.flow": ("расход сточных вод", "ағынды сулардың шығыны", "Lưu lượng"),
    "m1.caption": ("Таблица 3.1 – Программа мониторинга воздействия", "3.1-кесте – Әсер мониторингінің бағдарламасы",
                   "Bảng 1. Chương trình quan trắc môi trường định kỳ"),
    "m2.title": ("", "", "QUYẾT ĐỊNH PHÊ DUYỆT KẾT QUẢ THẨM ĐỊNH BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG"),
    "m2.h": ("Приложение 2. Требования к производственному экологическому контролю",
             "2-қосымша. Өндірістік экологиялық бақылауға қойылатын талаптар",
             "Phụ lục. CHƯƠNG TRÌNH QUẢN LÝ VÀ GIÁM SÁT MÔI TRƯỜNG CỦA DỰ ÁN"),
    "m2.head": ("Компонент окружающей среды|Точка контроля|Контролируемые параметры|Периодичность",
                "Қоршаған орта компоненті|Бақылау нүктесі|Бақыланатын параметрлер|Кезеңділігі",
                "Thành phần môi trường|Vị trí giám sát|Thông số giám sát|Tần suất|Quy chuẩn áp dụng"),
    "m2.phases": ("1. Период строительства|2. Период эксплуатации", "1. Құрылыс кезеңі|2. Пайдалану кезеңі",
                  "a) Giai đoạn thi công xây dựng|b) Giai đoạn vận hành"),
    "m2.air": ("Атмосферный воздух", "Атмосфералық ауа", "Không khí xung quanh"),
    "m2.ground": ("Подземные воды", "Жерасты сулары", "Nước thải"),
    "m2.gas": ("", "", "Khí thải"),
}  # fmt: skip
WATER_POOL = ("pH", "TSS", "BOD5", "COD", "TPH", "NH4+", "Cl-", "SO4")
VI_WATER_POOL = ("pH", "BOD5", "COD", "TSS", "NH4+", "TN", "TP", "TPH")
GROUND_POOL = ("pH", "TDS", "Cl-", "SO4", "NO3-", "TPH", "Fe")
DUST = {"ru": "2908", "kk": "2902", "vi": "2902"}


def monitoring_n1(doc: Doc) -> None:
    """A КЭР's monitoring programme transposed: the control points as columns, the place, the medium, the parameters
    (listed in one cell), the frequency and the method as rows (VI: a GPMT appendix, waste water, stack gas and
    ambient air as columns, each with its one point, the standard compared against as the last row)."""
    vi = doc.lang == "vi"
    opening(doc, "permit", title=_t(doc, "m1.title"))
    doc.h(_t(doc, "m1.h"))
    head = _row(doc, "m1.head")
    points = ("NT1", "KT1", "KK1") if vi else ("КТ-1", "КТ-2", "ОС-1")
    labels = _t(doc, "m1.labels").split("|")
    words = [doc.pick(("monthly", "quarterly")), doc.pick(("quarterly", "semiannual")), doc.pick(("quarterly", "semiannual", "yearly"))]
    lists = []
    if vi:
        water = sorted(doc.rng.sample(VI_WATER_POOL, 5), key=VI_WATER_POOL.index)
        gas, air = list(VI_GAS), sorted(doc.rng.sample(VI_GAS, 3), key=VI_GAS.index)
        flow = _t(doc, "m1.flow")
        lists = [f"{flow}, " + ", ".join(vocab.water(s, "vi") for s in water),
                 f"{flow}, {vocab.air('2902', 'vi')}, " + ", ".join(vocab.air(c, "vi", 1) for c in gas[1:]),
                 _listed(doc, air)]
        keys = [[("symbol", s) for s in water], [("code", c) for c in gas], [("code", c) for c in air]]
    else:
        pool = AIR_LISTABLE[doc.lang]
        first, second = (sorted(doc.rng.sample(pool, 3), key=pool.index) for _ in range(2))
        water = sorted(doc.rng.sample(WATER_POOL, 4), key=WATER_POOL.index)
        lists = [_listed(doc, first), _listed(doc, second),
                 f"{_t(doc, 'm1.flow')}, " + ", ".join(vocab.water(s, doc.lang) for s in water)]
        keys = [[("code", c) for c in first], [("code", c) for c in second], [("symbol", s) for s in water]]
    body = [_t(doc, "m1.places").split("|"), lists, [freq(doc, w) for w in words], _t(doc, "m1.methods").split("|")]
    names = [labels[0], labels[2], labels[3], labels[4]]
    if not vi:
        body.insert(1, _t(doc, "m1.media").split("|"))
        names.insert(1, labels[1])
    rows = [head] + [[name, *cells] for name, cells in zip(names, body, strict=True)]
    doc.table(_t(doc, "m1.caption"), rows, role="monitoring")
    for point, word, pairs in zip(points, words, keys, strict=True):
        doc.add("monitoring", *(_mon({"point_contains": point}, key, word) for key in pairs))
    maybe_distractor(doc)


def monitoring_n2(doc: Doc) -> None:
    """Monitoring required for construction and for operation: a group row per period spans the table, the medium
    merged down the first column within it, the point with its place in words, the parameters in one cell (VI: an ĐTM
    decision's programme of environmental supervision, a column of the standard applied)."""
    vi = doc.lang == "vi"
    if vi:
        name, operator, _ = vocab.FACILITIES["vi"][doc.rng.randrange(6)]
        doc.h(_t(doc, "m2.title"))
        doc.p(f"Điều 1. Phê duyệt kết quả thẩm định báo cáo đánh giá tác động môi trường của dự án {name} của {operator}.")
    else:
        opening(doc, "permit")
    doc.h(_t(doc, "m2.h"))
    rows, merges = [_row(doc, "m2.head")], []
    building, running = _t(doc, "m2.phases").split("|")
    air_pool = AIR_LISTABLE[doc.lang]
    if vi:
        plan = [(building, [(_t(doc, "m2.air"), "KK1: khu vực công trường thi công", "code", air_pool, "monthly", "QCVN 05:2023/BTNMT")]),
                (running, [(_t(doc, "m2.ground"), "NT1: hố ga sau hệ thống xử lý nước thải tập trung", "symbol", VI_WATER_POOL,
                            doc.pick(("monthly", "quarterly")), "QCVN 40:2011/BTNMT, cột A"),
                           (_t(doc, "m2.gas"), "KT1: ống khói lò hơi", "code", air_pool, doc.pick(("quarterly", "semiannual")),
                            "QCVN 19:2009/BTNMT, cột B"),
                           (_t(doc, "m2.air"), "KK2: khu vực cổng nhà máy", "code", air_pool, doc.pick(("quarterly", "semiannual")),
                            "QCVN 05:2023/BTNMT")])]
    else:
        places = doc.v(("Т-1 (граница строительной площадки)", "Т-2 (граница СЗЗ, север)", "Т-3 (граница СЗЗ, юг)",
                        "Скв-1 (наблюдательная скважина ниже по потоку)"),
                       ("Т-1 (құрылыс алаңының шекарасы)", "Т-2 (СҚА шекарасы, солтүстік)", "Т-3 (СҚА шекарасы, оңтүстік)",
                        "Скв-1 (ағыс бойынша төмен бақылау ұңғымасы)"), ())
        air, ground = _t(doc, "m2.air"), _t(doc, "m2.ground")
        plan = [(building, [(air, places[0], "code", air_pool, "monthly", None)]),
                (running, [(air, places[1], "code", air_pool, doc.pick(("quarterly", "semiannual")), None),
                           (air, places[2], "code", air_pool, doc.pick(("quarterly", "semiannual")), None),
                           (ground, places[3], "symbol", GROUND_POOL, doc.pick(("quarterly", "semiannual", "yearly")), None)])]
    for phase, lines in plan:
        _span(rows, merges, phase)
        start, medium = len(rows), None
        for what, place, key, pool, word, norm in lines:
            if phase == building:  # dust is always watched on a building site
                dust = DUST[doc.lang]
                picked = [dust, *sorted(doc.rng.sample([c for c in pool if c != dust], 2), key=pool.index)]
            else:
                picked = sorted(doc.rng.sample(pool, 3), key=pool.index)
            if key == "symbol":
                names = ", ".join(vocab.water(s, doc.lang) for s in picked)
            elif place.startswith("KT"):  # at a stack: `Bụi tổng`, not the ambient `TSP`
                names = ", ".join(vocab.air(c, "vi", 0 if c == "2902" else 1) for c in picked)
            else:
                names = _listed(doc, picked)
            if what != medium and len(rows) - 1 > start:
                merges.append((start, 0, len(rows) - 1, 0))
            if what != medium:
                start, medium = len(rows), what
            rows.append([what if len(rows) == start else None, place, names, freq(doc, word), *([norm] if vi else [])])
            point = place.split(":")[0] if vi else place.split(" ")[0]
            doc.add("monitoring", *(_mon({"point_contains": point}, (key, x), word) for x in picked))
        if len(rows) - 1 > start:
            merges.append((start, 0, len(rows) - 1, 0))
    doc.table(None, rows, merges, role="monitoring")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

TEXT |= {
    "i1.title": ("Приложение 6 к комплексному экологическому разрешению. Порядок проведения внутренних проверок",
                 "Кешенді экологиялық рұқсатқа 6-қосымша. Ішкі тексерулерді жүргізу тәртібі",
                 "QUY CHẾ TỰ KIỂM TRA VIỆC THỰC HIỆN GIẤY PHÉP MÔI TRƯỜNG"),
    "i1.p": ("Внутренние проверки проводятся на каждом объекте проверки в двух видах с различной периодичностью:",
             "Ішкі тексерулер әрбір тексеру объектісінде әртүрлі кезеңділікпен екі түрде жүргізіледі:",
             "Việc tự kiểm tra tại mỗi khu vực được thực hiện theo hai hình thức với tần suất khác nhau:"),
    "i1.head": ("Объект проверки|Вид проверки|Периодичность|Ответственный|Оформление результатов",
                "Тексеру объектісі|Тексеру түрі|Кезеңділігі|Жауапты|Нәтижелерді ресімдеу",
                "Khu vực kiểm tra|Hình thức kiểm tra|Tần suất|Người thực hiện|Hồ sơ ghi nhận"),
    "i1.kinds": ("визуальный осмотр площадки и оборудования|документальная проверка (журналы, паспорта, акты)",
                 "алаң мен жабдықты көзбен шолып тексеру|құжаттық тексеру (журналдар, паспорттар, актілер)",
                 "Kiểm tra hiện trường, thiết bị|Kiểm tra hồ sơ, sổ nhật ký vận hành"),
    "i1.who": ("инженер-эколог|главный эколог", "инженер-эколог|бас эколог", "Cán bộ môi trường|Trưởng phòng An toàn – Môi trường"),
    "i1.record": ("запись в журнале|акт внутренней проверки", "журналға жазба|ішкі тексеру актісі", "Ghi sổ nhật ký|Biên bản kiểm tra"),
    "i2.h": ("АКТ о результатах проверки № {n}", "№ {n} тексеру нәтижелері туралы АКТ",
             "BIÊN BẢN KIỂM TRA VIỆC CHẤP HÀNH PHÁP LUẬT VỀ BẢO VỆ MÔI TRƯỜNG"),
    "i2.info": ("Сведения|Данные;Вид проверки|проверка на соответствие требованиям;Период проверки|с 02.03.2026 по 13.03.2026;"
                "Проверяющие|Нурланов А.Б., Сагинтаева Г.М.",
                "Мәліметтер|Деректер;Тексеру түрі|талаптарға сәйкестігін тексеру;Тексеру кезеңі|02.03.2026 бастап 13.03.2026 дейін;"
                "Тексерушілер|Нұрланов А.Б., Сағынтаева Г.М.",
                "Nội dung|Thông tin;Hình thức|Kiểm tra theo kế hoạch;Thời gian kiểm tra|Từ ngày 02/3/2026 đến ngày 06/3/2026;"
                "Đoàn kiểm tra|Sở Nông nghiệp và Môi trường"),
    "i2.h2": ("3. Производственный экологический контроль: внутренние проверки",
              "3. Өндірістік экологиялық бақылау: ішкі тексерулер",
              "III. KẾT QUẢ KIỂM TRA VIỆC TỰ KIỂM TRA NỘI BỘ CỦA CƠ SỞ"),
    "i2.p": ("Проверкой установлено, что внутренние проверки проводятся оператором по утвержденному графику. Сведения о проверках за 2025 год:",
             "Тексеру барысында ішкі тексерулерді оператор бекітілген кесте бойынша жүргізетіні анықталды. 2025 жылғы тексерулер туралы мәліметтер:",
             "Cơ sở đã ban hành quy chế tự kiểm tra về bảo vệ môi trường; kết quả thực hiện năm 2025 như sau:"),
    "i2.head": ("Подразделение|Установленная периодичность проверок|Проведено проверок в 2025 г. (план / факт)|Дата последней проверки|"
                "Замечания комиссии",
                "Бөлімше|Тексерулердің белгіленген кезеңділігі|2025 ж. жүргізілген тексерулер (жоспар / нақты)|Соңғы тексеру күні|"
                "Комиссия ескертулері",
                "Khu vực|Tần suất theo quy chế|Số lần kiểm tra năm 2025 (kế hoạch / thực hiện)|Ngày kiểm tra gần nhất|Nhận xét của Đoàn"),
    "i2.remarks": ("нарушений не выявлено|акты проверок не подписаны руководителем подразделения|замечания устранены|–",
                   "бұзушылықтар анықталған жоқ|тексеру актілеріне бөлімше басшысы қол қоймаған|ескертулер жойылды|–",
                   "Không phát hiện tồn tại|Biên bản chưa có chữ ký của trưởng bộ phận|Đã khắc phục các tồn tại|-"),
    "i2.caption": ("Таблица 3 – Выполнение графика внутренних проверок", "3-кесте – Ішкі тексерулер кестесінің орындалуы",
                   "Bảng 3. Kết quả thực hiện kế hoạch tự kiểm tra"),
}  # fmt: skip
PAIRS = (("weekly", "monthly"), ("monthly", "quarterly"), ("monthly", "semiannual"), ("quarterly", "yearly"))
PER_YEAR = {"monthly": 12, "quarterly": 4, "semiannual": 2, "yearly": 1}


def inspections_n1(doc: Doc) -> None:
    """The unit merged down the first column over two rows, a visual round and a check of the records, each with its own
    frequency, who checks and how the result is recorded; in a КЭР's annex (VI: a regulation on self-checks)."""
    opening(doc, "permit" if doc.lang != "vi" else "work_plan", title=_t(doc, "i1.title"))
    doc.p(_t(doc, "i1.p"))
    rows, merges = [_row(doc, "i1.head")], []
    kinds, who, record = (_t(doc, key).split("|") for key in ("i1.kinds", "i1.who", "i1.record"))
    for unit in units(doc, 3):
        words = doc.pick(PAIRS)
        start = len(rows)
        for k, word in enumerate(words):
            rows.append([unit if k == 0 else None, kinds[k], _often(doc, word), who[k], record[k]])
            doc.add("obligations", inspection(unit, word))
        merges.append((start, 0, len(rows) - 1, 0))
    doc.table(None, rows, merges, role="inspections")
    maybe_distractor(doc)


def inspections_n2(doc: Doc) -> None:
    """An inspection act's review of the operator's internal checks: the unit, the frequency set for it, checks planned
    and made in the year, the date of the last one and the inspectors' remarks; a table of the inspection's particulars
    (no role) before it."""
    name, operator, _ = vocab.FACILITIES[doc.lang][doc.rng.randrange(6)]
    doc.h(_t(doc, "i2.h").format(n=doc.rng.randint(3, 60)))
    doc.p(doc.v(f"Проверяемый субъект: {operator}. Объект проверки: {name}.", f"Тексерілетін субъект: {operator}. Тексеру объектісі: {name}.",
                f"Cơ sở được kiểm tra: {name} của {operator}."))
    doc.table(None, [x.split("|") for x in _t(doc, "i2.info").split(";")], role="other")
    doc.h(_t(doc, "i2.h2"))
    doc.p(_t(doc, "i2.p"))
    rows = [_row(doc, "i2.head")]
    remarks = _t(doc, "i2.remarks").split("|")
    for unit in units(doc, 4):
        word = doc.pick(("monthly", "quarterly", "semiannual", "yearly"))
        plan = PER_YEAR[word]
        done = plan - (1 if plan > 1 and doc.rng.random() < 0.3 else 0)
        day, month = doc.rng.randint(2, 27), doc.rng.choice((11, 12)) if plan < 12 else 12
        date = f"{day:02d}/{month:02d}/2025" if doc.lang == "vi" else f"{day:02d}.{month:02d}.2025"
        rows.append([unit, freq(doc, word), f"{plan} / {done}", date, doc.pick(remarks)])
        doc.add("obligations", inspection(unit, word))
    doc.table(_t(doc, "i2.caption"), rows, role="inspections")


# ---------------------------------------------------------------- tasks

TEXT |= {
    "t1.h": ("ПРЕДПИСАНИЕ об устранении нарушений требований экологического законодательства Республики Казахстан",
             "Қазақстан Республикасы экологиялық заңнамасы талаптарының бұзылуын жою туралы НҰСҚАМА",
             "KẾT LUẬN KIỂM TRA VIỆC CHẤP HÀNH PHÁP LUẬT VỀ BẢO VỆ MÔI TRƯỜNG"),
    "t1.p": ("По результатам проверки {operator} (объект: {name}) Департамент экологии выявил следующие нарушения и предписывает "
             "устранить их в указанные сроки:",
             "{operator} ({name} объектісі) тексеру нәтижелері бойынша Экология департаменті мына бұзушылықтарды анықтады және оларды "
             "көрсетілген мерзімде жоюды талап етеді:",
             "Qua kiểm tra thực tế tại {name}, Đoàn kiểm tra yêu cầu {operator} khắc phục các tồn tại sau:"),
    "t1.head": ("№ п/п|Выявленное нарушение|Нарушенная норма|Мероприятие по устранению нарушения|Срок устранения",
                "Р/с №|Анықталған бұзушылық|Бұзылған норма|Бұзушылықты жою жөніндегі іс-шара|Жою мерзімі",
                "TT|Tồn tại, vi phạm|Căn cứ|Yêu cầu khắc phục|Thời hạn hoàn thành"),
    "t1.after": ("Об исполнении предписания необходимо письменно уведомить Департамент экологии в течение трех рабочих дней после "
                 "истечения срока устранения нарушения.",
                 "Нұсқаманың орындалуы туралы бұзушылықты жою мерзімі өткеннен кейін үш жұмыс күні ішінде Экология департаментін "
                 "жазбаша хабардар ету қажет.",
                 "Kết quả khắc phục gửi về Sở Nông nghiệp và Môi trường sau khi hoàn thành."),
    "t2.title": ("Приложение 4 к комплексному экологическому разрешению. План мероприятий по охране окружающей среды на 2026–2028 годы",
                 "Кешенді экологиялық рұқсатқа 4-қосымша. 2026–2028 жылдарға арналған қоршаған ортаны қорғау жөніндегі іс-шаралар жоспары",
                 "QUYẾT ĐỊNH PHÊ DUYỆT KẾT QUẢ THẨM ĐỊNH BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG"),
    "t2.head": ("№ п/п|Наименование мероприятия|Объем планируемых работ|Общая стоимость, тыс. тенге|Срок выполнения|^|"
                "Показатель эффективности мероприятия|Пункт типового перечня",
                "Р/с №|Іс-шараның атауы|Жоспарланған жұмыстар көлемі|Жалпы құны, мың теңге|Орындау мерзімі|^|"
                "Іс-шараның тиімділік көрсеткіші|Үлгілік тізбенің тармағы",
                "TT|Công trình, biện pháp bảo vệ môi trường|Kinh phí dự kiến (triệu đồng)|Thời gian thực hiện|^|Hiệu quả dự kiến"),
    "t2.sub": ("^|^|^|^|начало|окончание|^|^", "^|^|^|^|басталуы|аяқталуы|^|^", "^|^|^|Bắt đầu|Hoàn thành|^"),
    "t2.p": ("Типовой перечень – приложение 4 к Экологическому кодексу Республики Казахстан. Финансирование – собственные средства оператора.",
             "Үлгілік тізбе – Қазақстан Республикасы Экологиялық кодексінің 4-қосымшасы. Қаржыландыру – оператордың меншікті қаражаты.",
             "Điều 2. Chủ dự án có trách nhiệm thực hiện các công trình bảo vệ môi trường theo danh mục và tiến độ tại Phụ lục II:"),
}  # fmt: skip
# (violation, the norm it breaks, the measure, its term)
PRESCRIPTION = {
    "ru": (
        ("Не утверждена программа производственного экологического контроля на 2026 год", "п. 1 ст. 185 Экологического кодекса РК",
         "Разработать и утвердить программу производственного экологического контроля", "до 01.05.2026"),
        ("Не ведется журнал первичного учета отходов", "ст. 320 Экологического кодекса РК",
         "Организовать ведение журнала учета образования и движения отходов", "в течение 10 рабочих дней"),
        ("Площадка временного хранения отходов не имеет твердого покрытия и ограждения", "п. 2 ст. 320 Экологического кодекса РК",
         "Оборудовать площадку временного хранения отходов твердым покрытием и ограждением", "до 30.06.2026"),
        ("Отсутствуют паспорта пылегазоочистных установок", "ст. 207 Экологического кодекса РК",
         "Оформить паспорта на пылегазоочистные установки", "до 01.06.2026"),
        ("Не проведена инвентаризация источников выбросов после реконструкции котельной", "ст. 199 Экологического кодекса РК",
         "Провести инвентаризацию источников выбросов загрязняющих веществ", "до 01.09.2026"),
        ("На выпуске № 1 не оборудован колодец для отбора проб сточных вод", "ст. 222 Экологического кодекса РК",
         "Оборудовать колодец для отбора проб сточных вод на выпуске № 1", "до 31.07.2026"),
    ),
    "kk": (
        ("2026 жылға арналған өндірістік экологиялық бақылау бағдарламасы бекітілмеген", "ҚР Экологиялық кодексінің 185-бабының 1-тармағы",
         "Өндірістік экологиялық бақылау бағдарламасын әзірлеу және бекіту", "2026 жылғы 1 мамырға дейін"),
        ("Қалдықтарды алғашқы есепке алу журналы жүргізілмейді", "ҚР Экологиялық кодексінің 320-бабы",
         "Қалдықтардың түзілуі мен қозғалысын есепке алу журналын жүргізуді ұйымдастыру", "10 жұмыс күні ішінде"),
        ("Қалдықтарды уақытша сақтау алаңының қатты жабыны мен қоршауы жоқ", "ҚР Экологиялық кодексінің 320-бабының 2-тармағы",
         "Қалдықтарды уақытша сақтау алаңын қатты жабынмен және қоршаумен жабдықтау", "2026 жылғы 30 маусымға дейін"),
        ("Шаң-газ тазарту қондырғыларының паспорттары жоқ", "ҚР Экологиялық кодексінің 207-бабы",
         "Шаң-газ тазарту қондырғыларына паспорттар ресімдеу", "2026 жылғы 1 маусымға дейін"),
        ("Қазандықты реконструкциялаудан кейін шығарынды көздеріне түгендеу жүргізілмеген", "ҚР Экологиялық кодексінің 199-бабы",
         "Ластаушы заттар шығарындылары көздеріне түгендеу жүргізу", "2026 жылғы 1 қыркүйекке дейін"),
        ("№ 1 шығарылымда ағынды сулардың сынамаларын алуға арналған құдық жабдықталмаған", "ҚР Экологиялық кодексінің 222-бабы",
         "№ 1 шығарылымда ағынды сулар сынамаларын алу құдығын жабдықтау", "2026 жылғы 31 шілдеге дейін"),
    ),
    "vi": (
        ("Chưa lắp đặt đồng hồ đo lưu lượng nước thải đầu vào và đầu ra", "Khoản 2 Điều 47 Nghị định số 08/2022/NĐ-CP",
         "Lắp đặt đồng hồ đo lưu lượng nước thải đầu vào và đầu ra của hệ thống xử lý", "Trước ngày 30/6/2026"),
        ("Kho lưu giữ chất thải nguy hại chưa có biển cảnh báo, chưa có gờ chống tràn", "Khoản 2 Điều 35 Thông tư số 02/2022/TT-BTNMT",
         "Bổ sung biển cảnh báo và gờ chống tràn cho kho lưu giữ chất thải nguy hại", "Trước ngày 30/4/2026"),
        ("Chưa lập sổ nhật ký vận hành hệ thống xử lý nước thải", "Khoản 4 Điều 47 Nghị định số 08/2022/NĐ-CP",
         "Lập và ghi chép đầy đủ sổ nhật ký vận hành hệ thống xử lý nước thải", "Trước ngày 15/4/2026"),
        ("Chưa bố trí nhân sự phụ trách về bảo vệ môi trường", "Khoản 3 Điều 53 Luật Bảo vệ môi trường năm 2020",
         "Bố trí cán bộ phụ trách công tác bảo vệ môi trường của cơ sở", "Trong thời hạn 30 ngày"),
        ("Chưa chuyển giao chất thải nguy hại cho đơn vị có chức năng trong năm 2025", "Khoản 1 Điều 83 Luật Bảo vệ môi trường năm 2020",
         "Ký hợp đồng chuyển giao chất thải nguy hại với đơn vị có chức năng xử lý", "Trước ngày 31/5/2026"),
        ("Hệ thống quan trắc khí thải tự động chưa truyền số liệu về Sở", "Khoản 5 Điều 98 Nghị định số 08/2022/NĐ-CP",
         "Khắc phục sự cố đường truyền số liệu quan trắc khí thải tự động về Sở", "Trong thời hạn 30 ngày"),
    ),
}
# (measure, volume of work, start, end, efficiency, item of the Code's annex 4) — VI: (measure, start, end, expected effect)
PLAN = {
    "ru": (
        ("Установка рукавного фильтра на аспирационной системе дробильного комплекса", "1 комплект", "I кв. 2026 г.", "IV кв. 2026 г.",
         "снижение выбросов пыли неорганической на 12,4 т/год", "п. 1.3"),
        ("Озеленение санитарно-защитной зоны предприятия", "2,5 га", "II кв. 2026 г.", "III кв. 2026 г.",
         "снижение пыления на границе СЗЗ", "п. 1.11"),
        ("Строительство локальных очистных сооружений ливневых сточных вод", "1 объект", "II кв. 2026 г.", "IV кв. 2027 г.",
         "снижение сброса взвешенных веществ на 3,2 т/год", "п. 2.3"),
        ("Обустройство площадки временного хранения отходов навесом и твердым покрытием", "1 площадка", "I кв. 2026 г.",
         "II кв. 2026 г.", "исключение загрязнения почв", "п. 6.4"),
        ("Внедрение автоматизированной системы мониторинга выбросов на дымовой трубе котельной", "1 система", "I кв. 2026 г.",
         "IV кв. 2026 г.", "соблюдение требований экологического разрешения", "п. 1.8"),
        ("Рекультивация нарушенных земель отработанного карьера", "4,8 га", "II кв. 2027 г.", "IV кв. 2028 г.",
         "восстановление нарушенных земель", "п. 4.2"),
    ),
    "kk": (
        ("Ұсату кешенінің аспирациялық жүйесіне жеңді сүзгі орнату", "1 жинақ", "2026 ж. I тоқсан", "2026 ж. IV тоқсан",
         "бейорганикалық шаң шығарындыларын жылына 12,4 т азайту", "1.3-тармағы"),
        ("Кәсіпорынның санитариялық-қорғау аймағын көгалдандыру", "2,5 га", "2026 ж. II тоқсан", "2026 ж. III тоқсан",
         "СҚА шекарасында шаңдануды азайту", "1.11-тармағы"),
        ("Нөсерлік ағынды сулардың жергілікті тазарту құрылыстарын салу", "1 объект", "2026 ж. II тоқсан", "2027 ж. IV тоқсан",
         "қалқыма заттардың төгіндісін жылына 3,2 т азайту", "2.3-тармағы"),
        ("Қалдықтарды уақытша сақтау алаңын қалқамен және қатты жабынмен жабдықтау", "1 алаң", "2026 ж. I тоқсан", "2026 ж. II тоқсан",
         "топырақтың ластануын болдырмау", "6.4-тармағы"),
        ("Қазандықтың түтін мұржасына шығарындылар мониторингінің автоматтандырылған жүйесін енгізу", "1 жүйе", "2026 ж. I тоқсан",
         "2026 ж. IV тоқсан", "экологиялық рұқсат талаптарының сақталуы", "1.8-тармағы"),
        ("Пайдаланылған карьердің бұзылған жерлерін рекультивациялау", "4,8 га", "2027 ж. II тоқсан", "2028 ж. IV тоқсан",
         "бұзылған жерлерді қалпына келтіру", "4.2-тармағы"),
    ),
    "vi": (
        ("Xây dựng hệ thống xử lý nước thải tập trung công suất 300 m3/ngày.đêm", "Quý I/2026", "Quý IV/2026",
         "Nước thải sau xử lý đạt quy chuẩn trước khi xả thải"),
        ("Lắp đặt hệ thống xử lý khí thải lò hơi bằng phương pháp hấp thụ", "Quý II/2026", "Quý IV/2026", "Giảm bụi, SO2 trong khí thải"),
        ("Xây dựng kho lưu giữ chất thải nguy hại diện tích 30 m2", "Quý I/2026", "Quý II/2026", "Lưu giữ chất thải đúng quy định"),
        ("Trồng cây xanh bảo đảm tỷ lệ 20% diện tích khu đất", "Quý II/2026", "Quý IV/2027", "Giảm bụi, tiếng ồn"),
        ("Lắp đặt trạm quan trắc nước thải tự động và thiết bị truyền dữ liệu", "Quý III/2026", "Quý I/2027",
         "Truyền dữ liệu về Sở Nông nghiệp và Môi trường"),
        ("Xây dựng hồ sự cố dung tích 500 m3", "Quý II/2026", "Quý III/2026", "Phòng ngừa sự cố môi trường"),
    ),
}


def _words(text: str, n: int = 5) -> str:
    return " ".join(text.split()[:n])


def tasks_n1(doc: Doc) -> None:
    """A prescription of the ecology department: the violation, the norm it breaks, the measure to take and its term;
    no responsible column, the operator named in the sentence before (VI: the conclusions of an inspection)."""
    name, operator, _ = vocab.FACILITIES[doc.lang][doc.rng.randrange(6)]
    doc.h(_t(doc, "t1.h"))
    doc.p(doc.v(f"№ 08-12/{doc.rng.randint(40, 400)} от 20.03.2026", f"№ 08-12/{doc.rng.randint(40, 400)}, 20.03.2026",
                f"Số {doc.rng.randint(40, 400)}/KL-SNNMT ngày 20 tháng 3 năm 2026"))
    doc.p(_t(doc, "t1.p").format(operator=operator, name=name))
    rows = [_row(doc, "t1.head")]
    for k, (wrong, norm, measure, term) in enumerate(doc.rng.sample(PRESCRIPTION[doc.lang], 4), 1):
        rows.append([str(k), wrong, norm, measure, term])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(measure)})
    doc.table(None, rows, role="tasks")
    doc.p(_t(doc, "t1.after"))


def tasks_n2(doc: Doc) -> None:
    """A КЭР's environmental-protection plan: the volume of work and the cost, start and end under a merged term, an
    efficiency column and the item of the Code's annex 4, no responsible (VI: an ĐTM decision's schedule of
    environmental works with the cost, start and end under a merged header and the expected effect)."""
    vi = doc.lang == "vi"
    if vi:
        name, operator, _ = vocab.FACILITIES["vi"][doc.rng.randrange(6)]
        doc.h(_t(doc, "t2.title"))
        doc.p(f"Điều 1. Phê duyệt kết quả thẩm định báo cáo đánh giá tác động môi trường của dự án {name} của {operator}.")
        doc.p(_t(doc, "t2.p"))
        doc.h("Phụ lục II. DANH MỤC CÔNG TRÌNH BẢO VỆ MÔI TRƯỜNG VÀ TIẾN ĐỘ THỰC HIỆN")
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 1, 5)]
    else:
        opening(doc, "permit", title=_t(doc, "t2.title"))
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 4, 0, 5), (0, 6, 1, 6), (0, 7, 1, 7)]
    rows = [_row(doc, "t2.head"), _row(doc, "t2.sub")]
    for k, item in enumerate(doc.rng.sample(PLAN[doc.lang], 4), 1):
        if vi:
            text, begin, end, effect = item
            rows.append([str(k), text, num(doc.rng.randint(3, 250) * 10, "vi"), begin, end, effect])
        else:
            text, volume, begin, end, effect, point = item
            point = doc.v(f"{point} прил. 4 к ЭК РК", f"ҚР ЭК 4-қосымшасының {point}", "")
            rows.append([str(k), text, volume, num(doc.rng.randint(12, 900) * 100, doc.lang), begin, end, effect, point])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text)})
    doc.table(None, rows, merges, role="tasks")
    if not vi:
        doc.p(_t(doc, "t2.p"))
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"N{k}", globals()[f"{role}_n{k}"]) for role in ROLES for k in (1, 2)]
"""`facility_n1` … `tasks_n2`, in the order of the roles."""
