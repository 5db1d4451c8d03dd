"""Plans of internal inspections and work plans (tuning): a unit of the enterprise and how often it
is checked; tasks with deadlines and responsible bodies, with section rows, extra columns, merged
responsible cells, a row of column numbers or none, numbered or not."""

from __future__ import annotations

from .common import Doc, distractor, freq, maybe_distractor, opening
from .obligations_data import CHECKS, inspection, task, tasks, units
from .registry import Layout

WORDS = ("quarterly", "semiannual", "yearly", "monthly")


def i1(doc: Doc) -> None:
    """`№ | unit | frequency | responsible` under «План-график внутренних проверок»."""
    opening(doc, "pek")
    rows = [doc.v(["№", "Объект проверки (подразделение)", "Периодичность проверки", "Ответственный"],
                  ["№", "Тексерілетін бөлімше", "Тексеру кезеңділігі", "Жауапты"],
                  ["TT", "Bộ phận được kiểm tra", "Tần suất kiểm tra", "Người thực hiện"])]
    for k, unit in enumerate(units(doc, 4), 1):
        word = doc.pick(WORDS)
        rows.append([str(k), unit, freq(doc, word), doc.v("Эколог", "Эколог", "Cán bộ môi trường")])
        doc.add("obligations", inspection(unit, word))
    doc.table(doc.v("План-график внутренних проверок", "Ішкі тексерулердің жоспар-кестесі", "Kế hoạch kiểm tra nội bộ về bảo vệ môi trường"), rows, role="inspections")
    maybe_distractor(doc)


def i2(doc: Doc) -> None:
    """The frequency first, merged over the units checked that often, then what is checked."""
    opening(doc, "pek")
    rows = [doc.v(["Периодичность", "Подразделение", "Вопросы проверки"], ["Кезеңділігі", "Бөлімше", "Тексеру мәселелері"],
                  ["Tần suất", "Bộ phận", "Nội dung kiểm tra"])]
    merges, names = [], units(doc, 4)
    for word, group in (("monthly", names[:2]), ("quarterly", names[2:])):
        start = len(rows)
        for unit in group:
            rows.append([freq(doc, word) if len(rows) == start else None, unit, doc.pick(CHECKS[doc.lang])])
            doc.add("obligations", inspection(unit, word))
        merges.append((start, 0, len(rows) - 1, 0))
    doc.table(doc.v("Таблица 9. График внутренних проверок", "9-кесте. Ішкі тексерулер кестесі", "Bảng 7. Lịch kiểm tra nội bộ"), rows, merges, role="inspections")


def i3(doc: Doc) -> None:
    """No caption and no number column: a sentence before a two-column table; a distractor beside it."""
    opening(doc, "pek")
    doc.p(doc.v("Внутренние проверки проводятся в следующих подразделениях и в следующие сроки:",
                "Ішкі тексерулер мына бөлімшелерде және мына мерзімдерде жүргізіледі:",
                "Việc kiểm tra nội bộ được thực hiện tại các bộ phận sau:"))
    rows = [doc.v(["Наименование подразделения", "Сроки проведения проверок"], ["Бөлімшенің атауы", "Тексерулерді жүргізу мерзімдері"],
                  ["Tên bộ phận", "Thời gian kiểm tra"])]
    for unit in units(doc, 3):
        word = doc.pick(WORDS)
        rows.append([unit, freq(doc, word)])
        doc.add("obligations", inspection(unit, word))
    doc.table(None, rows, role="inspections")
    distractor(doc, doc.pick(("approval", "budget")))


def i4(doc: Doc) -> None:
    """A row of column numbers; what is checked and the report form as extra columns."""
    opening(doc, "pek")
    rows = [doc.v(["№ п/п", "Подразделение", "Проверяемые требования", "Периодичность", "Форма отчетности"],
                  ["№", "Бөлімше", "Тексерілетін талаптар", "Кезеңділігі", "Есептілік нысаны"],
                  ["TT", "Bộ phận", "Nội dung kiểm tra", "Tần suất", "Hình thức báo cáo"]), ["1", "2", "3", "4", "5"]]
    for k, unit in enumerate(units(doc, 4), 1):
        word = doc.pick(WORDS)
        rows.append([str(k), unit, doc.pick(CHECKS[doc.lang]), freq(doc, word), doc.v("акт проверки", "тексеру актісі", "Biên bản kiểm tra")])
        doc.add("obligations", inspection(unit, word))
    doc.table(doc.v("Таблица 10 – Внутренние проверки", "10-кесте – Ішкі тексерулер", "Bảng 8. Kiểm tra nội bộ"), rows, role="inspections")


def i5(doc: Doc) -> None:
    """Group rows spanning the table: main production and auxiliary services."""
    opening(doc, "pek")
    rows = [doc.v(["№", "Подразделение", "Периодичность внутренней проверки"], ["№", "Бөлімше", "Ішкі тексеру кезеңділігі"],
                  ["TT", "Bộ phận", "Tần suất kiểm tra nội bộ"])]
    merges, names, n = [], units(doc, 4), 0
    for title, group in ((doc.v("Основное производство", "Негізгі өндіріс", "Khu vực sản xuất chính"), names[:2]),
                         (doc.v("Вспомогательные службы", "Қосалқы қызметтер", "Khu vực phụ trợ"), names[2:])):
        rows.append([title, None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
        for unit in group:
            n += 1
            word = doc.pick(WORDS)
            rows.append([str(n), unit, freq(doc, word)])
            doc.add("obligations", inspection(unit, word))
    doc.table(doc.v("План-график внутренних проверок на 2026 год", "2026 жылға арналған ішкі тексерулер жоспар-кестесі",
                    "Kế hoạch kiểm tra nội bộ năm 2026"), rows, merges, role="inspections")
    maybe_distractor(doc)


def i6(doc: Doc) -> None:
    """The kind of control merged down the first column, the unit and its frequency beside it."""
    opening(doc, "pek")
    rows = [doc.v(["Вид контроля", "Объект", "Периодичность"], ["Бақылау түрі", "Объект", "Кезеңділігі"], ["Hình thức", "Đối tượng", "Tần suất"])]
    names = units(doc, 3)
    for unit in names:
        word = doc.pick(WORDS)
        first = len(rows) == 1
        rows.append([doc.v("Внутренняя проверка", "Ішкі тексеру", "Kiểm tra nội bộ") if first else None, unit, freq(doc, word)])
        doc.add("obligations", inspection(unit, word))
    doc.table(None, rows, [(1, 0, len(rows) - 1, 0)], role="inspections")


def t1(doc: Doc) -> None:
    """`№ | task | deadline | responsible` (VI: with the partner unit)."""
    opening(doc, "work_plan")
    vi = doc.lang == "vi"
    rows = [doc.v(["№", "Мероприятие", "Срок исполнения", "Ответственный"], ["№", "Іс-шара", "Орындау мерзімі", "Жауапты"],
                  ["STT", "Nội dung công việc", "Thời gian thực hiện", "Đơn vị chủ trì", "Đơn vị phối hợp"])]
    for k, (text, when, who, *partner) in enumerate(tasks(doc, 5), 1):
        rows.append([str(k), text, when, who] + (partner if vi else []))
        doc.add("obligations", task(str(k), text, who))
    doc.table(None, rows, role="tasks")
    maybe_distractor(doc)


def t2(doc: Doc) -> None:
    """Section rows (`1. Организационные мероприятия`) above items numbered 1.1, 1.2, 2.1."""
    opening(doc, "work_plan")
    rows = [doc.v(["№ п/п", "Наименование мероприятий", "Сроки исполнения", "Ответственные"], ["№", "Іс-шаралардың атауы", "Орындау мерзімдері", "Жауаптылар"],
                  ["STT", "Nội dung", "Thời hạn", "Đơn vị chủ trì"])]
    items = tasks(doc, 5)
    sections = (doc.v("Организационные мероприятия", "Ұйымдастыру іс-шаралары", "Công tác tổ chức"),
                doc.v("Технические мероприятия", "Техникалық іс-шаралар", "Công tác kỹ thuật"))
    for s, (title, group) in enumerate(zip(sections, (items[:2], items[2:]), strict=True), 1):
        rows.append([str(s), title, "", ""])
        for k, (text, when, who, *_) in enumerate(group, 1):
            rows.append([f"{s}.{k}", text, when, who])
            doc.add("obligations", task(f"{s}.{k}", text, who))
    doc.table(doc.v("Таблица 1", "1-кесте", "Bảng 1"), rows, role="tasks")


def t3(doc: Doc) -> None:
    """Responsible before the deadline, a row of column numbers under the header."""
    opening(doc, "work_plan")
    rows = [doc.v(["№", "Наименование мероприятия", "Ответственные исполнители", "Срок"], ["№", "Іс-шараның атауы", "Жауапты орындаушылар", "Мерзімі"],
                  ["TT", "Nhiệm vụ", "Đơn vị thực hiện", "Thời hạn hoàn thành"]), ["1", "2", "3", "4"]]
    for k, (text, when, who, *_) in enumerate(tasks(doc, 4), 1):
        rows.append([f"{k}.", text, who, when])
        doc.add("obligations", task(str(k), text, who))
    doc.table(doc.v("План мероприятий", "Іс-шаралар жоспары", "Kế hoạch thực hiện"), rows, role="tasks")
    maybe_distractor(doc)


def t4(doc: Doc) -> None:
    """An extra column for the form of completion between the task and its deadline."""
    opening(doc, "work_plan")
    forms = doc.v(("приказ", "отчет", "акт", "информация"), ("бұйрық", "есеп", "акт", "ақпарат"), ("Quyết định", "Báo cáo", "Biên bản", "Hợp đồng"))
    rows = [doc.v(["№", "Мероприятие", "Форма завершения", "Срок исполнения", "Ответственные"], ["№", "Іс-шара", "Аяқталу нысаны", "Орындау мерзімі", "Жауаптылар"],
                  ["STT", "Nội dung công việc", "Sản phẩm", "Thời gian", "Đơn vị chủ trì"])]
    for k, (text, when, who, *_) in enumerate(tasks(doc, 5), 1):
        rows.append([str(k), text, doc.pick(forms), when, who])
        doc.add("obligations", task(str(k), text, who))
    doc.table(doc.v("Таблица 2 – План мероприятий по охране окружающей среды", "2-кесте – Қоршаған ортаны қорғау жөніндегі іс-шаралар жоспары",
                    "Bảng 2. Kế hoạch bảo vệ môi trường"), rows, role="tasks")


def t5(doc: Doc) -> None:
    """No number column; the money column of an environmental-protection plan."""
    opening(doc, "work_plan")
    rows = [doc.v(["Мероприятие", "Объем финансирования, тыс. тенге", "Срок", "Исполнитель"], ["Іс-шара", "Қаржыландыру көлемі, мың теңге", "Мерзімі", "Орындаушы"],
                  ["Nội dung", "Kinh phí (triệu đồng)", "Thời gian", "Đơn vị thực hiện"])]
    for text, when, who, *_ in tasks(doc, 4):
        rows.append([text, str(doc.rng.randint(2, 90) * 50), when, who])
        doc.add("obligations", task(None, text, who))
    doc.table(doc.v("План мероприятий по охране окружающей среды на 2026 год", "2026 жылға арналған қоршаған ортаны қорғау іс-шаралары жоспары",
                    "Kế hoạch bảo vệ môi trường năm 2026"), rows, role="tasks")


def t6(doc: Doc) -> None:
    """The responsible body merged over several tasks; numbers written `1.`."""
    opening(doc, "work_plan")
    who = doc.v("Отдел охраны окружающей среды", "Қоршаған ортаны қорғау бөлімі", "Phòng An toàn – Môi trường")
    rows = [doc.v(["№", "Мероприятия", "Сроки", "Ответственный исполнитель"], ["№", "Іс-шаралар", "Мерзімдері", "Жауапты орындаушы"],
                  ["STT", "Công việc", "Thời hạn", "Bộ phận phụ trách"])]
    for k, (text, when, *_) in enumerate(tasks(doc, 4), 1):
        rows.append([f"{k}.", text, when, who if k == 1 else None])
        doc.add("obligations", task(str(k), text, who))
    doc.table(None, rows, [(1, 3, len(rows) - 1, 3)], role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout("inspections", f"L{k}", fn) for k, fn in enumerate((i1, i2, i3, i4, i5, i6), 1)] + [
    Layout("tasks", f"L{k}", fn) for k, fn in enumerate((t1, t2, t3, t4, t5, t6), 1)
]
