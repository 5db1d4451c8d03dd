"""A blind held-out set (two layouts per role, `CC1` and `CC2`): never used for tuning, written by someone who neither
ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`.

Theme: statutory reporting forms and summaries filed with regulators. Kazakhstan: a diversified holding's consolidated
report on its subsidiaries (their sites, emissions, stack measurements, corporate audits), the ecology Committee's
information on the reports on ПЭК received, a department of ecology's report on the execution of the Committee's
instructions, an operator's report to the national register of emissions and transfers (РВПЗ), a report on the
inventory of wastes, the annex of an application for a КЭР (the wastes and their places of accumulation, the ПЭК
programme), the report on ПЭК by the form of the Rules (discharges at the outlets, the execution of the sampling
schedule, internal checks, the plan of measures). Vietnam: a general corporation's (tổng công ty) summary of its member
companies, a Sở Nông nghiệp và Môi trường's reports to the UBND tỉnh (control measurements at facilities, the execution
of the tasks the UBND gave), the Cục Môi trường's report on the facilities that filed their báo cáo công tác bảo vệ môi
trường, the báo cáo công tác bảo vệ môi trường hằng năm by Mẫu số 05.A of Thông tư 02/2022/TT-BTNMT (loads of waste
gas, solid wastes and CTNH, self-inspections, tasks), the tờ khai phí bảo vệ môi trường đối với nước thải công nghiệp,
báo cáo đề xuất cấp GPMT, báo cáo kết quả quan trắc định kỳ. The documents are dense forms: numbered sections, line
codes (`Код строки`), rows of column letters or numbers, several small tables per document (some of no role), totals
first or last, `х` in cells a form does not fill.

Facility: a holding's summary of its subsidiaries, the organisation and its site as merged column groups and the
year's indicators after them, a total row (CC1); the Committee's information on the reports received, a small
statistical table of no role first, then the operators under group rows naming the category (no category column)
(CC2). Emissions: a holding's emissions by subsidiary, the subsidiary a group row, the holding's total first, line
codes, the hazard class and a share column (VI: no class) (CC1); an operator's report to the register of emissions and
transfers, the reporting threshold before the amount in kilograms a year, the method as a letter, a production table of
no role before it (VI: the annual report's loads per stack from flow and hours, a fuel table of no role) (CC2). Wastes:
the report on the inventory of wastes, totals first (all, hazardous, non-hazardous) with line codes, a row of column
letters, stocks at the start and the end of the year (VI: three small tables of the annual report — domestic, ordinary
industrial and hazardous wastes) (CC1); a КЭР application's annex, the places of accumulation in a table of no role
(area, capacity in tonnes) and the wastes referring to them by code (VI: a GPMT application's storage works, then CTNH
and ordinary wastes) (CC2). Limits: the report on ПЭК's discharges, the outlet merged down, norm and fact each as
`мг/дм3 | т` sub-columns, a row of column numbers (VI: the fee declaration for industrial waste water with the QCVN 40
column B value beside the measured content, the fee rate and the fee) (CC1); a holding's stack measurements under a
group row per subsidiary, the source merged over its substances, the norm before the year's maximum and the counts of
measurements (VI: a Sở's control measurements at facilities, waste water and stack gas under one group row each) (CC2).
Monitoring: a КЭР application's programme with a row per substance and two column groups, emission monitoring at
sources and impact monitoring at points, each with its frequency (VI: waste water and surface water) (CC1); the report
on ПЭК's execution of the sampling schedule, the programme's frequency beside the dates of sampling by quarter (VI: by
round) (CC2). Inspections: the report on ПЭК's internal checks with line codes, planned and done counts and a total
(CC1); a holding's plan of corporate audits of its subsidiaries, the frequency following the risk level (CC2). Tasks:
the report on a plan of measures under component group rows with plan/fact costs and a mark, then the next year's
plan as a second table (CC1); a department's report on the execution of the Committee's instructions, the ground
document beside each task and a status (VI: a Sở's report on the tasks the UBND tỉnh gave) (CC2).

The words of each layout are in the text tables (RU, KK, VI); a header row is one string, its cells between `|`, `^`
for a cell a merge covers.
"""

from __future__ import annotations

from . import vocab
from .common import Doc, freq, make_bin, make_msdn, maybe_distractor, num, rate
from .layouts_facility import facility
from .layouts_wastes import expect_low, expect_vn, low_wastes, vn_wastes
from .limits_data import DISCHARGE, QCVN19, QCVN40, STACK, add, cell, limit
from .obligations_data import TASKS, inspection, task, units
from .registry import ROLES, Layout
from .sources_data import SOURCES, emission, pick_sources

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
    """A row whose one cell spans the table: a group title or a note."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _down(rows: list, start: int, col: int, merges: list) -> None:
    """Merges a column down from row `start` to the last row, when that is two rows or more."""
    if len(rows) - 1 > start:
        merges.append((start, col, len(rows) - 1, col))


def _mon(loc: dict, key: tuple[str, str], frequency: str) -> dict:
    return {**loc, key[0]: key[1], "frequency": frequency}


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _sum(values) -> float:
    return round(sum(v for v in values if v is not None), 6)


def _members(doc: Doc) -> list[int]:
    """The sites of vocab.FACILITIES a holding can own (KZ: not the city's state utility)."""
    return [0, 1, 2, 3, 4, 5] if doc.lang == "vi" else [0, 1, 2, 4, 5]


TEXT |= {
    "holding": ("АО «Холдинговая компания «Дала Индастри»", "«Дала Индастри» холдингтік компаниясы» АҚ",
                "Tổng công ty Công nghiệp Phương Nam – CTCP"),
    "dash": ("–", "–", "-"),
    "x": ("х", "х", "x"),
}  # fmt: skip


# ---------------------------------------------------------------- facility

TEXT |= {
    "f1.title": ("Сводный отчет о природоохранной деятельности дочерних организаций {holding} за 2025 год",
                 "{holding} еншілес ұйымдарының 2025 жылғы табиғат қорғау қызметі туралы жиынтық есеп",
                 "BÁO CÁO TỔNG HỢP CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 CỦA CÁC ĐƠN VỊ THÀNH VIÊN – {holding}"),
    "f1.p": ("Отчет составлен по данным, представленным дочерними организациями в соответствии с корпоративным стандартом "
             "«Экологическая отчетность» (СТ ДИ 07-2023), до 20 января года, следующего за отчетным. Показатели приведены "
             "по данным отчетов по программам производственного экологического контроля и статистической формы 2-ТП (воздух).",
             "Есеп еншілес ұйымдар «Экологиялық есептілік» корпоративтік стандартына (СТ ДИ 07-2023) сәйкес есепті жылдан кейінгі "
             "жылдың 20 қаңтарына дейін ұсынған деректер бойынша жасалды. Көрсеткіштер өндірістік экологиялық бақылау "
             "бағдарламалары бойынша есептер мен 2-ТП (ауа) статистикалық нысанының деректері бойынша келтірілген.",
             "Báo cáo được tổng hợp từ báo cáo công tác bảo vệ môi trường năm 2025 (Mẫu số 05.A Phụ lục VI ban hành kèm theo "
             "Thông tư số 02/2022/TT-BTNMT) do các đơn vị thành viên gửi về Ban An toàn – Môi trường Tổng công ty."),
    "f1.h": ("Раздел 1. Общие сведения о дочерних организациях и объектах",
             "1-бөлім. Еншілес ұйымдар мен объектілер туралы жалпы мәліметтер",
             "I. THÔNG TIN CHUNG VỀ CÁC ĐƠN VỊ THÀNH VIÊN VÀ CƠ SỞ"),
    "f1.head0": ("№ п/п|Дочерняя организация|^|Объект, оказывающий негативное воздействие на окружающую среду|^|^|Показатели за 2025 год|^|^",
                 "Р/с №|Еншілес ұйым|^|Қоршаған ортаға теріс әсер ететін объект|^|^|2025 жылғы көрсеткіштер|^|^",
                 "TT|Đơn vị thành viên|^|Cơ sở|^|^|Kết quả năm 2025|^|^"),
    "f1.head1": ("^|наименование|БИН|наименование|код КАТО|категория|выбросы в атмосферу, т|сброс сточных вод, тыс. м3|образовано отходов, т",
                 "^|атауы|БСН|атауы|ҚАТО коды|санаты|атмосфераға шығарындылар, т|ағынды сулардың төгіндісі, мың м3|түзілген қалдықтар, т",
                 "^|Tên doanh nghiệp|Mã số doanh nghiệp|Tên cơ sở|Địa chỉ|Nhóm (theo Luật BVMT)|Nước thải (m3/năm)|CTNH (kg)|CTR công nghiệp thông thường (tấn)"),
    "f1.total": ("Итого по холдингу", "Холдинг бойынша барлығы", "Tổng cộng"),
    "f1.caption": ("Таблица 1.1", "1.1-кесте", "Bảng 1"),
    "f1.note": ("Примечание: «–» – сброс сточных вод в водные объекты и на рельеф не осуществляется (стоки передаются по договору).",
                "Ескертпе: «–» – ағынды суларды су объектілеріне және жер бедеріне төгу жүзеге асырылмайды (сарқынды сулар шарт бойынша беріледі).",
                "Ghi chú: (-) đơn vị đấu nối nước thải vào hệ thống xử lý nước thải tập trung của khu công nghiệp."),
    "f2.issuer": ("РГУ «Комитет экологического регулирования и контроля Министерства экологии и природных ресурсов Республики Казахстан»",
                  "«Қазақстан Республикасы Экология және табиғи ресурстар министрлігінің Экологиялық реттеу және бақылау комитеті» РММ",
                  "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG – CỤC MÔI TRƯỜNG"),
    "f2.title": ("Информация о представлении операторами объектов I и II категорий отчетов по программам производственного "
                 "экологического контроля за 2025 год",
                 "I және II санаттағы объектілер операторларының 2025 жылғы өндірістік экологиялық бақылау бағдарламалары "
                 "бойынша есептерді ұсынуы туралы ақпарат",
                 "BÁO CÁO Tình hình thực hiện báo cáo công tác bảo vệ môi trường năm 2025 của các cơ sở thuộc thẩm quyền cấp "
                 "giấy phép môi trường của Bộ"),
    "f2.p": ("Сведения сформированы по данным территориальных департаментов экологии. Отчеты представляются операторами "
             "ежеквартально в течение десяти рабочих дней после отчетного квартала посредством информационной системы.",
             "Мәліметтер аумақтық экология департаменттерінің деректері бойынша қалыптастырылды. Есептерді операторлар ақпараттық "
             "жүйе арқылы тоқсан сайын есепті тоқсаннан кейін он жұмыс күні ішінде ұсынады.",
             "Kính gửi: Bộ trưởng Bộ Nông nghiệp và Môi trường. Thực hiện quy định về báo cáo công tác bảo vệ môi trường tại Thông "
             "tư số 02/2022/TT-BTNMT, Cục Môi trường báo cáo tình hình nộp báo cáo năm 2025 của các cơ sở như sau:"),
    "f2.sum.caption": ("Таблица 1 – Сводные данные о представлении отчетов", "1-кесте – Есептердің ұсынылуы туралы жиынтық деректер",
                       "Bảng 1. Tổng hợp số lượng cơ sở nộp báo cáo"),
    "f2.sum.head": ("Категория объектов|Подлежат представлению|Представлено в срок|Представлено с нарушением срока|Не представлено",
                    "Объектілер санаты|Ұсынуға жататыны|Мерзімінде ұсынылды|Мерзімі бұзылып ұсынылды|Ұсынылмады",
                    "Phân loại cơ sở|Số cơ sở phải báo cáo|Nộp đúng hạn|Nộp quá hạn|Chưa nộp"),
    "f2.sum.rows": ("I категория|II категория|Всего", "I санат|II санат|Барлығы", "Nhóm I|Nhóm II|Tổng số"),
    "f2.caption": ("Таблица 2 – Перечень операторов, представивших отчеты за IV квартал 2025 года (извлечение)",
                   "2-кесте – 2025 жылғы IV тоқсан үшін есеп ұсынған операторлардың тізбесі (үзінді)",
                   "Phụ lục. Danh sách cơ sở đã nộp báo cáo công tác bảo vệ môi trường năm 2025 (trích)"),
    "f2.head": ("№ п/п|Наименование оператора|БИН|Наименование объекта|Код КАТО|Дата поступления отчета|Регистрационный номер",
                "Р/с №|Оператордың атауы|БСН|Объектінің атауы|ҚАТО коды|Есептің түскен күні|Тіркеу нөмірі",
                "TT|Tên cơ sở|Chủ cơ sở|Mã số doanh nghiệp|Địa chỉ|Ngày nộp báo cáo|Hình thức nộp"),
    "f2.groups": ("Объекты I категории|Объекты II категории", "I санаттағы объектілер|II санаттағы объектілер",
                  "I. Cơ sở có tiêu chí về môi trường như dự án đầu tư nhóm I|II. Cơ sở có tiêu chí về môi trường như dự án đầu tư nhóm II"),
    "f2.ways": ("", "", "Trực tuyến|Bản giấy|Trực tuyến và bản giấy"),
    "f2.after": ("Операторам, не представившим отчеты, направлены уведомления; материалы переданы в территориальные "
                 "департаменты экологии для принятия мер.",
                 "Есеп ұсынбаған операторларға хабарламалар жіберілді; материалдар шара қабылдау үшін аумақтық экология "
                 "департаменттеріне берілді.",
                 "Cục đã có văn bản đôn đốc các cơ sở chưa nộp báo cáo và đề nghị Sở Nông nghiệp và Môi trường các tỉnh, thành "
                 "phố phối hợp kiểm tra, xử lý theo quy định."),
}  # fmt: skip


def facility_cc1(doc: Doc) -> None:
    """A holding's summary of its subsidiaries: the organisation (name, BIN) and its site (name, KATO, category) as
    merged column groups, the year's indicators (tonnes emitted, thousand m3 discharged, tonnes of wastes) under a third
    group, sometimes a row of column numbers, a total row and a note (VI: a general corporation's member companies with
    the enterprise number, the address and the group, waste water, CTNH in kg and ordinary wastes)."""
    r = doc.rng
    vi = doc.lang == "vi"
    fs = [facility(doc, i) for i in sorted(r.sample(_members(doc), r.randint(3, 4)))]
    doc.h(_t(doc, "f1.title").format(holding=_t(doc, "holding")))
    doc.p(_t(doc, "f1.p"))
    doc.h(_t(doc, "f1.h"))
    rows = [_row(doc, "f1.head0"), _row(doc, "f1.head1")]
    merges = [(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 5), (0, 6, 0, 8)]
    if r.random() < 0.6:
        rows.append([str(k) for k in range(1, 10)])
    sums: list[list[float]] = [[], [], []]
    dashed = False
    for k, f in enumerate(fs, 1):
        if vi:
            figures = [r.randint(12, 900) * 100 if r.random() < 0.7 else None, r.randint(20, 900) * 10, rate(r, 3, 800, 3)]
        else:
            figures = [rate(r, 2, 2400, 4), rate(r, 0.5, 900, 3) if r.random() < 0.7 else None, rate(r, 5, 40000, 4)]
        dashed |= figures[1] is None if not vi else figures[0] is None
        for bucket, x in zip(sums, figures, strict=True):
            if x is not None:
                bucket.append(x)
        cells = [num(x, doc.lang) if x is not None else _t(doc, "dash") for x in figures]
        fourth = f["address"] if vi else f["kato"]
        rows.append([str(k), f["operator"], f["bin"], f["name"], fourth, f["cat"], *cells])
        out = {"bin": f["bin"], "name_contains": f["name"], "category": f["cat"]}
        if not vi:
            out["kato"] = f["kato"]
        doc.add("facilities", out)
    rows.append(["", _t(doc, "f1.total"), "", "", "", "", *(num(_sum(b), doc.lang) for b in sums)])
    doc.table(_t(doc, "f1.caption"), rows, merges, role="facility")
    if dashed:
        doc.p(_t(doc, "f1.note"))
    maybe_distractor(doc, 0.3)


def facility_cc2(doc: Doc) -> None:
    """The ecology Committee's information on the reports on ПЭК received: a statistical table of no role first
    (counts by category), then the operators under group rows naming the category — no category column — with the
    date the report came in and its registration number (VI: the Cục Môi trường's report to the Minister, the
    facilities under group rows `Cơ sở có tiêu chí … nhóm I`, the enterprise number, the date and the way of filing)."""
    r = doc.rng
    vi = doc.lang == "vi"
    doc.h(_t(doc, "f2.issuer"))
    doc.h(_t(doc, "f2.title"))
    doc.p(_t(doc, "f2.p"))
    due = [r.randint(4, 18), r.randint(40, 160)]
    late = [r.randint(0, 2), r.randint(1, 9)]
    missing = [r.randint(0, 1), r.randint(1, 6)]
    ok = [d - a - b for d, a, b in zip(due, late, missing, strict=True)]
    srows = [_row(doc, "f2.sum.head")]
    for label, *figures in zip(_list(doc, "f2.sum.rows"), [*due, sum(due)], [*ok, sum(ok)], [*late, sum(late)],
                               [*missing, sum(missing)], strict=True):
        srows.append([label, *(str(x) for x in figures)])
    doc.table(_t(doc, "f2.sum.caption"), srows, role="other")
    fs = [facility(doc, i) for i in r.sample(range(6), 4)]
    first = r.randint(1, 2)
    rows, merges = [_row(doc, "f2.head")], []
    width = len(rows[0])
    n = 0
    for cat, label, group in zip(("I", "II"), _list(doc, "f2.groups"), (fs[:first], fs[first:]), strict=True):
        _span(rows, merges, label, width)
        for f in group:
            n += 1
            day, month = r.randint(2, 28), r.choice((1, 2, 3) if vi else (1,))
            if vi:
                when = f"{day:02d}/{month:02d}/2026"
                rows.append([str(n), f["name"], f["operator"], f["bin"], f["address"], when, r.choice(_list(doc, "f2.ways"))])
                doc.add("facilities", {"bin": f["bin"], "name_contains": f["name"], "category": cat})
            else:
                when = f"{day:02d}.{month:02d}.2026"
                reg = f"KZ{r.randint(10, 99)}RYS{r.randint(0, 99999999):08d}"
                rows.append([str(n), f["operator"], f["bin"], f["name"], f["kato"], when, reg])
                doc.add("facilities", {"bin": f["bin"], "name_contains": f["name"], "category": cat, "kato": f["kato"]})
    doc.table(_t(doc, "f2.caption"), rows, merges, role="facility")
    doc.p(_t(doc, "f2.after"))


# ---------------------------------------------------------------- emissions

TEXT |= {
    "e1.title": ("Сводные данные о выбросах загрязняющих веществ в атмосферный воздух по дочерним организациям {holding} за 2025 год",
                 "{holding} еншілес ұйымдары бойынша 2025 жылғы атмосфералық ауаға ластаушы заттар шығарындылары туралы жиынтық деректер",
                 "BÁO CÁO TỔNG HỢP TẢI LƯỢNG KHÍ THẢI CỦA CÁC ĐƠN VỊ THÀNH VIÊN NĂM 2025 – {holding}"),
    "e1.p": ("Данные сформированы по статистическим отчетам по форме 2-ТП (воздух), представленным дочерними организациями в "
             "органы статистики. Выбросы приведены от стационарных источников, без учета передвижных.",
             "Деректер еншілес ұйымдар статистика органдарына ұсынған 2-ТП (ауа) нысаны бойынша статистикалық есептер негізінде "
             "қалыптастырылды. Шығарындылар жылжымалы көздерді есепке алмай, стационарлық көздерден келтірілген.",
             "Tải lượng được các đơn vị tính toán từ kết quả quan trắc định kỳ, lưu lượng và thời gian xả thải thực tế, tổng "
             "hợp theo báo cáo công tác bảo vệ môi trường năm 2025."),
    "e1.head": ("Код строки|Код ЗВ|Наименование загрязняющего вещества|Класс опасности|Выброшено в атмосферный воздух за 2025 год, т|Доля в выбросах организации, %",
                "Жол коды|ЛЗ коды|Ластаушы заттың атауы|Қауіптілік сыныбы|2025 жылы атмосфералық ауаға шығарылды, т|Ұйым шығарындыларындағы үлесі, %",
                "TT|Thông số ô nhiễm|Tải lượng năm 2025 (tấn/năm)|Tỷ lệ so với tổng tải lượng của đơn vị (%)"),
    "e1.total": ("Всего по холдингу|Итого по организации", "Холдинг бойынша барлығы|Ұйым бойынша жиыны",
                 "Tổng cộng toàn Tổng công ty|Cộng"),
    "e1.caption": ("Таблица 2 – Выбросы загрязняющих веществ по организациям", "2-кесте – Ұйымдар бойынша ластаушы заттар шығарындылары",
                   "Bảng 2. Tải lượng các chất ô nhiễm trong khí thải theo đơn vị thành viên"),
    "e2.title": ("Отчет оператора объекта в Государственный регистр выбросов и переноса загрязнителей за 2025 отчетный год",
                 "Объект операторының Ластағыштардың шығарындылары мен тасымалдануының мемлекеттік тіркелiмiне 2025 есепті жылғы есебі",
                 "BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025"),
    "e2.p": ("Оператор: {operator}, БИН {bin}. Объект: {name}. Отчет представлен в электронной форме до 1 апреля года, "
             "следующего за отчетным, по форме приложения к Правилам ведения регистра.",
             "Оператор: {operator}, БСН {bin}. Объект: {name}. Есеп тіркелімді жүргізу қағидаларына қосымшадағы нысан бойынша "
             "есепті жылдан кейінгі жылдың 1 сәуіріне дейін электрондық нысанда ұсынылды.",
             "(Mẫu số 05.A Phụ lục VI ban hành kèm theo Thông tư số 02/2022/TT-BTNMT) Tên cơ sở: {name}. Chủ cơ sở: {operator}. "
             "Mã số doanh nghiệp: {bin}."),
    "e2.h1": ("Раздел 1. Производственные показатели", "1-бөлім. Өндірістік көрсеткіштер", "2.1. Nhiên liệu sử dụng trong năm"),
    "e2.h2": ("Раздел 2. Выбросы загрязнителей в атмосферный воздух", "2-бөлім. Ластағыштардың атмосфералық ауаға шығарындылары",
              "2.2. Kết quả quan trắc và tải lượng khí thải"),
    "e2.prod.head": ("Показатель|Значение", "Көрсеткіш|Мәні", "TT|Loại nhiên liệu|Đơn vị|Khối lượng sử dụng"),
    "e2.prod": ("Добыча руды, тыс. т|Производство цемента, тыс. т|Перевалка нефтепродуктов, тыс. т|Выработка тепловой энергии, Гкал|"
                "Переработка руды, тыс. т|Производство мяса птицы, т",
                "Кен өндіру, мың т|Цемент өндірісі, мың т|Мұнай өнімдерін ауыстырып тиеу, мың т|Жылу энергиясын өндіру, Гкал|"
                "Кенді қайта өңдеу, мың т|Құс етін өндіру, т", ""),
    "e2.hours": ("Число часов работы в году, ч|Среднесписочная численность работников, чел.",
                 "Жылдағы жұмыс сағаттарының саны, сағ|Жұмыскерлердің орташа тізімдік саны, адам", ""),
    "e2.head0": ("№|Код ЗВ|Наименование загрязнителя|Пороговое значение выброса, кг/год|Количество выброса, кг/год|^|Метод определения|Превышение порогового значения",
                 "№|ЛЗ коды|Ластағыштың атауы|Шығарындының шекті мәні, кг/жыл|Шығарынды мөлшері, кг/жыл|^|Анықтау әдісі|Шекті мәннен асуы",
                 "TT|Nguồn thải|Lưu lượng khí thải trung bình (m3/giờ)|Thời gian xả thải (giờ/năm)|Tải lượng (tấn/năm)|^|^|^"),
    "e2.head1": ("^|^|^|^|всего|в т.ч. случайные (аварийные)|^|^", "^|^|^|^|барлығы|оның ішінде кездейсоқ (авариялық)|^|^", ""),
    "e2.methods": ("И|Р|О", "Ө|Е|Б", ""),
    "e2.yesno": ("да|нет", "иә|жоқ", ""),
    "e2.note": ("Метод определения: И – измерение, Р – расчет, О – оценка. Сведения о переносе загрязнителей со сточными водами "
                "и отходами приведены в разделах 3 и 4.",
                "Анықтау әдісі: Ө – өлшеу, Е – есептеу, Б – бағалау. Ластағыштардың ағынды сулармен және қалдықтармен "
                "тасымалдануы туралы мәліметтер 3 және 4-бөлімдерде келтірілген.",
                "Ghi chú: Tải lượng (tấn/năm) = Nồng độ trung bình các đợt quan trắc (mg/Nm3) × Lưu lượng (m3/giờ) × Thời gian xả "
                "thải (giờ/năm) × 10-9; (-): không quan trắc thông số này theo giấy phép môi trường."),
    "e2.vi.total": ("", "", "Tổng cộng"),
    "e2.fuel": ("", "", "Than cám 4a|tấn|Dầu DO 0,05S|lít|Củi trấu ép|tấn"),
    "e2.stacks": ("", "", "Ống khói lò hơi đốt than 10 tấn hơi/giờ|Ống khói lò hơi dự phòng đốt dầu DO 2 tấn hơi/giờ|"
                          "Ống thải máy phát điện dự phòng 1.250 kVA|Ống thải hệ thống lọc bụi túi vải khu nghiền"),
}  # fmt: skip

E1_POOL = {
    "kz": ("2908 0301 0304 0337 0330 0328", "2908 0301 0330 0337 0304", "0333 2754 0602 0621 0616",
           "0301 0304 0330 0337 0328 0703", "2908 0301 0337 0330 0143", "0303 0333 0301 0337 2902"),
    "vi": ("0621 0616 2902 0301 0337", "0303 0333 2902 0330 0301", "2902 0330 0301 0337 0316", "2902 0330 0301 0337",
           "2902 0330 0301 0337 0333", "0303 0333 2902"),
}
E1_TONNES = {"0703": (0.00001, 0.0008), "0143": (0.005, 0.4), "0602": (0.01, 1.5), "0616": (0.05, 6), "0621": (0.05, 8),
             "0333": (0.005, 2), "0303": (0.5, 60), "0328": (0.5, 40), "0316": (0.1, 4)}  # fmt: skip
ROMAN = ("I", "II", "III", "IV", "V")


def emissions_cc1(doc: Doc) -> None:
    """A holding's emissions by subsidiary: the holding's total first, a group row per subsidiary (operator – site)
    spanning the table above its substances, line codes (`010` the total, `100` a subsidiary's total, `101`… its
    substances), the code and the hazard class, tonnes emitted in 2025 and the substance's share of the subsidiary's
    emissions; a subtotal per subsidiary (VI: the member companies under Roman group rows, pollutants by their Vietnamese
    names or formulas, no class)."""
    r = doc.rng
    vi = doc.lang == "vi"
    doc.h(_t(doc, "e1.title").format(holding=_t(doc, "holding")))
    doc.p(_t(doc, "e1.p"))
    head = _row(doc, "e1.head")
    width = len(head)
    grand, sub_label = _list(doc, "e1.total")
    body, merges, all_t = [], [], []
    picked = sorted(r.sample(_members(doc), r.randint(2, 3)))
    for k, i in enumerate(picked, 1):
        name, operator, _ = vocab.FACILITIES[doc.lang][i]
        pool = E1_POOL["vi" if vi else "kz"][i].split()
        codes = pool[: r.randint(3, len(pool))]
        items = [(c, rate(r, *E1_TONNES.get(c, (0.5, 120) if vi else (0.8, 650)), 4)) for c in codes]
        sub = round(_sum(t for _, t in items), 3)
        all_t += [t for _, t in items]
        label = f"{ROMAN[k - 1]}. {operator} – {name}" if vi else f"{k}. {operator} – {name}"
        body.append(("span", label))
        for j, (c, t) in enumerate(items, 1):
            share = num(round(100 * t / sub, 1), doc.lang) if t / sub >= 0.0005 else "<" + num(0.1, doc.lang)
            if vi:
                body.append(("row", [str(j), vocab.air(c, "vi", r.randrange(2)), num(t, "vi"), share]))
                doc.add("emissions", emission(c, None, t))
            else:
                hz = vocab.hazard(c)
                body.append(("row", [f"{k}{j:02d}", c, vocab.air(c, doc.lang), str(hz) if hz else "–", num(t, doc.lang), share]))
                doc.add("emissions", emission(c, None, t, hazard=hz))
        sub_cells = ["", sub_label, num(sub, doc.lang), "100"] if vi else [f"{k}00", "", sub_label, "", num(sub, doc.lang), "100"]
        body.append(("row", sub_cells))
    whole = num(round(_sum(all_t), 3), doc.lang)
    top = ["", grand, whole, ""] if vi else ["010", "", grand, "", whole, _t(doc, "x")]
    rows = [head, top]
    for kind, x in body:
        if kind == "span":
            _span(rows, merges, x, width)
        else:
            rows.append(x)
    doc.table(_t(doc, "e1.caption"), rows, merges, role="emissions")
    maybe_distractor(doc, 0.3)


# code: threshold of release to air, kg/year; the range of a plant's release, kg/year
PRTR = {
    "0301": (100000, (20000, 400000)), "0330": (150000, (5000, 600000)), "0337": (500000, (40000, 900000)),
    "0303": (10000, (500, 30000)), "0316": (10000, (200, 20000)), "0410": (100000, (5000, 300000)),
    "0602": (1000, (50, 3000)), "0184": (200, (5, 600)), "0008": (50000, (3000, 120000)),
}  # fmt: skip
# per site of vocab.FACILITIES: the other pollutants it reports, the scale of its releases, the range of its production
PRTR_SITE = (
    (("0330", "0008", "0184"), 1.0, (400, 6000)),
    (("0330", "0008", "0316", "0303"), 1.5, (300, 2500)),
    (("0602", "0410", "0330"), 0.2, (100, 1500)),
    (("0330", "0008", "0184", "0316"), 1.0, (80000, 900000)),
    (("0330", "0008", "0184", "0303"), 0.8, (500, 5000)),
    (("0303", "0410", "0008"), 0.15, (5000, 60000)),
)
# pollutant: (low, high) tonnes a year at the coal boiler; the others take shares of it
VI_LOADS = {"2902": (0.8, 40), "0330": (0.5, 60), "0301": (0.5, 30), "0337": (0.1, 20)}


def emissions_cc2(doc: Doc) -> None:
    """An operator's report to the register of emissions and transfers: the operator in a sentence, a production table of
    no role, then the releases to air — the reporting threshold in kg a year before the amount, `всего | в т.ч.
    случайные` under a merged header, the method as a letter explained under the table, a yes/no column; no sources
    (VI: the annual report's loads per stack — flow and hours, then tonnes a year of four pollutants under a merged
    header, a dash where a stack is not monitored for one, a total row; a fuel table of no role before it)."""
    r = doc.rng
    vi = doc.lang == "vi"
    i = r.randrange(6)
    name, operator, _ = vocab.FACILITIES[doc.lang][i]
    bin_ = make_msdn(r) if vi else make_bin(r)
    doc.h(_t(doc, "e2.title"))
    doc.p(_t(doc, "e2.p").format(operator=operator, name=name, bin=bin_))
    doc.h(_t(doc, "e2.h1"))
    if vi:
        fuel = _list(doc, "e2.fuel")
        prows = [_row(doc, "e2.prod.head")]
        amounts = [r.randint(8, 60) * 100, r.randint(2, 40) * 1000, r.randint(50, 900)]
        for k in range(3):
            prows.append([str(k + 1), fuel[2 * k], fuel[2 * k + 1], num(amounts[k], "vi")])
        doc.table(None, prows, role="other")
        doc.h(_t(doc, "e2.h2"))
        _emissions_cc2_vi(doc)
        return
    others, scale, (low, high) = PRTR_SITE[i]
    product = _list(doc, "e2.prod")[i]
    hours, staff = _list(doc, "e2.hours")
    prows = [_row(doc, "e2.prod.head"), [product, num(rate(r, low, high, 3), doc.lang)],
             [hours, num(r.choice((8760, 8040, 6480)), doc.lang)], [staff, num(r.randint(60, 2400), doc.lang)]]
    doc.table(None, prows, role="other")
    doc.h(_t(doc, "e2.h2"))
    codes = ["0301", "0337", *sorted(r.sample(others, r.randint(2, len(others))))]
    rows = [_row(doc, "e2.head0"), _row(doc, "e2.head1")]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 6, 7)] + [(0, 4, 0, 5)]
    methods = _list(doc, "e2.methods")
    yes, no = _list(doc, "e2.yesno")
    for k, c in enumerate(codes, 1):
        threshold, (low, high) = PRTR[c]
        kg = rate(r, low * scale, high * scale, 4)
        method = methods[0] if c in ("0301", "0337", "0330") and r.random() < 0.7 else r.choice(methods[1:])
        rows.append([str(k), c, vocab.air(c, doc.lang), num(threshold, doc.lang), num(kg, doc.lang), "–", method,
                     yes if kg > threshold else no])
        doc.add("emissions", emission(c, None, round(kg / 1000, 9)))
    doc.table(None, rows, merges, role="emissions")
    doc.p(_t(doc, "e2.note"))


def _emissions_cc2_vi(doc: Doc) -> None:
    r = doc.rng
    stacks = _list(doc, "e2.stacks")
    chosen = [0, *sorted(r.sample([1, 2, 3], 2))]
    codes = list(VI_LOADS)
    # what each stack is monitored for under the permit
    takes = {0: codes, 1: ["0330", "0301", "0337"] if r.random() < 0.5 else codes, 2: ["0301", "0330", "0337"], 3: ["2902"]}
    rows = [_row(doc, "e2.head0"), [None, None, None, None, *(vocab.air(c, "vi", 0 if c == "2902" else 1) for c in codes)]]
    merges = [(0, c, 1, c) for c in range(4)] + [(0, 4, 0, 7)]
    sums: dict[str, list[float]] = {c: [] for c in codes}
    for k, s in enumerate(chosen, 1):
        scale = 1 if s == 0 else 0.15 if s == 1 else 0.03 if s == 2 else 1
        cells = []
        for c in codes:
            if c not in takes[s]:
                cells.append("-")
                continue
            low, high = VI_LOADS[c]
            t = rate(r, low * scale, high * scale, 3)
            sums[c].append(t)
            cells.append(num(t, "vi"))
            doc.add("emissions", emission(c, None, t))
        flow = r.randint(30, 400) * 100 if s in (0, 3) else r.randint(20, 90) * 100
        hours = r.choice((7200, 6000, 4800)) if s in (0, 3) else r.choice((500, 300, 720))
        rows.append([str(k), stacks[s], num(flow, "vi"), num(hours, "vi"), *cells])
    rows.append(["", _t(doc, "e2.vi.total"), "", "", *(num(_sum(sums[c]), "vi") for c in codes)])
    doc.table("Bảng 2.2. Tổng hợp tải lượng bụi, khí thải phát sinh năm 2025", rows, merges, role="emissions")
    doc.p(_t(doc, "e2.note"))


# ---------------------------------------------------------------- wastes

TEXT |= {
    "w1.title": ("Отчет по инвентаризации отходов за 2025 год", "2025 жылғы қалдықтарды түгендеу жөніндегі есеп",
                 "BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025"),
    "w1.p": ("Оператор: {operator}. Объект: {name}. Отчет представляется в уполномоченный орган в области охраны окружающей "
             "среды ежегодно до 1 марта года, следующего за отчетным.",
             "Оператор: {operator}. Объект: {name}. Есеп қоршаған ортаны қорғау саласындағы уәкілетті органға жыл сайын есепті "
             "жылдан кейінгі жылдың 1 наурызына дейін ұсынылады.",
             "(Mẫu số 05.A Phụ lục VI ban hành kèm theo Thông tư số 02/2022/TT-BTNMT) Cơ sở: {name}. Chủ cơ sở: {operator}."),
    "w1.h": ("Раздел 2. Движение отходов производства и потребления", "2-бөлім. Өндіріс және тұтыну қалдықтарының қозғалысы",
             "3. Kết quả công tác quản lý chất thải rắn và chất thải nguy hại"),
    "w1.head0": ("Наименование отхода|Код строки|Код отхода|Уровень опасности|Количество отходов, т|^|^|^|^",
                 "Қалдықтың атауы|Жол коды|Қалдық коды|Қауіптілік деңгейі|Қалдықтардың мөлшері, т|^|^|^|^", ""),
    "w1.head1": ("^|^|^|^|наличие на начало года|образовано за год|передано сторонним организациям|размещено на собственных объектах|наличие на конец года",
                 "^|^|^|^|жыл басындағы қалдық|жыл ішінде түзілді|бөгде ұйымдарға берілді|меншікті объектілерде орналастырылды|жыл соңындағы қалдық",
                 ""),
    "w1.letters": ("А|Б|В|Г|1|2|3|4|5", "А|Б|В|Г|1|2|3|4|5", ""),
    "w1.totals": ("Всего отходов|в том числе: опасные|неопасные", "Қалдықтардың барлығы|оның ішінде: қауіпті|қауіпті емес", ""),
    "w1.levels": ("опасный|неопасный", "қауіпті|қауіпті емес", ""),
    "w1.note": ("Графы 1 и 5 заполняются по данным журнала учета отходов; «х» – графа не заполняется.",
                "1 және 5-бағандар қалдықтарды есепке алу журналының деректері бойынша толтырылады; «х» – баған толтырылмайды.", ""),
    "w1.caption": ("Форма 1. Сведения об отходах", "1-нысан. Қалдықтар туралы мәліметтер", ""),
}  # fmt: skip
OWN_PLACEMENT = ("01 01 02", "19 08 14", "17 09 04")
# how each CTNH is treated, by the symbols of Thông tư 02/2022 (TĐ incineration, TC recycling, HR solidification)
TREATMENT = {"17 02 03": "TC", "16 01 06": "HR", "18 02 01": "TĐ", "18 01 02": "TC", "18 01 03": "TC", "19 06 01": "TC",
             "08 02 04": "TĐ", "16 01 13": "TC"}
VI_RECEIVERS = ("Công ty TNHH Môi trường Xanh Việt", "Công ty Cổ phần Môi trường Đông Dương", "Công ty TNHH Xử lý chất thải Sài Gòn Xanh")
VI_ORDINARY_RECEIVERS = ("Công ty TNHH Thương mại Tái chế Hưng Phát", "Hợp tác xã Vệ sinh môi trường Tân Hòa",
                         "Công ty Cổ phần Môi trường đô thị tỉnh")


def wastes_cc1(doc: Doc) -> None:
    """The report on the inventory of wastes by its form: the totals first (all, hazardous, non-hazardous) with line
    codes `010`–`030` and `х` where the form fills nothing, then each waste from line `040`, the level of hazard in words,
    five tonne columns under a merged header over a row of column letters — the stock at the start equal to the stock at
    the end, the formed amount handed over or placed on the operator's own objects (VI: three small tables of the annual
    report: domestic solid waste, ordinary industrial wastes in tonnes and CTNH in kg with a row of column numbers)."""
    r = doc.rng
    name, operator, _ = vocab.FACILITIES[doc.lang][r.randrange(6)]
    doc.h(_t(doc, "w1.title"))
    doc.p(_t(doc, "w1.p").format(name=name, operator=operator))
    doc.h(_t(doc, "w1.h"))
    if doc.lang == "vi":
        _wastes_cc1_vi(doc)
        return
    wastes = low_wastes(doc, r.randint(5, 7))
    levels = _list(doc, "w1.levels")
    x, dash = _t(doc, "x"), _t(doc, "dash")
    lines = []
    for k, w in enumerate(wastes):
        stock = round(w["t"] * r.uniform(0.05, 0.3), 3) if r.random() < 0.4 else None
        own = w["code"] in OWN_PLACEMENT
        w.update(stock=stock, own=own)
        cells = [num(stock, doc.lang) if stock else dash, num(w["t"], doc.lang), dash if own else num(w["t"], doc.lang),
                 num(w["t"], doc.lang) if own else dash, num(stock, doc.lang) if stock else dash]
        lines.append([w["name"], f"{40 + 10 * k:03d}", w["code"], levels[0 if w["hazardous"] else 1], *cells])

    def totals(group) -> list[str]:
        stock = _sum(w["stock"] for w in group)
        formed = _sum(w["t"] for w in group)
        handed = _sum(w["t"] for w in group if not w["own"])
        placed = _sum(w["t"] for w in group if w["own"])
        return [num(v, doc.lang) if v else dash for v in (stock, formed, handed, placed, stock)]

    labels = _list(doc, "w1.totals")
    rows = [_row(doc, "w1.head0"), _row(doc, "w1.head1"), _row(doc, "w1.letters")]
    rows.append([labels[0], "010", x, x, *totals(wastes)])
    rows.append([labels[1], "020", x, x, *totals([w for w in wastes if w["hazardous"]])])
    rows.append([labels[2], "030", x, x, *totals([w for w in wastes if not w["hazardous"]])])
    rows += lines
    merges = [(0, c, 1, c) for c in range(4)] + [(0, 4, 0, 8)]
    doc.table(_t(doc, "w1.caption"), rows, merges, role="wastes")
    doc.p(_t(doc, "w1.note"))
    expect_low(doc, wastes)


def _wastes_cc1_vi(doc: Doc) -> None:
    r = doc.rng
    doc.p("3.1. Chất thải rắn sinh hoạt")
    t = rate(r, 3, 180, 3)
    rows = [["TT", "Loại chất thải", "Khối lượng phát sinh (tấn/năm)", "Đơn vị thu gom, vận chuyển, xử lý"],
            ["1", "Chất thải rắn sinh hoạt", num(t, "vi"), r.choice(VI_ORDINARY_RECEIVERS[1:])]]
    doc.table("Bảng 3.1. Khối lượng chất thải rắn sinh hoạt", rows, role="wastes")
    doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": "Chất thải rắn sinh hoạt"})
    doc.p("3.2. Chất thải rắn công nghiệp thông thường")
    names = r.sample(vocab.VN_ORDINARY, 3)
    amounts = [rate(r, 0.5, 240, 3) for _ in names]
    rows = [["TT", "Tên chất thải", "Khối lượng (tấn)", "Đơn vị tiếp nhận"]]
    for k, (n, a) in enumerate(zip(names, amounts, strict=True), 1):
        rows.append([str(k), n, num(a, "vi"), r.choice(VI_ORDINARY_RECEIVERS)])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": a, "name_contains": n})
    rows.append(["", "Tổng cộng", num(_sum(amounts), "vi"), ""])
    doc.table("Bảng 3.2. Khối lượng chất thải rắn công nghiệp thông thường phát sinh năm 2025", rows, role="wastes")
    doc.p("3.3. Chất thải nguy hại")
    wastes = vn_wastes(doc, r.randint(4, 5))
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Khối lượng (kg)", "Phương pháp xử lý", "Tổ chức tiếp nhận, xử lý"],
            ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"]]
    receiver = r.choice(VI_RECEIVERS)
    for k, w in enumerate(wastes, 1):
        rows.append([str(k), w["name"], w["code"], num(w["kg"], "vi"), TREATMENT[w["code"]], receiver])
    rows.append(["", "Tổng khối lượng", "", num(sum(w["kg"] for w in wastes), "vi"), "", ""])
    doc.table("Bảng 3.3. Khối lượng chất thải nguy hại phát sinh và chuyển giao năm 2025", rows, role="wastes")
    doc.p("Ghi chú: TĐ – thiêu đốt; TC – tái chế; HR – hóa rắn (theo ký hiệu tại Phụ lục III Thông tư số 02/2022/TT-BTNMT).")
    expect_vn(doc, wastes)


TEXT |= {
    "w2.title": ("Заявление на получение комплексного экологического разрешения. Приложение 6. Сведения об отходах и местах их накопления",
                 "Кешенді экологиялық рұқсат алуға арналған өтініш. 6-қосымша. Қалдықтар және оларды жинақтау орындары туралы мәліметтер",
                 "BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG"),
    "w2.p": ("Заявитель: {operator}. Объект: {name}. Накопление отходов осуществляется на срок не более шести месяцев до даты "
             "их сбора (передачи специализированным организациям) в местах, указанных в таблице 6.1.",
             "Өтініш беруші: {operator}. Объект: {name}. Қалдықтарды жинақтау оларды жинау (мамандандырылған ұйымдарға беру) "
             "күніне дейін алты айдан аспайтын мерзімге 6.1-кестеде көрсетілген орындарда жүзеге асырылады.",
             "Chương IV. NỘI DUNG ĐỀ NGHỊ CẤP PHÉP MÔI TRƯỜNG. Mục 4. Yêu cầu về quản lý chất thải của {name} ({operator})."),
    "w2.places.caption": ("Таблица 6.1 – Места накопления отходов", "6.1-кесте – Қалдықтарды жинақтау орындары",
                          "Bảng 4.4. Công trình lưu giữ chất thải"),
    "w2.places.head": ("Обозначение на схеме|Наименование места накопления|Площадь, м2|Вместимость, т|Покрытие",
                       "Сызбадағы белгіленуі|Жинақтау орнының атауы|Ауданы, м2|Сыйымдылығы, т|Жабыны",
                       "Ký hiệu|Công trình|Diện tích (m2)|Kết cấu"),
    "w2.places": ("Закрытый склад опасных отходов|Площадка для металлолома и шин|Контейнерная площадка для ТБО",
                  "Қауіпті қалдықтардың жабық қоймасы|Металл сынықтары мен шиналарға арналған алаң|ҚТҚ арналған контейнерлік алаң",
                  "Kho lưu giữ chất thải nguy hại|Kho chứa chất thải rắn công nghiệp thông thường|Khu tập kết chất thải rắn sinh hoạt"),
    "w2.cover": ("бетон, навес|бетон|асфальт", "бетон, қалқа|бетон|асфальт",
                 "Tường gạch, mái tôn, nền bê tông chống thấm, có gờ chắn|Khung thép, mái tôn, nền bê tông|Nền bê tông, có mái che"),
    "w2.caption": ("Таблица 6.2 – Виды и количество образующихся отходов", "6.2-кесте – Түзілетін қалдықтардың түрлері мен мөлшері",
                   "Bảng 4.5. Khối lượng, chủng loại chất thải nguy hại phát sinh thường xuyên"),
    "w2.head": ("№|Наименование отхода|Код отхода|Вид отхода|Образование, т/год|Место накопления|Срок накопления|Операция по управлению отходами",
                "№|Қалдықтың атауы|Қалдық коды|Қалдық түрі|Түзілуі, т/жыл|Жинақтау орны|Жинақтау мерзімі|Қалдықтарды басқару операциясы",
                "TT|Tên chất thải|Mã CTNH|Trạng thái tồn tại|Khối lượng (kg/năm)|Nơi lưu giữ"),
    "w2.kinds": ("опасный|неопасный", "қауіпті|қауіпті емес", ""),
    "w2.terms": ("до 6 месяцев|не более 3 суток", "6 айға дейін|3 тәуліктен аспайды", ""),
    "w2.ops": ("передача на восстановление специализированной организации|передача на удаление специализированной организации|"
               "вывоз на полигон ТБО по договору|размещение на собственном отвале",
               "мамандандырылған ұйымға қалпына келтіруге беру|мамандандырылған ұйымға жоюға беру|"
               "шарт бойынша ҚТҚ полигонына шығару|меншікті үйіндіде орналастыру", ""),
}  # fmt: skip
PLACE_OF = {"16 01 03": 1, "17 04 05": 1, "12 01 13": 1, "20 03 01": 2, "15 01 01": 2, "15 01 02": 2}


def wastes_cc2(doc: Doc) -> None:
    """A КЭР application's annex on wastes: the places of accumulation first, in a table of no role (the code on the
    site plan, the place, its area in m2 and its capacity in tonnes, the cover), then the wastes with their code, kind
    in words, tonnes a year, the place by its code, the term of accumulation and the operation (VI: a GPMT application's
    storage works, then the CTNH in kg a year by their store and the ordinary wastes in tonnes a year)."""
    r = doc.rng
    vi = doc.lang == "vi"
    name, operator, _ = vocab.FACILITIES[doc.lang][r.randrange(6)]
    doc.h(_t(doc, "w2.title"))
    doc.p(_t(doc, "w2.p").format(name=name, operator=operator))
    marks = ("K1", "K2", "K3") if vi else tuple(f"{doc.v('МН', 'ЖО', '')}-{k}" for k in (1, 2, 3))
    prows = [_row(doc, "w2.places.head")]
    for mark, place, cover in zip(marks, _list(doc, "w2.places"), _list(doc, "w2.cover"), strict=True):
        area = r.randint(2, 30) * 10
        if vi:
            prows.append([mark, place, num(area, "vi"), cover])
        else:
            prows.append([mark, place, num(area, doc.lang), num(r.randint(2, 60), doc.lang), cover])
    doc.table(_t(doc, "w2.places.caption"), prows, role="other")
    if vi:
        wastes = vn_wastes(doc, r.randint(4, 5))
        rows = [_row(doc, "w2.head")]
        for k, w in enumerate(wastes, 1):
            rows.append([str(k), w["name"], w["code"], w["state"], num(w["kg"], "vi"), marks[0]])
        rows.append(["", "Tổng cộng", "", "", num(sum(w["kg"] for w in wastes), "vi"), ""])
        doc.table(_t(doc, "w2.caption"), rows, role="wastes")
        expect_vn(doc, wastes)
        names = r.sample(vocab.VN_ORDINARY, 3)
        rows = [["TT", "Tên chất thải", "Khối lượng (tấn/năm)", "Nơi lưu giữ"]]
        for k, n in enumerate(names, 1):
            t = rate(r, 1, 300, 3)
            rows.append([str(k), n, num(t, "vi"), marks[1]])
            doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": n})
        doc.table("Bảng 4.6. Khối lượng chất thải rắn công nghiệp thông thường phát sinh", rows, role="wastes")
        return
    wastes = low_wastes(doc, r.randint(5, 7))
    kinds, terms, ops = _list(doc, "w2.kinds"), _list(doc, "w2.terms"), _list(doc, "w2.ops")
    rows = [_row(doc, "w2.head")]
    for k, w in enumerate(wastes, 1):
        place = 0 if w["hazardous"] else PLACE_OF.get(w["code"], 1)
        term = terms[1] if w["code"] == "20 03 01" else terms[0]
        if w["code"] in OWN_PLACEMENT:
            op = ops[3]
        elif w["code"] == "20 03 01":
            op = ops[2]
        else:
            op = ops[1] if w["hazardous"] and r.random() < 0.4 else ops[0]
        rows.append([str(k), w["name"], w["code"], kinds[0 if w["hazardous"] else 1], num(w["t"], doc.lang),
                     "–" if w["code"] in OWN_PLACEMENT else marks[place], term, op])
    doc.table(_t(doc, "w2.caption"), rows, role="wastes")
    expect_low(doc, wastes)


# ---------------------------------------------------------------- limits

TEXT |= {
    "l1.title": ("Отчет по программе производственного экологического контроля за I квартал 2026 года",
                 "2026 жылғы I тоқсандағы өндірістік экологиялық бақылау бағдарламасы бойынша есеп", ""),
    "l1.p": ("Оператор: {operator}. Объект: {name}. Отчет составлен по форме согласно приложению 2 к Правилам разработки "
             "программы производственного экологического контроля объектов I и II категорий, ведения внутреннего учета, "
             "формирования и представления периодических отчетов по результатам производственного экологического контроля.",
             "Оператор: {operator}. Объект: {name}. Есеп I және II санаттағы объектілердің өндірістік экологиялық бақылау "
             "бағдарламасын әзірлеу, ішкі есепке алуды жүргізу, өндірістік экологиялық бақылау нәтижелері бойынша мерзімді "
             "есептерді қалыптастыру және ұсыну қағидаларына 2-қосымшаға сәйкес нысан бойынша жасалды.", ""),
    "l1.h": ("Раздел 3. Мониторинг эмиссий. 3.2. Сбросы загрязняющих веществ со сточными водами",
             "3-бөлім. Эмиссиялар мониторингі. 3.2. Ағынды сулармен ластаушы заттардың төгінділері", ""),
    "l1.head0": ("Номер выпуска|Наименование загрязняющего вещества|Установленный норматив|^|Фактический результат мониторинга|^|Превышение норматива, кратность|Мероприятия по устранению нарушения",
                 "Шығарылым нөмірі|Ластаушы заттың атауы|Белгіленген норматив|^|Мониторингтің нақты нәтижесі|^|Нормативтен асуы, еселік|Бұзушылықты жою жөніндегі іс-шаралар", ""),
    "l1.head1": ("^|^|мг/дм3|т/год|мг/дм3|т/квартал|^|^", "^|^|мг/дм3|т/жыл|мг/дм3|т/тоқсан|^|^", ""),
    "l1.outlets": ("Выпуск № 1|Выпуск № 2", "№ 1 шығарылым|№ 2 шығарылым", ""),
    "l1.where": ("Выпуск № 1 – производственные сточные воды после локальных очистных сооружений в пруд-накопитель; "
                 "выпуск № 2 – дождевые и талые воды с промплощадки после отстойника в пруд-испаритель.",
                 "№ 1 шығарылым – жергілікті тазарту құрылыстарынан кейінгі өндірістік ағынды сулар жинақтауыш тоғанға; "
                 "№ 2 шығарылым – өнеркәсіптік алаңнан тұндырғыштан кейінгі жаңбыр және еріген сулар буландырғыш тоғанға.", ""),
    "l1.fix": ("проведена внеплановая ревизия ЛОС, замена фильтрующей загрузки", "ЖТҚ жоспардан тыс тексерілді, сүзгі жүктемесі ауыстырылды", ""),
    "l1.note": ("Примечание: для водородного показателя норматив указан в единицах pH, масса сброса не нормируется.",
                "Ескертпе: сутегі көрсеткіші үшін норматив pH бірлігінде көрсетілген, төгінді массасы нормаланбайды.", ""),
    "l1.caption": ("Таблица 3.2", "3.2-кесте", ""),
}  # fmt: skip
# ND 53/2020/NĐ-CP: the variable fee, đồng per kg of the pollutant
FEE_RATES = {"COD": 2000, "TSS": 2400, "Hg": 20000000, "Pb": 1000000, "As": 2000000, "Cd": 2000000}


def limits_cc1(doc: Doc) -> None:
    """The report on ПЭК's discharges by its form: the outlet merged down the first column over its parameters, the
    norm and the fact each as `мг/дм3 | т` sub-columns under merged headers, a row of column numbers, the exceedance
    ratio and the measures taken, the outlets described in a sentence before (VI: the quarterly fee declaration for
    industrial waste water — the declarant's lines, the volume, then for each fee parameter its content in the waste
    water, the QCVN 40 column B value, the share of it, the fee rate and the fee; a total row)."""
    r = doc.rng
    name, operator, _ = vocab.FACILITIES[doc.lang][r.randrange(6)]
    if doc.lang == "vi":
        _limits_cc1_vi(doc, name, operator)
        return
    doc.h(_t(doc, "l1.title"))
    doc.p(_t(doc, "l1.p").format(name=name, operator=operator))
    doc.h(_t(doc, "l1.h"))
    doc.p(_t(doc, "l1.where"))
    rows = [_row(doc, "l1.head0"), _row(doc, "l1.head1"), [str(k) for k in range(1, 9)]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 0, 5), (0, 6, 1, 6), (0, 7, 1, 7)]
    outlets = _list(doc, "l1.outlets")
    pool = [k for k in DISCHARGE if k not in ("pH", "TSS", "TPH")]
    sets = [["pH", "TSS", *sorted(r.sample(pool, 3), key=list(DISCHARGE).index), "TPH"], ["TSS", "TPH", *(["Fe"] if r.random() < 0.5 else [])]]
    over = (0, r.randrange(1, len(sets[0]))) if r.random() < 0.5 else None
    dash = _t(doc, "dash")
    for o, (outlet, params) in enumerate(zip(outlets, sets, strict=True)):
        flow = r.randint(20, 400) * 100 if o == 0 else r.randint(5, 60) * 100  # m3 a year
        start = len(rows)
        for j, s in enumerate(params):
            lim = DISCHARGE[s]
            if isinstance(lim, tuple):
                value = round(r.uniform(6.8, 8.2), 1)
                masses = [dash, dash]
            else:
                factor = r.uniform(1.1, 1.6) if over == (o, j) else r.uniform(0.15, 0.9)
                value = _sig(lim * factor, 2)
                masses = [num(_sig(lim * flow * 1e-6, 3), doc.lang), num(_sig(value * flow / 4 * 1e-6, 3), doc.lang)]
            exceeded = not isinstance(lim, tuple) and value > lim
            ratio = num(round(value / lim, 2), doc.lang) if exceeded else dash
            lead = outlet if len(rows) == start else None
            rows.append([lead, vocab.water(s, doc.lang), cell(doc, lim), masses[0], num(value, doc.lang), masses[1], ratio,
                         _t(doc, "l1.fix") if exceeded else dash])
            add(doc, limit(("symbol", s), "waste_water", lim, "mg/l", None, outlet, value))
        _down(rows, start, 0, merges)
    doc.table(_t(doc, "l1.caption"), rows, merges, role="limits")
    doc.p(_t(doc, "l1.note"))
    maybe_distractor(doc, 0.3)


def _limits_cc1_vi(doc: Doc, name: str, operator: str) -> None:
    r = doc.rng
    q = r.randint(1, 4)
    volume = r.randint(30, 400) * 100
    doc.p("Mẫu số 03 (Ban hành kèm theo Nghị định số 53/2020/NĐ-CP ngày 05 tháng 5 năm 2020 của Chính phủ)")
    doc.h("TỜ KHAI PHÍ BẢO VỆ MÔI TRƯỜNG ĐỐI VỚI NƯỚC THẢI CÔNG NGHIỆP")
    doc.p(f"[01] Kỳ tính phí: Quý {ROMAN[q - 1]} năm 2025. [02] Tên người nộp phí: {operator}. [03] Mã số thuế: {make_msdn(r)}. "
          f"[04] Tên cơ sở: {name}.")
    doc.p(f"[05] Tổng lượng nước thải xả ra trong kỳ: {num(volume, 'vi')} m3. [06] Phí cố định: 375.000 đồng. "
          "[07] Nguồn tiếp nhận: hệ thống thoát nước chung của khu vực.")
    doc.p("Hàm lượng các thông số ô nhiễm tính phí được xác định theo kết quả quan trắc định kỳ nước thải sau hệ thống xử lý "
          "của đơn vị có Giấy chứng nhận VIMCERTS.")
    rows = [["STT", "Thông số ô nhiễm tính phí", "Hàm lượng trong nước thải (mg/l)", "Giá trị giới hạn QCVN 40:2011/BTNMT, cột B (mg/l)",
             "Tỷ lệ so với QCVN (%)", "Mức phí (đồng/kg)", "Số phí phải nộp (đồng)"],
            ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7) = (3) × [05] × 10⁻³ × (6)"]]
    fees = []
    for k, s in enumerate(FEE_RATES, 1):
        lim = QCVN40[s][1]
        value = _sig(lim * r.uniform(0.05, 0.85), 2)
        fee = round(value * volume * 1e-3 * FEE_RATES[s])
        fees.append(fee)
        rows.append([str(k), vocab.water(s, "vi"), num(value, "vi"), num(lim, "vi"), num(round(100 * value / lim), "vi"),
                     num(FEE_RATES[s], "vi"), num(fee, "vi")])
        add(doc, limit(("symbol", s), "waste_water", lim, "mg/l", "B", None, value))
    rows.append(["", "Tổng số phí biến đổi phải nộp", "", "", "", "", num(sum(fees), "vi")])
    doc.table(None, rows, role="limits")
    doc.p(f"[08] Tổng số phí phải nộp trong kỳ: {num(sum(fees) + 375000, 'vi')} đồng. Tôi cam đoan số liệu kê khai trên là đúng "
          "và chịu trách nhiệm trước pháp luật về số liệu đã kê khai.")


TEXT |= {
    "l2.title": ("Сводные результаты инструментальных замеров на источниках выбросов дочерних организаций {holding} за 2025 год",
                 "{holding} еншілес ұйымдарының шығарынды көздеріндегі 2025 жылғы аспаптық өлшеулердің жиынтық нәтижелері",
                 "BÁO CÁO Kết quả quan trắc đối chứng tại một số cơ sở sản xuất trên địa bàn tỉnh năm 2025"),
    "l2.p": ("Приведены максимальные концентрации, зафиксированные в ходе производственного экологического контроля; "
             "нормативы – по действующим экологическим разрешениям. Концентрации приведены к нормальным условиям.",
             "Өндірістік экологиялық бақылау барысында тіркелген ең жоғары концентрациялар келтірілген; нормативтер – "
             "қолданыстағы экологиялық рұқсаттар бойынша. Концентрациялар қалыпты жағдайларға келтірілген.",
             "Kính gửi: Ủy ban nhân dân tỉnh. Thực hiện Kế hoạch số 112/KH-UBND, Trung tâm Quan trắc tài nguyên và môi trường "
             "đã lấy mẫu đối chứng tại các cơ sở; kết quả tại Phụ lục kèm theo."),
    "l2.head": ("№ ИЗА|Наименование источника|Загрязняющее вещество|Норматив, мг/Нм3|Максимальная концентрация за 2025 год, мг/Нм3|Количество замеров|в т.ч. с превышением норматива",
                "ЛШК №|Көздің атауы|Ластаушы зат|Норматив, мг/Нм3|2025 жылғы ең жоғары концентрация, мг/Нм3|Өлшеулер саны|оның ішінде нормативтен асқаны",
                "Vị trí quan trắc|Thông số|Đơn vị|Kết quả|Giá trị giới hạn|Quy chuẩn áp dụng|Đánh giá"),
    "l2.caption": ("Таблица 4", "4-кесте", "Phụ lục. Kết quả quan trắc đối chứng"),
    "l2.after": ("Превышения нормативов устранены в сроки, установленные предписаниями; повторные замеры подтвердили соблюдение нормативов.",
                 "Нормативтердің асып кетуі нұсқамаларда белгіленген мерзімде жойылды; қайталама өлшеулер нормативтердің сақталуын растады.",
                 "Ghi chú: Kết quả so sánh với giá trị C của quy chuẩn (Kq = 1; Kf = 1; Kp = 1; Kv = 1)."),
}  # fmt: skip
# per kind of stack: the index in SOURCES and the substances its norms cover
STACKS = ((0, ("0301", "0304", "0330", "0337", "0328", "2908")), (1, ("0301", "0304", "0337", "0328")), (2, ("2908",)))


def limits_cc2(doc: Doc) -> None:
    """A holding's stack measurements: a group row per subsidiary (operator – site), each source's number and name merged
    down over its substances, the norm in mg/Nm3 before the year's maximum concentration, the number of measurements and
    of those above the norm (VI: a Sở's control measurements at several facilities under a group row each, the waste-water
    outlet and the stack merged down over their parameters with the standard's value, its name and a verdict)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_cc2_vi(doc)
        return
    doc.h(_t(doc, "l2.title").format(holding=_t(doc, "holding")))
    doc.p(_t(doc, "l2.p"))
    rows, merges = [_row(doc, "l2.head")], []
    width = len(rows[0])
    number = r.randint(1, 3)
    for i in sorted(r.sample((0, 1, 2, 4), r.randint(2, 3))):
        name, operator, _ = vocab.FACILITIES[doc.lang][i]
        _span(rows, merges, f"{operator} – {name}", width)
        for kind, codes in r.sample(STACKS[:2] if i == 2 else STACKS, 2):
            src = f"{number:04d}"
            number += r.randint(1, 4)
            picked = sorted(r.sample(codes, min(len(codes), r.randint(2, 4))), key=codes.index)
            start = len(rows)
            for c in picked:
                lim = _sig(STACK[c] * r.choice((1, 1, 0.8, 0.6)), 3)
                value = _sig(lim * r.uniform(0.3, 1.15), 3)
                n = r.choice((4, 4, 12, 2))
                over = r.randint(1, max(1, n // 4)) if value > lim else 0
                lead = [src, SOURCES[kind][0][vocab.LANGS.index(doc.lang)]] if len(rows) == start else [None, None]
                rows.append([*lead, vocab.air(c, doc.lang), num(lim, doc.lang), num(value, doc.lang), str(n), str(over)])
                add(doc, limit(("code", c), "flue_gas", lim, "mg/Nm3", None, src, value))
                doc.add("emissions", emission(c, None, None, src))
            _down(rows, start, 0, merges)
            _down(rows, start, 1, merges)
            doc.add("sources", {"number": src, "type": "organized"})
    doc.table(_t(doc, "l2.caption"), rows, merges, role="limits")
    doc.p(_t(doc, "l2.after"))


def _limits_cc2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG")
    doc.h(_t(doc, "l2.title"))
    doc.p(_t(doc, "l2.p"))
    rows, merges = [_row(doc, "l2.head")], []
    width = len(rows[0])
    for k, i in enumerate(sorted(r.sample(range(5), r.randint(2, 3))), 1):
        name, operator, _ = vocab.FACILITIES["vi"][i]
        _span(rows, merges, f"{ROMAN[k - 1]}. {name} ({operator})", width)
        start = len(rows)
        for j, s in enumerate(["pH", *sorted(r.sample(["BOD5", "COD", "TSS", "NH4+", "TN", "TPH"], 3), key=list(QCVN40).index)]):
            lim = QCVN40[s][1]
            value = round(r.uniform(6.6, 8.4), 1) if s == "pH" else _sig(lim * r.uniform(0.15, 1.2), 2)
            ok = isinstance(lim, tuple) or value <= lim
            rows.append(["NT1 – Nước thải sau hệ thống xử lý" if j == 0 else None, vocab.water(s, "vi"),
                         "-" if s == "pH" else "mg/l", num(value, "vi"), cell(doc, lim), "QCVN 40:2011/BTNMT, cột B" if j == 0 else None,
                         "Đạt" if ok else "Không đạt"])
            add(doc, limit(("symbol", s), "waste_water", lim, "mg/l", "B", "NT1", value))
        _down(rows, start, 0, merges)
        _down(rows, start, 5, merges)
        if r.random() < 0.3 and k > 1:
            continue
        start = len(rows)
        for j, c in enumerate(("2902", "0330", "0301")):
            lim = QCVN19[c][1]
            value = _sig(lim * r.uniform(0.1, 1.1), 3)
            rows.append(["KT1 – Ống khói lò hơi" if j == 0 else None, vocab.air(c, "vi", 0 if c == "2902" else 1), "mg/Nm3",
                         num(value, "vi"), num(lim, "vi"), "QCVN 19:2009/BTNMT, cột B" if j == 0 else None,
                         "Đạt" if value <= lim else "Không đạt"])
            add(doc, limit(("code", c), "flue_gas", lim, "mg/Nm3", "B", "KT1", value))
        _down(rows, start, 0, merges)
        _down(rows, start, 5, merges)
    doc.table(_t(doc, "l2.caption"), rows, merges, role="limits")
    doc.p(_t(doc, "l2.after"))


# ---------------------------------------------------------------- monitoring

TEXT |= {
    "m1.title": ("Заявление на получение комплексного экологического разрешения. Приложение 4. Программа производственного "
                 "экологического контроля (мониторинг эмиссий и воздействия)",
                 "Кешенді экологиялық рұқсат алуға арналған өтініш. 4-қосымша. Өндірістік экологиялық бақылау бағдарламасы "
                 "(эмиссиялар мен әсер мониторингі)",
                 "BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – Chương V. CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG CỦA CƠ SỞ"),
    "m1.p": ("Заявитель: {operator}. Объект: {name}. Мониторинг эмиссий выполняется на организованных источниках, мониторинг "
             "воздействия – на границе санитарно-защитной зоны, силами аккредитованной лаборатории.",
             "Өтініш беруші: {operator}. Объект: {name}. Эмиссиялар мониторингі ұйымдастырылған көздерде, әсер мониторингі – "
             "санитариялық-қорғау аймағының шекарасында аккредиттелген зертхананың күшімен орындалады.",
             "Chủ cơ sở: {operator}. Cơ sở: {name}. Chương trình quan trắc nước thải và nước mặt tiếp nhận đề xuất như sau:"),
    "m1.head0": ("№|Контролируемый параметр (код ЗВ)|Мониторинг эмиссий|^|Мониторинг воздействия|^|Метод контроля",
                 "№|Бақыланатын параметр (ЛЗ коды)|Эмиссиялар мониторингі|^|Әсер мониторингі|^|Бақылау әдісі",
                 "TT|Thông số quan trắc|Nước thải|^|Nước mặt tiếp nhận|^|Phương pháp phân tích"),
    "m1.head1": ("^|^|источники (№ ИЗА)|периодичность|контрольные точки|периодичность|^",
                 "^|^|көздер (ЛШК №)|кезеңділігі|бақылау нүктелері|кезеңділігі|^",
                 "^|^|Vị trí|Tần suất|Vị trí|Tần suất|^"),
    "m1.method": ("инструментальный", "аспаптық", "SMEWW, TCVN hiện hành"),
    "m1.points": ("Т-1 – граница СЗЗ, север; Т-2 – граница СЗЗ, юго-восток; Т-3 – граница СЗЗ, запад.",
                  "Т-1 – СҚА шекарасы, солтүстік; Т-2 – СҚА шекарасы, оңтүстік-шығыс; Т-3 – СҚА шекарасы, батыс.",
                  "NT1 – nước thải sau hệ thống xử lý tập trung; NT2 – hố ga cuối trước khi xả ra nguồn tiếp nhận; NM1 – kênh tiếp "
                  "nhận, cách điểm xả 50 m về phía thượng lưu; NM2 – kênh tiếp nhận, cách điểm xả 100 m về phía hạ lưu."),
    "m1.caption": ("Таблица 4.1 – Перечень контролируемых параметров", "4.1-кесте – Бақыланатын параметрлердің тізбесі",
                   "Bảng 5.1. Thông số, vị trí và tần suất quan trắc"),
}  # fmt: skip
IMPACT = ("0301", "0330", "0337", "2908", "0328", "0333", "0304")


def monitoring_cc1(doc: Doc) -> None:
    """A КЭР application's programme with a row per substance: the emission monitoring (the sources emitting it, by
    number, in one cell, and a frequency) and the impact monitoring (the boundary points, and a frequency) as two merged
    column groups, a dash where a substance is not monitored one way; the points described under the table (VI: a GPMT
    application's water parameters, the waste-water outlets and the receiving canal's points as the two groups)."""
    r = doc.rng
    vi = doc.lang == "vi"
    name, operator, _ = vocab.FACILITIES[doc.lang][r.randrange(6)]
    doc.h(_t(doc, "m1.title"))
    doc.p(_t(doc, "m1.p").format(name=name, operator=operator))
    rows = [_row(doc, "m1.head0"), _row(doc, "m1.head1")]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 0, 5), (0, 6, 1, 6)]
    dash = _t(doc, "dash")
    method = _t(doc, "m1.method")
    if vi:
        outlets, river = ["NT1", "NT2"], ["NM1", "NM2"]
        word_out, word_river = r.choice(("quarterly", "monthly")), r.choice(("quarterly", "semiannual"))
        said_out, said_river = freq(doc, word_out), freq(doc, word_river)
        pool = ["pH", "BOD5", "COD", "TSS", "NH4+", "TN", "TP", "TPH", "Coliform", "DO"]
        keys = ["pH", *sorted(r.sample(pool[1:], 6), key=pool.index)]
        for k, s in enumerate(keys, 1):
            at_out = outlets if s != "DO" else []
            at_river = river if s in ("pH", "BOD5", "COD", "TSS", "NH4+", "DO") or r.random() < 0.3 else []
            if not at_out and not at_river:
                at_river = river
            rows.append([str(k), vocab.water(s, "vi"), ", ".join(at_out) or dash, said_out if at_out else dash,
                         ", ".join(at_river) or dash, said_river if at_river else dash, method])
            doc.add("monitoring", *(_mon({"point_contains": p}, ("symbol", s), word_out) for p in at_out))
            doc.add("monitoring", *(_mon({"point_contains": p}, ("symbol", s), word_river) for p in at_river))
        doc.table(_t(doc, "m1.caption"), rows, merges, role="monitoring")
        doc.p(_t(doc, "m1.points"))
        return
    sources = [s for s in pick_sources(doc, 5, min_codes=2) if s.organized]
    while len(sources) < 2:
        sources = [s for s in pick_sources(doc, 5, min_codes=2) if s.organized]
    points = ["Т-1", "Т-2", "Т-3"][: r.randint(2, 3)]
    emitted = sorted({c for s in sources for c in s.codes})
    impact = [c for c in IMPACT if c in emitted][:3] or ["2908"]
    codes = sorted(set(emitted) | set(impact))
    word_src = r.choice(("quarterly", "quarterly", "semiannual"))
    word_pt = r.choice(("quarterly", "monthly"))
    for k, c in enumerate(codes, 1):
        at_src = [s.number for s in sources if c in s.codes]
        at_pt = points if c in impact else []
        rows.append([str(k), f"{vocab.air(c, doc.lang)} ({c})", ", ".join(at_src) or dash, freq(doc, word_src) if at_src else dash,
                     ", ".join(at_pt) or dash, freq(doc, word_pt) if at_pt else dash, method])
        doc.add("monitoring", *(_mon({"source_number": n}, ("code", c), word_src) for n in at_src))
        doc.add("monitoring", *(_mon({"point_contains": p}, ("code", c), word_pt) for p in at_pt))
    doc.table(_t(doc, "m1.caption"), rows, merges, role="monitoring")
    doc.p(_t(doc, "m1.points"))
    maybe_distractor(doc, 0.3)


TEXT |= {
    "m2.title": ("Отчет по программе производственного экологического контроля за 2025 год",
                 "2025 жылғы өндірістік экологиялық бақылау бағдарламасы бойынша есеп",
                 "BÁO CÁO KẾT QUẢ QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ NĂM 2025"),
    "m2.p": ("Оператор: {operator}. Объект: {name}. Раздел 4. Мониторинг воздействия. Отбор и анализ проб выполнены "
             "испытательной лабораторией, аттестат аккредитации № KZ.T.09.1187.",
             "Оператор: {operator}. Объект: {name}. 4-бөлім. Әсер мониторингі. Сынамаларды алуды және талдауды № KZ.T.09.1187 "
             "аккредиттеу аттестаты бар сынақ зертханасы орындады.",
             "Cơ sở: {name}. Chủ cơ sở: {operator}. Đơn vị thực hiện quan trắc: Trung tâm Quan trắc môi trường miền Nam "
             "(VIMCERTS 047). Chương 2. Tổng hợp kết quả thực hiện chương trình quan trắc theo giấy phép môi trường."),
    "m2.head0": ("Точка отбора проб|Контролируемые вещества|Периодичность по программе ПЭК|Даты отбора проб|^|^|^|Выполнено отборов (план / факт)",
                 "Сынама алу нүктесі|Бақыланатын заттар|ӨЭБ бағдарламасы бойынша кезеңділігі|Сынама алу күндері|^|^|^|Орындалған сынама алу (жоспар / нақты)",
                 "Vị trí quan trắc|Thông số quan trắc|Tần suất theo giấy phép môi trường|Thời gian lấy mẫu|^|^|^|Số đợt (kế hoạch/thực hiện)"),
    "m2.head1": ("^|^|^|I кв.|II кв.|III кв.|IV кв.|^", "^|^|^|I тоқсан|II тоқсан|III тоқсан|IV тоқсан|^",
                 "^|^|^|Đợt 1|Đợt 2|Đợt 3|Đợt 4|^"),
    "m2.points": ("Т-1 (граница СЗЗ, север)|Т-2 (граница СЗЗ, юг)|Н-1 (наблюдательная скважина)|П-1 (промплощадка, у склада ГСМ)",
                  "Т-1 (СҚА шекарасы, солтүстік)|Т-2 (СҚА шекарасы, оңтүстік)|Н-1 (бақылау ұңғымасы)|П-1 (өнеркәсіптік алаң, ЖЖМ қоймасы маңы)",
                  "NT1 – nước thải sau hệ thống xử lý|KT1 – ống khói lò hơi|KT2 – ống thải hệ thống xử lý bụi|NM1 – nước mặt kênh tiếp nhận"),
    "m2.caption": ("Таблица 4.1 – Выполнение графика отбора проб", "4.1-кесте – Сынама алу кестесінің орындалуы",
                   "Bảng 2.1. Thông tin về thời gian lấy mẫu"),
    "m2.note": ("* Отбор проб почвы в III квартале перенесен на октябрь по погодным условиям.",
                "* III тоқсандағы топырақ сынамаларын алу ауа райы жағдайына байланысты қазанға ауыстырылды.",
                "Ghi chú: (-) không thuộc kỳ quan trắc theo tần suất được cấp phép."),
}  # fmt: skip


def _dates(doc: Doc, word: str, year: int = 2025) -> list[list[str]]:
    """The days of sampling in each quarter for a frequency: three a quarter, one, one in the 2nd and 4th, one in the 3rd."""
    r = doc.rng
    fmt = "{d:02d}/{m:02d}/{y}" if doc.lang == "vi" else "{d:02d}.{m:02d}.{y}"
    out = []
    for q in range(4):
        months = {"monthly": [3 * q + 1, 3 * q + 2, 3 * q + 3], "quarterly": [3 * q + r.randint(1, 3)],
                  "semiannual": [3 * q + r.randint(1, 3)] if q in (1, 3) else [], "yearly": [8] if q == 2 else []}[word]
        out.append([fmt.format(d=r.randint(3, 27), m=m, y=year) for m in months])
    return out


def monitoring_cc2(doc: Doc) -> None:
    """The report on ПЭК's execution of the sampling schedule: a row per point with its substances in one cell, the
    programme's frequency, then the dates of sampling under four quarter columns (three dates a quarter for a monthly
    point, a dash where the quarter has none) and `план / факт` counts (VI: a periodic monitoring report's rounds
    `Đợt 1…4` with their dates, waste water, stacks and surface water)."""
    r = doc.rng
    vi = doc.lang == "vi"
    name, operator, _ = vocab.FACILITIES[doc.lang][r.randrange(6)]
    doc.h(_t(doc, "m2.title"))
    doc.p(_t(doc, "m2.p").format(name=name, operator=operator))
    rows = [_row(doc, "m2.head0"), _row(doc, "m2.head1")]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6), (0, 7, 1, 7)]
    places = _list(doc, "m2.points")
    dash = _t(doc, "dash")
    if vi:
        plan = [
            (places[0], ("symbol", ["pH", *sorted(r.sample(["BOD5", "COD", "TSS", "NH4+", "TN", "TP", "Coliform"], 4), key=list(vocab.WATER).index)]),
             "quarterly"),
            (places[1], ("code", ["2902", "0330", "0301", "0337"]), r.choice(("quarterly", "semiannual"))),
        ]
        if r.random() < 0.6:
            plan.append((places[2], ("code", ["2902"]), "semiannual"))
        plan.append((places[3], ("symbol", ["pH", "BOD5", "COD", "TSS"]), r.choice(("quarterly", "semiannual"))))
    else:
        plan = [
            (places[0], ("code", sorted(r.sample(["0301", "0330", "0337", "2908", "0328", "0304"], 4))), r.choice(("quarterly", "monthly"))),
            (places[1], ("code", sorted(r.sample(["0301", "0330", "0337", "2908", "0328", "0304"], 4))), r.choice(("quarterly", "monthly"))),
            (places[2], ("symbol", sorted(r.sample(["pH", "TPH", "Cl-", "SO4", "NO3-", "TDS"], 3), key=list(vocab.WATER).index)), "semiannual"),
            (places[3], ("symbol", sorted(r.sample(["Pb", "Cd", "Zn", "Cu", "TPH"], 3), key=list(vocab.SOIL).index)), "yearly"),
        ]
    late = None
    for place, (kind, keys), word in plan:
        if vi:
            names = [vocab.water(s, "vi") if kind == "symbol" else vocab.air(s, "vi", 0 if s == "2902" else 1) for s in keys]
        elif kind == "code":
            names = [vocab.air(c, doc.lang) for c in keys]
        elif place.startswith(("П", "P")):
            names = [vocab.soil(s, doc.lang) for s in keys]
        else:
            names = [vocab.water(s, doc.lang) for s in keys]
        dates = _dates(doc, word)
        planned = sum(len(d) for d in dates)
        cells = ["; ".join(d) if d else dash for d in dates]
        done = planned
        if not vi and word == "yearly" and late is None and r.random() < 0.5:
            late = place
            cells = [dash, dash, dash + "*", cells[2].replace(".08.", ".10.")]
        rows.append([place, ", ".join(names), freq(doc, word), *cells, f"{planned} / {done}"])
        loc = {"point_contains": place.split()[0]}
        doc.add("monitoring", *(_mon(loc, (kind, k), word) for k in keys))
    doc.table(_t(doc, "m2.caption"), rows, merges, role="monitoring")
    if late or vi:
        doc.p(_t(doc, "m2.note"))
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- inspections

TEXT |= {
    "i1.title": ("Отчет по программе производственного экологического контроля за 2025 год",
                 "2025 жылғы өндірістік экологиялық бақылау бағдарламасы бойынша есеп",
                 "BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025"),
    "i1.p": ("Оператор: {operator}. Объект: {name}. Раздел 6. Сведения о внутренних проверках соблюдения экологического "
             "законодательства и условий экологического разрешения.",
             "Оператор: {operator}. Объект: {name}. 6-бөлім. Экологиялық заңнаманың және экологиялық рұқсат шарттарының "
             "сақталуын ішкі тексерулер туралы мәліметтер.",
             "(Mẫu số 05.A Phụ lục VI ban hành kèm theo Thông tư số 02/2022/TT-BTNMT) Cơ sở: {name}. Chủ cơ sở: {operator}. "
             "Mục 7. Kết quả tự kiểm tra việc tuân thủ các yêu cầu về bảo vệ môi trường."),
    "i1.head": ("Код строки|Подразделение (объект внутренней проверки)|Периодичность проверок по программе ПЭК|Запланировано на 2025 год|Проведено|Выявлено нарушений|Устранено",
                "Жол коды|Бөлімше (ішкі тексеру объектісі)|ӨЭБ бағдарламасы бойынша тексерулер кезеңділігі|2025 жылға жоспарланды|Жүргізілді|Анықталған бұзушылықтар|Жойылды",
                "TT|Khu vực, bộ phận được kiểm tra|Tần suất theo quy chế nội bộ|Số lần kiểm tra theo kế hoạch|Số lần đã kiểm tra|Số tồn tại phát hiện|Đã khắc phục"),
    "i1.total": ("Всего", "Барлығы", "Tổng cộng"),
    "i1.caption": ("Таблица 6.1", "6.1-кесте", "Bảng 7. Kết quả tự kiểm tra năm 2025"),
    "i1.after": ("Выявленные нарушения (нарушение маркировки тары с отходами, неполное ведение журнала учета) устранены в "
                 "установленные сроки, приказы о результатах проверок доведены до руководителей подразделений.",
                 "Анықталған бұзушылықтар (қалдықтар ыдысын таңбалаудың бұзылуы, есепке алу журналын толық жүргізбеу) белгіленген "
                 "мерзімде жойылды, тексеру нәтижелері туралы бұйрықтар бөлімше басшыларына жеткізілді.",
                 "Các tồn tại phát hiện (dán nhãn CTNH chưa đúng quy định, ghi sổ nhật ký vận hành chưa đầy đủ) đã được khắc "
                 "phục trong thời hạn yêu cầu."),
}  # fmt: skip
TIMES = {"monthly": 12, "quarterly": 4, "semiannual": 2, "yearly": 1}


def inspections_cc1(doc: Doc) -> None:
    """The report on ПЭК's internal checks by its form: line codes, the unit checked, the programme's frequency, the
    number of checks planned for the year and done, the violations found and removed, a total row with the line code
    `900` (VI: the annual report's self-inspections)."""
    r = doc.rng
    vi = doc.lang == "vi"
    name, operator, _ = vocab.FACILITIES[doc.lang][r.randrange(6)]
    doc.h(_t(doc, "i1.title"))
    doc.p(_t(doc, "i1.p").format(name=name, operator=operator))
    rows = [_row(doc, "i1.head")]
    sums = [0, 0, 0, 0]
    for k, unit in enumerate(units(doc, r.randint(4, 5)), 1):
        word = r.choice(tuple(TIMES))
        planned = TIMES[word]
        done = planned if r.random() < 0.8 or planned == 1 else planned - 1
        found = r.randint(0, 3)
        fixed = found
        sums = [a + b for a, b in zip(sums, (planned, done, found, fixed), strict=True)]
        code = str(k) if vi else f"{k * 10:03d}"
        rows.append([code, unit, freq(doc, word), str(planned), str(done), str(found), str(fixed)])
        doc.add("obligations", inspection(unit, word))
    rows.append(["" if vi else "900", _t(doc, "i1.total"), _t(doc, "x"), *(str(x) for x in sums)])
    doc.table(_t(doc, "i1.caption"), rows, role="inspections")
    doc.p(_t(doc, "i1.after"))
    maybe_distractor(doc, 0.3)


TEXT |= {
    "i2.title": ("План корпоративных проверок соблюдения экологических требований в дочерних организациях {holding} на 2026 год",
                 "{holding} еншілес ұйымдарында экологиялық талаптардың сақталуын корпоративтік тексерулердің 2026 жылға арналған жоспары",
                 "KẾ HOẠCH KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG TẠI CÁC ĐƠN VỊ THÀNH VIÊN NĂM 2026 – {holding}"),
    "i2.p": ("Приложение к приказу Председателя Правления от 12.01.2026 № 4-п. Периодичность проверок определяется степенью "
             "экологического риска дочерней организации по итогам 2025 года.",
             "Басқарма Төрағасының 2026 жылғы 12 қаңтардағы № 4-п бұйрығына қосымша. Тексерулердің кезеңділігі еншілес ұйымның "
             "2025 жылғы қорытындылар бойынша экологиялық тәуекел дәрежесімен айқындалады.",
             "(Ban hành kèm theo Quyết định số 15/QĐ-TCT ngày 12/01/2026 của Tổng Giám đốc) Tần suất kiểm tra được xác định theo "
             "mức độ rủi ro môi trường của từng đơn vị."),
    "i2.head": ("№|Дочерняя организация (объект)|Степень риска|Периодичность проверок|Сроки проведения в 2026 году|Вид проверки|Проверяющее подразделение",
                "№|Еншілес ұйым (объект)|Тәуекел дәрежесі|Тексерулер кезеңділігі|2026 жылы өткізу мерзімдері|Тексеру түрі|Тексеретін бөлімше",
                "TT|Đơn vị thành viên (cơ sở)|Mức độ rủi ro|Tần suất kiểm tra|Thời gian dự kiến năm 2026|Hình thức kiểm tra|Đơn vị chủ trì"),
    "i2.risk": ("высокая|средняя|низкая", "жоғары|орташа|төмен", "Cao|Trung bình|Thấp"),
    "i2.when": ("февраль, май, август, ноябрь|апрель, октябрь|сентябрь", "ақпан, мамыр, тамыз, қараша|сәуір, қазан|қыркүйек",
                "Tháng 2, 5, 8, 11|Tháng 4, 10|Tháng 9"),
    "i2.kinds": ("выездная|документарная|выездная, с отбором проб", "көшпелі|құжаттық|сынама алумен көшпелі",
                 "Kiểm tra trực tiếp tại cơ sở|Kiểm tra hồ sơ|Kiểm tra trực tiếp, có lấy mẫu đối chứng"),
    "i2.who": ("Департамент охраны труда и окружающей среды", "Еңбекті және қоршаған ортаны қорғау департаменті",
               "Ban An toàn – Môi trường"),
    "i2.legend": ("Степень риска: высокая – объект I категории либо нарушения в 2025 году; средняя – объект II категории; "
                  "низкая – прочие объекты.",
                  "Тәуекел дәрежесі: жоғары – I санаттағы объект не 2025 жылы бұзушылықтар болған; орташа – II санаттағы объект; "
                  "төмен – басқа объектілер.",
                  "Mức độ rủi ro: Cao – cơ sở nhóm I hoặc bị xử phạt năm 2025; Trung bình – cơ sở nhóm II; Thấp – các cơ sở còn lại."),
    "i2.caption": ("Таблица 1", "1-кесте", "Bảng 1"),
}  # fmt: skip
RISK_WORD = ("quarterly", "semiannual", "yearly")


def inspections_cc2(doc: Doc) -> None:
    """A holding's plan of corporate audits of its subsidiaries: a row per subsidiary (operator, site in brackets), the
    risk level, the frequency that follows from it (written out too), the months, the kind of check and the department
    that checks, the risk levels explained under the table (VI: a general corporation's plan for its member companies)."""
    r = doc.rng
    doc.h(_t(doc, "i2.title").format(holding=_t(doc, "holding")))
    doc.p(_t(doc, "i2.p"))
    rows = [_row(doc, "i2.head")]
    risks, whens, kinds = _list(doc, "i2.risk"), _list(doc, "i2.when"), _list(doc, "i2.kinds")
    for k, i in enumerate(sorted(r.sample(_members(doc), r.randint(4, 5))), 1):
        name, operator, _ = vocab.FACILITIES[doc.lang][i]
        level = r.randrange(3)
        word = RISK_WORD[level]
        rows.append([str(k), f"{operator} ({name})", risks[level], freq(doc, word), whens[level], r.choice(kinds), _t(doc, "i2.who")])
        doc.add("obligations", inspection(name, word))
    doc.table(_t(doc, "i2.caption"), rows, role="inspections")
    doc.p(_t(doc, "i2.legend"))
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- tasks

TEXT |= {
    "t1.title": ("Отчет о выполнении плана мероприятий по охране окружающей среды за 2025 год",
                 "2025 жылғы қоршаған ортаны қорғау жөніндегі іс-шаралар жоспарының орындалуы туралы есеп",
                 "BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025"),
    "t1.p": ("Оператор: {operator}. Объект: {name}. Раздел 7 отчета по программе производственного экологического контроля.",
             "Оператор: {operator}. Объект: {name}. Өндірістік экологиялық бақылау бағдарламасы бойынша есептің 7-бөлімі.",
             "(Mẫu số 05.A Phụ lục VI ban hành kèm theo Thông tư số 02/2022/TT-BTNMT) Cơ sở: {name}. Chủ cơ sở: {operator}. "
             "Mục 8. Kết quả thực hiện các nhiệm vụ bảo vệ môi trường năm 2025 và kế hoạch năm 2026."),
    "t1.head0": ("№ п/п|Наименование мероприятия|Ответственный исполнитель|Срок выполнения|Затраты, тыс. тенге|^|Отметка о выполнении",
                 "Р/с №|Іс-шараның атауы|Жауапты орындаушы|Орындау мерзімі|Шығындар, мың теңге|^|Орындалуы туралы белгі",
                 "TT|Nhiệm vụ|Đơn vị thực hiện|Thời gian|Kinh phí (triệu đồng)|^|Kết quả"),
    "t1.head1": ("^|^|^|^|план|факт|^", "^|^|^|^|жоспар|нақты|^", "^|^|^|^|Kế hoạch|Thực hiện|^"),
    "t1.groups": ("1. Охрана атмосферного воздуха|2. Охрана водных ресурсов|3. Обращение с отходами|4. Прочие мероприятия",
                  "1. Атмосфералық ауаны қорғау|2. Су ресурстарын қорғау|3. Қалдықтармен жұмыс|4. Өзге іс-шаралар",
                  "1. Bụi, khí thải|2. Nước thải|3. Chất thải rắn, chất thải nguy hại|4. Nội dung khác"),
    "t1.status": ("выполнено|выполнено частично|перенесено на 2026 год", "орындалды|ішінара орындалды|2026 жылға ауыстырылды",
                  "Hoàn thành|Đang thực hiện|Chuyển sang năm 2026"),
    "t1.total": ("Итого", "Барлығы", "Tổng cộng"),
    "t1.caption": ("Таблица 7.1 – Выполнение мероприятий в 2025 году", "7.1-кесте – 2025 жылы іс-шаралардың орындалуы",
                   "Bảng 8.1. Kết quả thực hiện nhiệm vụ bảo vệ môi trường năm 2025"),
    "t1.next.caption": ("Таблица 7.2 – Мероприятия, планируемые на 2026 год", "7.2-кесте – 2026 жылға жоспарланған іс-шаралар",
                        "Bảng 8.2. Kế hoạch bảo vệ môi trường năm 2026"),
    "t1.next.head": ("№|Мероприятие|Срок|Ответственный|Планируемые затраты, тыс. тенге",
                     "№|Іс-шара|Мерзімі|Жауапты|Жоспарланған шығындар, мың теңге",
                     "TT|Nhiệm vụ|Thời gian hoàn thành|Đơn vị chủ trì|Kinh phí dự kiến (triệu đồng)"),
}  # fmt: skip
# the component (0 air, 1 water, 2 wastes, 3 other) of each task of obligations_data.TASKS, KZ and VI
COMPONENT = {"kz": (3, 0, 2, 2, 0, 3, 2, 1), "vi": (3, 1, 2, 2, 0, 3, 2, 1)}


def tasks_cc1(doc: Doc) -> None:
    """The report on a plan of measures by the report's form: the year's measures under component group rows, numbered
    `1.1`, with the responsible, the term, the planned and actual cost under a merged header and a mark of execution, a
    total row; then the next year's measures as a second, plainer table (VI: the annual report's tasks done and planned)."""
    r = doc.rng
    vi = doc.lang == "vi"
    name, operator, _ = vocab.FACILITIES[doc.lang][r.randrange(6)]
    doc.h(_t(doc, "t1.title"))
    doc.p(_t(doc, "t1.p").format(name=name, operator=operator))
    pool = [(k, *t[:3]) for k, t in enumerate(TASKS[doc.lang])]
    r.shuffle(pool)
    done, planned = pool[:5], pool[5:5 + r.randint(2, 3)]
    comp = COMPONENT["vi" if vi else "kz"]
    rows, merges = [_row(doc, "t1.head0"), _row(doc, "t1.head1")], [(0, c, 1, c) for c in (0, 1, 2, 3, 6)] + [(0, 4, 0, 5)]
    width = len(rows[0])
    groups = _list(doc, "t1.groups")
    statuses = _list(doc, "t1.status")
    plan_sum = fact_sum = 0
    g = 0
    for c in range(4):
        items = [x for x in done if comp[x[0]] == c]
        if not items:
            continue
        g += 1
        _span(rows, merges, f"{g}. {groups[c].split('. ', 1)[1]}", width)
        for j, (_, text, term, who) in enumerate(items, 1):
            term = term.replace("2026", "2025")
            plan = r.randint(2, 400) * (1 if vi else 50)
            st = r.choice((0, 0, 0, 1, 2))
            fact = plan if st == 0 else round(plan * r.uniform(0.3, 0.8)) if st == 1 else 0
            plan_sum, fact_sum = plan_sum + plan, fact_sum + fact
            rows.append([f"{g}.{j}", text, who, term, num(plan, doc.lang), num(fact, doc.lang) if fact else _t(doc, "dash"), statuses[st]])
            doc.add("obligations", task(f"{g}.{j}", text, who))
    rows.append(["", _t(doc, "t1.total"), "", "", num(plan_sum, doc.lang), num(fact_sum, doc.lang), ""])
    doc.table(_t(doc, "t1.caption"), rows, merges, role="tasks")
    nrows = [_row(doc, "t1.next.head")]
    for k, (_, text, term, who) in enumerate(planned, 1):
        nrows.append([str(k), text, term, who, num(r.randint(2, 400) * (1 if vi else 50), doc.lang)])
        doc.add("obligations", task(str(k), text, who))
    doc.table(_t(doc, "t1.next.caption"), nrows, role="tasks")


TEXT |= {
    "t2.issuer": ("РГУ «Департамент экологии по Павлодарской области»", "«Павлодар облысы бойынша экология департаменті» РММ",
                  "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"),
    "t2.title": ("Информация об исполнении поручений Комитета экологического регулирования и контроля по состоянию на 1 января 2026 года",
                 "Экологиялық реттеу және бақылау комитеті тапсырмаларының 2026 жылғы 1 қаңтардағы жағдай бойынша орындалуы туралы ақпарат",
                 "BÁO CÁO Kết quả thực hiện các nhiệm vụ được Ủy ban nhân dân tỉnh giao năm 2025"),
    "t2.p": ("Направляется во исполнение письма Комитета от 05.12.2025 № 27-02/4412. Поручения, срок исполнения которых не "
             "наступил, приведены со статусом «на исполнении».",
             "Комитеттің 2025 жылғы 05.12. № 27-02/4412 хатын орындау үшін жіберіледі. Орындау мерзімі келмеген тапсырмалар "
             "«орындалуда» мәртебесімен келтірілген.",
             "Kính gửi: Ủy ban nhân dân tỉnh. Thực hiện Công văn số 4412/UBND-KT ngày 05/12/2025, Sở Nông nghiệp và Môi trường "
             "báo cáo kết quả thực hiện các nhiệm vụ như sau:"),
    "t2.head": ("№ п/п|Содержание поручения|Основание (документ, пункт)|Исполнитель|Срок исполнения|Информация об исполнении|Статус",
                "Р/с №|Тапсырманың мазмұны|Негіздеме (құжат, тармақ)|Орындаушы|Орындау мерзімі|Орындалуы туралы ақпарат|Мәртебесі",
                "TT|Nội dung nhiệm vụ|Văn bản giao nhiệm vụ|Đơn vị chủ trì|Thời hạn|Kết quả thực hiện|Tình trạng"),
    "t2.status": ("исполнено|на исполнении|исполнено с нарушением срока", "орындалды|орындалуда|мерзімі бұзылып орындалды",
                  "Đã hoàn thành|Đang thực hiện|Hoàn thành chậm"),
    "t2.caption": ("Таблица – Исполнение поручений", "Кесте – Тапсырмалардың орындалуы", "Phụ lục. Tình hình thực hiện nhiệm vụ"),
}  # fmt: skip
# (task, responsible, ground, what was done, term, status: 0 done, 1 in progress, 2 done late) of a regulator
ORDERS = {
    "ru": (
        ("Провести внеплановые проверки операторов объектов I категории, не представивших отчеты по ПЭК", "Отдел государственного экологического контроля",
         "протокол совещания Комитета от 14.03.2025 № 6, п. 2", "проведено 4 проверки, наложено 3 штрафа", "до 30.04.2025", 0),
        ("Обеспечить размещение сведений о выданных экологических разрешениях на интернет-ресурсе Департамента", "Отдел экологических разрешений",
         "приказ Комитета от 02.04.2025 № 118-п, п. 1", "сведения размещены, обновляются ежемесячно", "до 01.05.2025", 0),
        ("Направить в Комитет сводную информацию о соблюдении нормативов эмиссий за 2025 год", "Отдел мониторинга и анализа",
         "письмо Комитета от 20.10.2025 № 27-02/3801", "информация готовится по мере поступления годовых отчетов", "до 15.02.2026", 1),
        ("Организовать семинар для операторов по заполнению отчетов в регистр выбросов и переноса загрязнителей", "Отдел экологических разрешений",
         "протокол совещания Комитета от 14.03.2025 № 6, п. 5", "семинар проведен 18.06.2025, участвовали 46 операторов", "до 30.06.2025", 0),
        ("Провести сверку данных статистической формы 2-ТП (воздух) с отчетами по программам ПЭК", "Отдел мониторинга и анализа",
         "поручение Председателя Комитета от 11.08.2025 № 3", "сверка проведена по 52 операторам 14.10.2025", "до 01.10.2025", 2),
        ("Подготовить предложения в полугодовой график проверок на 2026 год", "Отдел государственного экологического контроля",
         "письмо Комитета от 05.12.2025 № 27-02/4412, п. 3", "предложения направлены в Комитет 19.12.2025", "до 25.12.2025", 0),
    ),
    "kk": (
        ("ӨЭБ бойынша есеп ұсынбаған I санаттағы объектілердің операторларына жоспардан тыс тексерулер жүргізу", "Мемлекеттік экологиялық бақылау бөлімі",
         "Комитет кеңесінің 2025 жылғы 14.03. № 6 хаттамасы, 2-т.", "4 тексеру жүргізілді, 3 айыппұл салынды", "2025 жылғы 30.04. дейін", 0),
        ("Берілген экологиялық рұқсаттар туралы мәліметтерді Департаменттің интернет-ресурсында орналастыруды қамтамасыз ету", "Экологиялық рұқсаттар бөлімі",
         "Комитеттің 2025 жылғы 02.04. № 118-п бұйрығы, 1-т.", "мәліметтер орналастырылды, ай сайын жаңартылады", "2025 жылғы 01.05. дейін", 0),
        ("Комитетке 2025 жылғы эмиссия нормативтерінің сақталуы туралы жиынтық ақпарат жіберу", "Мониторинг және талдау бөлімі",
         "Комитеттің 2025 жылғы 20.10. № 27-02/3801 хаты", "ақпарат жылдық есептер түскен сайын дайындалуда", "2026 жылғы 15.02. дейін", 1),
        ("Операторлар үшін шығарындылар мен тасымалдану тіркелімі есептерін толтыру жөнінде семинар ұйымдастыру", "Экологиялық рұқсаттар бөлімі",
         "Комитет кеңесінің 2025 жылғы 14.03. № 6 хаттамасы, 5-т.", "семинар 18.06.2025 өткізілді, 46 оператор қатысты", "2025 жылғы 30.06. дейін", 0),
        ("2-ТП (ауа) статистикалық нысанының деректерін ӨЭБ бағдарламалары бойынша есептермен салыстыру", "Мониторинг және талдау бөлімі",
         "Комитет Төрағасының 2025 жылғы 11.08. № 3 тапсырмасы", "52 оператор бойынша салыстыру 14.10.2025 жүргізілді", "2025 жылғы 01.10. дейін", 2),
        ("2026 жылға арналған тексерулердің жартыжылдық кестесіне ұсыныстар дайындау", "Мемлекеттік экологиялық бақылау бөлімі",
         "Комитеттің 2025 жылғы 05.12. № 27-02/4412 хаты, 3-т.", "ұсыныстар Комитетке 19.12.2025 жіберілді", "2025 жылғы 25.12. дейін", 0),
    ),
    "vi": (
        ("Kiểm tra việc chấp hành pháp luật về bảo vệ môi trường đối với các cơ sở chưa nộp báo cáo công tác bảo vệ môi trường",
         "Chi cục Bảo vệ môi trường", "Thông báo số 215/TB-UBND ngày 14/3/2025, mục 2", "Đã kiểm tra 6 cơ sở, kiến nghị xử phạt 2 cơ sở", "Quý II/2025", 0),
        ("Tổng hợp kết quả quan trắc tự động, liên tục của các cơ sở trên địa bàn tỉnh năm 2025", "Trung tâm Quan trắc tài nguyên và môi trường",
         "Kế hoạch số 112/KH-UBND ngày 02/4/2025", "Đã gửi báo cáo tổng hợp", "Trước ngày 15/12/2025", 0),
        ("Rà soát, cập nhật cơ sở dữ liệu về nguồn thải trên địa bàn tỉnh", "Chi cục Bảo vệ môi trường",
         "Công văn số 3801/UBND-KT ngày 20/10/2025", "Đã cập nhật 312 cơ sở", "31/12/2025", 0),
        ("Hướng dẫn các cơ sở lập báo cáo công tác bảo vệ môi trường theo Mẫu số 05.A", "Phòng Môi trường",
         "Thông báo số 215/TB-UBND ngày 14/3/2025, mục 5", "Đã tổ chức 02 hội nghị tập huấn (tháng 8/2025)", "30/6/2025", 2),
        ("Tham mưu ban hành kế hoạch quản lý chất lượng môi trường không khí cấp tỉnh giai đoạn 2026–2030", "Chi cục Bảo vệ môi trường",
         "Quyết định số 1187/QĐ-UBND ngày 11/8/2025", "Đã trình dự thảo kế hoạch, đang lấy ý kiến các sở, ngành", "Quý I/2026", 1),
        ("Phối hợp với Công an tỉnh kiểm tra các cơ sở có dấu hiệu xả thải vượt quy chuẩn", "Thanh tra Sở",
         "Công văn số 4412/UBND-KT ngày 05/12/2025, mục 3", "Đã kiểm tra 3/5 cơ sở", "31/01/2026", 1),
    ),
}  # fmt: skip


def tasks_cc2(doc: Doc) -> None:
    """A department of ecology's report on the execution of the Committee's instructions: the instruction, its ground
    document (with its own numbers and dates), the responsible department, the term, what was done and a status
    (VI: a Sở's report to the UBND tỉnh on the tasks it gave)."""
    r = doc.rng
    doc.h(_t(doc, "t2.issuer"))
    doc.h(_t(doc, "t2.title"))
    doc.p(_t(doc, "t2.p"))
    rows = [_row(doc, "t2.head")]
    statuses = _list(doc, "t2.status")
    picked = sorted(r.sample(range(6), r.randint(4, 5)))
    for k, i in enumerate(picked, 1):
        text, who, ground, result, term, status = ORDERS[doc.lang][i]
        rows.append([str(k), text, ground, who, term, result, statuses[status]])
        doc.add("obligations", task(str(k), text, who))
    doc.table(_t(doc, "t2.caption"), rows, role="tasks")
    maybe_distractor(doc, 0.3)


LAYOUTS = [Layout(role, f"CC{k}", globals()[f"{role}_cc{k}"]) for role in ROLES for k in (1, 2)]
"""`facility_cc1` … `tasks_cc2`, in the order of the roles."""
