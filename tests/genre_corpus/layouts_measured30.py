"""The sixteenth blind set's part FB (two layouts per role, `FB1` and `FB2`), written by someone who neither ran the
extractor on it nor read it, to differ from every layout of `layouts_*.py`; held out and measured once (0.688 over 126
files when first measured, 2026-12-05), then studied (0.930 after) and moved to the tuning layouts.

Theme: documents as scanned and typed by small consultancies: abbreviated or misspelled header words, headers split
over three rows, units written in the cells beside the figures, Roman and Arabic numbering mixed, a signature block
inside the table, totals in the middle, a table turned by 90 degrees. Kazakhstan: car washes, bakeries, a small hotel
boiler house, a brick works, a poultry slaughterhouse, a quarry of a village akimat (declarations of category III and
IV objects, small ПЭК programmes, notices of the inspector). Vietnam: a handicraft village's cluster, a tofu and
rice-noodle workshop, a brick kiln, a small hospital, a fuel station (kế hoạch bảo vệ môi trường, đăng ký môi trường,
biên bản kiểm tra of a commune).

Facility: a declaration's card with Roman sections, abbreviated labels and the signature inside the table (FB1); a
register of declarations under a three-row header, grouped by district with counts in the middle (FB2).
Emissions: a turned table, substances as columns and both figures with units in one cell (FB1); an inventory under a
three-row header with Roman sites, merged sources and subtotals in the middle (FB2).
Wastes: a declaration under a three-row header, units in the cells, a signature row inside (FB1); hazardous and
non-hazardous groups with subtotals in the middle, codes without spaces or units mixed in the cells (FB2).
Limits: measurements at points under a three-row header, the ПДК with its unit in the cell (FB1); a turned table of
allowed and actual concentrations, or a standard's two columns beside one result (FB2).
Monitoring: per-source plan with abbreviated frequencies merged down (FB1); a turned matrix of points and marks (FB2).
Inspections: Roman sections, abbreviated frequencies, signatures inside (FB1); a chart of months with marks (FB2).
Tasks: a notice's violations and measures with signatures inside (FB1); a plan with Roman sections and cost subtotals
in the middle (FB2).
"""

from __future__ import annotations

from . import vocab
from .common import Doc, freq, make_bin, make_kato, make_msdn, maybe_distractor, num
from .limits_data import add, cell, limit
from .obligations_data import words
from .registry import ROLES, Layout
from .sources_data import emission

# ---------------------------------------------------------------- helpers


def _li(doc: Doc) -> int:
    return vocab.LANGS.index(doc.lang)


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _dms(value: float, lang: str) -> tuple[str, float]:
    """`43°15'07,4"` and the decimal degrees it stands for."""
    d = int(value)
    m = int((value - d) * 60)
    s = round((value - d - m / 60) * 3600, 1)
    if s >= 60:
        m, s = m + 1, 0.0
    return f"{d}°{m:02d}'{num(s, lang)}\"", d + m / 60 + s / 3600


def _date(doc: Doc, month_lo: int = 1, month_hi: int = 12, year: int = 2026) -> str:
    d, m = doc.rng.randint(1, 28), doc.rng.randint(month_lo, month_hi)
    return f"{d:02d}/{m:02d}/{year}" if doc.lang == "vi" else f"{d:02d}.{m:02d}.{year}"


ROMAN = ("I", "II", "III", "IV", "V", "VI")


# ---------------------------------------------------------------- facility

# RU name, KK name, RU operator, KK operator, RU address, KK address, lat range, lon range, category, RU capacity, KK capacity
KZ_SMALL = (
    ("Автомойка на 3 поста «Чистый город»", "«Таза қала» 3 бекеттік автожуу орны", "ИП «Сатыбалдиев Е.К.»", "«Сатыбалдиев Е.К.» ЖК",
     "Алматинская обл., Илийский р-н, п. Боралдай, ул. Аэропортная, 14", "Алматы обл., Іле ауданы, Боралдай к., Аэропорт к-сі, 14",
     (43.33, 43.37), (76.84, 76.88), "IV", "3 поста, до 60 автомашин в сутки", "3 бекет, тәулігіне 60 көлікке дейін"),
    ("Пекарня «Нан-Береке»", "«Нан-Береке» наубайханасы", "ТОО «Береке Нан Өнімдері»", "«Береке Нан Өнімдері» ЖШС",
     "Туркестанская обл., г. Кентау, ул. Яссауи, 48", "Түркістан обл., Кентау қ., Яссауи к-сі, 48",
     (43.50, 43.53), (68.49, 68.53), "III", "3,5 т хлебобулочных изделий в сутки", "тәулігіне 3,5 т нан-тоқаш өнімдері"),
    ("Котельная гостиницы «Алтын Шаңырақ»", "«Алтын Шаңырақ» қонақүйінің қазандығы", "ТОО «Шаңырақ Отель»", "«Шаңырақ Отель» ЖШС",
     "Костанайская обл., г. Рудный, пр. 50 лет Октября, 73", "Қостанай обл., Рудный қ., Қазан айының 50 жылдығы даң., 73",
     (52.95, 52.98), (63.10, 63.14), "III", "2 котла КВр-0,4 (0,8 МВт)", "2 КВр-0,4 қазандығы (0,8 МВт)"),
    ("Кирпичный завод «Көктөбе»", "«Көктөбе» кірпіш зауыты", "ТОО «Көктөбе Кірпіш»", "«Көктөбе Кірпіш» ЖШС",
     "Жамбылская обл., Байзакский р-н, с. Сарыкемер", "Жамбыл обл., Байзақ ауданы, Сарыкемер а.",
     (42.98, 43.02), (71.47, 71.52), "III", "8 млн шт. кирпича в год", "жылына 8 млн дана кірпіш"),
    ("Убойный цех птицы «Ақ Қанат»", "«Ақ Қанат» құс сою цехы", "ТОО «Ақ Қанат Құс»", "«Ақ Қанат Құс» ЖШС",
     "Акмолинская обл., Целиноградский р-н, с. Косшы", "Ақмола обл., Целиноград ауданы, Қосшы а.",
     (51.05, 51.09), (71.55, 71.60), "III", "1 500 голов птицы в смену", "ауысымына 1 500 бас құс"),
    ("Карьер песчано-гравийной смеси «Жаңатұрмыс»", "«Жаңатұрмыс» құм-қиыршық тас қоспасы карьері",
     "ГУ «Аппарат акима Жанатурмысского сельского округа»", "«Жаңатұрмыс ауылдық округі әкімінің аппараты» ММ",
     "Восточно-Казахстанская обл., Уланский р-н, с. Жанатурмыс", "Шығыс Қазақстан обл., Ұлан ауданы, Жаңатұрмыс а.",
     (49.72, 49.77), (82.36, 82.42), "III", "15 тыс. м3 ПГС в год", "жылына 15 мың м3 ҚҚҚ"),
)  # fmt: skip

# name, owner, address, lat range, lon range, trade, capacity
VN_SMALL = (
    ("Cơ sở sản xuất đậu phụ, bún tươi Hưng Thịnh", "Hộ kinh doanh Nguyễn Văn Hưng", "thôn Đông, xã Phú Đô, huyện Nam Từ Liêm, TP. Hà Nội",
     (21.01, 21.02), (105.76, 105.78), "Sản xuất đậu phụ, bún tươi", "1,2 tấn đậu phụ và 2 tấn bún/ngày"),
    ("Lò gạch tuynel Thành Công", "Hợp tác xã Sản xuất vật liệu xây dựng Thành Công", "xã Tân Hiệp, huyện Tân Uyên, tỉnh Bình Dương",
     (11.08, 11.11), (106.74, 106.78), "Sản xuất gạch nung", "15 triệu viên/năm"),
    ("Phòng khám đa khoa khu vực Cẩm Lý", "Trung tâm Y tế huyện Lục Nam", "xã Cẩm Lý, huyện Lục Nam, tỉnh Bắc Giang",
     (21.28, 21.30), (106.36, 106.39), "Khám, chữa bệnh", "20 giường bệnh"),
    ("Cửa hàng xăng dầu số 26 Đồng Văn", "Công ty TNHH Xăng dầu Hà Nam", "thị trấn Đồng Văn, thị xã Duy Tiên, tỉnh Hà Nam",
     (20.64, 20.66), (105.91, 105.93), "Kinh doanh xăng dầu", "3 bồn chứa ngầm, tổng dung tích 75 m3"),
    ("Cơ sở sản xuất đồ gỗ mỹ nghệ Đức Tài", "Hộ kinh doanh Lê Đức Tài", "cụm công nghiệp làng nghề Đồng Kỵ, phường Đồng Kỵ, TP. Từ Sơn, tỉnh Bắc Ninh",
     (21.13, 21.14), (105.94, 105.96), "Sản xuất đồ gỗ mỹ nghệ", "1.200 sản phẩm/năm"),
    ("Cơ sở tái chế nhôm Văn Môn", "Hộ kinh doanh Nguyễn Thị Lan", "cụm công nghiệp làng nghề Mẫn Xá, xã Văn Môn, huyện Yên Phong, tỉnh Bắc Ninh",
     (21.18, 21.19), (105.97, 106.00), "Tái chế nhôm phế liệu", "300 tấn sản phẩm/năm"),
)  # fmt: skip


def facility_fb1(doc: Doc) -> None:
    """A declaration of impact of a category III/IV object typed by a consultancy: one two-column card numbered with
    Roman section rows (`I. Сведения об операторе`, `II. Сведения об объекте`) and Arabic items whose labels are
    abbreviated (`Наим. оператора`, `Юр. адрес`, `Катег. объекта`), the category written `III (третья)`, the coordinates
    as `с.ш. …; в.д. …` in one cell, the signature block and `М.П.` as the last rows of the same table; a table of the
    declared amounts after it (no role) (VI: a phiếu đăng ký môi trường of a household workshop, the same card)."""
    r = doc.rng
    if doc.lang == "vi":
        name, owner, addr, (a0, a1), (o0, o1), trade, cap = doc.pick(VN_SMALL)
        msdn = make_msdn(r)
        lat_s, lat = _dms(r.uniform(a0, a1), "vi")
        lon_s, lon = _dms(r.uniform(o0, o1), "vi")
        doc.h("PHIẾU ĐĂNG KÝ MÔI TRƯỜNG")
        doc.p(f"(Mẫu số 47 Phụ lục XVI ban hành kèm theo Nghị định số 08/2022/NĐ-CP). Kính gửi: Ủy ban nhân dân {addr.split(', ')[1]}.")
        rows = [["TT", "Nội dung", "Thông tin kê khai"],
                ["I", "THÔNG TIN CHUNG VỀ CHỦ CƠ SỞ", None],
                ["1", "Tên chủ cơ sở", owner],
                ["2", "Mã số thuế / Số GCN đăng ký kinh doanh", msdn],
                ["3", "Địa chỉ liên hệ", addr],
                ["4", "Điện thoại", f"0{r.randint(200, 399)} {r.randint(100, 999)} {r.randint(1000, 9999)}"],
                ["II", "THÔNG TIN VỀ CƠ SỞ", None],
                ["5", "Tên cơ sở", name],
                ["6", "Loại hình sản xuất", trade],
                ["7", "Quy mô, công suất", cap],
                ["8", "Tọa độ vị trí (WGS-84)", f"Vĩ độ: {lat_s} N; Kinh độ: {lon_s} E"],
                ["", f"CHỦ CƠ SỞ\n(Ký, ghi rõ họ tên, đóng dấu nếu có)\n\n{owner.replace('Hộ kinh doanh ', '')}", None]]
        merges = [(1, 1, 1, 2), (6, 1, 6, 2), (11, 1, 11, 2)]
        doc.table(None, rows, merges, role="facility")
        doc.add("facilities", {"bin": msdn, "name_contains": name, "lat": lat, "lon": lon})
        doc.p("III. Tình hình phát sinh chất thải và biện pháp xử lý được kê khai tại các phụ lục kèm theo.")
        waste = [["Loại chất thải", "Khối lượng phát sinh", "Biện pháp xử lý"],
                 ["Nước thải sản xuất", f"{r.randint(5, 30)} m3/ngày", "Bể lắng 3 ngăn, bể biogas"],
                 ["Chất thải rắn sinh hoạt", f"{r.randint(5, 30)} kg/ngày", "Hợp đồng với tổ thu gom của xã"]]
        doc.table("Bảng kê khai chất thải", waste, role="other")
        return
    L = _li(doc)
    it = KZ_SMALL[r.randrange(len(KZ_SMALL))]
    name, op, addr = it[L], it[2 + L], it[4 + L]
    bin_, kato = make_bin(r), make_kato(r)
    lat_s, lat = _dms(r.uniform(*it[6]), doc.lang)
    lon_s, lon = _dms(r.uniform(*it[7]), doc.lang)
    cat = it[8]
    cat_words = {"III": doc.v("III (третья)", "III (үшінші)", ""), "IV": doc.v("IV (четвертая)", "IV (төртінші)", "")}[cat]
    doc.h(doc.v("Декларация о воздействии на окружающую среду", "Қоршаған ортаға әсер ету туралы декларация", ""))
    doc.p(doc.v(f"Объект {cat} категории. Декларация представлена в местный исполнительный орган в соответствии со ст. 110 "
                "Экологического кодекса РК.",
                f"{cat} санаттағы объект. Декларация ҚР Экологиялық кодексінің 110-бабына сәйкес жергілікті атқарушы органға "
                "ұсынылды.", ""))
    rows = [doc.v(["№", "Наименов. показателя", "Сведения"], ["№", "Көрсеткіш атауы", "Мәліметтер"], []),
            ["I", doc.v("Сведения об операторе", "Оператор туралы мәліметтер", ""), None],
            ["1", doc.v("Наим. оператора (ЮЛ / ИП)", "Оператордың атауы (ЗТ / ЖК)", ""), op],
            ["2", doc.v("БИН / ИИН", "БСН / ЖСН", ""), bin_],
            ["3", doc.v("Юр. адрес, тел.", "Заңды мекенжайы, тел.", ""), f"{addr}, +7 7{r.randint(10, 79)} {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}"],
            ["II", doc.v("Сведения об объекте", "Объект туралы мәліметтер", ""), None],
            ["4", doc.v("Наименоваие объекта", "Объектінің атауы", ""), name],
            ["5", doc.v("Местонахожд. (код КАТО)", "Орналасқан жері (ҚАТО коды)", ""), kato],
            ["6", doc.v("Катег. объекта", "Объект санаты", ""), cat_words],
            ["7", doc.v("Координаты", "Координаттары", ""), doc.v(f"с.ш. {lat_s}; в.д. {lon_s}", f"с.е. {lat_s}; ш.б. {lon_s}", "")],
            ["8", doc.v("Мощн. (производит.)", "Қуаты (өнімділігі)", ""), (it[9], it[10])[L]],
            ["", doc.v(f"Руководитель: ______________ (подпись)   {op}\nМ.П.          Дата подачи: {_date(doc, 1, 3)}",
                       f"Басшы: ______________ (қолы)   {op}\nМ.О.          Берілген күні: {_date(doc, 1, 3)}", ""), None]]
    merges = [(1, 1, 1, 2), (5, 1, 5, 2), (11, 1, 11, 2)]
    doc.table(doc.v("1. Общие сведения", "1. Жалпы мәліметтер", ""), rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": name, "kato": kato, "category": cat, "lat": lat, "lon": lon})
    decl = [doc.v(["Вид эмиссий", "Декларируемое кол-во"], ["Эмиссия түрі", "Декларацияланатын мөлшері"], []),
            [doc.v("Выбросы ЗВ в атм. воздух", "Атмосфераға ЛЗ шығарындылары", ""), f"{num(round(r.uniform(0.3, 9), 3), doc.lang)} т/год"],
            [doc.v("Сбросы ЗВ", "ЛЗ төгінділері", ""), doc.v("отсутствуют", "жоқ", "")]]
    doc.table(doc.v("2. Декларируемые эмиссии", "2. Декларацияланатын эмиссиялар", ""), decl, role="other")


KZ_DISTRICTS = (("Илийский р-н", "Іле ауданы"), ("Талгарский р-н", "Талғар ауданы"), ("Енбекшиказахский р-н", "Еңбекшіқазақ ауданы"))
VN_HAMLETS = ("Thôn Đông", "Thôn Đoài", "Thôn Trung")


def facility_fb2(doc: Doc) -> None:
    """A regional department's register of declarations received from category III and IV objects: a three-row header
    (`Сведения об операторе` / `Сведения об объекте` over abbreviated sub-heads, then a row of column numbers), the
    objects grouped under Roman district rows, a `Итого по р-ну` count in the middle after each group and `ВСЕГО` at the
    end (VI: a commune's list of household workshops of a craft village registered for environment, grouped by hamlet,
    `Cộng` rows)."""
    r = doc.rng
    if doc.lang == "vi":
        doc.h("DANH SÁCH CÁC CƠ SỞ SẢN XUẤT, KINH DOANH ĐÃ ĐĂNG KÝ MÔI TRƯỜNG NĂM 2025")
        doc.p("(Kèm theo Báo cáo số 18/BC-UBND ngày 10/01/2026 của UBND xã Văn Môn về công tác bảo vệ môi trường làng nghề)")
        rows = [["STT", "Thông tin cơ sở", None, None, "Đăng ký môi trường", None],
                [None, "Tên cơ sở / chủ hộ", "Mã số thuế", "Ngành nghề", "Số tiếp nhận", "Ngày"],
                ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"]]
        merges = [(0, 0, 1, 0), (0, 1, 0, 3), (0, 4, 0, 5)]
        trades = ("Tái chế nhôm", "Đúc nhôm", "Cán kéo nhôm", "Sản xuất đồ gỗ", "Chế biến bún, bánh", "Mạ kẽm")
        given = ("Hoàng", "Thịnh", "Phát", "Minh", "An", "Hà", "Tiến", "Long", "Quang")
        fam = ("Nguyễn Văn", "Nguyễn Thị", "Trần Văn", "Lê Văn", "Phạm Thị", "Đỗ Văn")
        k = 0
        total = 0
        for g, hamlet in enumerate(r.sample(VN_HAMLETS, 2)):
            rows.append([ROMAN[g], hamlet, None, None, None, None])
            merges.append((len(rows) - 1, 1, len(rows) - 1, 5))
            n = r.randint(2, 3)
            for _ in range(n):
                k += 1
                owner = f"{r.choice(fam)} {r.choice(given)}"
                trade = r.choice(trades)
                cname = f"Cơ sở {trade.lower()} {owner}"
                msdn = make_msdn(r)
                rows.append([str(k), cname, msdn, trade, f"{r.randint(10, 99)}/ĐKMT", f"{_date(doc, 1, 12, 2025)}"])
                doc.add("facilities", {"bin": msdn, "name_contains": cname})
            total += n
            rows.append(["", f"Cộng {hamlet.lower()}: {n} cơ sở", None, None, None, None])
            merges.append((len(rows) - 1, 1, len(rows) - 1, 5))
        rows.append(["", f"TỔNG CỘNG: {total} cơ sở", None, None, None, None])
        merges.append((len(rows) - 1, 1, len(rows) - 1, 5))
        doc.table(None, rows, merges, role="facility")
        doc.p("Ghi chú: các cơ sở thuộc đối tượng miễn đăng ký môi trường không thống kê vào danh sách này.")
        maybe_distractor(doc)
        return
    L = _li(doc)
    doc.h(doc.v("Реестр деклараций о воздействии на окружающую среду объектов III и IV категорий за I квартал 2026 г.",
                "III және IV санаттағы объектілердің қоршаған ортаға әсер ету туралы декларацияларының 2026 ж. I тоқсандағы тізілімі", ""))
    doc.p(doc.v("Управление природных ресурсов и регулирования природопользования Алматинской области.",
                "Алматы облысының табиғи ресурстар және табиғат пайдалануды реттеу басқармасы.", ""))
    rows = [doc.v(["№ п/п", "Свед. об операторе", None, "Свед. об объекте", None, None, "Дата пост."],
                  ["№", "Оператор туралы мәл.", None, "Объект туралы мәл.", None, None, "Түскен күні"], []),
            doc.v([None, "наим.", "БИН/ИИН", "наим. объекта", "КАТО", "кат.", None],
                  [None, "атауы", "БСН/ЖСН", "объект атауы", "ҚАТО", "сан.", None], []),
            ["1", "2", "3", "4", "5", "6", "7"]]
    merges = [(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 5), (0, 6, 1, 6)]
    objs = list(KZ_SMALL)
    r.shuffle(objs)
    k = 0
    total = 0
    for g, dist in enumerate(r.sample(KZ_DISTRICTS, 2)):
        rows.append([ROMAN[g], dist[L], None, None, None, None, None])
        merges.append((len(rows) - 1, 1, len(rows) - 1, 6))
        group = objs[g * 3:(g + 1) * 3][: r.randint(2, 3)]
        for it in group:
            k += 1
            bin_, kato = make_bin(r), make_kato(r)
            rows.append([str(k), it[2 + L], bin_, it[L], kato, it[8], _date(doc, 1, 3)])
            doc.add("facilities", {"bin": bin_, "name_contains": it[L], "kato": kato, "category": it[8]})
        total += len(group)
        rows.append(["", doc.v(f"Итого по р-ну: {len(group)} декл.", f"Аудан бойынша барлығы: {len(group)} декл.", ""),
                     None, None, None, None, None])
        merges.append((len(rows) - 1, 1, len(rows) - 1, 6))
    rows.append(["", doc.v(f"ВСЕГО: {total}", f"БАРЛЫҒЫ: {total}", ""), None, None, None, None, None])
    merges.append((len(rows) - 1, 1, len(rows) - 1, 6))
    doc.table(doc.v("Таблица 1", "1-кесте", ""), rows, merges, role="facility")
    doc.p(doc.v("Кат. – категория объекта по ст. 12 ЭК РК.", "Сан. – ҚР ЭК 12-бабы бойынша объект санаты.", ""))
    maybe_distractor(doc)


# ---------------------------------------------------------------- emissions

# number, RU, KK, organised, {code: base g/s}, hours range
KZ_BAKERY = (
    ("0001", "Труба хлебопекарной печи ФТЛ-2 (газ)", "ФТЛ-2 нан пісіру пешінің мұржасы (газ)", True,
     {"0301": 0.012, "0304": 0.002, "0337": 0.045}, (4000, 6000)),
    ("0002", "Труба котла отопления «Buderus» (газ)", "«Buderus» жылыту қазандығының мұржасы (газ)", True,
     {"0301": 0.008, "0304": 0.0013, "0337": 0.03}, (3500, 4800)),
    ("6001", "Бункер муки (выгрузка, просеивание) – неорг.", "Ұн бункері (түсіру, елеу) – ұйымдаспаған", False,
     {"2902": 0.006}, (1500, 2500)),
)  # fmt: skip
KZ_HOTEL = (
    ("0001", "Дымов. труба котельной (2 котла КВр-0,4, уголь)", "Қазандықтың түтін мұржасы (2 КВр-0,4, көмір)", True,
     {"0301": 0.035, "0304": 0.0057, "0330": 0.12, "0337": 0.41, "2908": 0.18}, (4800, 5200)),
    ("6001", "Склад угля (открытый) – неорг.", "Көмір қоймасы (ашық) – ұйымдаспаған", False, {"2908": 0.025}, (8000, 8760)),
    ("6002", "Золоотвал (шлак. площадка) – неорг.", "Күл үйіндісі (қож алаңы) – ұйымдаспаған", False, {"2908": 0.008}, (8000, 8760)),
)  # fmt: skip
VN_KILN = (
    ("Lò nung tuynel (ống khói H = 20 m)", {"2902": 1.1, "0330": 0.9, "0301": 0.45, "0337": 1.6}, 7200),
    ("Lò sấy gạch mộc tận dụng nhiệt", {"2902": 0.35, "0330": 0.2, "0301": 0.1, "0337": 0.5}, 7200),
    ("Khu vực nhào trộn, cán đất", {"2902": 0.12}, 2400),
)  # fmt: skip


def emissions_fb1(doc: Doc) -> None:
    """A small ПЭК of a bakery or a hotel boiler house with its emissions table turned by 90 degrees: the substances
    are the columns, described by three header rows (`Код в-ва`, `Наим. в-ва`, `Кл. оп.`), the sources are the rows,
    and each cell holds both figures with their units (`0,0124 г/с\\n0,198 т/г`), a dash where the source does not emit
    the substance, a `Всего` row (VI: a brick kiln's loads in an environmental protection plan, no class row)."""
    r = doc.rng
    vi = doc.lang == "vi"
    L = _li(doc)
    if vi:
        doc.h("KẾ HOẠCH BẢO VỆ MÔI TRƯỜNG – LÒ GẠCH TUYNEL THÀNH CÔNG (15 TRIỆU VIÊN/NĂM)")
        doc.p("Chương 3. Đánh giá tác động. Tải lượng các chất ô nhiễm không khí được tính theo hệ số phát thải và lượng than "
              "cám tiêu thụ (khoảng 1.100 tấn/năm).")
        srcs = [(None, n, True, sh, (h, h)) for n, sh, h in VN_KILN]
    else:
        srcs = KZ_BAKERY if r.random() < 0.5 else KZ_HOTEL
        bakery = srcs is KZ_BAKERY
        doc.h(doc.v("Программа производственного экологического контроля " + ("ТОО «Береке Нан Өнімдері» (пекарня)" if bakery
                                                                             else "ТОО «Шаңырақ Отель» (котельная гостиницы)"),
                    ("«Береке Нан Өнімдері» ЖШС (наубайхана)" if bakery else "«Шаңырақ Отель» ЖШС (қонақүй қазандығы)")
                    + " өндірістік экологиялық бақылау бағдарламасы", ""))
        doc.p(doc.v("Объект III категории. Раздел 2. Характеристика выбросов загрязняющих веществ.",
                    "III санаттағы объект. 2-бөлім. Ластаушы заттар шығарындыларының сипаттамасы.", ""))
    codes: list[str] = []
    for s in srcs:
        for c in s[-2]:
            if c not in codes:
                codes.append(c)
    g_unit, t_unit = doc.v(("г/с", "т/г"), ("г/с", "т/ж"), ("g/s", "tấn/năm"))
    if vi:
        rows = [["Nguồn thải", *(vocab.air(c, "vi", 0 if c == "2902" else 1) for c in codes)]]
        merges = []
        head_rows = 1
    else:
        rows = [[doc.v("Код в-ва", "Зат коды", ""), None, *codes],
                [doc.v("Наим. в-ва", "Заттың атауы", ""), None, *(vocab.air(c, doc.lang, 1 if c == "2908" else 0) for c in codes)],
                [doc.v("Кл. оп.", "Қауіпт. сын.", ""), None, *(str(vocab.hazard(c)) for c in codes)],
                [doc.v("№ ИЗА", "ШК №", ""), doc.v("Наименов. источника", "Көздің атауы", ""), *([None] * len(codes))]]
        merges = [(0, 0, 0, 1), (1, 0, 1, 1), (2, 0, 2, 1), (3, 2, 3, 1 + len(codes))]
        head_rows = 4
    sums = {c: [0.0, 0.0] for c in codes}
    for number, *rest in srcs:
        if vi:
            label, _, shares, (h0, h1) = rest
        else:
            n_ru, n_kk, _, shares, (h0, h1) = rest
            label = (n_ru, n_kk)[L]
        hours = r.randint(h0, h1)
        k = r.uniform(0.7, 1.3)
        line = [label] if vi else [number, label]
        for c in codes:
            if c not in shares:
                line.append("–")
                continue
            g = _sig(shares[c] * k * r.uniform(0.85, 1.15), 3)
            t = _sig(g * 3600 * hours / 1e6, 3)
            sums[c][0] += g
            sums[c][1] += t
            line.append(f"{num(g, doc.lang)} {g_unit}\n{num(t, doc.lang)} {t_unit}")
            doc.add("emissions", emission(c, g, t, number, None if vi else vocab.hazard(c)))
        rows.append(line)
    tot = [doc.v("Всего", "Барлығы", "Tổng cộng")] + ([] if vi else [None])
    tot += [f"{num(round(sums[c][0], 6), doc.lang)} {g_unit}\n{num(round(sums[c][1], 6), doc.lang)} {t_unit}" for c in codes]
    rows.append(tot)
    if not vi:
        merges.append((len(rows) - 1, 0, len(rows) - 1, 1))
        doc.add("sources", *({"number": s[0], "type": "organized" if s[3] else "unorganized"} for s in srcs))
    _ = head_rows
    doc.table(doc.v("Табл. 2.1 Выбросы ЗВ по источникам (г/с – макс. разовый, т/г – валовый)",
                    "2.1-кесте. Көздер бойынша ЛЗ шығарындылары (г/с – ең жоғары бір реттік, т/ж – жалпы)",
                    "Bảng 3.2. Tải lượng ô nhiễm không khí từ các nguồn"), rows, merges, role="emissions")
    doc.p(doc.v("Валовый выброс рассчитан по фактическому времени работы оборудования за 2025 г.",
                "Жалпы шығарынды 2025 ж. жабдықтың нақты жұмыс уақыты бойынша есептелді.",
                "Ghi chú: thời gian hoạt động của lò nung 300 ngày/năm, 24 giờ/ngày."))
    maybe_distractor(doc)


# (RU, KK) section, [(number, RU, KK, organised, codes, base g/s, hours)]
KZ_BRICK = (
    (("Карьер суглинков", "Саздақ карьері"),
     (("6001", "Выемка суглинка экскаватором", "Саздақты экскаватормен қазу", False, ("2908",), 0.06, 1800),
      ("6002", "Работа автотранспорта в карьере", "Карьердегі автокөліктің жұмысы", False, ("0301", "0304", "0328", "0337", "2754"), 0.02, 1800))),
    (("Цех формовки и обжига", "Қалыптау және күйдіру цехы"),
     (("0001", "Труба туннельной печи (газ)", "Туннельдік пештің мұржасы (газ)", True, ("0301", "0304", "0330", "0337", "2908"), 0.25, 7200),
      ("0002", "Аспирация ящичного подавателя и вальцов", "Жәшікті беріргіш пен білікті аспирация", True, ("2908",), 0.09, 3600),
      ("6003", "Склад готовой продукции (погрузка)", "Дайын өнім қоймасы (тиеу)", False, ("2908",), 0.01, 2000))),
)  # fmt: skip
SH = {"0301": 1.0, "0304": 0.16, "0328": 0.08, "0330": 0.6, "0337": 2.2, "2754": 0.3, "2908": 1.0}
VN_FUEL = (
    ("Nhập xăng dầu vào bồn chứa ngầm", (("Bồn chứa xăng RON95 (25 m3)", 0.09), ("Bồn chứa xăng E5 RON92 (25 m3)", 0.07))),
    ("Bơm rót xăng dầu cho phương tiện", (("Cột bơm số 1, 2 (xăng)", 0.05), ("Cột bơm số 3 (dầu DO)", 0.01))),
)  # fmt: skip
VN_VOC = {"0602": 0.012, "0621": 0.03, "0616": 0.018}


def emissions_fb2(doc: Doc) -> None:
    """A brick works' inventory of sources under a three-row header (`Загрязняющее в-во` over `код | наименование`,
    `Выбросы ЗВ` over `макс. разовый | валовый` over `г/с | т/год`), the sites as Roman section rows, the source's
    number, name and type (`орг.`/`неорг.`) merged down over its substances, a subtotal per site in the middle and a
    total for the works (VI: a fuel station's benzene, toluene and xylene vapours per operation, `Cộng I`)."""
    r = doc.rng
    vi = doc.lang == "vi"
    L = _li(doc)
    if vi:
        doc.h("KẾ HOẠCH BẢO VỆ MÔI TRƯỜNG CỦA CỬA HÀNG XĂNG DẦU SỐ 26 ĐỒNG VĂN")
        doc.p("Hơi xăng dầu phát sinh khi nhập hàng vào bồn và khi bơm rót cho phương tiện; tải lượng các thành phần độc hại "
              "được tính theo hệ số phát thải của US EPA AP-42 và sản lượng bán năm 2025.")
        rows = [["TT", "Nguồn phát sinh", "Chất ô nhiễm", "Tải lượng", None],
                [None, None, None, "g/s", "tấn/năm"]]
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4)]
        grand = [0.0, 0.0]
        for g_i, (section, items) in enumerate(VN_FUEL):
            rows.append([ROMAN[g_i], section, None, None, None])
            merges.append((len(rows) - 1, 1, len(rows) - 1, 4))
            sub = [0.0, 0.0]
            for k, (label, base) in enumerate(items, 1):
                start = len(rows)
                for c, share in VN_VOC.items():
                    g = _sig(base * share * r.uniform(0.8, 1.2), 3)
                    t = _sig(g * 3600 * r.randint(2500, 4000) / 1e6, 3)
                    rows.append([f"{k}" if len(rows) == start else None, label if len(rows) == start else None,
                                 vocab.air(c, "vi"), num(g, "vi"), num(t, "vi")])
                    sub[0] += g
                    sub[1] += t
                    doc.add("emissions", emission(c, g, t))
                merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
            rows.append(["", f"Cộng {ROMAN[g_i]}", None, num(round(sub[0], 6), "vi"), num(round(sub[1], 6), "vi")])
            merges.append((len(rows) - 1, 1, len(rows) - 1, 2))
            grand[0] += sub[0]
            grand[1] += sub[1]
        rows.append(["", "Tổng cộng (I + II)", None, num(round(grand[0], 6), "vi"), num(round(grand[1], 6), "vi")])
        merges.append((len(rows) - 1, 1, len(rows) - 1, 2))
        doc.table("Bảng 2. Tải lượng hơi dung môi hữu cơ phát sinh tại cửa hàng", rows, merges, role="emissions")
        doc.p("Cửa hàng lắp đặt van thở trên các ống thông hơi của bồn chứa để giảm thất thoát hơi xăng dầu.")
        maybe_distractor(doc)
        return
    doc.h(doc.v("Проект нормативов допустимых выбросов для ТОО «Көктөбе Кірпіш» (кирпичный завод)",
                "«Көктөбе Кірпіш» ЖШС (кірпіш зауыты) үшін жол берілетін шығарындылар нормативтерінің жобасы", ""))
    doc.p(doc.v("Перечень источников выбросов и выбрасываемых ими загрязняющих веществ на 2026–2030 гг.",
                "2026–2030 жж. шығарынды көздері мен олар шығаратын ластаушы заттардың тізбесі.", ""))
    rows = [doc.v(["№ ИЗА", "Наим. источн.", "Тип", "Загрязняющее в-во", None, "Кл. опасн.", "Выбросы ЗВ", None],
                  ["ШК №", "Көздің атауы", "Түрі", "Ластаушы зат", None, "Қауіпт. сын.", "ЛЗ шығарындылары", None], []),
            doc.v([None, None, None, "код", "наименование", None, "макс. разовый", "валовый"],
                  [None, None, None, "коды", "атауы", None, "ең жоғары бір реттік", "жалпы"], []),
            [None, None, None, None, None, None, doc.v("г/с", "г/с", ""), doc.v("т/год", "т/жыл", "")]]
    merges = [(0, 0, 2, 0), (0, 1, 2, 1), (0, 2, 2, 2), (0, 3, 0, 4), (1, 3, 2, 3), (1, 4, 2, 4), (0, 5, 2, 5), (0, 6, 0, 7)]
    kind = doc.v(("орг.", "неорг."), ("ұйымд.", "ұйымд. емес"), ("", ""))
    grand = [0.0, 0.0]
    all_src = []
    for g_i, (section, items) in enumerate(KZ_BRICK):
        rows.append([f"{ROMAN[g_i]}.", section[L], None, None, None, None, None, None])
        merges.append((len(rows) - 1, 1, len(rows) - 1, 7))
        sub = [0.0, 0.0]
        for number, n_ru, n_kk, org, cs, base, hours in items:
            start = len(rows)
            b = base * r.uniform(0.7, 1.3)
            for c in cs:
                g = _sig(b * SH[c] * r.uniform(0.85, 1.15), 4)
                t = _sig(g * 3600 * hours * r.uniform(0.9, 1.0) / 1e6, 4)
                first = len(rows) == start
                rows.append([number if first else None, (n_ru, n_kk)[L] if first else None,
                             kind[0 if org else 1] if first else None, c, vocab.air(c, doc.lang), str(vocab.hazard(c)),
                             num(g, doc.lang), num(t, doc.lang)])
                sub[0] += g
                sub[1] += t
                doc.add("emissions", emission(c, g, t, number, vocab.hazard(c)))
            if len(rows) - 1 > start:
                merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1), (start, 2, len(rows) - 1, 2)]
            all_src.append({"number": number, "type": "organized" if org else "unorganized"})
        rows.append([doc.v(f"Итого по {ROMAN[g_i]}:", f"{ROMAN[g_i]} бойынша жиыны:", ""), None, None, None, None, None,
                     num(round(sub[0], 6), doc.lang), num(round(sub[1], 6), doc.lang)])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 5))
        grand[0] += sub[0]
        grand[1] += sub[1]
    rows.append([doc.v("Всего по предприятию", "Кәсіпорын бойынша барлығы", ""), None, None, None, None, None,
                 num(round(grand[0], 6), doc.lang), num(round(grand[1], 6), doc.lang)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 5))
    doc.table(doc.v("Таблица 3.1", "3.1-кесте", ""), rows, merges, role="emissions")
    doc.add("sources", *all_src)
    doc.p(doc.v("Орг. – организованный источник, неорг. – неорганизованный.", "Ұйымд. – ұйымдастырылған көз.", ""))
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# code, RU, KK, (lo, hi) t/y
KZ_WASH = (
    ("13 05 02*", "Шлам из маслобензоотделителя", "Май-бензин бөлгіштің шламы", (0.5, 3.5)),
    ("13 05 06*", "Нефтепродукты из маслоуловителя", "Май ұстағыштағы мұнай өнімдері", (0.05, 0.4)),
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", (0.01, 0.08)),
    ("15 01 10*", "Тара из-под автохимии (шампуни, воск)", "Автохимия ыдысы (сусабын, балауыз)", (0.02, 0.2)),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", (0.003, 0.02)),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (0.5, 2.5)),
)  # fmt: skip
# code, name, state, (lo, hi) kg/y
VN_CLINIC = (
    ("13 01 01", "Chất thải lây nhiễm (kể cả chất thải sắc nhọn)", "Rắn", (600, 2400)),
    ("13 01 02", "Hóa chất thải có thành phần nguy hại", "Lỏng", (10, 60)),
    ("16 01 06", "Bóng đèn huỳnh quang thải", "Rắn", (3, 15)),
    (None, "Chất thải rắn thông thường (sinh hoạt)", "Rắn", (3000, 9000)),
    (None, "Chất thải rắn thông thường phục vụ tái chế", "Rắn", (200, 800)),
)  # fmt: skip


def wastes_fb1(doc: Doc) -> None:
    """A car wash's declaration of wastes under a three-row header (`Отход` over `наим. | код по классиф.`, a blank
    under `Вид` and `Кол-во образования`, then a row of column numbers), the quantity written with its unit in the cell
    (`0,85 т/год`), the hazard as `опасн.`/`неопасн.`, and the declarant's signature as the last, merged row of the
    table (VI: a rural polyclinic's medical wastes with `kg/năm` in the cells and the signatures of the preparer and the
    head inside the table)."""
    r = doc.rng
    vi = doc.lang == "vi"
    L = _li(doc)
    if vi:
        doc.h("BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – PHÒNG KHÁM ĐA KHOA KHU VỰC CẨM LÝ")
        doc.p("Phần 2. Kết quả quản lý chất thải y tế. Chất thải lây nhiễm được xử lý bằng lò hấp tại Trung tâm Y tế huyện "
              "theo mô hình cụm.")
        rows = [["TT", "Loại chất thải", "Mã CTNH", "Trạng thái", "Khối lượng phát sinh", "Hình thức xử lý"],
                [None, None, None, None, "(năm 2025)", None],
                ["1", "2", "3", "4", "5", "6"]]
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 5, 1, 5)]
        for k, (code, name, state, (lo, hi)) in enumerate(VN_CLINIC, 1):
            kg = r.randint(lo, hi)
            rows.append([str(k), name, code or "–", state, f"{num(kg, 'vi')} kg",
                         "Xử lý theo mô hình cụm" if code == "13 01 01" else ("Chuyển giao đơn vị có chức năng" if code else "Tổ thu gom xã")])
            doc.add("wastes", {"code": code + "*" if code else None, "code_system": "VN-CTNH" if code else None,
                               "hazardous": bool(code), "amount_t": kg / 1000, "name_contains": name})
        rows.append(["", "NGƯỜI LẬP BIỂU\n(ký, ghi rõ họ tên)\n\nPhạm Thị Thu", None, None, "GIÁM ĐỐC\n(ký, đóng dấu)\n\nBs. Vũ Văn Khải", None])
        merges += [(len(rows) - 1, 1, len(rows) - 1, 3), (len(rows) - 1, 4, len(rows) - 1, 5)]
        doc.table("Bảng 2.1. Khối lượng chất thải phát sinh", rows, merges, role="wastes")
        maybe_distractor(doc)
        return
    doc.h(doc.v("Декларация о воздействии на окружающую среду. ИП «Сатыбалдиев Е.К.» (автомойка на 3 поста)",
                "Қоршаған ортаға әсер ету туралы декларация. «Сатыбалдиев Е.К.» ЖК (3 бекеттік автожуу)", ""))
    doc.p(doc.v("Раздел 4. Декларируемое количество отходов на 2026 г. Сточные воды мойки проходят очистку в локальных "
                "очистных сооружениях с оборотным водоснабжением.",
                "4-бөлім. 2026 жылға декларацияланатын қалдықтар мөлшері. Жуу сарқынды сулары айналымды сумен жабдықталған "
                "жергілікті тазарту құрылыстарында тазартылады.", ""))
    rows = [doc.v(["№ п/п", "Отход", None, "Вид", "Кол-во образования", "Способ обращ."],
                  ["№", "Қалдық", None, "Түрі", "Түзілу мөлшері", "Жұмыс тәсілі"], []),
            doc.v([None, "наим.", "код по классиф.", None, "(декл.)", None], [None, "атауы", "сыныпт. коды", None, "(декл.)", None], []),
            ["1", "2", "3", "4", "5", "6"]]
    merges = [(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 1, 3), (0, 5, 1, 5)]
    picked = [w for w in KZ_WASH if r.random() < 0.85 or w[0] == "13 05 02*"]
    unit = doc.v("т/год", "т/жыл", "")
    for k, (code, n_ru, n_kk, (lo, hi)) in enumerate(picked, 1):
        haz = code.endswith("*")
        t = round(r.uniform(lo, hi), 3)
        name = (n_ru, n_kk)[L]
        rows.append([str(k), name, code, doc.v("опасн." if haz else "неопасн.", "қауіпті" if haz else "қауіпті емес", ""),
                     f"{num(t, doc.lang)} {unit}", doc.v("передача по договору", "шарт бойынша беру", "")])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": haz, "amount_t": t, "name_contains": name})
    rows.append([doc.v("Декларант: ИП Сатыбалдиев Е.К. ____________ (подпись)        М.П.        «___» ________ 2026 г.",
                       "Декларант: Сатыбалдиев Е.К. ЖК ____________ (қолы)        М.О.        «___» ________ 2026 ж.", ""),
                 None, None, None, None, None])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 5))
    doc.table(doc.v("Табл. 4", "4-кесте", ""), rows, merges, role="wastes")
    maybe_distractor(doc)


# code as written, normalised code, RU, KK, (lo, hi) t/y, RU place, KK place
KZ_POULTRY = (
    ("130205*", "13 02 05*", "Отработанные моторные масла", "Пайдаланылған мотор майлары", (0.1, 0.6), "гараж", "гараж"),
    ("200121*", "20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", (0.005, 0.03), "освещение", "жарықтандыру"),
    ("150202*", "15 02 02*", "Промасленная ветошь", "Майланған шүберек", (0.02, 0.1), "ремонт оборудования", "жабдықты жөндеу"),
    ("020202", "02 02 02", "Отходы тканей животных (перо, кровь, кишечное сырье)", "Жануар тіндерінің қалдықтары (қауырсын, қан, ішек шикізаты)",
     (40, 160), "убойный цех", "сою цехы"),
    ("020203", "02 02 03", "Материалы, непригодные для потребления (конфискаты)", "Тұтынуға жарамсыз материалдар (тәркіленген өнім)",
     (1, 8), "ветсанэкспертиза", "ветсанитариялық сараптама"),
    ("020204", "02 02 04", "Осадок жироуловителя и ЛОС", "Май ұстағыш пен ЖТҚ тұнбасы", (5, 25), "локальные очистные", "жергілікті тазарту"),
    ("200301", "20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (2, 6), "АБК", "ӘТК"),
)  # fmt: skip
# code or None, name, amount, unit ("kg" or "t")
VN_WOOD = (
    (None, "Mùn cưa, phoi bào gỗ", (20, 80), "t"),
    (None, "Gỗ vụn, đầu mẩu gỗ", (10, 40), "t"),
    (None, "Tro, xỉ lò sấy gỗ", (2, 9), "t"),
    ("18 01 02", "Bao bì cứng thải bằng kim loại (thùng sơn, dung môi)", (150, 600), "kg"),
    ("18 02 01", "Giẻ lau, găng tay dính sơn, dầu", (80, 300), "kg"),
    ("17 02 03", "Dầu động cơ, hộp số và bôi trơn tổng hợp thải", (40, 200), "kg"),
    ("16 01 06", "Bóng đèn huỳnh quang thải", (5, 20), "kg"),
)  # fmt: skip


def wastes_fb2(doc: Doc) -> None:
    """A poultry slaughterhouse's small ПЭК: wastes under Roman group rows `I. Опасные отходы` and `II. Неопасные
    отходы` with a subtotal after each group in the middle of the table and `Всего` at the end, the codes typed without
    spaces (`130205*`), the unit `т/год` alone on a second header row (VI: a craft-village wood workshop's wastes in
    groups `A` and `B`, amounts with their unit in the cell, tonnes for the ordinary ones and kilograms for the
    hazardous)."""
    r = doc.rng
    vi = doc.lang == "vi"
    L = _li(doc)
    if vi:
        doc.h("BIÊN BẢN KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG – CƠ SỞ SẢN XUẤT ĐỒ GỖ MỸ NGHỆ ĐỨC TÀI")
        doc.p("Hôm nay, ngày 14/3/2026, tại cụm công nghiệp làng nghề Đồng Kỵ, Đoàn kiểm tra của UBND phường Đồng Kỵ tiến hành "
              "kiểm tra. Cơ sở kê khai khối lượng chất thải năm 2025 như sau:")
        rows = [["TT", "Tên chất thải", "Mã CTNH", "Khối lượng", "Đơn vị tiếp nhận, xử lý"]]
        merges = []
        groups = (("A", "Chất thải rắn công nghiệp thông thường", [w for w in VN_WOOD if w[0] is None]),
                  ("B", "Chất thải nguy hại", [w for w in VN_WOOD if w[0]]))
        k = 0
        for letter, title, items in groups:
            rows.append([letter, title, None, None, None])
            merges.append((len(rows) - 1, 1, len(rows) - 1, 4))
            tot = 0.0
            for code, name, (lo, hi), u in items:
                k += 1
                amount = round(r.uniform(lo, hi), 1) if u == "t" else float(r.randint(lo, hi))
                tons = amount if u == "t" else amount / 1000
                tot += tons
                rows.append([str(k), name, code or "–", f"{num(amount, 'vi')} {'tấn/năm' if u == 't' else 'kg/năm'}",
                             "Bán cho cơ sở ép viên nén" if not code else "Công ty CP Môi trường Thuận Thành"])
                doc.add("wastes", {"code": code + "*" if code else None, "code_system": "VN-CTNH" if code else None,
                                   "hazardous": bool(code), "amount_t": tons, "name_contains": name})
            rows.append(["", f"Cộng {letter}", None, f"{num(round(tot, 3), 'vi')} tấn/năm", None])
        doc.table(None, rows, merges, role="wastes")
        doc.p("Đoàn kiểm tra yêu cầu cơ sở bố trí khu vực lưu giữ chất thải nguy hại có mái che, biển cảnh báo.")
        maybe_distractor(doc)
        return
    doc.h(doc.v("Программа ПЭК ТОО «Ақ Қанат Құс» (убойный цех птицы). Раздел 5. Отходы производства и потребления",
                "«Ақ Қанат Құс» ЖШС (құс сою цехы) ӨЭБ бағдарламасы. 5-бөлім. Өндіріс және тұтыну қалдықтары", ""))
    doc.p(doc.v("Отходы накапливаются на площадке временного хранения не более 6 месяцев и передаются по договорам.",
                "Қалдықтар уақытша сақтау алаңында 6 айдан аспайтын мерзімге жинақталып, шарттар бойынша беріледі.", ""))
    rows = [doc.v(["№", "Наименование (вид) отхода", "Код отх.", "Место образов.", "Образуется"],
                  ["№", "Қалдықтың атауы (түрі)", "Қалдық коды", "Түзілу орны", "Түзіледі"], []),
            [None, None, None, None, doc.v("т/год", "т/жыл", "")]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3)]
    grand = 0.0
    k = 0
    groups = ((doc.v("I. Опасные отходы", "I. Қауіпті қалдықтар", ""), [w for w in KZ_POULTRY if w[1].endswith("*")]),
              (doc.v("II. Неопасные отходы", "II. Қауіпті емес қалдықтар", ""), [w for w in KZ_POULTRY if not w[1].endswith("*")]))
    for title, items in groups:
        rows.append([title, None, None, None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
        tot = 0.0
        for written, code, n_ru, n_kk, (lo, hi), p_ru, p_kk in items:
            k += 1
            t = round(r.uniform(lo, hi), 3 if hi < 1 else 2)
            tot += t
            name = (n_ru, n_kk)[L]
            rows.append([f"{k}.", name, written, (p_ru, p_kk)[L], num(t, doc.lang)])
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t,
                               "name_contains": name})
        grand += tot
        rows.append([doc.v("Итого", "Жиыны", ""), None, None, None, num(round(tot, 4), doc.lang)])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 3))
    rows.append([doc.v("Всего", "Барлығы", ""), None, None, None, num(round(grand, 4), doc.lang)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 3))
    doc.table(doc.v("Табл. 5.1 Перечень отходов", "5.1-кесте. Қалдықтар тізбесі", ""), rows, merges, role="wastes")
    doc.p(doc.v("Перо и кровь передаются на переработку в мясокостную муку (ТОО «Агро Жем»).",
                "Қауырсын мен қан ет-сүйек ұнына өңдеуге беріледі («Агро Жем» ЖШС).", ""))
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

PDK_MR = {"2908": 0.3, "0301": 0.2, "0330": 0.5, "0337": 5.0, "0304": 0.4}
QCVN40B = {"pH": (5.5, 9), "BOD5": 50, "COD": 150, "TSS": 100, "NH4+": 10, "TN": 40, "TP": 6, "Coliform": 5000}


def limits_fb1(doc: Doc) -> None:
    """A brick works' protocol of air measurements at the boundary of its sanitary zone: a three-row header (`Концентрация
    в точках отбора` over the points `т.1 (С, 300 м)` … over `факт.`), the ПДК м.р. written with its unit in its own
    cell (`0,3 мг/м3`) before the points, the sampled substances as rows (VI: a tofu and rice-noodle workshop's test
    report of its waste water, the result before the unit and the method, QCVN 40:2011/BTNMT column B last)."""
    r = doc.rng
    if doc.lang == "vi":
        doc.h("PHIẾU KẾT QUẢ THỬ NGHIỆM SỐ 0412/2025/KQ-QT")
        doc.p("Khách hàng: Cơ sở sản xuất đậu phụ, bún tươi Hưng Thịnh. Loại mẫu: nước thải sau hệ thống xử lý (bể biogas, "
              "bể lắng). Ký hiệu mẫu: NT-01. Ngày lấy mẫu: 18/11/2025.")
        rows = [["STT", "Chỉ tiêu thử nghiệm", "Kết quả\nNT-01", "Đơn vị", "Phương pháp thử", "QCVN 40:2011/BTNMT\n(Cột B)"]]
        methods = {"pH": "TCVN 6492:2011", "BOD5": "TCVN 6001-1:2021", "COD": "SMEWW 5220C:2017", "TSS": "TCVN 6625:2000",
                   "NH4+": "TCVN 6179-1:1996", "TN": "TCVN 6638:2000", "TP": "TCVN 6202:2008", "Coliform": "TCVN 6187-2:2020"}
        for k, s in enumerate(QCVN40B, 1):
            lim = QCVN40B[s]
            unit = {"pH": "-", "Coliform": "MPN/100mL"}.get(s, "mg/L")
            if s == "pH":
                v = round(r.uniform(5.8, 7.6), 1)
            elif s == "Coliform":
                v = float(r.choice((930, 2100, 4300, 7500)))
            else:
                v = _sig(lim * r.uniform(0.2, 1.6), 3)
            rows.append([str(k), vocab.water(s, "vi"), num(v, "vi"), unit, methods[s], cell(doc, lim, to=" - ")])
            add(doc, limit(("symbol", s), "waste_water", lim, None if s == "pH" else unit.replace("L", "l"), "B", "NT-01", v))
        doc.table(None, rows, role="limits")
        doc.p("Ghi chú: kết quả chỉ có giá trị đối với mẫu thử nghiệm. Người phê duyệt: Nguyễn Thu Trang.")
        maybe_distractor(doc)
        return
    doc.h(doc.v("Протокол измерений качества атмосферного воздуха № 27-А на границе СЗЗ ТОО «Көктөбе Кірпіш»",
                "«Көктөбе Кірпіш» ЖШС СҚА шекарасындағы атмосфералық ауа сапасын өлшеу хаттамасы № 27-А", ""))
    doc.p(doc.v(f"Дата отбора: {_date(doc, 5, 9, 2025)}. Метеоусловия: ветер ЮВ, 2–3 м/с, t = +24 °С. Испытательная "
                "лаборатория ТОО «ЭкоАналит» (аттестат аккредитации KZ.T.08.1234).",
                f"Сынама алу күні: {_date(doc, 5, 9, 2025)}. Жел ОШ, 2–3 м/с, t = +24 °С. «ЭкоАналит» ЖШС сынақ зертханасы.", ""))
    dirs = doc.v(("С", "В", "Ю", "З"), ("С", "Ш", "О", "Б"), ())
    n_pts = r.choice((3, 4))
    pts = [f"т.{k + 1}" for k in range(n_pts)]
    rows = [doc.v(["№", "Определяемое в-во", "ПДК м.р.", "Концентрация в точках отбора", *([None] * (n_pts - 1))],
                  ["№", "Анықталатын зат", "ШЖК б.р.", "Сынама алу нүктелеріндегі концентрация", *([None] * (n_pts - 1))], []),
            [None, None, None, *(f"{p} ({dirs[k]}, {r.choice((300, 500))} м)" for k, p in enumerate(pts))],
            [None, None, None, *([doc.v("факт., мг/м3", "нақты, мг/м3", "")] * n_pts)]]
    merges = [(0, 0, 2, 0), (0, 1, 2, 1), (0, 2, 2, 2), (0, 3, 0, 2 + n_pts)]
    for k, c in enumerate(("2908", "0301", "0330", "0337"), 1):
        lim = PDK_MR[c]
        line = [str(k), f"{vocab.air(c, doc.lang, 1 if c == '2908' else 0)} ({c})", f"{num(lim, doc.lang)} мг/м3"]
        for p in pts:
            v = _sig(lim * r.uniform(0.05, 0.7), 2)
            line.append(num(v, doc.lang))
            add(doc, limit(("code", c), "air", lim, "mg/m3", None, p, v))
        rows.append(line)
    doc.table(doc.v("Результаты измерений", "Өлшеу нәтижелері", ""), rows, merges, role="limits")
    doc.p(doc.v("Превышений ПДК м.р. не выявлено. Исполнитель: инженер-химик Нурланова А.Б.",
                "ШЖК б.р. асып кету анықталған жоқ. Орындаушы: инженер-химик Нұрланова А.Б.", ""))
    maybe_distractor(doc)


# symbol: (allowed concentration into the town sewer, value range)
SEWER = {"pH": ((6.5, 9), (6.9, 8.2)), "TSS": (300, (80, 280)), "BOD5": (300, (90, 290)), "COD": (500, (150, 480)),
         "NH4+": (25, (4, 22)), "TPH": (3, (0.2, 2.5)), "Surfactants": (10, (0.5, 6)), "Cl-": (350, (60, 300))}
QCVN28 = {"pH": ((6.5, 8.5), (6.5, 8.5)), "BOD5": (30, 50), "COD": (50, 100), "TSS": (50, 100), "S2-": (1, 4),
          "NH4+": (5, 10), "NO3-": (30, 50), "Coliform": (3000, 5000)}


def limits_fb2(doc: Doc) -> None:
    """A poultry slaughterhouse's table of waste water let into the town sewer, turned by 90 degrees: the parameters are
    the columns, the rows are `Ед. изм.`, the allowed concentration (`ДК`) and the actual one of a protocol (VI: a
    rural polyclinic's waste water against both columns of QCVN 28:2010/BTNMT under a three-row header, the measured
    result not tied to a column)."""
    r = doc.rng
    if doc.lang == "vi":
        doc.h("BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – PHÒNG KHÁM ĐA KHOA KHU VỰC CẨM LÝ")
        doc.p("Kết quả quan trắc nước thải y tế sau hệ thống xử lý (hố ga trước khi xả ra mương thoát nước chung của xã), "
              "đợt tháng 10/2025:")
        rows = [["TT", "Thông số", "Đơn vị", "Kết quả", "QCVN 28:2010/BTNMT", None],
                [None, None, None, None, "Giá trị C", None],
                [None, None, None, None, "A", "B"]]
        merges = [(0, 0, 2, 0), (0, 1, 2, 1), (0, 2, 2, 2), (0, 3, 2, 3), (0, 4, 0, 5), (1, 4, 1, 5)]
        for k, s in enumerate(QCVN28, 1):
            a, b = QCVN28[s]
            unit = {"pH": "-", "Coliform": "MPN/100ml"}.get(s, "mg/l")
            if s == "pH":
                v = round(r.uniform(6.8, 7.9), 1)
            elif s == "Coliform":
                v = float(r.choice((1500, 2400, 4300)))
            else:
                v = _sig(b * r.uniform(0.1, 0.9), 2)
            rows.append([str(k), vocab.water(s, "vi"), unit, num(v, "vi"), cell(doc, a), cell(doc, b)])
            for col, val in (("A", a), ("B", b)):
                item = limit(("symbol", s), "waste_water", val, None if s == "pH" else unit, col)
                item.pop("value")
                add(doc, item)
        doc.table("Bảng 3. Kết quả phân tích chất lượng nước thải", rows, merges, role="limits")
        doc.p("Phòng khám áp dụng cột B của QCVN 28:2010/BTNMT với hệ số K = 1,2 theo quy mô dưới 300 giường.")
        maybe_distractor(doc)
        return
    doc.h(doc.v("Программа ПЭК ТОО «Ақ Қанат Құс». Раздел 6. Сброс сточных вод в сети водоотведения г. Косшы",
                "«Ақ Қанат Құс» ЖШС ӨЭБ бағдарламасы. 6-бөлім. Сарқынды суларды Қосшы қ. су бұру желілеріне төгу", ""))
    doc.p(doc.v("Производственные стоки после жироуловителя и локальных очистных сооружений отводятся в городскую "
                "канализацию по договору с ГКП «Косшы Су». Проба отобрана в контрольном колодце.",
                "Май ұстағыш пен жергілікті тазарту құрылыстарынан кейінгі өндірістік ағындар «Қосшы Су» МКК-мен шарт "
                "бойынша қалалық кәрізге бұрылады. Сынама бақылау құдығынан алынды.", ""))
    keys = [k for k in SEWER if k == "pH" or r.random() < 0.85]
    head = [doc.v("Показ.", "Көрсеткіш", "")] + [vocab.water(k, doc.lang) for k in keys]
    units = [doc.v("Ед. изм.", "Өлш. бірл.", "")] + ["–" if k == "pH" else doc.v("мг/дм3", "мг/дм3", "") for k in keys]
    lims = [doc.v("ДК (допуст. конц.)", "ЖК (рұқсат конц.)", "")]
    facts = [doc.v(f"Факт. (прот. № {r.randint(10, 99)} от {_date(doc, 7, 11, 2025)})",
                   f"Нақты (хатт. № {r.randint(10, 99)}, {_date(doc, 7, 11, 2025)})", "")]
    for k in keys:
        lim, (lo, hi) = SEWER[k]
        v = round(r.uniform(lo, hi), 1) if k == "pH" else _sig(r.uniform(lo, hi), 3)
        lims.append(cell(doc, lim))
        facts.append(num(v, doc.lang))
        add(doc, limit(("symbol", k), "waste_water", lim, "mg/l", None, None, v))
    doc.table(doc.v("Табл. 6.1 Качество сточных вод, сбрасываемых в канализацию",
                    "6.1-кесте. Кәрізге төгілетін сарқынды сулардың сапасы", ""), [head, units, lims, facts], role="limits")
    doc.p(doc.v("ДК – допустимые концентрации по Правилам приема сточных вод в системы водоотведения.",
                "ЖК – сарқынды суларды су бұру жүйелеріне қабылдау қағидалары бойынша рұқсат етілген концентрациялар.", ""))
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

ABBR = {"ru": {"quarterly": "1 раз в кв.", "yearly": "1 р. в год", "semiannual": "2 р. в год"},
        "kk": {"quarterly": "тоқсанына 1 рет", "yearly": "жылына 1 рет", "semiannual": "жылына 2 рет"},
        "vi": {"quarterly": "03 tháng/lần", "yearly": "12 tháng/lần", "semiannual": "06 tháng/lần"}}


def monitoring_fb1(doc: Doc) -> None:
    """A hotel boiler house's plan of control at its sources under a three-row header (`Контролир. в-во` over `код |
    наим.`, then column numbers), one substance per row, the source's number, name and abbreviated frequency
    (`1 раз в кв.`) merged down over its substances, the method and who measures (VI: a brick kiln's monitoring of its
    stack and of the air at the boundary, the point's code merged down)."""
    r = doc.rng
    vi = doc.lang == "vi"
    L = _li(doc)
    if vi:
        doc.h("KẾ HOẠCH BẢO VỆ MÔI TRƯỜNG – LÒ GẠCH TUYNEL THÀNH CÔNG. CHƯƠNG 5. CHƯƠNG TRÌNH GIÁM SÁT MÔI TRƯỜNG")
        plan = [("KT-01", "KT-01: Ống khói lò nung tuynel", ("2902", "0330", "0301", "0337"), "quarterly"),
                ("KK-01", "KK-01: Không khí xung quanh, cổng phía Nam", ("2902", "0330", "0301"), "semiannual"),
                ("KK-02", "KK-02: Khu dân cư cách 200 m hướng Tây", ("2902", "0330"), "semiannual")]
        rows = [["Vị trí giám sát", "Thông số", "Tần suất", "Quy chuẩn so sánh"],
                ["(1)", "(2)", "(3)", "(4)"]]
        merges = []
        for pid, label, cs, word in plan:
            start = len(rows)
            for c in cs:
                rows.append([label if len(rows) == start else None, vocab.air(c, "vi", 0 if c == "2902" else 1),
                             ABBR["vi"][word] if len(rows) == start else None,
                             ("QCVN 19:2009/BTNMT, cột B" if pid.startswith("KT") else "QCVN 05:2023/BTNMT") if len(rows) == start else None])
                doc.add("monitoring", {"point_contains": pid, "code": c, "frequency": word})
            merges += [(start, 0, len(rows) - 1, 0), (start, 2, len(rows) - 1, 2), (start, 3, len(rows) - 1, 3)]
        doc.table("Bảng 5.1. Chương trình giám sát khí thải và không khí", rows, merges, role="monitoring")
        doc.p("Đơn vị thực hiện: Trung tâm Quan trắc tài nguyên và môi trường tỉnh Bình Dương.")
        maybe_distractor(doc)
        return
    doc.h(doc.v("Программа ПЭК ТОО «Шаңырақ Отель». Раздел 3. План-график контроля на источниках выбросов",
                "«Шаңырақ Отель» ЖШС ӨЭБ бағдарламасы. 3-бөлім. Шығарынды көздеріндегі бақылау жоспар-кестесі", ""))
    doc.p(doc.v("Объект III категории: котельная гостиницы (2 котла КВр-0,4 на угле).",
                "III санаттағы объект: қонақүй қазандығы (көмірмен жұмыс істейтін 2 КВр-0,4 қазандығы).", ""))
    rows = [doc.v(["№ ИЗА", "Наим. источн.", "Контролир. в-во", None, "Период-ть контр.", "Метод контр.", "Кем осущ."],
                  ["ШК №", "Көздің атауы", "Бақыланатын зат", None, "Бақылау кезеңд.", "Бақылау әдісі", "Кім жүргізеді"], []),
            doc.v([None, None, "код", "наим.", None, None, None], [None, None, "коды", "атауы", None, None, None], []),
            ["1", "2", "3", "4", "5", "6", "7"]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 1, 4), (0, 5, 1, 5), (0, 6, 1, 6)]
    plan = [("0001", doc.v("Дымов. труба котельной", "Қазандық мұржасы", ""), ("0301", "0304", "0330", "0337", "2908"), "quarterly",
             doc.v("инструмент.", "аспаптық", "")),
            ("6001", doc.v("Склад угля", "Көмір қоймасы", ""), ("2908",), "yearly", doc.v("расчетный", "есептік", "")),
            ("6002", doc.v("Шлаковая площадка", "Қож алаңы", ""), ("2908",), "yearly", doc.v("расчетный", "есептік", ""))]
    lab = doc.v("аккредит. лаборатория по договору", "шарт бойынша аккредиттелген зертхана", "")
    for number, label, cs, word, method in plan:
        start = len(rows)
        wtext = ABBR[doc.lang][word] if r.random() < 0.6 else freq(doc, word)
        for c in cs:
            first = len(rows) == start
            rows.append([number if first else None, label if first else None, c, vocab.air(c, doc.lang),
                         wtext if first else None, method if first else None, lab if first else None])
            doc.add("monitoring", {"source_number": number, "code": c, "frequency": word})
        if len(rows) - 1 > start:
            merges += [(start, k, len(rows) - 1, k) for k in (0, 1, 4, 5, 6)]
    _ = L
    doc.table(doc.v("Табл. 3.1", "3.1-кесте", ""), rows, merges, role="monitoring")
    maybe_distractor(doc)


def monitoring_fb2(doc: Doc) -> None:
    """A village akimat's quarry: monitoring at the boundary of its sanitary zone turned by 90 degrees, the control points
    as columns (`т.1 С` …) under a merged head, the substances as rows with `+` where sampled and `–` where not, the
    frequency as the last column of each row (VI: a commune's monitoring of the air of a craft village's aluminium
    recycling cluster, `x` marks)."""
    r = doc.rng
    vi = doc.lang == "vi"
    if vi:
        doc.h("KẾ HOẠCH QUAN TRẮC CHẤT LƯỢNG MÔI TRƯỜNG KHÔNG KHÍ CỤM CÔNG NGHIỆP LÀNG NGHỀ MẪN XÁ NĂM 2026")
        doc.p("UBND xã Văn Môn phối hợp với Trung tâm Quan trắc tỉnh Bắc Ninh thực hiện quan trắc tại các vị trí sau:")
        pts = [("K1", "K1 – Cổng cụm CN"), ("K2", "K2 – Nhà văn hóa thôn Mẫn Xá"), ("K3", "K3 – Trường tiểu học"), ("K4", "K4 – Cánh đồng phía Bắc")]
        subst = (("2902", "quarterly"), ("0330", "quarterly"), ("0301", "semiannual"), ("0337", "semiannual"), ("0184", "yearly"))
        mark, dash = "x", ""
        head0 = ["Thông số", "Vị trí quan trắc", None, None, None, "Tần suất"]
    else:
        doc.h(doc.v("Программа производственного экологического контроля карьера ПГС «Жаңатұрмыс»",
                    "«Жаңатұрмыс» ҚҚҚ карьерінің өндірістік экологиялық бақылау бағдарламасы", ""))
        doc.p(doc.v("Оператор – ГУ «Аппарат акима Жанатурмысского сельского округа». Размер СЗЗ – 300 м (класс IV).",
                    "Оператор – «Жаңатұрмыс ауылдық округі әкімінің аппараты» ММ. СҚА мөлшері – 300 м (IV сынып).", ""))
        dirs = doc.v(("С", "В", "Ю", "З"), ("С", "Ш", "О", "Б"), ())
        pts = [(f"т.{k + 1}", f"т.{k + 1} {dirs[k]}") for k in range(4)]
        subst = (("2908", "quarterly"), ("0301", "yearly"), ("0337", "yearly"), ("0328", "yearly"))
        mark, dash = "+", "–"
        head0 = doc.v(["Контролир. в-во", "Точки отбора на гр. СЗЗ", None, None, None, "Периодичн."],
                      ["Бақыланатын зат", "СҚА шек. сынама нүктелері", None, None, None, "Кезеңділігі"], [])
    rows = [head0, [None, *(lbl for _, lbl in pts), None]]
    merges = [(0, 0, 1, 0), (0, 1, 0, 4), (0, 5, 1, 5)]
    for c, word in subst:
        chosen = [p for p, _ in pts if r.random() < 0.7] or [pts[0][0]]
        if c in ("2908", "2902"):
            chosen = [p for p, _ in pts]
        name = vocab.air(c, doc.lang, 0 if c == "2902" else 1) if vi else f"{vocab.air(c, doc.lang, 1 if c == '2908' else 0)} ({c})"
        rows.append([name, *(mark if p in chosen else dash for p, _ in pts), freq(doc, word)])
        doc.add("monitoring", *({"point_contains": p, "code": c, "frequency": word} for p in chosen))
    doc.table(doc.v("Табл. 4. Мониторинг атмосферного воздуха", "4-кесте. Атмосфералық ауа мониторингі",
                    "Bảng 2. Vị trí, thông số và tần suất quan trắc"), rows, merges, role="monitoring")
    doc.p(doc.v("«+» – отбор проб проводится; «–» – не проводится. Отбор в теплый период года.",
                "«+» – сынама алынады; «–» – алынбайды.", "Ghi chú: x – có quan trắc thông số tại vị trí."))
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

# (RU, KK) section, [((RU, KK) object, (RU, KK) what, frequency)]
KZ_SLAUGHTER_CHECKS = (
    (("Производственные участки", "Өндірістік учаскелер"),
     ((("Убойный цех", "Сою цехы"), ("сбор крови и пера в герметичную тару", "қан мен қауырсынды герметикалық ыдысқа жинау"), "monthly"),
      (("Холодильная камера", "Тоңазытқыш камера"), ("утечки хладагента (аммиак)", "салқындатқыш агенттің (аммиак) ағуы"), "quarterly"),
      (("Котельная (газ)", "Қазандық (газ)"), ("режим горения, журнал работы", "жану режимі, жұмыс журналы"), "quarterly"))),
    (("Природоохранные сооружения", "Табиғат қорғау құрылыстары"),
     ((("Жироуловитель и ЛОС", "Май ұстағыш және ЖТҚ"), ("заполнение, очистка, акты вывоза осадка", "толуы, тазалау, тұнбаны шығару актілері"), "monthly"),
      (("Площадка временного хранения отходов", "Қалдықтарды уақытша сақтау алаңы"), ("маркировка тары, сроки накопления", "ыдыс таңбалануы, жинақтау мерзімдері"), "quarterly"),
      (("Санитарно-защитная зона", "Санитариялық-қорғау аймағы"), ("озеленение, несанкц. свалки", "көгалдандыру, рұқсатсыз үйінділер"), "semiannual"))),
)  # fmt: skip
VN_HOUSEHOLDS = (
    ("Cơ sở sản xuất đậu phụ Hưng Thịnh", "thôn Đông"), ("Cơ sở sản xuất bún tươi Phúc Lộc", "thôn Đông"),
    ("Cơ sở tái chế nhôm Nguyễn Văn Tiến", "thôn Mẫn Xá"), ("Cơ sở đúc nhôm Trần Văn Long", "thôn Mẫn Xá"),
    ("Cơ sở sản xuất đồ gỗ Lê Đức Tài", "thôn Trung"), ("Cơ sở chế biến bánh đa Phạm Thị Hà", "thôn Đoài"),
    ("Lò gạch thủ công Đỗ Văn Minh", "thôn Đoài"),
)  # fmt: skip


def inspections_fb1(doc: Doc) -> None:
    """A poultry slaughterhouse's schedule of internal checks: Roman section rows, Arabic items numbered on through the
    sections, the frequency abbreviated (`1 р. в кв.`, `ежемес.`), and the `Составил / Утверждаю` signature lines as
    the last rows inside the table (VI: a commune's plan of inspections of the household workshops of a craft village,
    the month of each visit, no frequency, the chairman's signature in the table)."""
    r = doc.rng
    vi = doc.lang == "vi"
    L = _li(doc)
    if vi:
        doc.h("KẾ HOẠCH KIỂM TRA VIỆC CHẤP HÀNH PHÁP LUẬT VỀ BẢO VỆ MÔI TRƯỜNG ĐỐI VỚI CÁC CƠ SỞ SẢN XUẤT TRÊN ĐỊA BÀN XÃ NĂM 2026")
        doc.p("Căn cứ Luật Bảo vệ môi trường năm 2020; UBND xã xây dựng kế hoạch kiểm tra như sau:")
        rows = [["STT", "Tên cơ sở được kiểm tra", "Địa chỉ", "Nội dung kiểm tra", "Thời gian dự kiến"]]
        for k, (name, hamlet) in enumerate(r.sample(VN_HOUSEHOLDS, 5), 1):
            rows.append([str(k), name, hamlet, doc.pick(("Việc thực hiện đăng ký môi trường, thu gom nước thải",
                                                         "Quản lý chất thải rắn, chất thải nguy hại",
                                                         "Biện pháp giảm thiểu bụi, mùi, tiếng ồn")),
                         f"Tháng {r.randint(3, 11)}/2026"])
            doc.add("obligations", {"kind": "inspection", "number": str(k), "text_contains": name})
        rows.append(["", "NGƯỜI LẬP\n\nCông chức Địa chính – Xây dựng", None, "TM. ỦY BAN NHÂN DÂN XÃ\nCHỦ TỊCH\n\nNguyễn Văn Quý", None])
        merges = [(len(rows) - 1, 1, len(rows) - 1, 2), (len(rows) - 1, 3, len(rows) - 1, 4)]
        doc.table(None, rows, merges, role="inspections")
        maybe_distractor(doc)
        return
    doc.h(doc.v("График внутренних проверок соблюдения экологических требований ТОО «Ақ Қанат Құс» на 2026 г.",
                "«Ақ Қанат Құс» ЖШС экологиялық талаптардың сақталуын 2026 ж. ішкі тексеру кестесі", ""))
    doc.p(doc.v("Приложение 3 к Программе ПЭК. Результаты проверок заносятся в журнал внутренних проверок.",
                "ӨЭБ бағдарламасына 3-қосымша. Тексеру нәтижелері ішкі тексерулер журналына енгізіледі.", ""))
    ab = doc.v({"monthly": "ежемес.", "quarterly": "1 р. в кв.", "semiannual": "1 р. в полугод."},
               {"monthly": "ай сайын", "quarterly": "тоқсанына 1 рет", "semiannual": "жарты жылда 1 рет"}, {})
    rows = [doc.v(["№", "Объект проверки", "Что проверяется", "Периодичн.", "Ответств."],
                  ["№", "Тексеру объектісі", "Не тексеріледі", "Кезеңділігі", "Жауапты"], [])]
    merges = []
    who = doc.v(("эколог", "гл. технолог", "нач. цеха"), ("эколог", "бас технолог", "цех бастығы"), ())
    k = 0
    for g, (section, items) in enumerate(KZ_SLAUGHTER_CHECKS):
        rows.append([ROMAN[g], section[L], None, None, None])
        merges.append((len(rows) - 1, 1, len(rows) - 1, 4))
        for obj, what, word in items:
            k += 1
            rows.append([str(k), obj[L], what[L], ab[word] if r.random() < 0.6 else freq(doc, word), r.choice(who)])
            doc.add("obligations", {"kind": "inspection", "number": str(k), "frequency": word, "text_contains": obj[L]})
    rows.append([doc.v("Составил: инженер-эколог ________ Ахметова Д.С.", "Құрастырған: инженер-эколог ________ Ахметова Д.С.", ""),
                 None, doc.v("Утверждаю: директор ________ Жаксылыков Б.Т.", "Бекітемін: директор ________ Жақсылықов Б.Т.", ""), None, None])
    merges += [(len(rows) - 1, 0, len(rows) - 1, 1), (len(rows) - 1, 2, len(rows) - 1, 4)]
    doc.table(None, rows, merges, role="inspections")
    maybe_distractor(doc)


KZ_MONTHS = {"ru": ("янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"),
             "kk": ("қаң", "ақп", "нау", "сәу", "мам", "мау", "шіл", "там", "қыр", "қаз", "қар", "жел"),
             "vi": tuple(f"T{k}" for k in range(1, 13))}
# (RU, KK, VI) object
STATION_OBJECTS = (
    ("Котел и газоход", "Қазандық және газ жолы", "Bồn chứa xăng ngầm và ống thông hơi"),
    ("Дымовая труба (тяга, целостность)", "Түтін мұржасы (тартым, бүтіндігі)", "Hố ga, bể tách dầu mỡ"),
    ("Склад муки и аспирация", "Ұн қоймасы және аспирация", "Kho chứa chất thải nguy hại"),
    ("Контейнерная площадка ТБО", "ҚТҚ контейнер алаңы", "Cột bơm, van thở, thiết bị thu hồi hơi"),
    ("Журналы учета отходов и выбросов", "Қалдықтар мен шығарындыларды есепке алу журналдары", "Sổ theo dõi chất thải, chứng từ CTNH"),
    ("Маслоуловитель ливневой канализации", "Нөсер кәрізінің май ұстағышы", "Bình chữa cháy, cát, thiết bị ứng phó sự cố tràn dầu"),
)  # fmt: skip


def inspections_fb2(doc: Doc) -> None:
    """A bakery's chart of inspection rounds: a three-row header (`Сроки проведения` over `2026 г.` over twelve
    abbreviated months), a `+` in each month of a visit, no frequency written (VI: a fuel station's chart of internal
    checks, months `T1` … `T12`)."""
    r = doc.rng
    L = _li(doc)
    doc.h(doc.v("План-график производственного контроля ТОО «Береке Нан Өнімдері» (пекарня) на 2026 г.",
                "«Береке Нан Өнімдері» ЖШС (наубайхана) 2026 ж. өндірістік бақылау жоспар-кестесі",
                "LỊCH KIỂM TRA NỘI BỘ VỀ AN TOÀN VÀ BẢO VỆ MÔI TRƯỜNG NĂM 2026 – CỬA HÀNG XĂNG DẦU SỐ 26 ĐỒNG VĂN"))
    doc.p(doc.v("Проверки проводит ответственный за ПЭК с записью в журнале.", "Тексерулерді ӨЭБ үшін жауапты тұлға журналға жазып жүргізеді.",
                "Cửa hàng trưởng tổ chức kiểm tra, ghi kết quả vào sổ nhật ký."))
    months = KZ_MONTHS[doc.lang]
    rows = [[doc.v("№", "№", "TT"), doc.v("Объект контроля", "Бақылау объектісі", "Hạng mục kiểm tra"),
             doc.v("Сроки проведения", "Өткізу мерзімдері", "Thời gian kiểm tra"), *([None] * 11), doc.v("Отв.", "Жауапты", "Người thực hiện")],
            [None, None, "2026" + doc.v(" г.", " ж.", ""), *([None] * 11), None],
            [None, None, *months, None]]
    merges = [(0, 0, 2, 0), (0, 1, 2, 1), (0, 2, 0, 13), (1, 2, 1, 13), (0, 14, 2, 14)]
    patterns = ((0, 3, 6, 9), (1, 7), (2, 5, 8, 11), tuple(range(12)), (4,), (0, 6))
    who = doc.v(("ответств. за ПЭК", "зав. производством"), ("ӨЭБ жауаптысы", "өндіріс меңгерушісі"), ("Cửa hàng trưởng", "Nhân viên kỹ thuật"))
    for k, obj in enumerate(STATION_OBJECTS, 1):
        pat = r.choice(patterns)
        rows.append([str(k), obj[L], *("+" if m in pat else "" for m in range(12)), r.choice(who)])
        doc.add("obligations", {"kind": "inspection", "number": str(k), "text_contains": obj[L]})
    doc.table(None, rows, merges, role="inspections")
    doc.p(doc.v("«+» – месяц проведения проверки.", "«+» – тексеру айы.", "«+» – tháng thực hiện kiểm tra."))
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

# (RU, KK, VI) violation, (RU, KK, VI) measure, (RU, KK, VI) term, (RU, KK, VI) responsible
NOTICE_ITEMS = (
    (("Отсутствует учет времени работы источников выбросов", "Шығарынды көздерінің жұмыс уақыты есепке алынбайды", "Chưa lập sổ theo dõi vận hành lò nung"),
     ("Организовать ведение журнала учета времени работы ИЗА (форма ПОД-1)", "ШК жұмыс уақытын есепке алу журналын жүргізуді ұйымдастыру (ПОД-1 нысаны)",
      "Lập sổ nhật ký vận hành lò nung và hệ thống xử lý khí thải"),
     ("до 01.04.2026", "01.04.2026 дейін", "trước ngày 30/4/2026"),
     ("мастер участка Тулегенов А.А.", "учаске шебері Төлегенов А.А.", "Ông Đỗ Văn Minh – chủ nhiệm HTX")),
    (("Пылеулавливающее оборудование вальцов не работает", "Біліктің шаң ұстағыш жабдығы жұмыс істемейді", "Buồng lắng bụi khu nghiền đất bị hư hỏng"),
     ("Восстановить работу циклона ЦН-15 аспирации вальцов", "Білік аспирациясының ЦН-15 циклонының жұмысын қалпына келтіру",
      "Sửa chữa buồng lắng bụi, lắp thêm màng lọc túi vải"),
     ("до 15.05.2026", "15.05.2026 дейін", "trong 60 ngày"),
     ("гл. механик Ким С.В.", "бас механик Ким С.В.", "Tổ cơ điện HTX")),
    (("Отходы (бой кирпича) складируются вне оборудованной площадки", "Қалдықтар (кірпіш сынығы) жабдықталған алаңнан тыс жиналады",
      "Phế phẩm gạch vỡ đổ thải ra mương thoát nước"),
     ("Убрать бой кирпича на оборудованную площадку ВХО", "Кірпіш сынығын жабдықталған ҚУСА-ға жинау", "Thu dọn toàn bộ gạch vỡ, nạo vét mương thoát nước"),
     ("в течение 10 дней", "10 күн ішінде", "trước ngày 15/3/2026"),
     ("нач. цеха Оспанов Д.К.", "цех бастығы Оспанов Д.Қ.", "Ông Đỗ Văn Minh – chủ nhiệm HTX")),
    (("Не проведен ПЭК за 2025 г.", "2025 ж. ӨЭБ жүргізілмеген", "Chưa thực hiện quan trắc khí thải định kỳ năm 2025"),
     ("Провести инструментальные замеры на источнике 0001 аккредит. лабораторией", "0001 көзінде аккредиттелген зертханамен аспаптық өлшеулер жүргізу",
      "Thuê đơn vị có chức năng quan trắc khí thải ống khói lò nung"),
     ("II кв. 2026 г.", "2026 ж. II тоқсан", "Quý II/2026"),
     ("эколог Сапарова Г.М.", "эколог Сапарова Г.М.", "Bà Lê Thị Hoa – kế toán HTX")),
    (("Не представлен отчет по отходам", "Қалдықтар туралы есеп ұсынылмаған", "Chưa có hợp đồng chuyển giao chất thải nguy hại"),
     ("Представить отчет по инвентаризации отходов за 2025 г.", "2025 ж. қалдықтарды түгендеу туралы есеп ұсыну",
      "Ký hợp đồng thu gom, xử lý CTNH với đơn vị có giấy phép"),
     ("до 01.03.2026", "01.03.2026 дейін", "trước ngày 31/3/2026"),
     ("эколог Сапарова Г.М.", "эколог Сапарова Г.М.", "Bà Lê Thị Hoa – kế toán HTX")),
)  # fmt: skip


def tasks_fb1(doc: Doc) -> None:
    """An inspector's notice to a brick works: the violation found and the measure to end it side by side, the term and
    the person responsible abbreviated (`гл. механик`), items numbered `1)`, `2)` …, and the inspector's and the
    receiver's signatures as merged rows at the foot of the table (VI: a commune's biên bản kiểm tra of a brick kiln
    with `Tồn tại` and `Yêu cầu khắc phục`, the signatures of the team and the establishment in the table)."""
    r = doc.rng
    L = _li(doc)
    vi = doc.lang == "vi"
    doc.h(doc.v("Предписание об устранении нарушений экологического законодательства № 08-Ж от 19.02.2026",
                "Экологиялық заңнаманың бұзушылықтарын жою туралы 19.02.2026 № 08-Ж нұсқама",
                "BIÊN BẢN KIỂM TRA VIỆC CHẤP HÀNH PHÁP LUẬT VỀ BẢO VỆ MÔI TRƯỜNG – LÒ GẠCH TUYNEL THÀNH CÔNG"))
    doc.p(doc.v("Выдано ТОО «Көктөбе Кірпіш» по результатам профилактического контроля с посещением. Государственный инспектор "
                "Департамента экологии по Жамбылской области предписывает:",
                "«Көктөбе Кірпіш» ЖШС-ға барумен профилактикалық бақылау нәтижелері бойынша берілді. Жамбыл облысы бойынша "
                "Экология департаментінің мемлекеттік инспекторы мыналарды нұсқайды:",
                "Đoàn kiểm tra của UBND xã Tân Hiệp tiến hành kiểm tra ngày 24/02/2026. Kết luận và yêu cầu như sau:"))
    rows = [doc.v(["№", "Выявл. нарушение", "Меры по устранению", "Срок устр.", "Отв. лицо"],
                  ["№", "Анықталған бұзушылық", "Жою шаралары", "Жою мерзімі", "Жауапты тұлға"],
                  ["TT", "Tồn tại", "Yêu cầu khắc phục", "Thời hạn", "Trách nhiệm thực hiện"])]
    for k, (viol, measure, term, resp) in enumerate(r.sample(NOTICE_ITEMS, 4), 1):
        rows.append([f"{k})" if not vi else str(k), viol[L], measure[L], term[L], resp[L]])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": words(measure[L]), "actor_contains": resp[L]})
    rows.append([doc.v("Гос. инспектор ____________ Байжанов Е.Р.", "Мемл. инспектор ____________ Байжанов Е.Р.", "ĐẠI DIỆN ĐOÀN KIỂM TRA\n(ký, ghi rõ họ tên)"),
                 None, doc.v("Предписание получил: ____________ (подпись, дата)", "Нұсқаманы алдым: ____________ (қолы, күні)",
                             "ĐẠI DIỆN CƠ SỞ\n(ký, ghi rõ họ tên)"), None, None])
    merges = [(len(rows) - 1, 0, len(rows) - 1, 1), (len(rows) - 1, 2, len(rows) - 1, 4)]
    doc.table(None, rows, merges, role="tasks")
    doc.p(doc.v("О выполнении сообщить письменно в течение 3 рабочих дней после истечения срока.",
                "Орындалғаны туралы мерзім өткеннен кейін 3 жұмыс күні ішінде жазбаша хабарлау.",
                "Biên bản được lập thành 02 bản, mỗi bên giữ 01 bản."))


# (RU, KK, VI) section, [(measure (RU, KK, VI), executor (RU, KK, VI), start, end, cost)]
PLAN = (
    (("Охрана атм. воздуха", "Атм. ауаны қорғау", "Giảm thiểu bụi, hơi xăng dầu"),
     ((("Режимно-наладочные испытания котлов КВр-0,4", "КВр-0,4 қазандықтарын режимдік-баптау сынақтары", "Lắp đặt van thở cho ống thông hơi bồn chứa"),
       ("ТОО «ТеплоНаладка» (по договору)", "«ТеплоНаладка» ЖШС (шарт бойынша)", "Nhà thầu Petrolimex Hà Nam"), "03", "04", (300, 600)),
      (("Замена батарейного циклона на котельной", "Қазандықтағы батареялық циклонды ауыстыру", "Trồng cây xanh dọc tường rào cửa hàng"),
       ("гл. инженер гостиницы", "қонақүйдің бас инженері", "Cửa hàng trưởng"), "05", "08", (1500, 3200)))),
    (("Обращение с отходами", "Қалдықтармен жұмыс", "Quản lý chất thải"),
     ((("Обустройство шлаковой площадки с твердым покрытием", "Қатты жабыны бар қож алаңын жайластыру", "Cải tạo kho chứa chất thải nguy hại có mái che, gờ chắn"),
       ("завхоз Мусин Р.К.", "шаруашылық меңгерушісі Мусин Р.К.", "Nhân viên kỹ thuật cửa hàng"), "04", "06", (400, 900)),
      (("Заключение договора на вывоз золошлаковых отходов", "Күл-қож қалдықтарын шығаруға шарт жасасу", "Ký hợp đồng chuyển giao CTNH với đơn vị có giấy phép"),
       ("бухгалтерия", "бухгалтерия", "Phòng Kinh doanh công ty"), "01", "02", (150, 300)),
      (("Установка контейнеров для раздельного сбора ТБО", "ҚТҚ бөлек жинауға арналған контейнерлер орнату", "Bố trí thùng chứa rác thải sinh hoạt có nắp đậy"),
       ("завхоз Мусин Р.К.", "шаруашылық меңгерушісі Мусин Р.К.", "Cửa hàng trưởng"), "06", "06", (80, 200)))),
)  # fmt: skip


def tasks_fb2(doc: Doc) -> None:
    """A hotel boiler house's plan of environmental measures under a three-row header (`Срок выполн.` over `нач. |
    оконч.`, `Затраты` over `тыс. тг`, then column numbers), Roman section rows, items numbered `1.1`, `2.1` …, a cost
    subtotal after each section in the middle and a total at the end (VI: a fuel station's environmental protection plan,
    costs in million đồng)."""
    r = doc.rng
    L = _li(doc)
    vi = doc.lang == "vi"
    doc.h(doc.v("План мероприятий по охране окружающей среды ТОО «Шаңырақ Отель» на 2026 год",
                "«Шаңырақ Отель» ЖШС қоршаған ортаны қорғау жөніндегі 2026 жылға арналған іс-шаралар жоспары",
                "KẾ HOẠCH THỰC HIỆN CÁC BIỆN PHÁP BẢO VỆ MÔI TRƯỜNG NĂM 2026 – CỬA HÀNG XĂNG DẦU SỐ 26 ĐỒNG VĂN"))
    doc.p(doc.v("Приложение к Программе ПЭК (объект III категории).", "ӨЭБ бағдарламасына қосымша (III санаттағы объект).",
                "Ban hành kèm theo Kế hoạch bảo vệ môi trường đã được UBND thị xã Duy Tiên xác nhận."))
    rows = [doc.v(["№ п/п", "Наим. мероприятия", "Срок выполн.", None, "Исполнит.", "Затраты"],
                  ["№", "Іс-шара атауы", "Орындау мерзімі", None, "Орындаушы", "Шығындар"],
                  ["TT", "Nội dung công việc", "Thời gian thực hiện", None, "Đơn vị thực hiện", "Kinh phí"]),
            doc.v([None, None, "нач.", "оконч.", None, "тыс. тг"], [None, None, "бас.", "аяқт.", None, "мың тг"],
                  [None, None, "bắt đầu", "hoàn thành", None, "triệu đồng"]),
            ["1", "2", "3", "4", "5", "6"]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 1, 4)]
    grand = 0
    for g, (section, items) in enumerate(PLAN, 1):
        rows.append([ROMAN[g - 1], section[L], None, None, None, None])
        merges.append((len(rows) - 1, 1, len(rows) - 1, 5))
        sub = 0
        for k, (measure, who, m0, m1, (lo, hi)) in enumerate(items, 1):
            cost = r.randint(lo, hi) if not vi else r.randint(lo // 20, hi // 20)
            sub += cost
            number = f"{g}.{k}"
            rows.append([number, measure[L], f"{m0}.2026" if not vi else f"{m0}/2026", f"{m1}.2026" if not vi else f"{m1}/2026",
                         who[L], num(cost, doc.lang)])
            doc.add("obligations", {"kind": "task", "number": number, "text_contains": words(measure[L]), "actor_contains": who[L]})
        grand += sub
        rows.append(["", doc.v(f"Итого по разд. {ROMAN[g - 1]}", f"{ROMAN[g - 1]} бөлім бойынша жиыны", f"Cộng mục {ROMAN[g - 1]}"),
                     None, None, None, num(sub, doc.lang)])
        merges.append((len(rows) - 1, 1, len(rows) - 1, 4))
    rows.append(["", doc.v("ВСЕГО", "БАРЛЫҒЫ", "TỔNG CỘNG"), None, None, None, num(grand, doc.lang)])
    merges.append((len(rows) - 1, 1, len(rows) - 1, 4))
    doc.table(None, rows, merges, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"FB{k}", globals()[f"{role}_fb{k}"]) for role in ROLES for k in (1, 2)]
"""`facility_fb1` … `tasks_fb2`, in the order of the roles."""
