"""Waste tables (tuning): List-of-Waste codes in Kazakh programmes and permits, Vietnam's hazardous
waste lists and ordinary solid wastes, amounts in tonnes or kilograms, group and totals rows."""

from __future__ import annotations

from . import vocab
from .common import Doc, maybe_distractor, num, opening, rate
from .registry import Layout

OPERATIONS = {
    "ru": ("Передача специализированной организации", "Временное хранение", "Утилизация", "Захоронение на полигоне"),
    "kk": ("Мамандандырылған ұйымға беру", "Уақытша сақтау", "Кәдеге жарату", "Полигонда көму"),
    "vi": ("Chuyển giao cho đơn vị có chức năng", "Lưu giữ tạm thời", "Tái chế", "Thu gom, xử lý"),
}


def low_wastes(doc: Doc, n: int) -> list[dict]:
    """n List-of-Waste entries, hazardous ones first, with amounts in tonnes."""
    picked = sorted(doc.rng.sample(vocab.LOW, n), key=lambda w: not w[0].endswith("*"))
    out = []
    for code, ru, kk in picked:
        hazardous = code.endswith("*")
        amount = rate(doc.rng, 0.01, 4.5, 3) if hazardous else rate(doc.rng, 1, 480, 3)
        out.append({"code": code, "name": ru if doc.lang == "ru" else kk, "hazardous": hazardous, "t": amount})
    return out


def vn_wastes(doc: Doc, n: int) -> list[dict]:
    """n Vietnamese hazardous wastes with amounts in kilograms."""
    out = []
    for code, name, state in doc.rng.sample(vocab.VN_CTNH, n):
        out.append({"code": code, "name": name, "state": state, "hazardous": True, "kg": doc.rng.randint(2, 260) * 10})
    return out


def expect_low(doc: Doc, wastes: list[dict], kg: bool = False) -> None:
    doc.add("wastes", *({"code": w["code"], "code_system": "LoW", "hazardous": w["hazardous"],
                         "amount_t": w["kg"] / 1000 if kg else w["t"], "name_contains": w["name"]} for w in wastes))


def expect_vn(doc: Doc, wastes: list[dict], coded: bool = True) -> None:
    doc.add("wastes", *({"code": w["code"] + "*" if coded else None, "code_system": "VN-CTNH" if coded else None,
                         "hazardous": w["hazardous"], "amount_t": w["kg"] / 1000, "name_contains": w["name"]} for w in wastes))


def _hazard_title(doc: Doc, hazardous: bool) -> str:
    if hazardous:
        return doc.v("Опасные отходы", "Қауіпті қалдықтар", "Chất thải nguy hại")
    return doc.v("Неопасные отходы", "Қауіпті емес қалдықтар", "Chất thải rắn công nghiệp thông thường")


def l1(doc: Doc) -> None:
    """`№ | name | code | amount | operation` under hazardous/non-hazardous group rows (VI: a permit's CTNH list)."""
    opening(doc, "permit")
    if doc.lang == "vi":
        doc.p("Khối lượng, chủng loại chất thải nguy hại phát sinh thường xuyên:")
        wastes = vn_wastes(doc, doc.rng.randint(4, 6))
        rows = [["TT", "Tên chất thải", "Mã chất thải", "Trạng thái tồn tại", "Khối lượng (kg/năm)"]]
        rows += [[str(k), w["name"], w["code"], w["state"], num(w["kg"], "vi")] for k, w in enumerate(wastes, 1)]
        rows.append(["", "Tổng cộng", "", "", num(sum(w["kg"] for w in wastes), "vi")])
        doc.table(None, rows, role="wastes")
        expect_vn(doc, wastes)
        return
    wastes = low_wastes(doc, 6)
    rows = [doc.v(["№", "Наименование отхода", "Код отхода", "Количество, т/год", "Операция"],
                  ["№", "Қалдықтың атауы", "Қалдық коды", "Саны, т/жыл", "Операция"], [])]
    merges, group = [], None
    for n, w in enumerate(wastes, start=1):
        if w["hazardous"] != group:
            group = w["hazardous"]
            rows.append([_hazard_title(doc, group), None, None, None, None])
            merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
        rows.append([str(n), w["name"], w["code"], num(w["t"], doc.lang), doc.pick(OPERATIONS[doc.lang])])
    rows.append(["", doc.v("Итого", "Барлығы", ""), "", num(round(sum(w["t"] for w in wastes), 4), doc.lang), ""])
    doc.table(doc.v("Таблица 6 – Лимиты накопления отходов", "6-кесте – Қалдықтарды жинақтау лимиттері", ""), rows, merges, role="wastes")
    expect_low(doc, wastes)
    maybe_distractor(doc)


def l2(doc: Doc) -> None:
    """Code in the first column, a hazard-level column, amounts in tonnes, the treatment last."""
    opening(doc, "pek")
    if doc.lang == "vi":
        wastes = vn_wastes(doc, 4)
        rows = [["Mã CTNH", "Tên chất thải", "Khối lượng phát sinh (tấn/năm)", "Phương pháp xử lý"]]
        rows += [[w["code"], w["name"], num(w["kg"] / 1000, "vi"), doc.pick(OPERATIONS["vi"])] for w in wastes]
        doc.table("Bảng 4. Chất thải nguy hại phát sinh tại cơ sở", rows, role="wastes")
        expect_vn(doc, wastes)
        return
    wastes = low_wastes(doc, 5)
    rows = [doc.v(["Код", "Наименование отходов", "Уровень опасности", "Объем образования, т/год", "Способ обращения"],
                  ["Коды", "Қалдықтардың атауы", "Қауіптілік деңгейі", "Түзілу көлемі, т/жыл", "Қалдықтармен жұмыс тәсілі"], [])]
    for w in wastes:
        level = doc.v("опасные", "қауіпті", "") if w["hazardous"] else doc.v("неопасные", "қауіпті емес", "")
        rows.append([w["code"], w["name"], level, num(w["t"], doc.lang), doc.pick(OPERATIONS[doc.lang])])
    doc.table(doc.v("Таблица 4.2. Отходы производства и потребления", "4.2-кесте. Өндіріс және тұтыну қалдықтары", ""), rows, role="wastes")
    expect_low(doc, wastes)


def l3(doc: Doc) -> None:
    """Amounts in kilograms (VI: ordinary solid wastes, no code, under a sentence)."""
    opening(doc, "permit")
    if doc.lang == "vi":
        doc.p("Khối lượng chất thải rắn công nghiệp thông thường phát sinh:")
        names = doc.rng.sample(vocab.VN_ORDINARY, 4)
        wastes = [{"code": None, "name": x, "hazardous": False, "kg": doc.rng.randint(5, 900) * 100} for x in names]
        rows = [["TT", "Tên chất thải", "Khối lượng (kg/năm)"]]
        rows += [[str(k), w["name"], num(w["kg"], "vi")] for k, w in enumerate(wastes, 1)]
        rows.append(["", "Tổng cộng", num(sum(w["kg"] for w in wastes), "vi")])
        doc.table(None, rows, role="wastes")
        expect_vn(doc, wastes, coded=False)
        maybe_distractor(doc)
        return
    wastes = low_wastes(doc, 5)
    for w in wastes:
        w["kg"] = round(w["t"] * 1000) if w["hazardous"] else doc.rng.randint(2, 90) * 50
    rows = [doc.v(["Наименование", "Код", "Образование, кг/год", "Примечание"], ["Атауы", "Коды", "Түзілуі, кг/жыл", "Ескерту"], [])]
    rows += [[w["name"], w["code"], num(w["kg"], doc.lang), "" if k % 2 else "-"] for k, w in enumerate(wastes)]
    doc.table(doc.v("Сведения об образовании отходов", "Қалдықтардың түзілуі туралы мәліметтер", ""), rows, role="wastes")
    expect_low(doc, wastes, kg=True)
    maybe_distractor(doc)


def l4(doc: Doc) -> None:
    """The code written inside the name cell; no code column."""
    opening(doc, "scoping")
    if doc.lang == "vi":
        wastes = vn_wastes(doc, 4)
        rows = [["TT", "Loại chất thải", "Khối lượng (kg/năm)"]]
        rows += [[str(k), f"{w['name']} ({w['code']})", num(w["kg"], "vi")] for k, w in enumerate(wastes, 1)]
        doc.table("Bảng 3.15. Chất thải nguy hại phát sinh trong giai đoạn vận hành", rows, role="wastes")
        expect_vn(doc, wastes)
        return
    wastes = low_wastes(doc, 5)
    rows = [doc.v(["№ п/п", "Вид отхода", "Количество, т/год"], ["№", "Қалдық түрі", "Мөлшері, т/жыл"], [])]
    rows += [[f"{k}.", f"{w['name']} ({w['code']})", num(w["t"], doc.lang)] for k, w in enumerate(wastes, 1)]
    doc.table(doc.v("Таблица 7. Отходы, образующиеся при эксплуатации", "7-кесте. Пайдалану кезінде түзілетін қалдықтар", ""), rows, role="wastes")
    expect_low(doc, wastes)
    maybe_distractor(doc)


def l5(doc: Doc) -> None:
    """A unit row under the amount header, a row of column numbers, codes written without spaces (RU/KK)."""
    opening(doc, "pek")
    if doc.lang == "vi":
        wastes = vn_wastes(doc, 5)
        rows = [["TT", "Tên chất thải", "Mã CTNH", "Khối lượng", "Tổ chức tiếp nhận"], [None, None, None, "kg/năm", None], ["1", "2", "3", "4", "5"]]
        rows += [[str(k), w["name"], w["code"], num(w["kg"], "vi"), "Công ty TNHH Môi trường Xanh Việt"] for k, w in enumerate(wastes, 1)]
        doc.table("Bảng 5. Danh sách chất thải nguy hại đã chuyển giao", rows,
                  [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 4, 1, 4)], role="wastes")
        expect_vn(doc, wastes)
        return
    wastes = low_wastes(doc, 5)
    rows = [doc.v(["№", "Наименование отхода", "Код", "Количество", "Вид операции"], ["№", "Қалдық атауы", "Коды", "Мөлшері", "Операция түрі"], []),
            [None, None, None, doc.v("т/год", "т/жыл", ""), None], ["1", "2", "3", "4", "5"]]
    rows += [[str(k), w["name"], w["code"].replace(" ", ""), num(w["t"], doc.lang), doc.pick(OPERATIONS[doc.lang])] for k, w in enumerate(wastes, 1)]
    doc.table(doc.v("Таблица 2.3", "2.3-кесте", ""), rows, [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 4, 1, 4)], role="wastes")
    expect_low(doc, wastes)


def l6(doc: Doc) -> None:
    """No codes: hazardous and non-hazardous wastes told apart by group rows, amounts in tonnes."""
    opening(doc, "scoping")
    doc.p(doc.v("Ориентировочные объемы образования отходов:", "Қалдықтардың түзілуінің болжамды көлемдері:", "Dự báo khối lượng chất thải phát sinh:"))
    if doc.lang == "vi":
        haz = [(w[1], True) for w in doc.rng.sample(vocab.VN_CTNH, 2)]
        plain = [(x, False) for x in doc.rng.sample(vocab.VN_ORDINARY, 2)]
    else:
        low = doc.rng.sample(vocab.LOW, 5)
        name = 1 if doc.lang == "ru" else 2
        haz = [(w[name], True) for w in low if w[0].endswith("*")][:2]
        plain = [(w[name], False) for w in low if not w[0].endswith("*")][:2]
    rows = [doc.v(["Наименование отходов", "Объем, т"], ["Қалдықтардың атауы", "Көлемі, т"], ["Loại chất thải", "Khối lượng (tấn)"])]
    merges = []
    for group in (haz, plain):
        if not group:
            continue
        rows.append([_hazard_title(doc, group[0][1]), None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 1))
        for name, hazardous in group:
            t = rate(doc.rng, 0.005, 3, 2) if hazardous else rate(doc.rng, 0.5, 60, 3)
            rows.append([name, num(t, doc.lang)])
            doc.add("wastes", {"code": None, "code_system": None, "hazardous": hazardous, "amount_t": t, "name_contains": name})
    doc.table(None, rows, merges, role="wastes")
    maybe_distractor(doc)


LAYOUTS = [Layout("wastes", f"L{k}", fn) for k, fn in enumerate((l1, l2, l3, l4, l5, l6), 1)]
