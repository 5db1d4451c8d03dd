"""Facility cards (tuning): row form, one row with a column per field, and key–value form, one
field per row, as programmes, permits and conclusions print them."""

from __future__ import annotations

from . import vocab
from .common import Doc, distractor, make_bin, make_kato, make_msdn, maybe_distractor, opening
from .registry import Layout

ROMAN = ("I", "II", "III", "IV")


def facility(doc: Doc, index: int | None = None) -> dict:
    """A facility's fields as written and as expected."""
    r = doc.rng
    i = r.randrange(6) if index is None else index
    name, operator, address = vocab.FACILITIES[doc.lang][i]
    cat = r.choice(ROMAN[:3])
    lat_d, lat_m, lat_s = r.randint(42, 53), r.randint(0, 59), round(r.uniform(0, 59.9), 1)
    lon_d, lon_m, lon_s = r.randint(50, 82), r.randint(0, 59), round(r.uniform(0, 59.9), 1)
    if doc.lang == "vi":
        lat_d, lon_d = r.randint(9, 22), r.randint(103, 108)
    f = {
        "i": i, "name": name, "operator": operator, "address": address, "cat": cat,
        "bin": make_msdn(r) if doc.lang == "vi" else make_bin(r),
        "kato": make_kato(r), "oked": r.choice(("07291", "23511", "35301", "52101", "01471", "24420")),
        "lat": lat_d + lat_m / 60 + lat_s / 3600, "lon": lon_d + lon_m / 60 + lon_s / 3600,
    }
    f["dms"] = doc.v(
        f"{lat_d}°{lat_m:02d}'{lat_s:04.1f}\" с.ш., {lon_d}°{lon_m:02d}'{lon_s:04.1f}\" в.д.",
        f"{lat_d}°{lat_m:02d}'{lat_s:04.1f}\" с.е., {lon_d}°{lon_m:02d}'{lon_s:04.1f}\" ш.б.",
        f"{lat_d}°{lat_m:02d}'{lat_s:04.1f}\"N, {lon_d}°{lon_m:02d}'{lon_s:04.1f}\"E",
    )
    f["category"] = doc.v(f"{cat} категория", f"{cat} санат", f"Dự án đầu tư nhóm {cat}")
    return f


def expect(doc: Doc, f: dict, *fields: str) -> None:
    """The facility with the fields its table gives (KZ only: KATO, OKED)."""
    out = {"bin": f["bin"], "name_contains": f["name"]}
    for k in fields:
        if doc.lang == "vi" and k in ("kato", "oked"):
            continue
        out[k] = f["cat"] if k == "category" else f[k]
    doc.add("facilities", out)


def l1(doc: Doc) -> None:
    """Key–value card `Показатель | Значение` under a numbered caption."""
    f = facility(doc)
    opening(doc, "pek", f["i"], title=doc.v("Программа производственного экологического контроля", "Өндірістік экологиялық бақылау бағдарламасы", "CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG"))
    rows = [
        doc.v(["Показатель", "Значение"], ["Көрсеткіш", "Мәні"], ["Chỉ tiêu", "Thông tin"]),
        [doc.v("Наименование объекта", "Нысанның атауы", "Tên cơ sở"), f["name"]],
        [doc.v("Оператор", "Оператор", "Chủ cơ sở"), f["operator"]],
        [doc.v("БИН", "БСН", "Mã số doanh nghiệp"), f["bin"]],
    ]
    if doc.lang != "vi":
        rows += [[doc.v("КАТО", "ҚАТО", ""), f["kato"]], [doc.v("ОКЭД", "ЭҚЖЖ", ""), f["oked"]]]
    rows += [
        [doc.v("Категория объекта", "Объект санаты", "Phân loại dự án"), f["category"]],
        [doc.v("Адрес", "Мекенжайы", "Địa chỉ"), f["address"]],
    ]
    doc.table(doc.v("Таблица 1 – Общие сведения об объекте", "1-кесте. Объект туралы жалпы мәліметтер", "Bảng 1. Thông tin chung về cơ sở"), rows, role="facility")
    expect(doc, f, "kato", "oked", "category")
    maybe_distractor(doc)


def l2(doc: Doc) -> None:
    """Row form with a row of column numbers under the header, introduced by a sentence."""
    f = facility(doc)
    opening(doc, "permit", f["i"])
    doc.p(doc.v("Сведения об объекте приведены ниже.", "Объект туралы мәліметтер төменде келтірілген.", "Thông tin về cơ sở như sau:"))
    if doc.lang == "vi":
        header = ["TT", "Tên cơ sở", "Chủ cơ sở", "Mã số doanh nghiệp", "Địa chỉ", "Nhóm dự án"]
        row = ["1", f["name"], f["operator"], f["bin"], f["address"], f"Nhóm {f['cat']}"]
    else:
        header = doc.v(["№ п/п", "Наименование объекта", "Оператор", "БИН", "КАТО", "ОКЭД", "Категория"],
                       ["№", "Объектінің атауы", "Оператор", "БСН", "ҚАТО", "ЭҚЖЖ", "Санаты"], [])
        row = ["1", f["name"], f["operator"], f["bin"], f["kato"], f["oked"], f["cat"]]
    doc.table(None, [header, [str(k + 1) for k in range(len(header))], row], role="facility")
    expect(doc, f, "kato", "oked", "category")


def l3(doc: Doc) -> None:
    """Numbered key–value card with geographic coordinates in degrees, minutes and seconds."""
    f = facility(doc)
    opening(doc, "scoping", f["i"])
    rows = [doc.v(["№", "Наименование показателя", "Значение"], ["№", "Көрсеткіштің атауы", "Мәні"], ["STT", "Nội dung", "Thông tin"])]
    fields = [
        (doc.v("Полное наименование предприятия", "Кәсіпорынның толық атауы", "Tên chủ dự án"), f["operator"]),
        (doc.v("Бизнес-идентификационный номер (БИН)", "Бизнес-сәйкестендіру нөмірі (БСН)", "Mã số doanh nghiệp"), f["bin"]),
        (doc.v("Наименование производственного объекта", "Өндірістік объектінің атауы", "Tên dự án"), f["name"]),
        (doc.v("Местонахождение", "Орналасқан жері", "Địa điểm thực hiện dự án"), f["address"]),
        (doc.v("Географические координаты", "Географиялық координаттары", "Tọa độ"), f["dms"]),
    ]
    rows += [[f"{k + 1}.", a, b] for k, (a, b) in enumerate(fields)]
    doc.table(doc.v("Таблица 2. Сведения об инициаторе намечаемой деятельности", "2-кесте. Бастамашы туралы мәліметтер", "Bảng 1.1. Thông tin về dự án"), rows, role="facility")
    expect(doc, f, "lat", "lon")
    maybe_distractor(doc)


def l4(doc: Doc) -> None:
    """A card with no header row, labels ending in colons, beside a contacts table."""
    f = facility(doc)
    opening(doc, "pek", f["i"])
    rows = [
        [doc.v("Наименование природопользователя:", "Табиғат пайдаланушының атауы:", "Tên chủ cơ sở:"), f["operator"]],
        [doc.v("БИН:", "БСН:", "Mã số doanh nghiệp:"), f["bin"]],
        [doc.v("Наименование объекта:", "Объектінің атауы:", "Tên cơ sở:"), f["name"]],
        [doc.v("Юридический адрес:", "Заңды мекенжайы:", "Địa chỉ trụ sở chính:"), f["address"]],
    ]
    if doc.lang != "vi":
        rows.append([doc.v("Код по КАТО:", "ҚАТО бойынша коды:", ""), f["kato"]])
    doc.table(doc.v("Сведения о природопользователе", "Табиғат пайдаланушы туралы мәліметтер", "Thông tin về chủ cơ sở"), rows, role="facility")
    expect(doc, f, "kato")
    distractor(doc, "contacts")


def l5(doc: Doc) -> None:
    """Row form under a two-row header: operator and facility columns grouped under merged cells."""
    f = facility(doc)
    opening(doc, "scoping", f["i"])
    if doc.lang == "vi":
        top = ["Chủ dự án", None, "Dự án", None, None]
        sub = ["Tên", "Mã số doanh nghiệp", "Tên", "Địa điểm", "Nhóm"]
        row = [f["operator"], f["bin"], f["name"], f["address"], f["cat"]]
    else:
        top = doc.v(["Оператор", None, "Объект", None, None], ["Оператор", None, "Объект", None, None], [])
        sub = doc.v(["Наименование", "БИН", "Наименование", "Код КАТО", "Категория"],
                    ["Атауы", "БСН", "Атауы", "ҚАТО коды", "Санаты"], [])
        row = [f["operator"], f["bin"], f["name"], f["kato"], f["category"]]
    doc.table(doc.v("Таблица 1", "1-кесте", "Bảng 1"), [top, sub, row], [(0, 0, 0, 1), (0, 2, 0, 4)], role="facility")
    expect(doc, f, "kato", "category")


def l6(doc: Doc) -> None:
    """Key–value card `Параметр | Данные` with group rows spanning both columns."""
    f = facility(doc)
    opening(doc, "permit", f["i"])
    rows = [
        doc.v(["Параметр", "Данные"], ["Параметр", "Деректер"], ["Hạng mục", "Giá trị"]),
        [doc.v("1. Сведения об операторе", "1. Оператор туралы мәліметтер", "1. Thông tin về chủ cơ sở"), None],
        [doc.v("Наименование", "Атауы", "Tên doanh nghiệp"), f["operator"]],
        [doc.v("БИН", "БСН", "Mã số doanh nghiệp"), f["bin"]],
        [doc.v("2. Сведения об объекте", "2. Объект туралы мәліметтер", "2. Thông tin về cơ sở"), None],
        [doc.v("Наименование объекта", "Объектінің атауы", "Tên cơ sở"), f["name"]],
    ]
    if doc.lang != "vi":
        rows += [[doc.v("Вид деятельности (ОКЭД)", "Қызмет түрі (ЭҚЖЖ)", ""), f["oked"]]]
    rows += [[doc.v("Категория", "Санаты", "Nhóm"), f["category"]], [doc.v("Координаты", "Координаттары", "Tọa độ"), f["dms"]]]
    doc.table(doc.v("Таблица 1.1 — Данные об объекте", "1.1-кесте — Объект туралы деректер", "Bảng 1. Thông tin cơ sở"),
              rows, [(1, 0, 1, 1), (4, 0, 4, 1)], role="facility")
    expect(doc, f, "oked", "category", "lat", "lon")
    maybe_distractor(doc)


LAYOUTS = [Layout("facility", f"L{k}", fn) for k, fn in enumerate((l1, l2, l3, l4, l5, l6), 1)]
