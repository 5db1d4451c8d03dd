"""Sources and emissions tables (tuning): totals per substance with hazard classes, rates per
period under merged headers or group rows, sources with their pollutants, rates per source.

Vietnamese reports do not number their sources the Kazakh way, so where a Kazakh table keys on
source numbers the Vietnamese one names the source (in a group row or a merged cell) and gives
rates without numbers: an `emissions` table whose items have no source number.
"""

from __future__ import annotations

from . import vocab
from .common import Doc, maybe_distractor, num, opening
from .registry import Layout
from .sources_data import TOTAL, emission, expect_sources, period_name, pick_sources, rates, total


def _codes(doc: Doc, n: int) -> list[str]:
    return doc.rng.sample(vocab.air_codes(doc.lang), n)


def l1(doc: Doc) -> None:
    """Totals per substance with a hazard-class column, the period in the sentence before, a totals row."""
    opening(doc, "scoping")
    doc.p(doc.v("Выбросы загрязняющих веществ в атмосферу в период эксплуатации:",
                "Пайдалану кезеңінде атмосфераға ластаушы заттар шығарындылары:",
                "Tải lượng các chất ô nhiễm không khí trong giai đoạn vận hành:"))
    items = rates(doc, _codes(doc, doc.rng.randint(4, 6)))
    if doc.lang == "vi":
        rows = [["TT", "Chất ô nhiễm", "Tải lượng (g/s)", "Tải lượng (tấn/năm)"]]
        rows += [[str(k), vocab.air(x.code, "vi", k), *x.cells("vi")] for k, x in enumerate(items, 1)]
        rows.append(["", TOTAL["vi"][0], total(doc, [x.g_s for x in items]), total(doc, [x.t_y for x in items])])
    else:
        rows = [doc.v(["Код ЗВ", "Наименование загрязняющего вещества", "Класс опасности", "Выброс, г/с", "Выброс, т/год"],
                      ["ЛЗ коды", "Ластаушы заттың атауы", "Қауіптілік сыныбы", "Шығарынды, г/с", "Шығарынды, т/жыл"], [])]
        rows += [[x.code, vocab.air(x.code, doc.lang, k), str(vocab.hazard(x.code) or "-"), *x.cells(doc.lang)] for k, x in enumerate(items)]
        rows.append(["", TOTAL[doc.lang][0], "", total(doc, [x.g_s for x in items]), total(doc, [x.t_y for x in items])])
    doc.table(doc.v("Таблица 3", "3-кесте", "Bảng 3.4"), rows, role="emissions")
    hazard = (lambda c: None) if doc.lang == "vi" else vocab.hazard
    doc.add("emissions", *(emission(x.code, x.g_s, x.t_y, hazard=hazard(x.code), period="operation") for x in items))
    maybe_distractor(doc)


def l2(doc: Doc) -> None:
    """Construction and operation as sub-columns under merged period headers; a dash where a period emits nothing."""
    opening(doc, "scoping")
    codes = _codes(doc, 5)
    build, run = rates(doc, codes), rates(doc, codes)
    gone = doc.rng.randrange(5)  # a substance of the construction period only
    run[gone].g_s = run[gone].t_y = None
    gs, ty = doc.v("г/с", "г/с", "g/s"), doc.v("т/год", "т/жыл", "tấn/năm")
    first = doc.v(["Код", "Наименование вещества"], ["Коды", "Заттың атауы"], ["TT", "Thông số"])
    rows = [first + [period_name(doc, "construction"), None, period_name(doc, "operation"), None], [None, None, gs, ty, gs, ty]]
    for k, code in enumerate(codes):
        head = [str(k + 1), vocab.air(code, "vi", k)] if doc.lang == "vi" else [code, vocab.air(code, doc.lang)]
        rows.append(head + build[k].cells(doc.lang) + run[k].cells(doc.lang))
    doc.table(doc.v("Таблица 4 – Выбросы загрязняющих веществ по периодам", "4-кесте – Кезеңдер бойынша ластаушы заттар шығарындылары",
                    "Bảng 3.2. Tải lượng chất ô nhiễm không khí theo từng giai đoạn"),
              rows, [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 0, 5)], role="emissions")
    doc.add("emissions", *(emission(x.code, x.g_s, x.t_y, period="construction") for x in build))
    doc.add("emissions", *(emission(x.code, x.g_s, x.t_y, period="operation") for x in run if x.g_s is not None))


def l3(doc: Doc) -> None:
    """Sources with their pollutants in one cell under organised/unorganised group rows (VI: rates per named source)."""
    opening(doc, "pek")
    sources = pick_sources(doc, 4)
    if doc.lang == "vi":
        rows = [["TT", "Chất ô nhiễm", "Tải lượng (g/s)", "Tải lượng (tấn/năm)"]]
        merges = []
        for s in sources:
            rows.append([s.name, None, None, None])
            merges.append((len(rows) - 1, 0, len(rows) - 1, 3))
            for k, x in enumerate(rates(doc, s.codes), 1):
                rows.append([str(k), vocab.air(x.code, "vi"), *x.cells("vi")])
                doc.add("emissions", emission(x.code, x.g_s, x.t_y))
        doc.table("Bảng 3.7. Tải lượng ô nhiễm từ các nguồn thải khí", rows, merges, role="emissions")
        return
    rows = [doc.v(["№ источника", "Наименование источника", "Загрязняющие вещества"],
                  ["Көздің №", "Көздің атауы", "Ластаушы заттар"], [])]
    merges, group = [], None
    for s in sources:
        if s.organized != group:
            group = s.organized
            title = doc.v("Организованные источники", "Ұйымдастырылған көздер", "") if group else doc.v(
                "Неорганизованные источники", "Ұйымдастырылмаған көздер", "")
            rows.append([title, None, None])
            merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
        rows.append([s.number, s.name, ", ".join(vocab.air(c, doc.lang) for c in s.codes)])
        doc.add("emissions", *(emission(c, None, None, s.number) for c in s.codes))
    doc.table(doc.v("Перечень источников выбросов", "Шығарынды көздерінің тізбесі", ""), rows, merges, role="sources")
    expect_sources(doc, sources)
    maybe_distractor(doc)


def l4(doc: Doc) -> None:
    """Rates per source: the source's number and name merged over its substance rows."""
    opening(doc, "permit")
    sources = pick_sources(doc, 3, min_codes=2)
    if doc.lang == "vi":
        rows = [["Nguồn thải", "Thông số", "Tải lượng, g/s", "Tải lượng, tấn/năm"]]
    else:
        rows = [doc.v(["№ ИЗА", "Наименование источника", "Код ЗВ", "Наименование ЗВ", "г/с", "т/год"],
                      ["Көз №", "Көздің атауы", "ЛЗ коды", "ЛЗ атауы", "г/с", "т/жыл"], [])]
    merges = []
    for s in sources:
        start = len(rows)
        for k, x in enumerate(rates(doc, s.codes)):
            lead = [s.name if k == 0 else None] if doc.lang == "vi" else [s.number if k == 0 else None, s.name if k == 0 else None, x.code]
            rows.append(lead + [vocab.air(x.code, doc.lang), *x.cells(doc.lang)])
            doc.add("emissions", emission(x.code, x.g_s, x.t_y, None if doc.lang == "vi" else s.number))
        merges += [(start, c, len(rows) - 1, c) for c in ((0,) if doc.lang == "vi" else (0, 1))]
    doc.table(doc.v("Нормативы выбросов загрязняющих веществ по источникам", "Көздер бойынша ластаушы заттар шығарындыларының нормативтері",
                    "Bảng 2. Tải lượng khí thải theo nguồn"), rows, merges, role="emissions")
    if doc.lang != "vi":
        expect_sources(doc, sources)
    maybe_distractor(doc)


def l5(doc: Doc) -> None:
    """Period group rows spanning the table, a row of column numbers, a total per period."""
    opening(doc, "scoping")
    doc.p(doc.v("Расчетные выбросы загрязняющих веществ приведены ниже.", "Ластаушы заттардың есептік шығарындылары төменде келтірілген.",
                "Kết quả tính toán tải lượng ô nhiễm như sau:"))
    vi = doc.lang == "vi"
    header = doc.v(["№", "Код", "Загрязняющее вещество", "г/с", "т/год"], ["№", "Коды", "Ластаушы зат", "г/с", "т/жыл"],
                   ["TT", "Chất ô nhiễm", "g/s", "tấn/năm"])
    width = len(header)
    rows, merges = [header, [str(k) for k in range(1, width + 1)]], []
    for period in ("construction", "operation"):
        rows.append([period_name(doc, period)] + [None] * (width - 1))
        merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))
        items = rates(doc, _codes(doc, doc.rng.randint(3, 4)))
        for k, x in enumerate(items, 1):
            rows.append([str(k)] + ([] if vi else [x.code]) + [vocab.air(x.code, doc.lang), *x.cells(doc.lang)])
            doc.add("emissions", emission(x.code, x.g_s, x.t_y, period=period))
        label = f"{TOTAL[doc.lang][2]} {period_name(doc, period).lower()}"
        rows.append([""] * (width - 3) + [label, total(doc, [x.g_s for x in items]), total(doc, [x.t_y for x in items])])
    doc.table(doc.v("Таблица 5.", "5-кесте.", "Bảng 3.12."), rows, merges, role="emissions")


def l6(doc: Doc) -> None:
    """Sources one row per pollutant, with a source-type column and the stack height (VI: g/s per named source)."""
    opening(doc, "pek")
    sources = pick_sources(doc, 3, min_codes=2)
    if doc.lang == "vi":
        rows, merges = [["TT", "Nguồn phát sinh", "Chất ô nhiễm", "Tải lượng (g/s)"]], []
        for n, s in enumerate(sources, 1):
            start = len(rows)
            for x in rates(doc, s.codes):
                rows.append([str(n), s.name, vocab.air(x.code, "vi", 1), num(x.g_s, "vi")])
                doc.add("emissions", emission(x.code, x.g_s, None))
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
        doc.table(None, rows, merges, role="emissions")
        return
    rows = [doc.v(["Номер источника", "Тип источника", "Высота, м", "Загрязняющее вещество"],
                  ["Көз нөмірі", "Көз түрі", "Биіктігі, м", "Ластаушы зат"], [])]
    merges = []
    for s in sources:
        start = len(rows)
        kind = doc.v("организованный", "ұйымдастырылған", "") if s.organized else doc.v("неорганизованный", "ұйымдастырылмаған", "")
        height = num(doc.rng.choice((8, 12, 15, 25, 30)), doc.lang) if s.organized else "2"
        for c in s.codes:
            rows.append([s.number, kind, height, vocab.air(c, doc.lang)] if len(rows) == start else [None, None, None, vocab.air(c, doc.lang)])
            doc.add("emissions", emission(c, None, None, s.number))
        merges += [(start, k, len(rows) - 1, k) for k in range(3)]
    doc.table(None, rows, merges, role="sources")
    expect_sources(doc, sources)
    maybe_distractor(doc)


LAYOUTS = [Layout("emissions", f"L{k}", fn) for k, fn in enumerate((l1, l2, l3, l4, l5, l6), 1)]
