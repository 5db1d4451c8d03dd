"""Monitoring plans (tuning): control points and what is measured there, how often; columns in
different orders, a point merged over its substance rows, a point and its substances in one cell,
monitoring keyed by source numbers, limits beside the plan, group rows per medium."""

from __future__ import annotations

from . import vocab
from .common import Doc, freq, maybe_distractor, num, opening
from .limits_data import AIR_PDK, QCVN19, add, limit
from .registry import Layout
from .sources_data import expect_sources, pick_sources

WORDS = ("quarterly", "semiannual", "yearly", "monthly", "continuous")
VI_AIR = ("2902", "0330", "0301", "0337")


def mon(loc: dict, key: tuple[str, str], frequency: str) -> dict:
    return {**loc, key[0]: key[1], "frequency": frequency}


def lower(name: str) -> str:
    """A name inside a sentence-like cell: `азота диоксид`, formulas kept."""
    return name if name[:2].isupper() or name[:1].isdigit() else name[:1].lower() + name[1:]


def _air(doc: Doc, n: int, listed: bool = False) -> list[str]:
    """n air pollutants; `listed`: for a list in one cell, where the Kazakh name of dust has a colon."""
    pool = VI_AIR if doc.lang == "vi" else ("0301", "0330", "0337", "2908", "0304", "0333", "0328", "2902")
    return doc.rng.sample([c for c in pool if not (listed and doc.lang == "kk" and c == "2908")], n)


def l1(doc: Doc) -> None:
    """`№ | point | substance | frequency | method`, the point and its frequency merged over its substance rows."""
    opening(doc, "pek")
    rows = [doc.v(["№", "Точка контроля", "Определяемые вещества", "Периодичность контроля", "Метод анализа"],
                  ["№", "Бақылау нүктесі", "Анықталатын заттар", "Бақылау кезеңділігі", "Талдау әдісі"],
                  ["TT", "Vị trí quan trắc", "Thông số quan trắc", "Tần suất", "Phương pháp"])]
    sides = doc.v(("граница СЗЗ, север", "граница СЗЗ, юг", "граница СЗЗ, восток"), ("СҚА шекарасы, солтүстік", "СҚА шекарасы, оңтүстік", "СҚА шекарасы, шығыс"),
                  ("cổng chính nhà máy", "khu dân cư phía Bắc", "khu dân cư phía Nam"))
    merges = []
    for k in range(1, 3):
        point = f"{'KK' if doc.lang == 'vi' else 'КТ-'}{k}"
        word = doc.pick(WORDS[:3])
        start = len(rows)
        for code in _air(doc, 3):
            first = len(rows) == start
            rows.append([str(k) if first else None, f"{point} ({sides[k - 1]})" if first else None, vocab.air(code, doc.lang),
                         freq(doc, word) if first else None, doc.v("инструментальный", "аспаптық", "TCVN 5067:1995") if first else None])
            doc.add("monitoring", mon({"point": point}, ("code", code), word))
        merges += [(start, c, len(rows) - 1, c) for c in (0, 1, 3, 4)]
    doc.table(doc.v("Таблица 7 – План-график контроля атмосферного воздуха на границе СЗЗ", "7-кесте – СҚА шекарасындағы атмосфералық ауаны бақылау жоспар-кестесі",
                    "Bảng 2. Chương trình quan trắc không khí xung quanh"), rows, merges, role="monitoring")
    maybe_distractor(doc)


def l2(doc: Doc) -> None:
    """The frequency first, then the point and its substances written in one cell."""
    opening(doc, "pek")
    rows = [doc.v(["Периодичность", "Точка контроля и контролируемые вещества"], ["Кезеңділігі", "Бақылау нүктесі және заттар"],
                  ["Tần suất", "Vị trí và thông số quan trắc"])]
    places = doc.v(("граница СЗЗ", "жилая зона", "промплощадка"), ("СҚА шекарасы", "тұрғын аймақ", "өнеркәсіптік алаң"),
                   ("Ống khói lò hơi", "Ống thải hệ thống xử lý bụi", "Ống khói lò đốt"))
    for k in range(1, 4):
        point = f"{'KT' if doc.lang == 'vi' else 'КТ-'}{k}"
        word = doc.pick(WORDS)
        codes = _air(doc, doc.rng.randint(2, 3), listed=True)
        names = ", ".join(lower(vocab.air(c, doc.lang, 1)) for c in codes)
        rows.append([freq(doc, word), f"{places[k - 1]} ({point}): {names}" if doc.lang == "vi" else f"{point} ({places[k - 1]}): {names}"])
        doc.add("monitoring", *(mon({"point": point}, ("code", c), word) for c in codes))
    doc.table(doc.v("5.2. Мониторинг атмосферного воздуха", "5.2. Атмосфералық ауа мониторингі", "Quan trắc khí thải định kỳ"), rows, role="monitoring")


def l3(doc: Doc) -> None:
    """Monitoring keyed by source numbers, the number merged over its substances (VI: stacks named with their point id)."""
    opening(doc, "pek")
    if doc.lang == "vi":
        rows, merges = [["Vị trí quan trắc", "Ký hiệu", "Thông số", "Tần suất quan trắc"]], []
        for k, place in enumerate(("Ống khói lò hơi số 1", "Ống khói lò hơi số 2"), 1):
            word, start = doc.pick(WORDS[:2]), len(rows)
            for code in _air(doc, 3):
                first = len(rows) == start
                rows.append([place if first else None, f"KT{k}" if first else None, vocab.air(code, "vi", 1), freq(doc, word) if first else None])
                doc.add("monitoring", mon({"point": f"KT{k}"}, ("code", code), word))
            merges += [(start, c, len(rows) - 1, c) for c in (0, 1, 3)]
        doc.table("Bảng 5. Quan trắc khí thải định kỳ", rows, merges, role="monitoring")
        return
    sources = [s for s in pick_sources(doc, 4, min_codes=2) if s.organized][:3] or pick_sources(doc, 2)
    rows = [doc.v(["№ источника", "Наименование источника", "Контролируемое вещество", "Периодичность контроля", "Метод контроля"],
                  ["Көз №", "Көздің атауы", "Бақыланатын зат", "Бақылау кезеңділігі", "Бақылау әдісі"], [])]
    merges = []
    for s in sources:
        word, start = doc.pick(WORDS[:3]), len(rows)
        for c in s.codes:
            first = len(rows) == start
            rows.append([s.number if first else None, s.name if first else None, vocab.air(c, doc.lang), freq(doc, word) if first else None,
                         doc.v("инструментальный", "аспаптық", "") if first else None])
            doc.add("monitoring", mon({"source_number": s.number}, ("code", c), word))  # a duty, no emission figures
        merges += [(start, k, len(rows) - 1, k) for k in (0, 1, 3, 4)]
    doc.table(doc.v("Таблица 3 – План-график контроля на источниках выбросов", "3-кесте – Шығарынды көздеріндегі бақылау жоспар-кестесі", ""),
              rows, merges, role="monitoring")
    expect_sources(doc, sources)


def l4(doc: Doc) -> None:
    """A permit's plan: a point per row with its substances listed in one cell (RU/KK: groundwater wells)."""
    opening(doc, "permit")
    if doc.lang == "vi":
        rows = [["Vị trí quan trắc", "Ký hiệu", "Thông số quan trắc", "Tần suất quan trắc", "Quy chuẩn so sánh"]]
        points = (("Nước thải sau hệ thống xử lý", "NT1"), ("Nước thải tại hố ga đấu nối", "NT2"))
        pool = ("pH", "BOD5", "COD", "TSS", "NH4+", "TN", "TP", "TPH")
    else:
        rows = [doc.v(["Наблюдательная скважина", "Определяемые показатели", "Периодичность"], ["Бақылау ұңғымасы", "Анықталатын көрсеткіштер", "Кезеңділігі"], [])]
        points = (("скв. 1", "скв. 1"), ("скв. 2", "скв. 2")) if doc.lang == "ru" else (("1-ұңғыма", "1-ұңғыма"), ("2-ұңғыма", "2-ұңғыма"))
        pool = ("pH", "TDS", "Cl-", "SO4", "NO3-", "TPH", "Fe")
    for place, point in points:
        word = doc.pick(WORDS[:3])
        params = sorted(doc.rng.sample(pool, 4), key=pool.index)
        names = ", ".join(vocab.water(s, doc.lang) for s in params)
        if doc.lang == "vi":
            rows.append([place, point, names, freq(doc, word), "QCVN 40:2011/BTNMT, cột A"])
        else:
            rows.append([place, names, freq(doc, word)])
        key = {"point": point} if doc.lang != "kk" else {"point_contains": point}
        doc.add("monitoring", *(mon(key, ("symbol", s), word) for s in params))
    doc.table(doc.v("Мониторинг подземных вод", "Жерасты суларының мониторингі", "Bảng 6. Chương trình quan trắc nước thải"), rows, role="monitoring")
    maybe_distractor(doc)


def l5(doc: Doc) -> None:
    """Limits beside the plan: `point | substance | limit | frequency`."""
    opening(doc, "pek")
    vi = doc.lang == "vi"
    table, medium, unit = (QCVN19, "flue_gas", "mg/Nm3") if vi else (AIR_PDK, "air", "mg/m3")
    rows = [doc.v(["Точка наблюдения", "Загрязняющее вещество", "ПДК, мг/м3", "Периодичность"],
                  ["Бақылау нүктесі", "Ластаушы зат", "ШЖК, мг/м3", "Кезеңділігі"],
                  ["Vị trí", "Thông số", "Giới hạn cho phép (mg/Nm3)", "Tần suất"])]
    merges = []
    for k in range(1, 3):
        point, word, start = (f"KT{k}" if vi else f"ПНЗ-{k}"), doc.pick(WORDS[:3]), len(rows)
        codes = [c for c in _air(doc, 3) if (table[c][1] if vi else table[c][0]) is not None]
        for code in codes:
            lim = table[code][1] if vi else table[code][0]
            first = len(rows) == start
            rows.append([point if first else None, vocab.air(code, doc.lang), num(lim, doc.lang), freq(doc, word) if first else None])
            doc.add("monitoring", mon({"point": point}, ("code", code), word))
            add(doc, limit(("code", code), medium, lim, unit, point=point))
        merges += [(start, 0, len(rows) - 1, 0), (start, 3, len(rows) - 1, 3)]
    doc.table(doc.v("Таблица 6", "6-кесте", "Bảng 4"), rows, merges, role="monitoring")


def l6(doc: Doc) -> None:
    """Frequency, substance, point — in that order — under group rows naming the medium."""
    opening(doc, "pek")
    rows = [doc.v(["Периодичность", "Контролируемый параметр", "Место отбора проб"], ["Кезеңділігі", "Бақыланатын параметр", "Сынама алу орны"],
                  ["Tần suất", "Thông số", "Vị trí lấy mẫu"])]
    groups = (
        (doc.v("Атмосферный воздух", "Атмосфералық ауа", "Không khí xung quanh"),
         doc.v("граница СЗЗ (север)", "СҚА шекарасы (солтүстік)", "Khu vực cổng chính"), "code", _air(doc, 3)),
        (doc.v("Поверхностные воды", "Жерүсті сулары", "Nước mặt"),
         doc.v("створ реки выше выпуска", "өзен тұстамасы, шығарылымнан жоғары", "Suối Cạn, thượng lưu điểm xả"), "symbol",
         doc.rng.sample(("pH", "TSS", "BOD5", "NH4+", "TPH", "COD"), 3)),
    )
    merges = []
    for title, place, key, items in groups:
        rows.append([title, None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
        word, start = doc.pick(WORDS[:4]), len(rows)
        for x in items:
            first = len(rows) == start
            name = vocab.air(x, doc.lang) if key == "code" else vocab.water(x, doc.lang)
            rows.append([freq(doc, word) if first else None, name, place if first else None])
            doc.add("monitoring", mon({"point_contains": place}, (key, x), word))
        merges += [(start, 0, len(rows) - 1, 0), (start, 2, len(rows) - 1, 2)]
    doc.table(None, rows, merges, role="monitoring")
    maybe_distractor(doc)


LAYOUTS = [Layout("monitoring", f"L{k}", fn) for k, fn in enumerate((l1, l2, l3, l4, l5, l6), 1)]
