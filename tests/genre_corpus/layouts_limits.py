"""Limit tables (tuning): standards' columns under merged headers, ПДК tables, a permit's discharge
limits, measurements against limits at control points, ranges, units per column or per row,
numbers in each language's notation."""

from __future__ import annotations

from . import vocab
from .common import Doc, maybe_distractor, num, opening
from .limits_data import (
    AIR_PDK,
    DISCHARGE,
    QCVN19,
    QCVN40,
    SOIL_PDK,
    SOIL_VN,
    STACK,
    SURFACE,
    add,
    cell,
    limit,
)
from .registry import Layout


def _sample(doc: Doc, table: dict, n: int, first: tuple[str, ...] = ()) -> list[str]:
    keys = [k for k in table if k not in first]
    if doc.lang == "vi" and table in (AIR_PDK, QCVN19, STACK):
        keys = [k for k in keys if vocab.AIR[k][2]]
    return [k for k in first if k in table] + sorted(doc.rng.sample(keys, n - len(first)), key=list(table).index)


def l1(doc: Doc) -> None:
    """Two limit sub-columns under a merged header (QCVN A/B for waste water; ПДК м.р./с.с. for air)."""
    if doc.lang == "vi":
        doc.h("QCVN 40:2011/BTNMT QUY CHUẨN KỸ THUẬT QUỐC GIA VỀ NƯỚC THẢI CÔNG NGHIỆP")
        doc.p("Giá trị tối đa cho phép của các thông số ô nhiễm trong nước thải công nghiệp khi xả ra nguồn tiếp nhận được tính theo giá trị C quy định tại Bảng 1.")
        rows = [["TT", "Thông số", "Đơn vị", "Giá trị C", None], [None, None, None, "A", "B"]]
        for k, s in enumerate(_sample(doc, QCVN40, 7, ("pH",)), 1):
            a, b = QCVN40[s]
            rows.append([str(k), vocab.water(s, "vi"), "-" if s == "pH" else "mg/l", cell(doc, a), cell(doc, b)])
            add(doc, limit(("symbol", s), "waste_water", a, "mg/l", "A"), limit(("symbol", s), "waste_water", b, "mg/l", "B"))
        doc.table("Bảng 1 - Giá trị C của các thông số ô nhiễm trong nước thải công nghiệp", rows,
                  [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4)], role="limits")
        return
    opening(doc, "regulation")
    pdk = doc.v("ПДК, мг/м3", "ШЖК, мг/м3", "")
    rows = [[doc.v("№", "№", ""), doc.v("Наименование вещества", "Заттың атауы", ""), doc.v("Код", "Коды", ""), pdk, None,
             doc.v("Класс опасности", "Қауіптілік сыныбы", "")], [None, None, None, "м.р.", "с.с.", None]]
    for k, code in enumerate(_sample(doc, AIR_PDK, 6), 1):
        mr, ss = AIR_PDK[code]
        rows.append([str(k), vocab.air(code, doc.lang), code, cell(doc, mr), cell(doc, ss), str(vocab.hazard(code) or "-")])
        add(doc, limit(("code", code), "air", mr, "mg/m3", "м.р."), limit(("code", code), "air", ss, "mg/m3", "с.с."))
    doc.table(doc.v("Таблица 2 – Предельно допустимые концентрации загрязняющих веществ в атмосферном воздухе населенных мест",
                    "2-кесте – Елді мекендердің атмосфералық ауасындағы ластаушы заттардың шекті жол берілетін концентрациялары", ""),
              rows, [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 1, 5)], role="limits")
    maybe_distractor(doc)


def l2(doc: Doc) -> None:
    """One limit column with the unit in its header and a row of column numbers (VI: a permit's limits, unit per row)."""
    opening(doc, "permit")
    params = _sample(doc, DISCHARGE, 6, ("pH",))
    if doc.lang == "vi":
        doc.p("Chất lượng nước thải trước khi xả vào nguồn tiếp nhận phải bảo đảm đáp ứng yêu cầu về bảo vệ môi trường và QCVN 40:2011/BTNMT (cột A, Kq = 0,9; Kf = 1,0), cụ thể như sau:")
        rows = [["TT", "Chất ô nhiễm", "Đơn vị tính", "Giá trị giới hạn cho phép"]]
        for k, s in enumerate(_sample(doc, QCVN40, 6, ("pH",)), 1):
            a = QCVN40[s][0]
            value = a if s == "pH" else round(a * 0.9, 6)
            rows.append([str(k), vocab.water(s, "vi"), "-" if s == "pH" else "mg/l", cell(doc, value, to=" - ")])
            add(doc, limit(("symbol", s), "waste_water", value, "mg/l"))
        doc.table(None, rows, role="limits")
        return
    rows = [doc.v(["№", "Наименование показателя", "Допустимая концентрация, мг/дм3"], ["№", "Көрсеткіштің атауы", "Рұқсат етілген концентрация, мг/дм3"], []),
            ["1", "2", "3"]]
    for k, s in enumerate(params, 1):
        rows.append([str(k), vocab.water(s, doc.lang), cell(doc, DISCHARGE[s])])
        add(doc, limit(("symbol", s), "waste_water", DISCHARGE[s], "mg/l"))
    doc.table(doc.v("Таблица 8 – Допустимые концентрации загрязняющих веществ в сточных водах, сбрасываемых через выпуск № 1",
                    "8-кесте – № 1 шығарылым арқылы төгілетін ағынды сулардағы ластаушы заттардың рұқсат етілген концентрациялары", ""),
              rows, role="limits")
    maybe_distractor(doc)


def l3(doc: Doc) -> None:
    """Measured values against limits, the point merged over its substances (VI: stack gas against QCVN 19 column B)."""
    opening(doc, "pek")
    vi = doc.lang == "vi"
    if vi:
        table, medium, unit = QCVN19, "flue_gas", "mg/Nm3"
    else:
        table, medium, unit = {k: v for k, v in AIR_PDK.items() if v[0] is not None}, "air", "mg/m3"
    codes = _sample(doc, table, 3)
    if vi:
        rows = [["Vị trí quan trắc", "Thông số", "Đơn vị", "Kết quả", "QCVN 19:2009/BTNMT (cột B)"]]
        points = ("KT1", "KT2")
    else:
        rows = [doc.v(["Точка отбора", "Загрязняющее вещество", "Фактическая концентрация, мг/м3", "ПДК, мг/м3"],
                      ["Бақылау нүктесі", "Ластаушы зат", "Нақты концентрация, мг/м3", "ШЖК, мг/м3"], [])]
        points = ("КТ-1", "КТ-2")
    merges = []
    for point in points:
        start = len(rows)
        for code in codes:
            lim = table[code][1] if vi else table[code][0]
            value = float(f"{lim * doc.rng.uniform(0.1, 0.9):.2g}")
            head = [point if len(rows) == start else None, vocab.air(code, doc.lang)]
            rows.append(head + (["mg/Nm3"] if vi else []) + [num(value, doc.lang), num(lim, doc.lang)])
            add(doc, limit(("code", code), medium, lim, unit, "B" if vi else None, point, value))
        merges.append((start, 0, len(rows) - 1, 0))
    doc.table(doc.v("Таблица 4 – Результаты контроля атмосферного воздуха на границе СЗЗ",
                    "4-кесте – СҚА шекарасындағы атмосфералық ауаны бақылау нәтижелері",
                    "Bảng 3. Kết quả quan trắc khí thải định kỳ"), rows, merges, role="limits")


def l4(doc: Doc) -> None:
    """Surface-water limits with a unit column and a pH range, no caption: a sentence before the table."""
    opening(doc, "pek")
    doc.p(doc.v("Нормативы качества поверхностных вод, принятые для контроля:", "Бақылау үшін қабылданған жерүсті суларының сапа нормативтері:",
                "Giá trị giới hạn các thông số chất lượng nước mặt tại điểm tiếp nhận:"))
    if doc.lang == "vi":
        rows = [["TT", "Thông số", "Đơn vị", "Giá trị giới hạn"]]
    else:
        rows = [doc.v(["Показатель", "Ед. изм.", "Норматив"], ["Көрсеткіш", "Өлшем бірлігі", "Норматив"], [])]
    for k, s in enumerate(_sample(doc, SURFACE, 6, ("pH",)), 1):
        u = "-" if s == "pH" else doc.pick(doc.v(("мг/дм3", "мг/л"), ("мг/дм3",), ("mg/L",)))
        row = [vocab.water(s, doc.lang), u, cell(doc, SURFACE[s], to="-" if doc.lang == "vi" else None)]
        rows.append([str(k)] + row if doc.lang == "vi" else row)
        add(doc, limit(("symbol", s), "water", SURFACE[s], "mg/l"))
    doc.table(None, rows, role="limits")
    maybe_distractor(doc)


def l5(doc: Doc) -> None:
    """Soil limits: one ПДК column with a notes column and a row of column numbers (VI: columns per land use)."""
    opening(doc, "regulation")
    if doc.lang == "vi":
        rows = [["TT", "Thông số", "Đất nông nghiệp", "Đất công nghiệp"]]
        for k, s in enumerate(_sample(doc, SOIL_VN, 5), 1):
            agri, ind = SOIL_VN[s]
            rows.append([str(k), vocab.soil(s, "vi"), num(agri, "vi"), num(ind, "vi")])
            add(doc, limit(("symbol", s), "soil", agri, "mg/kg", "Đất nông nghiệp"), limit(("symbol", s), "soil", ind, "mg/kg", "Đất công nghiệp"))
        doc.table("Bảng 1. Giới hạn tối đa hàm lượng tổng số của kim loại nặng trong đất (Đơn vị: mg/kg đất khô)", rows, role="limits")
        return
    notes = doc.v(("валовое содержание", "подвижная форма"), ("жалпы мөлшері", "жылжымалы түрі"), ())
    rows = [doc.v(["№", "Элемент", "ПДК, мг/кг", "Примечание"], ["№", "Элемент", "ШЖК, мг/кг", "Ескерту"], []), ["1", "2", "3", "4"]]
    for k, s in enumerate(_sample(doc, SOIL_PDK, 5), 1):
        rows.append([str(k), vocab.soil(s, doc.lang), num(SOIL_PDK[s], doc.lang), notes[s in ("Zn", "Cu", "Ni", "Co", "Cr")]])
        add(doc, limit(("symbol", s), "soil", SOIL_PDK[s], "mg/kg"))
    doc.table(doc.v("Таблица 5 – ПДК химических веществ в почве", "5-кесте – Топырақтағы химиялық заттардың ШЖК", ""), rows, role="limits")


def l6(doc: Doc) -> None:
    """Stack-gas limits: a unit per row in mg/Nm3 (VI: QCVN 19 with A and B under a merged header carrying the unit)."""
    if doc.lang == "vi":
        doc.h("QCVN 19:2009/BTNMT QUY CHUẨN KỸ THUẬT QUỐC GIA VỀ KHÍ THẢI CÔNG NGHIỆP ĐỐI VỚI BỤI VÀ CÁC CHẤT VÔ CƠ")
        rows = [["TT", "Thông số", "Nồng độ C (mg/Nm3)", None], [None, None, "A", "B"]]
        for k, code in enumerate(_sample(doc, QCVN19, 5), 1):
            a, b = QCVN19[code]
            rows.append([str(k), vocab.air(code, "vi"), num(a, "vi"), num(b, "vi")])
            add(doc, limit(("code", code), "flue_gas", a, "mg/Nm3", "A"), limit(("code", code), "flue_gas", b, "mg/Nm3", "B"))
        doc.table("Bảng 1 - Nồng độ C của bụi và các chất vô cơ làm cơ sở tính nồng độ tối đa cho phép trong khí thải công nghiệp",
                  rows, [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3)], role="limits")
        maybe_distractor(doc)
        return
    opening(doc, "permit")
    rows = [doc.v(["Загрязняющее вещество", "Ед. изм.", "Технологический норматив"], ["Ластаушы зат", "Өлшем бірлігі", "Технологиялық норматив"], [])]
    for code in _sample(doc, STACK, 4):
        rows.append([vocab.air(code, doc.lang), "мг/нм3", num(STACK[code], doc.lang)])
        add(doc, limit(("code", code), "flue_gas", STACK[code], "mg/Nm3"))
    doc.table(doc.v("Технологические нормативы выбросов (концентрации в дымовых газах котельной)",
                    "Қазандықтың түтін газдарындағы шығарындылардың технологиялық нормативтері", ""), rows, role="limits")
    maybe_distractor(doc)


LAYOUTS = [Layout("limits", f"L{k}", fn) for k, fn in enumerate((l1, l2, l3, l4, l5, l6), 1)]
