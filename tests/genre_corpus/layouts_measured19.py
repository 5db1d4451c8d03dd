"""Measured blind (part E of the ninth blind set: the set 0.611 as first measured, 0.604 once renamed;
its unstudied parts D and E 0.608 on 2026-12-04 before study), then studied and tuned on: now a tuning layout.
What follows is its writer's description.

A blind held-out set (two layouts per role, `P1` and `P2`): never used for tuning, written by someone who neither ran
the extractor on them nor read it, to differ from every layout of `layouts_*.py`.

Theme: the regulators' own documents — the national report of the ecology committee and the annual report of a
regional ecology department in Kazakhstan, the acts of their inspections (акт о результатах проверки), decisions on
administrative offences (постановление), prescriptions and the checks of their execution, КЭР annexes, the ministry's
comprehensive plan of measures; in Vietnam the Ministry's and a province's lists and reports, biên bản kiểm tra, quyết
định xử phạt vi phạm hành chính, giấy phép môi trường and quyết định phê duyệt ĐTM. Many tables mix several
enterprises, and most sit among long free text (the preamble of an act, what was found, what was decided).

Facility: the largest nature users transposed, the operators as column headers and the lines as rows (VI: the
Ministry's list of facilities, the companies as columns); a decision on an administrative offence with the violator's
card — legal address, bank details, head — and the object where the offence was found, then the payment requisites of
the fine (VI: a quyết định xử phạt). Emissions: the national bulletin's emissions of the largest enterprises,
substances as columns of tonnes, a total column and a total row (VI: a province's estimated loads); an extract of the
pollutant release and transfer register, the CAS number before the name, kilograms a year, the method letter M/C/E
(VI: an inventory of industrial emissions). Wastes: the committee's review, the enterprises merged down the first
column over their wastes (VI: a province's CTNH by facility); an inspection act's wastes found at the storage places
on the day of the check, the place repeated on every row, a compliance column (VI: a biên bản kiểm tra). Limits: an
act's stack measurements, the source merged down over its substances, the measured concentration before the КЭР norm,
an exceedance ratio (VI: a fine decision's appendix, waste water at two points against QCVN 40 B); a КЭР's discharge
norms with two outlets as column groups of ДК and t/year (VI: a GPMT's two streams under a three-row header, column A
for one and B for the other). Monitoring: the state observation network of a region's annual report, air posts (daily
manual sampling, continuous automatic posts) and river sections (`12 раз в год`) (VI: a province's monitoring
programme, `4 đợt/năm`); a КЭР's environmental conditions written as sentences naming the source or point and its
substances after a colon (VI: an ĐTM decision's supervision requirements). Inspections: a КЭР annex whose group rows
name the risk group and the least frequency of checks in words; a schedule of rounds with weekday columns and marks,
sent to the department on a prescription (no frequency column). Tasks: the ministry's plan of measures to cut air
pollution, the enterprise merged down the executor column over its measures, the controlling body beside it (VI: a
province's list of seriously polluting facilities and their measures); the act of checking a prescription's execution,
each item with its term, what was done, a mark and a new term (VI: a notice on the execution of an inspection's
conclusions).

The words of each layout are in the text tables (RU, KK, VI); a header row is one string, its cells between `|`, `^`
for a cell a merge covers.
"""

from __future__ import annotations

from . import vocab
from .common import Doc, freq, make_bin, maybe_distractor, num, rate
from .layouts_facility import facility
from .layouts_wastes import expect_low, expect_vn, low_wastes, vn_wastes
from .limits_data import DISCHARGE, QCVN40, add, cell, limit
from .obligations_data import inspection, units, words
from .registry import ROLES, Layout
from .sources_data import SOURCES, Source, emission, expect_sources, total

TEXT: dict[str, tuple[str, str, str]] = {}


def _t(doc: Doc, key: str) -> str:
    return TEXT[key][vocab.LANGS.index(doc.lang)]


def _list(doc: Doc, key: str) -> list[str]:
    return _t(doc, key).split("|")


def _cells(text: str) -> list[str | None]:
    return [None if x == "^" else x for x in text.split("|")]


def _row(doc: Doc, key: str) -> list[str | None]:
    """A header row of the text tables in the document's language."""
    return _cells(_t(doc, key))


def _span(rows: list, merges: list, text: str) -> None:
    """A row whose one cell spans the table: a group, a section or a note."""
    width = len(rows[0])
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


def _names(doc: Doc, codes, variant: int = 0) -> str:
    """Air pollutants named in one cell, separated by commas (dust by its name without commas)."""
    return ", ".join(vocab.air(c, doc.lang, 1 if c == "2908" and doc.lang == "ru" else variant) for c in codes)


def _date(doc: Doc, day: int, month: int, year: int = 2026) -> str:
    return f"{day:02d}/{month:02d}/{year}" if doc.lang == "vi" else f"{day:02d}.{month:02d}.{year}"


# ---------------------------------------------------------------- facility

TEXT |= {
    "f1.title": ("Национальный доклад о состоянии окружающей среды и об использовании природных ресурсов Республики Казахстан за 2025 год",
                 "Қазақстан Республикасының қоршаған ортаның жай-күйі және табиғи ресурстарды пайдалану туралы 2025 жылғы ұлттық баяндамасы",
                 "BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 CỦA BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"),
    "f1.p1": ("Доклад подготовлен Комитетом экологического регулирования и контроля Министерства экологии и природных ресурсов "
              "Республики Казахстан на основе отчетов территориальных департаментов экологии, данных государственного "
              "экологического мониторинга и отчетов операторов объектов I и II категорий.",
              "Баяндаманы Қазақстан Республикасы Экология және табиғи ресурстар министрлігінің Экологиялық реттеу және бақылау "
              "комитеті аумақтық экология департаменттерінің есептері, мемлекеттік экологиялық мониторинг деректері және I және "
              "II санаттағы объектілер операторларының есептері негізінде дайындады.",
              "Báo cáo được xây dựng trên cơ sở báo cáo công tác bảo vệ môi trường của Ủy ban nhân dân các tỉnh, thành phố và "
              "kết quả thực hiện nhiệm vụ quản lý nhà nước về môi trường của các đơn vị trực thuộc Bộ."),
    "f1.h": ("3.2. Крупнейшие природопользователи", "3.2. Ірі табиғат пайдаланушылар",
             "2.4. Các cơ sở thuộc thẩm quyền cấp giấy phép môi trường của Bộ"),
    "f1.p2": ("В 2025 году комплексные экологические разрешения получили {n} объектов I категории. Сведения о трех операторах, "
              "на долю которых приходится наибольший объем эмиссий, приведены ниже; значения указаны по данным разрешений.",
              "2025 жылы I санаттағы {n} объект кешенді экологиялық рұқсат алды. Эмиссиялардың ең көп көлемі тиесілі үш оператор "
              "туралы мәліметтер төменде келтірілген; мәндер рұқсаттардың деректері бойынша көрсетілген.",
              "Trong năm 2025, Bộ đã cấp {n} giấy phép môi trường cho các dự án, cơ sở thuộc thẩm quyền. Thông tin về một số cơ "
              "sở có lưu lượng xả thải lớn được tổng hợp tại bảng dưới đây."),
    "f1.corner": ("Наименование показателя", "Көрсеткіштің атауы", "Nội dung"),
    "f1.labels": ("Наименование объекта|БИН оператора|Код КАТО местонахождения|Основной вид деятельности (ОКЭД)|Категория объекта|"
                  "Комплексное экологическое разрешение|Количество стационарных источников выбросов, ед.",
                  "Объектінің атауы|Оператордың БСН|Орналасқан жерінің ҚАТО коды|Негізгі қызмет түрі (ЭҚЖЖ)|Объект санаты|"
                  "Кешенді экологиялық рұқсат|Шығарындылардың стационарлық көздерінің саны, бірл.",
                  "Tên cơ sở|Mã số doanh nghiệp|Địa chỉ|Loại hình sản xuất|Phân loại dự án|Giấy phép môi trường|"
                  "Lưu lượng xả nước thải tối đa (m3/ngày.đêm)"),
    "f1.caption": ("Таблица 3.4 – Характеристика крупнейших природопользователей (объекты I категории)",
                   "3.4-кесте – Ірі табиғат пайдаланушылардың сипаттамасы (I санаттағы объектілер)",
                   "Bảng 2.6. Thông tin một số cơ sở được cấp giấy phép môi trường năm 2025"),
    "f1.after": ("Указанные объекты включены в перечень объектов, подлежащих оснащению автоматизированной системой мониторинга эмиссий.",
                 "Аталған объектілер эмиссиялар мониторингінің автоматтандырылған жүйесімен жарақтандырылуға тиіс объектілер тізбесіне енгізілген.",
                 "Các cơ sở nêu trên thuộc đối tượng phải lắp đặt hệ thống quan trắc nước thải tự động, liên tục theo quy định."),
}  # fmt: skip
VI_ACTIVITY = ("Sản xuất bao bì nhựa và giấy", "Chế biến thủy sản đông lạnh", "Sản xuất gạch ốp lát",
               "Dệt, nhuộm vải", "Sản xuất giấy và bột giấy", "Chăn nuôi heo thịt")
OKED_BY_SITE = ("07291", "23511", "52101", "35301", "07291", "01471")  # of vocab.FACILITIES, in their order
OKED_WORDS = {"07291": ("добыча золотосодержащих руд", "құрамында алтыны бар кендерді өндіру"),
              "23511": ("производство цемента", "цемент өндірісі"),
              "35301": ("производство пара и горячей воды", "бу және ыстық су өндіру"),
              "52101": ("складирование и хранение нефтепродуктов", "мұнай өнімдерін қоймалау және сақтау"),
              "01471": ("разведение сельскохозяйственной птицы", "ауыл шаруашылығы құсын өсіру"),
              "24420": ("производство алюминия", "алюминий өндірісі")}


def facility_p1(doc: Doc) -> None:
    """The national report's largest nature users transposed: a column per operator, its name as the column's header,
    the lines (object, BIN, KATO, OKED with its words, category, the КЭР's number, the number of sources) as rows,
    between paragraphs (VI: the Ministry's report, a column per company, the enterprise number, address, activity,
    project group, the GPMT and the largest discharge)."""
    vi = doc.lang == "vi"
    r = doc.rng
    fs = [facility(doc, i) for i in sorted(r.sample(range(6), 3))]
    doc.h(_t(doc, "f1.title"))
    doc.p(_t(doc, "f1.p1"))
    doc.h(_t(doc, "f1.h"))
    doc.p(_t(doc, "f1.p2").format(n=r.randint(28, 64)))
    rows = [[_t(doc, "f1.corner"), *(f["operator"] for f in fs)]]
    labels = _list(doc, "f1.labels")
    columns = []
    for f in fs:
        if vi:
            f["cat"] = r.choice(("I", "II"))
            permit = f"{r.randint(12, 480)}/GP-BNNMT ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2025"
            columns.append([f["name"], f["bin"], f["address"], VI_ACTIVITY[f["i"]], f"Nhóm {f['cat']}", permit,
                            num(r.randint(12, 480) * 10, "vi")])
            doc.add("facilities", {"bin": f["bin"], "name_contains": f["name"], "category": f["cat"]})
            continue
        f["cat"], f["oked"] = "I", OKED_BY_SITE[f["i"]]
        oked = f"{f['oked']} – {OKED_WORDS[f['oked']][0 if doc.lang == 'ru' else 1]}"
        permit = f"KZ{r.randint(10, 99)}VCZ{r.randint(0, 99999999):08d} {doc.v('от ', '', '')}{_date(doc, r.randint(1, 28), r.randint(1, 12), 2025)}"
        columns.append([f["name"], f["bin"], f["kato"], oked, "I", permit, str(r.randint(14, 160))])
        doc.add("facilities", {"bin": f["bin"], "name_contains": f["name"], "kato": f["kato"], "oked": f["oked"], "category": "I"})
    rows += [[label, *(col[k] for col in columns)] for k, label in enumerate(labels)]
    doc.table(_t(doc, "f1.caption"), rows, role="facility")
    doc.p(_t(doc, "f1.after"))
    maybe_distractor(doc)


TEXT |= {
    "f2.h": ("ПОСТАНОВЛЕНИЕ по делу об административном правонарушении № {n}",
             "Әкімшілік құқық бұзушылық туралы іс бойынша № {n} ҚАУЛЫ",
             "QUYẾT ĐỊNH Xử phạt vi phạm hành chính trong lĩnh vực bảo vệ môi trường"),
    "f2.p1": ("Главный государственный экологический инспектор территориального департамента экологии Нурланов А.Б., рассмотрев материалы дела "
              "об административном правонарушении, предусмотренном частью 1 статьи 328 Кодекса Республики Казахстан об "
              "административных правонарушениях, в присутствии представителя юридического лица по доверенности,",
              "Аумақтық экология департаментінің бас мемлекеттік экологиялық инспекторы Нұрланов А.Б. Қазақстан Республикасының Әкімшілік "
              "құқық бұзушылық туралы кодексінің 328-бабының 1-бөлігінде көзделген әкімшілік құқық бұзушылық туралы іс "
              "материалдарын заңды тұлғаның сенімхат бойынша өкілінің қатысуымен қарап,",
              "Căn cứ Luật Xử lý vi phạm hành chính ngày 20 tháng 6 năm 2012 (được sửa đổi, bổ sung năm 2020); căn cứ Nghị định "
              "số 45/2022/NĐ-CP ngày 07 tháng 7 năm 2022 của Chính phủ quy định về xử phạt vi phạm hành chính trong lĩnh vực "
              "bảo vệ môi trường; căn cứ Biên bản vi phạm hành chính số {n}/BB-VPHC lập ngày 12/3/2026,"),
    "f2.p2": ("УСТАНОВИЛ:", "АНЫҚТАДЫ:", "Điều 1. Xử phạt vi phạm hành chính đối với tổ chức có tên sau đây:"),
    "f2.labels": ("Наименование юридического лица|БИН|Дата государственной регистрации|Юридический адрес|Банковские реквизиты|"
                  "Первый руководитель|Объект, на котором выявлено правонарушение|Местонахождение объекта|Код КАТО|Категория объекта",
                  "Заңды тұлғаның атауы|БСН|Мемлекеттік тіркелген күні|Заңды мекенжайы|Банктік деректемелері|Бірінші басшысы|"
                  "Құқық бұзушылық анықталған объект|Объектінің орналасқан жері|ҚАТО коды|Объект санаты",
                  "Tên tổ chức vi phạm|Mã số doanh nghiệp|Giấy chứng nhận đăng ký doanh nghiệp|Địa chỉ trụ sở chính|"
                  "Người đại diện theo pháp luật|Chức danh|Cơ sở nơi xảy ra vi phạm|Địa điểm cơ sở"),
    "f2.legal": ("г. Астана, район Есиль, ул. Сыганак, 18, офис 504|г. Алматы, Медеуский район, пр. Достык, 160|"
                 "г. Караганда, район им. Казыбек би, ул. Ерубаева, 33",
                 "Астана қ., Есіл ауданы, Сығанақ к-сі, 18, 504-кеңсе|Алматы қ., Медеу ауданы, Достық даңғылы, 160|"
                 "Қарағанды қ., Қазыбек би атындағы аудан, Ерубаев к-сі, 33",
                 "Tầng 9, tòa nhà Sài Gòn Centre, số 67 Lê Lợi, phường Sài Gòn, TP. Hồ Chí Minh|"
                 "Số 18 Trần Hưng Đạo, phường Cửa Nam, Hà Nội"),
    "f2.head": ("директор Сейтказин Бауыржан Ерланович|генеральный директор Ким Леонид Викторович",
                "директор Сейітқазин Бауыржан Ерланұлы|бас директор Ким Леонид Викторович",
                "Ông Trần Văn Hùng|Bà Lê Thị Mai"),
    "f2.p3": ("В ходе внеплановой проверки, проведенной с {d1} по {d2}, установлено превышение нормативов допустимых выбросов "
              "на источнике № 0001 (дымовая труба котельной) по азота диоксиду в 1,4 раза, чем нарушены требования пункта 1 "
              "статьи 182 и пункта 4 статьи 39 Экологического кодекса Республики Казахстан.",
              "{d1} бастап {d2} дейін жүргізілген жоспардан тыс тексеру барысында № 0001 көзде (қазандықтың түтін мұржасы) азот "
              "диоксиді бойынша жол берілетін шығарындылар нормативінің 1,4 есе асып кетуі анықталды, бұл Қазақстан "
              "Республикасы Экологиялық кодексінің 182-бабы 1-тармағының және 39-бабы 4-тармағының талаптарын бұзу болып табылады.",
              "Đã thực hiện hành vi vi phạm hành chính: xả nước thải vượt quy chuẩn kỹ thuật về chất thải từ 1,1 lần đến dưới "
              "1,5 lần, quy định tại điểm b khoản 4 Điều 18 Nghị định số 45/2022/NĐ-CP. Kết quả kiểm tra từ ngày {d1} đến ngày {d2}."),
    "f2.p4": ("ПОСТАНОВИЛ: признать юридическое лицо виновным в совершении административного правонарушения и наложить "
              "административный штраф в размере {m} МРП, что составляет {s} тенге. Штраф подлежит уплате не позднее шестидесяти "
              "суток со дня вступления постановления в законную силу.",
              "ҚАУЛЫ ЕТТІ: заңды тұлғаны әкімшілік құқық бұзушылық жасағаны үшін кінәлі деп тану және {m} АЕК мөлшерінде, яғни "
              "{s} теңге әкімшілік айыппұл салу. Айыппұл қаулы заңды күшіне енген күннен бастап алпыс тәуліктен кешіктірілмей "
              "төленуге тиіс.",
              "Hình thức xử phạt chính: phạt tiền với mức phạt là {s} đồng. Biện pháp khắc phục hậu quả: buộc vận hành đúng quy "
              "trình đối với công trình xử lý nước thải. Tổ chức vi phạm phải nộp tiền phạt trong thời hạn 10 ngày kể từ ngày "
              "nhận được Quyết định này."),
    "f2.pay.caption": ("Реквизиты для уплаты штрафа", "Айыппұлды төлеуге арналған деректемелер", "Thông tin nộp tiền phạt"),
    "f2.pay": ("Реквизит|Значение;Бенефициар|РГУ «Управление государственных доходов» по месту регистрации;"
               "БИН бенефициара|{bin};КБК|204107;КНП|911",
               "Деректеме|Мәні;Бенефициар|тіркелген жері бойынша «Мемлекеттік кірістер басқармасы» РММ;"
               "Бенефициардың БСН|{bin};БСЖ|204107;ТМК|911",
               "Nội dung|Thông tin;Đơn vị thụ hưởng|Kho bạc Nhà nước khu vực II;Số tài khoản|7111.1059.0000;"
               "Nội dung nộp|Nộp tiền phạt theo Quyết định số {n}/QĐ-XPHC"),
}  # fmt: skip
BANKS = (("601", "HSBKKZKX"), ("722", "CASPKZKA"), ("826", "KCJBKZKX"), ("914", "IRTYKZKA"))


def facility_p2(doc: Doc) -> None:
    """A decision on an administrative offence (постановление): the violator's card without a header row — the
    operator, BIN, date of registration, legal address (not the site's), bank details (ИИК, БИК, Кбе), the head —
    then the object where the offence was found, its place, KATO and category; what was found and decided in
    paragraphs, then the payment requisites with the beneficiary's BIN in a table of no role (VI: a quyết định xử
    phạt, the enterprise number repeated in the registration certificate line, the head and the title on their own
    lines, the site last; the treasury's account after)."""
    vi = doc.lang == "vi"
    r = doc.rng
    f = facility(doc)
    n = r.randint(12, 480)
    doc.h(_t(doc, "f2.h").format(n=n))
    if vi:
        doc.p(f"Số: {n}/QĐ-XPHC, ngày 20 tháng 3 năm 2026")
    else:
        doc.p(_date(doc, r.randint(16, 27), 3))
    doc.p(_t(doc, "f2.p1").format(n=n))
    doc.p(_t(doc, "f2.p2"))
    labels = _list(doc, "f2.labels")
    legal = r.choice(_list(doc, "f2.legal"))
    head = r.choice(_list(doc, "f2.head"))
    registered = _date(doc, r.randint(1, 28), r.randint(1, 12), r.randint(2004, 2019))
    if vi:
        cert = f"Số {f['bin']} do Phòng Đăng ký kinh doanh cấp lần đầu ngày {registered}"
        title = "Tổng Giám đốc" if head.startswith("Ông") else "Giám đốc"
        values = [f["operator"], f["bin"], cert, legal, head, title, f["name"], f["address"]]
        out = {"bin": f["bin"], "name_contains": f["name"]}
    else:
        bank, bik = r.choice(BANKS)
        iban = f"KZ{r.randint(10, 99)}{bank}{r.randint(0, 10**13 - 1):013d}"
        requisites = doc.v(f"ИИК {iban}, БИК {bik}, Кбе 17", f"ЖСК {iban}, БСК {bik}, Кбе 17", "")
        category = doc.v(f"{f['cat']} категория", f"{f['cat']} санат", "")
        values = [f["operator"], f["bin"], registered, legal, requisites, head, f["name"], f["address"], f["kato"], category]
        out = {"bin": f["bin"], "name_contains": f["name"], "kato": f["kato"], "category": f["cat"]}
    doc.table(None, [[label, value] for label, value in zip(labels, values, strict=True)], role="facility")
    doc.add("facilities", out)
    d1, d2 = _date(doc, 2, 3), _date(doc, 13, 3)
    doc.p(_t(doc, "f2.p3").format(d1=d1, d2=d2))
    m = r.choice((100, 200, 300))
    doc.p(_t(doc, "f2.p4").format(m=m, s=num(m * 4325, doc.lang) if not vi else num(r.choice((200, 250, 320)) * 10**6, "vi")))
    pay = _t(doc, "f2.pay").format(bin=make_bin(r), n=n)
    doc.table(_t(doc, "f2.pay.caption"), [x.split("|") for x in pay.split(";")], role="other")


# ---------------------------------------------------------------- emissions

TEXT |= {
    "e1.title": ("Информационный бюллетень о состоянии окружающей среды Республики Казахстан за 2025 год",
                 "Қазақстан Республикасы қоршаған ортасының жай-күйі туралы 2025 жылғы ақпараттық бюллетень",
                 "BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 CỦA ỦY BAN NHÂN DÂN TỈNH"),
    "e1.p1": ("Бюллетень подготовлен Министерством экологии и природных ресурсов на основании отчетов операторов по программам "
              "производственного экологического контроля, статистической отчетности по форме 2-ТП (воздух) и результатов "
              "государственного экологического контроля.",
              "Бюллетеньді Экология және табиғи ресурстар министрлігі операторлардың өндірістік экологиялық бақылау "
              "бағдарламалары бойынша есептері, 2-ТП (ауа) нысаны бойынша статистикалық есептілік және мемлекеттік "
              "экологиялық бақылау нәтижелері негізінде дайындады.",
              "(Kèm theo Công văn số {n}/UBND-KT ngày 15 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh)"),
    "e1.h": ("2.1. Выбросы загрязняющих веществ от стационарных источников",
             "2.1. Стационарлық көздерден ластаушы заттар шығарындылары",
             "2.2. Hiện trạng phát sinh khí thải công nghiệp"),
    "e1.p2": ("Основной вклад в загрязнение атмосферного воздуха вносят предприятия горнодобывающей и "
              "перерабатывающей промышленности, энергетики и хранения нефтепродуктов. Фактические выбросы основных "
              "загрязняющих веществ крупными предприятиями за отчетный год приведены в таблице 2.3.",
              "Атмосфералық ауаның ластануына тау-кен өндіру және өңдеу өнеркәсібі, энергетика және мұнай өнімдерін "
              "сақтау кәсіпорындары негізгі үлес қосады. Есепті жылы ірі кәсіпорындардың негізгі ластаушы заттарының нақты "
              "шығарындылары 2.3-кестеде келтірілген.",
              "Trên địa bàn tỉnh hiện có nhiều cơ sở sản xuất công nghiệp phát sinh bụi, khí thải. Tải lượng khí thải ước tính "
              "của một số cơ sở lớn được tổng hợp từ báo cáo công tác bảo vệ môi trường và kết quả quan trắc định kỳ năm 2025 "
              "của các cơ sở như sau:"),
    "e1.head": ("№ п/п|Предприятие (объект)|Фактический выброс за 2025 год, тонн|Всего, тонн",
                "Р/с №|Кәсіпорын (объект)|2025 жылғы нақты шығарынды, тонна|Барлығы, тонна",
                "TT|Tên cơ sở|Tải lượng khí thải (tấn/năm)|Tổng"),
    "e1.total": ("Итого по крупным предприятиям", "Ірі кәсіпорындар бойынша жиыны", "Tổng cộng"),
    "e1.caption": ("Таблица 2.3 – Выбросы основных загрязняющих веществ крупными предприятиями республики",
                   "2.3-кесте – Республиканың ірі кәсіпорындарының негізгі ластаушы заттар шығарындылары",
                   "Bảng 2.3. Tải lượng khí thải ước tính của một số cơ sở sản xuất lớn trên địa bàn tỉnh năm 2025"),
    "e1.after": ("По сравнению с 2024 годом суммарный выброс крупных предприятий снизился на 4,2 % за счет ввода в эксплуатацию "
                 "новых пылегазоочистных установок.",
                 "2024 жылмен салыстырғанда ірі кәсіпорындардың жиынтық шығарындысы жаңа шаң-газ тазарту қондырғыларын "
                 "пайдалануға беру есебінен 4,2 %-ға төмендеді.",
                 "Tải lượng khí thải năm 2025 giảm so với năm 2024 do các cơ sở đã đầu tư cải tạo hệ thống xử lý khí thải."),
}  # fmt: skip
E1_TONNES = {"2908": (40, 26000), "0330": (15, 31000), "0301": (30, 14000), "0337": (60, 42000), "0328": (0.5, 900),
             "2902": (2, 600)}
E1_CODES = {"ru": ("2908", "0330", "0301", "0337", "0328"), "kk": ("2908", "0330", "0301", "0337", "0328"),
            "vi": ("2902", "0330", "0301", "0337")}


def emissions_p1(doc: Doc) -> None:
    """The national bulletin's emissions of the largest enterprises: a row per enterprise (operator and object in one cell), the
    substances as sub-columns of tonnes under a merged `Фактический выброс за 2025 год` with the code after the name,
    a dash where an enterprise emits none, the enterprise's total in the last column and a total row (VI: a
    province's estimated loads in tonnes a year, the pollutants by their formulas)."""
    vi = doc.lang == "vi"
    r = doc.rng
    doc.h(_t(doc, "e1.title"))
    doc.p(_t(doc, "e1.p1").format(n=r.randint(40, 400)))
    doc.h(_t(doc, "e1.h"))
    doc.p(_t(doc, "e1.p2"))
    pool = E1_CODES[doc.lang]
    codes = list(pool) if vi else [*pool[:4], *([pool[4]] if r.random() < 0.5 else [])]
    names = [vocab.air(c, "vi", 1) if c != "2902" else vocab.air(c, "vi", 0) for c in codes] if vi else \
        [f"{vocab.air(c, doc.lang, 1 if doc.lang == 'ru' and c == '2908' else 0)} ({c})" for c in codes]
    lead, who, what, whole = _row(doc, "e1.head")
    rows = [[lead, who, what, *([None] * (len(codes) - 1)), whole], [None, None, *names, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 1 + len(codes)), (0, 2 + len(codes), 1, 2 + len(codes))]
    sums: dict[str, list[float]] = {c: [] for c in codes}
    for k, i in enumerate(sorted(r.sample(range(6), r.randint(3, 4))), 1):
        name, operator, _ = vocab.FACILITIES[doc.lang][i]
        line, mine = [], []
        for c in codes:
            if r.random() < 0.2 and c not in ("0301", "0337"):
                line.append("-" if vi else "–")
                continue
            t_y = rate(r, *E1_TONNES[c], 4)
            line.append(num(t_y, doc.lang))
            sums[c].append(t_y)
            mine.append(t_y)
            doc.add("emissions", emission(c, None, t_y))
        rows.append([str(k), f"{operator} ({name})", *line, total(doc, mine)])
    rows.append(["", _t(doc, "e1.total"), *(total(doc, sums[c]) for c in codes), total(doc, [x for c in codes for x in sums[c]])])
    doc.table(_t(doc, "e1.caption"), rows, merges, role="emissions")
    doc.p(_t(doc, "e1.after"))
    maybe_distractor(doc)


TEXT |= {
    "e2.title": ("Выписка из Государственного регистра выбросов и переноса загрязнителей за 2025 отчетный год",
                 "Ластағыштардың шығарындылары мен тасымалдануының мемлекеттік тіркелімінен 2025 есепті жылға арналған үзінді",
                 "BÁO CÁO KẾT QUẢ KIỂM KÊ KHÍ THẢI CÔNG NGHIỆP NĂM 2025"),
    "e2.p1": ("Регистр ведется уполномоченным органом в области охраны окружающей среды в соответствии со статьей 212 "
              "Экологического кодекса Республики Казахстан. Сведения внесены на основании отчета оператора, представленного "
              "в электронной форме.",
              "Тіркелімді Қазақстан Республикасы Экологиялық кодексінің 212-бабына сәйкес қоршаған ортаны қорғау саласындағы "
              "уәкілетті орган жүргізеді. Мәліметтер оператордың электрондық нысанда ұсынған есебі негізінде енгізілді.",
              "Kính gửi: Sở Nông nghiệp và Môi trường. Thực hiện quy định về kiểm kê khí thải công nghiệp, cơ sở báo cáo kết "
              "quả kiểm kê năm 2025 như sau:"),
    "e2.facts": ("Объект: {name}. Оператор: {operator}. Вид деятельности по приложению 1 к Правилам ведения регистра: {kind}. "
                 "Количество работающих: {staff} чел.",
                 "Объект: {name}. Оператор: {operator}. Тіркелімді жүргізу қағидаларының 1-қосымшасы бойынша қызмет түрі: {kind}. "
                 "Жұмыскерлер саны: {staff} адам.",
                 "Tên cơ sở: {name}. Chủ cơ sở: {operator}. Loại hình sản xuất: {kind}. Số lao động: {staff} người."),
    "e2.kinds": ("добыча и обогащение руд|производство цемента|хранение нефтепродуктов|производство тепловой энергии|"
                 "добыча и обогащение руд|интенсивное выращивание птицы",
                 "кендерді өндіру және байыту|цемент өндірісі|мұнай өнімдерін сақтау|жылу энергиясын өндіру|"
                 "кендерді өндіру және байыту|құсты қарқынды өсіру",
                 "|".join(VI_ACTIVITY)),
    "e2.h": ("Раздел 1. Выбросы загрязнителей в атмосферный воздух", "1-бөлім. Ластағыштардың атмосфералық ауаға шығарындылары",
             "1. Lượng phát thải các chất ô nhiễm vào môi trường không khí"),
    "e2.head": ("№|Номер CAS|Загрязнитель|Общее количество, кг/год|в том числе случайные (аварийные), кг/год|Метод определения",
                "№|CAS нөмірі|Ластағыш|Жалпы мөлшері, кг/жыл|оның ішінде кездейсоқ (авариялық), кг/жыл|Анықтау әдісі",
                "TT|Số CAS|Chất ô nhiễm|Tổng lượng phát thải (kg/năm)|Trong đó phát thải sự cố (kg/năm)|Phương pháp xác định"),
    "e2.note": ("Методы: M – измерение, C – расчет, E – оценка.", "Әдістер: M – өлшеу, C – есептеу, E – бағалау.",
                "Ghi chú: M – đo đạc; C – tính toán; E – ước tính."),
    "e2.after": ("Раздел 2. Перенос отходов за пределы объекта: сведения приведены в отчете по форме раздела 2 и в настоящую выписку не включены.",
                 "2-бөлім. Қалдықтарды объектіден тыс тасымалдау: мәліметтер 2-бөлім нысаны бойынша есепте келтірілген және осы үзіндіге енгізілмеген.",
                 "Cơ sở cam kết số liệu kiểm kê nêu trên là trung thực và chịu trách nhiệm trước pháp luật."),
    "e2.caption": ("Таблица 1", "1-кесте", "Bảng 1. Kết quả kiểm kê khí thải"),
}  # fmt: skip
CAS = {"0301": "10102-44-0", "0330": "7446-09-5", "0337": "630-08-0", "0303": "7664-41-7", "0410": "74-82-8",
       "0602": "71-43-2", "1325": "50-00-0", "0333": "7783-06-4", "0316": "7647-01-0", "0184": "7439-92-1"}
KG = {"0301": (40000, 900000), "0330": (20000, 2500000), "0337": (30000, 700000), "0303": (900, 25000), "0410": (5000, 120000),
      "0602": (200, 9000), "1325": (100, 4000), "0333": (50, 3000), "0316": (300, 12000), "0184": (2, 90)}


def emissions_p2(doc: Doc) -> None:
    """An extract of the pollutant release and transfer register: the facility in the paragraphs, no source numbers;
    `№ | CAS | pollutant | total, кг/год | of it accidental | method`, the method a letter (M, C, E) explained in a
    note row, the accidental column dashes; kilograms a year, so the tonnes are a thousandth (VI: an operator's
    inventory of industrial emissions sent to the province's department, the same columns in Vietnamese)."""
    vi = doc.lang == "vi"
    r = doc.rng
    i = r.randrange(5)  # an industrial site, not the farm
    name, operator, _ = vocab.FACILITIES[doc.lang][i]
    doc.h(_t(doc, "e2.title"))
    doc.p(_t(doc, "e2.p1"))
    doc.p(_t(doc, "e2.facts").format(name=name, operator=operator, kind=_list(doc, "e2.kinds")[i], staff=r.randint(80, 2400)))
    doc.h(_t(doc, "e2.h"))
    pool = [c for c in CAS if c in vocab.air_codes(doc.lang)]
    first = ["0301", "0330", "0337"]
    codes = first + sorted(r.sample([c for c in pool if c not in first], r.randint(2, 3)), key=pool.index)
    rows, merges = [_row(doc, "e2.head")], []
    for k, c in enumerate(codes, 1):
        low, high = KG[c]
        kg = rate(r, low, high, 4)
        method = "M" if c in first and r.random() < 0.7 else r.choice("CE")
        name_c = vocab.air(c, doc.lang, 1 if vi and c in ("0301", "0330", "0337") else 0)
        rows.append([str(k), CAS[c], name_c, num(kg, doc.lang), "–" if not vi else "-", method])
        doc.add("emissions", emission(c, None, round(kg / 1000, 9)))
    _span(rows, merges, _t(doc, "e2.note"))
    doc.table(_t(doc, "e2.caption"), rows, merges, role="emissions")
    doc.p(_t(doc, "e2.after"))


# ---------------------------------------------------------------- wastes

TEXT |= {
    "w1.title": ("Обзор Комитета экологического регулирования и контроля об обращении с отходами за 2025 год",
                 "Экологиялық реттеу және бақылау комитетінің 2025 жылғы қалдықтармен жұмыс туралы шолуы",
                 "BÁO CÁO HIỆN TRẠNG QUẢN LÝ CHẤT THẢI RẮN VÀ CHẤT THẢI NGUY HẠI NĂM 2025"),
    "w1.p1": ("Раздел 4. Обращение с отходами производства и потребления", "4-бөлім. Өндіріс және тұтыну қалдықтарымен жұмыс",
              "Chương 3. TÌNH HÌNH PHÁT SINH, THU GOM, XỬ LÝ CHẤT THẢI NGUY HẠI"),
    "w1.p2": ("По данным отчетов по инвентаризации отходов, представленных операторами в 2026 году, на территории республики "
              "образуется более 40 видов отходов. Ниже приведены сведения по предприятиям, представившим отчеты в "
              "установленный срок; коды указаны по классификатору отходов.",
              "Операторлар 2026 жылы ұсынған қалдықтарды түгендеу жөніндегі есептердің деректері бойынша республика аумағында "
              "қалдықтардың 40-тан астам түрі түзіледі. Төменде есептерді белгіленген мерзімде ұсынған кәсіпорындар бойынша "
              "мәліметтер келтірілген; кодтар қалдықтар сыныптауышы бойынша көрсетілген.",
              "Theo báo cáo công tác bảo vệ môi trường năm 2025 của các cơ sở gửi về Sở, khối lượng chất thải nguy hại phát "
              "sinh tại một số cơ sở lớn trên địa bàn tỉnh như sau:"),
    "w1.head": ("Предприятие|Код отхода|Наименование отхода|Образовано в 2025 году, т|Способ обращения",
                "Кәсіпорын|Қалдық коды|Қалдықтың атауы|2025 жылы түзілді, т|Жұмыс тәсілі",
                "Tên cơ sở|Mã CTNH|Tên chất thải|Khối lượng phát sinh (tấn)|Đơn vị tiếp nhận, xử lý"),
    "w1.ops": ("передано специализированной организации|утилизировано на предприятии|размещено на собственном полигоне",
               "мамандандырылған ұйымға берілді|кәсіпорында кәдеге жаратылды|меншікті полигонда орналастырылды",
               "Công ty TNHH Môi trường Xanh Việt|Công ty Cổ phần Môi trường Đông Dương|Công ty TNHH Xử lý chất thải Sài Gòn Xanh"),
    "w1.total": ("Всего по предприятиям", "Кәсіпорындар бойынша барлығы", "Tổng cộng"),
    "w1.caption": ("Таблица 4.2 – Образование отходов на крупных предприятиях республики",
                   "4.2-кесте – Республиканың ірі кәсіпорындарында қалдықтардың түзілуі",
                   "Bảng 3.2. Khối lượng chất thải nguy hại phát sinh tại một số cơ sở năm 2025"),
    "w1.after": ("Доля переработанных и утилизированных отходов по республике составила 27,4 %.",
                 "Республика бойынша қайта өңделген және кәдеге жаратылған қалдықтардың үлесі 27,4 % құрады.",
                 "Toàn bộ chất thải nguy hại phát sinh đã được chuyển giao cho đơn vị có chức năng xử lý theo quy định."),
}  # fmt: skip


def wastes_p1(doc: Doc) -> None:
    """The ecology committee's review of the wastes of several enterprises: the enterprise merged down the first column over its
    wastes, then the code, the name, the tonnes formed and the way of handling, a total row (VI: a province's report,
    each facility merged down over its hazardous wastes in tonnes, the receiver last)."""
    vi = doc.lang == "vi"
    r = doc.rng
    doc.h(_t(doc, "w1.title"))
    doc.h(_t(doc, "w1.p1"))
    doc.p(_t(doc, "w1.p2"))
    rows, merges, amounts = [_row(doc, "w1.head")], [], []
    ops = _list(doc, "w1.ops")
    for i in sorted(r.sample(range(6), 3)):
        name, operator, _ = vocab.FACILITIES[doc.lang][i]
        start = len(rows)
        label = f"{operator}\n{name}"
        if vi:
            wastes = vn_wastes(doc, r.randint(2, 3))
            for w in wastes:
                rows.append([label if len(rows) == start else None, w["code"], w["name"], num(w["kg"] / 1000, "vi"), r.choice(ops)])
                amounts.append(w["kg"] / 1000)
            expect_vn(doc, wastes)
        else:
            wastes = low_wastes(doc, r.randint(2, 4))
            for w in wastes:
                op = ops[0] if w["hazardous"] else r.choice(ops)
                rows.append([label if len(rows) == start else None, w["code"], w["name"], num(w["t"], doc.lang), op])
                amounts.append(w["t"])
            expect_low(doc, wastes)
        _down(rows, start, 0, merges)
    rows.append([_t(doc, "w1.total"), "", "", num(round(sum(amounts), 4), doc.lang), ""])
    doc.table(_t(doc, "w1.caption"), rows, merges, role="wastes")
    doc.p(_t(doc, "w1.after"))
    maybe_distractor(doc)


TEXT |= {
    "w2.h": ("АКТ о результатах проверки № {n}", "№ {n} тексеру нәтижелері туралы АКТ",
             "BIÊN BẢN KIỂM TRA VIỆC CHẤP HÀNH PHÁP LUẬT VỀ BẢO VỆ MÔI TRƯỜNG"),
    "w2.p1": ("На основании акта о назначении проверки от 27.02.2026 № 41 проведена внеплановая проверка {operator} "
              "(объект: {name}) на предмет соблюдения требований экологического законодательства Республики Казахстан.",
              "27.02.2026 жылғы № 41 тексеруді тағайындау туралы акт негізінде {operator} ({name} объектісі) Қазақстан "
              "Республикасы экологиялық заңнамасының талаптарын сақтауы тұрғысынан жоспардан тыс тексеру жүргізілді.",
              "Thực hiện Quyết định số 41/QĐ-SNNMT ngày 27/02/2026 của Giám đốc Sở Nông nghiệp và Môi trường, Đoàn kiểm tra "
              "đã tiến hành kiểm tra việc chấp hành pháp luật về bảo vệ môi trường tại {name} của {operator}."),
    "w2.p2": ("1. Сведения о проверяемом субъекте указаны в разделе 1 акта. 2. Производственный экологический контроль "
              "осуществляется в соответствии с программой. 3. Нормативы эмиссий соблюдаются.",
              "1. Тексерілетін субъект туралы мәліметтер актінің 1-бөлімінде көрсетілген. 2. Өндірістік экологиялық бақылау "
              "бағдарламаға сәйкес жүзеге асырылады. 3. Эмиссиялар нормативтері сақталады.",
              "I. THÀNH PHẦN ĐOÀN KIỂM TRA: theo Quyết định nêu trên. II. ĐẠI DIỆN CƠ SỞ: Ông Nguyễn Văn An – Trưởng phòng "
              "An toàn – Môi trường."),
    "w2.h2": ("4. Обращение с отходами", "4. Қалдықтармен жұмыс", "III. KẾT QUẢ KIỂM TRA – 3. Quản lý chất thải nguy hại"),
    "w2.p3": ("При осмотре мест накопления отходов установлено следующее (количество определено взвешиванием в присутствии "
              "представителя оператора):",
              "Қалдықтарды жинақтау орындарын қарау кезінде мыналар анықталды (мөлшері оператор өкілінің қатысуымен өлшеу "
              "арқылы анықталды):",
              "Tại thời điểm kiểm tra, cơ sở đang lưu giữ các loại chất thải nguy hại sau (khối lượng do cơ sở cung cấp, Đoàn "
              "kiểm tra ghi nhận):"),
    "w2.head": ("№|Место накопления|Код отхода|Наименование отхода|Фактически накоплено на дату проверки, т|"
                "Дата начала накопления|Соответствие требованиям",
                "№|Жинақтау орны|Қалдық коды|Қалдықтың атауы|Тексеру күніне нақты жинақталды, т|Жинақтаудың басталған күні|"
                "Талаптарға сәйкестігі",
                "TT|Khu vực lưu giữ|Tên chất thải|Mã CTNH|Khối lượng lưu giữ tại thời điểm kiểm tra (kg)|Thời điểm bắt đầu lưu giữ|"
                "Nhận xét của Đoàn kiểm tra"),
    "w2.places": ("закрытый склад опасных отходов|площадка у ремонтно-механического цеха|контейнерная площадка ТБО",
                  "қауіпті қалдықтардың жабық қоймасы|жөндеу-механикалық цех жанындағы алаң|ҚТҚ контейнерлік алаңы",
                  "Kho chất thải nguy hại số 1|Khu vực xưởng cơ khí|Kho chất thải nguy hại số 2"),
    "w2.ok": ("соответствует|нарушение: отсутствует маркировка тары|нарушение: срок накопления превышает шесть месяцев|"
              "нарушение: площадка без твердого покрытия",
              "сәйкес келеді|бұзушылық: ыдыстың таңбасы жоқ|бұзушылық: жинақтау мерзімі алты айдан асады|"
              "бұзушылық: алаңның қатты жабыны жоқ",
              "Đạt yêu cầu|Chưa dán nhãn cảnh báo chất thải nguy hại|Bao bì không kín, có hiện tượng rò rỉ|"
              "Chưa phân loại riêng theo mã chất thải"),
    "w2.caption": ("Таблица 4.1 – Отходы в местах накопления на дату проверки",
                   "4.1-кесте – Тексеру күніне жинақтау орындарындағы қалдықтар",
                   "Bảng 1. Chất thải nguy hại lưu giữ tại cơ sở"),
    "w2.after": ("Выявленные нарушения отражены в предписании об устранении нарушений, выданном одновременно с настоящим актом. "
                 "С актом ознакомлен представитель оператора.",
                 "Анықталған бұзушылықтар осы актімен бір мезгілде берілген бұзушылықтарды жою туралы нұсқамада көрсетілген. "
                 "Актімен оператордың өкілі танысты.",
                 "Đoàn kiểm tra đề nghị cơ sở khắc phục các tồn tại nêu trên và báo cáo kết quả về Sở trước ngày 30/4/2026. "
                 "Biên bản được lập thành 03 bản có giá trị pháp lý như nhau."),
}  # fmt: skip


def wastes_p2(doc: Doc) -> None:
    """An inspection act's wastes found at the places of accumulation on the day of the check: the place written on every
    row (not merged), the code before the name, the tonnes found, the date accumulation began and the inspector's
    finding, between the act's paragraphs (VI: a biên bản kiểm tra, the name before the CTNH code, kilograms)."""
    vi = doc.lang == "vi"
    r = doc.rng
    name, operator, _ = vocab.FACILITIES[doc.lang][r.randrange(6)]
    n = r.randint(11, 96)
    doc.h(_t(doc, "w2.h").format(n=n))
    doc.p(_t(doc, "w2.p1").format(operator=operator, name=name))
    doc.p(_t(doc, "w2.p2"))
    doc.h(_t(doc, "w2.h2"))
    doc.p(_t(doc, "w2.p3"))
    rows = [_row(doc, "w2.head")]
    places, remarks = _list(doc, "w2.places"), _list(doc, "w2.ok")
    if vi:
        wastes = vn_wastes(doc, r.randint(4, 5))
        for k, w in enumerate(wastes, 1):
            since = _date(doc, r.randint(1, 28), r.randint(1, 12), 2025)
            rows.append([str(k), r.choice((places[0], places[2])) if k > 1 else places[0], w["name"], w["code"], num(w["kg"], "vi"),
                         since, r.choice(remarks)])
        doc.table(_t(doc, "w2.caption"), rows, role="wastes")
        expect_vn(doc, wastes)
    else:
        wastes = low_wastes(doc, r.randint(4, 6))
        for k, w in enumerate(wastes, 1):
            if not w["hazardous"]:  # what lies at the place on the day, not a year's amount
                w["t"] = _sig(w["t"] / 25)
            place = places[0] if w["hazardous"] else r.choice(places[1:])
            since = _date(doc, r.randint(1, 28), r.randint(1, 12), 2025)
            rows.append([str(k), place, w["code"], w["name"], num(w["t"], doc.lang), since, r.choice(remarks)])
        doc.table(_t(doc, "w2.caption"), rows, role="wastes")
        expect_low(doc, wastes)
    doc.p(_t(doc, "w2.after"))


# ---------------------------------------------------------------- limits

TEXT |= {
    "l1.h": ("АКТ о результатах проверки № {n}", "№ {n} тексеру нәтижелері туралы АКТ",
             "QUYẾT ĐỊNH Xử phạt vi phạm hành chính"),
    "l1.p1": ("Проверяемый субъект: {operator}. Объект: {name}. Проверка проведена с 02.03.2026 по 13.03.2026 с привлечением "
              "аккредитованной испытательной лаборатории филиала РГП «Информационно-аналитический центр охраны окружающей среды».",
              "Тексерілетін субъект: {operator}. Объект: {name}. Тексеру 02.03.2026 бастап 13.03.2026 дейін «Қоршаған ортаны қорғау "
              "ақпараттық-талдау орталығы» РМК филиалының аккредиттелген сынақ зертханасын тарта отырып жүргізілді.",
              "Điều 1. Xử phạt vi phạm hành chính đối với {operator} (cơ sở: {name}). Hành vi vi phạm: xả nước thải vượt quy "
              "chuẩn kỹ thuật về chất thải. Kết quả phân tích mẫu nước thải do Đoàn kiểm tra lấy ngày 05/3/2026 tại Phụ lục "
              "kèm theo Quyết định này."),
    "l1.h2": ("5. Результаты инструментальных замеров на источниках выбросов",
              "5. Шығарынды көздеріндегі аспаптық өлшеулердің нәтижелері",
              "PHỤ LỤC. KẾT QUẢ PHÂN TÍCH MẪU NƯỚC THẢI"),
    "l1.p2": ("Замеры выполнены на организованных источниках при нагрузке не менее 80 % от номинальной; концентрации приведены "
              "к нормальным условиям. Нормативы приняты по комплексному экологическому разрешению.",
              "Өлшеулер ұйымдастырылған көздерде номиналдықтың кемінде 80 % жүктемесі кезінде орындалды; концентрациялар "
              "қалыпты жағдайларға келтірілген. Нормативтер кешенді экологиялық рұқсат бойынша қабылданды.",
              "(Kèm theo Quyết định số {n}/QĐ-XPHC ngày 20/3/2026)"),
    "l1.head": ("№ ИЗА|Наименование источника|Загрязняющее вещество|Фактическая концентрация, мг/Нм3|"
                "Норматив по КЭР, мг/Нм3|Кратность превышения|Вывод",
                "ЛШК №|Көздің атауы|Ластаушы зат|Нақты концентрациясы, мг/Нм3|КЭР бойынша норматив, мг/Нм3|Асу еселігі|Қорытынды",
                "Vị trí lấy mẫu|TT|Thông số|Đơn vị|Kết quả|QCVN 40:2011/BTNMT (cột B)|Số lần vượt"),
    "l1.verdict": ("соответствует|превышение", "сәйкес келеді|асып кету", ""),
    "l1.note": ("Протокол испытаний № {p} от 16.03.2026. Погрешность измерений не превышает ±20 %.",
                "16.03.2026 жылғы № {p} сынақ хаттамасы. Өлшеу қателігі ±20 %-дан аспайды.",
                "Ghi chú: “-” – không vượt quy chuẩn. Mẫu được phân tích tại Trung tâm Quan trắc tài nguyên và môi trường tỉnh."),
    "l1.points": ("", "", "NT1 – Nước thải sau hệ thống xử lý tập trung|NT2 – Nước thải tại cống xả ra kênh tiếp nhận"),
    "l1.caption": ("Таблица 5.1", "5.1-кесте", "Bảng kết quả phân tích"),
    "l1.after": ("По результатам замеров оператору выдано предписание; материалы направлены для рассмотрения дела об "
                 "административном правонарушении.",
                 "Өлшеулердің нәтижелері бойынша операторға нұсқама берілді; материалдар әкімшілік құқық бұзушылық туралы істі "
                 "қарау үшін жіберілді.",
                 "Giá trị tối đa cho phép được tính với hệ số Kq = 1 và Kf = 1."),
}  # fmt: skip
# index in sources_data.SOURCES: {code: mg/Nm3} — a КЭР's norms at the boiler, the diesel generator and the crusher
STACK_KER = {0: {"0301": 470, "0304": 75, "0330": 1200, "0337": 300}, 1: {"0301": 1800, "0337": 1200, "0304": 290},
             2: {"2908": 50}}


def limits_p1(doc: Doc) -> None:
    """An inspection act's stack measurements: the source's number and name merged down over its substances, the measured
    concentration before the КЭР norm (mg/Nm3), an exceedance ratio and a verdict, a note row with the protocol (VI: a
    fine decision's appendix, waste water at two points merged down the first column, the result before QCVN 40
    column B, an exceedance ratio or a dash)."""
    vi = doc.lang == "vi"
    r = doc.rng
    name, operator, _ = vocab.FACILITIES[doc.lang][r.randrange(6)]
    n = r.randint(11, 96)
    doc.h(_t(doc, "l1.h").format(n=n))
    doc.p(_t(doc, "l1.p1").format(operator=operator, name=name))
    doc.h(_t(doc, "l1.h2"))
    doc.p(_t(doc, "l1.p2").format(n=n))
    rows, merges = [_row(doc, "l1.head")], []
    if vi:
        pool = ["BOD5", "COD", "TSS", "NH4+", "TN", "TP", "TPH", "Fe"]
        m = 0
        for place in _list(doc, "l1.points"):
            point, start = place.split(" ")[0], len(rows)
            for s in ["pH", *sorted(r.sample(pool, 4), key=pool.index)]:
                m += 1
                lim = QCVN40[s][1]
                if isinstance(lim, tuple):
                    value, ratio = round(r.uniform(6.0, 8.9), 1), "-"
                else:
                    value = _sig(lim * r.uniform(0.3, 1.9))
                    ratio = num(round(value / lim, 2), "vi") if value > lim else "-"
                rows.append([place if len(rows) == start else None, str(m), vocab.water(s, "vi"), "-" if s == "pH" else "mg/l",
                             num(value, "vi"), cell(doc, lim), ratio])
                add(doc, limit(("symbol", s), "waste_water", lim, "mg/l", "B", point, value))
            _down(rows, start, 0, merges)
        _span(rows, merges, _t(doc, "l1.note"))
        doc.table(_t(doc, "l1.caption"), rows, merges, role="limits")
        doc.p(_t(doc, "l1.after"))
        return
    first = r.randint(1, 4)
    kinds = [0, *sorted(r.sample((1, 2), r.randint(1, 2)))]
    sources = []
    for k, i in enumerate(kinds):
        norms = STACK_KER[i]
        codes = list(norms) if len(norms) < 3 else sorted(r.sample(list(norms), 3), key=list(norms).index)
        s = Source(f"{first + k:04d}", SOURCES[i][0][vocab.LANGS.index(doc.lang)], True, tuple(codes))
        sources.append(s)
        start = len(rows)
        yes, no = _list(doc, "l1.verdict")
        for c in codes:
            lim = norms[c]
            value = _sig(lim * r.uniform(0.35, 1.5))
            over = value > lim
            lead = [s.number, s.name] if len(rows) == start else [None, None]
            name_c = vocab.air(c, doc.lang, 1 if doc.lang == "ru" and c == "2908" else 0)
            rows.append([*lead, name_c, num(value, doc.lang), num(lim, doc.lang), num(round(value / lim, 2), doc.lang) if over else "–",
                         no if over else yes])
            add(doc, limit(("code", c), "flue_gas", lim, "mg/Nm3", None, s.number, value))
            doc.add("emissions", emission(c, None, None, s.number))
        _down(rows, start, 0, merges)
        _down(rows, start, 1, merges)
    _span(rows, merges, _t(doc, "l1.note").format(p=r.randint(100, 900)))
    doc.table(_t(doc, "l1.caption"), rows, merges, role="limits")
    expect_sources(doc, sources)
    doc.p(_t(doc, "l1.after"))


TEXT |= {
    "l2.title": ("Приложение 3 к комплексному экологическому разрешению. Нормативы допустимых сбросов загрязняющих веществ",
                 "Кешенді экологиялық рұқсатқа 3-қосымша. Ластаушы заттардың жол берілетін төгінділерінің нормативтері",
                 "GIẤY PHÉP MÔI TRƯỜNG"),
    "l2.p1": ("Оператор: {operator}. Объект: {name}. Нормативы установлены на 2026–2035 годы.",
              "Оператор: {operator}. Объект: {name}. Нормативтер 2026–2035 жылдарға белгіленді.",
              "Phụ lục I. NỘI DUNG CẤP PHÉP XẢ NƯỚC THẢI VÀ YÊU CẦU BẢO VỆ MÔI TRƯỜNG ĐỐI VỚI THU GOM, XỬ LÝ NƯỚC THẢI "
              "(Kèm theo Giấy phép môi trường của {operator} – {name})"),
    "l2.p2": ("Выпуск № 1 – очищенные хозяйственно-бытовые сточные воды в пруд-накопитель, расход {q1} м3/ч. "
              "Выпуск № 2 – производственно-ливневые сточные воды после локальных очистных сооружений в пруд-испаритель, расход {q2} м3/ч.",
              "№ 1 шығарылым – тазартылған шаруашылық-тұрмыстық ағынды сулар жинақтаушы тоғанға, шығыны {q1} м3/сағ. "
              "№ 2 шығарылым – жергілікті тазарту құрылыстарынан кейінгі өндірістік-нөсерлік ағынды сулар буландырғыш тоғанға, шығыны {q2} м3/сағ.",
              "1. Nguồn phát sinh nước thải: nguồn số 01 – nước thải sản xuất từ dây chuyền chính; nguồn số 02 – nước thải từ khu vực mài, rửa. "
              "2. Dòng nước thải xả vào nguồn nước tiếp nhận: dòng số 01 (NT1) sau hệ thống xử lý nước thải sản xuất công suất "
              "{q1} m3/ngày.đêm xả ra sông, nguồn nước dùng cho mục đích cấp nước sinh hoạt; dòng số 02 (NT2) sau hệ thống "
              "xử lý nước thải khu vực mài, rửa công suất {q2} m3/ngày.đêm xả ra kênh thủy lợi. "
              "3. Chất lượng nước thải trước khi xả vào nguồn nước tiếp nhận phải bảo đảm đáp ứng yêu cầu về bảo vệ môi "
              "trường (Kq = 1; Kf = 1), cụ thể như sau:"),
    "l2.head": ("№ п/п|Наименование показателя|Выпуск № 1|^|Выпуск № 2|^",
                "Р/с №|Көрсеткіштің атауы|№ 1 шығарылым|^|№ 2 шығарылым|^",
                "TT|Chất ô nhiễm|Đơn vị tính|Giá trị giới hạn cho phép|^"),
    "l2.sub": ("^|^|ДК, мг/дм3|т/год|ДК, мг/дм3|т/год", "^|^|РК, мг/дм3|т/жыл|РК, мг/дм3|т/жыл", "^|^|^|NT1|NT2"),
    "l2.sub2": ("", "", "^|^|^|QCVN 40:2011/BTNMT, cột A|QCVN 40:2011/BTNMT, cột B"),
    "l2.note": ("Примечание: ДК – допустимая концентрация; «–» – показатель на выпуске не нормируется; для водородного "
                "показателя – диапазон в единицах pH.",
                "Ескертпе: РК – рұқсат етілген концентрация; «–» – көрсеткіш шығарылымда нормаланбайды; сутегі көрсеткіші үшін – "
                "pH бірлігіндегі диапазон.",
                "4. Tần suất quan trắc nước thải định kỳ thực hiện theo Phụ lục IV kèm theo Giấy phép này."),
    "l2.caption": ("Таблица 1 – Нормативы допустимых сбросов по выпускам", "1-кесте – Шығарылымдар бойынша жол берілетін төгінділер нормативтері",
                   "Bảng 1. Giá trị giới hạn các chất ô nhiễm theo dòng nước thải"),
}  # fmt: skip
MINE_WATER = {"pH": (6.5, 8.5), "TSS": 15, "SO4": 420, "Cl-": 300, "Fe": 0.3, "Cu": 0.05, "Zn": 0.1, "TPH": 0.1, "NO3-": 40}


def limits_p2(doc: Doc) -> None:
    """A КЭР's discharge norms: the two outlets as column groups, each with `ДК, мг/дм3 | т/год` under it, the outlets
    described in a sentence before, a dash where an outlet does not carry a parameter, pH a range with a dash for its
    mass, a note row (VI: a GPMT's two streams under a three-row header — the limit, the point NT1 / NT2, and the
    QCVN 40 column for each, A for one and B for the other — a unit column)."""
    vi = doc.lang == "vi"
    r = doc.rng
    name, operator, _ = vocab.FACILITIES[doc.lang][r.randrange(6)]
    doc.h(_t(doc, "l2.title"))
    doc.p(_t(doc, "l2.p1").format(operator=operator, name=name))
    if vi:
        q1, q2 = r.choice((300, 450, 600, 1200)), r.choice((30, 45, 60))
        doc.p(_t(doc, "l2.p2").format(q1=num(q1, "vi"), q2=num(q2, "vi")))
        rows = [_row(doc, "l2.head"), _row(doc, "l2.sub"), _row(doc, "l2.sub2")]
        merges = [(0, 0, 2, 0), (0, 1, 2, 1), (0, 2, 2, 2), (0, 3, 0, 4)]
        keys = ["pH", *sorted(r.sample(["BOD5", "COD", "TSS", "NH4+", "TN", "TP", "TPH", "Fe", "Cu", "Zn"], 6), key=list(QCVN40).index)]
        for k, s in enumerate(keys, 1):
            a, b = QCVN40[s]
            rows.append([str(k), vocab.water(s, "vi"), "-" if s == "pH" else "mg/l", cell(doc, a), cell(doc, b)])
            add(doc, limit(("symbol", s), "waste_water", a, "mg/l", "A", "NT1"),
                limit(("symbol", s), "waste_water", b, "mg/l", "B", "NT2"))
        doc.table(_t(doc, "l2.caption"), rows, merges, role="limits")
        doc.p(_t(doc, "l2.note"))
        return
    q1, q2 = r.choice((4.5, 6.2, 8.5, 12.5)), r.choice((35, 48, 60, 120))
    doc.p(_t(doc, "l2.p2").format(q1=num(q1, doc.lang), q2=num(q2, doc.lang)))
    rows = [_row(doc, "l2.head"), _row(doc, "l2.sub")]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 0, 5)]
    domestic = ["pH", *sorted(r.sample(["BOD5", "COD", "TSS", "NH4+", "NO2-", "NO3-", "Surfactants", "Cl-", "TPH"], 4),
                               key=list(DISCHARGE).index)]
    mine = ["pH", *sorted(r.sample(["TSS", "SO4", "Cl-", "Fe", "Cu", "Zn", "TPH", "NO3-"], 4), key=list(MINE_WATER).index)]
    order = list(dict.fromkeys(["pH", *sorted(set(domestic + mine) - {"pH"}, key=lambda s: list(vocab.WATER).index(s))]))
    hours = 8760
    for k, s in enumerate(order, 1):
        line = [str(k), vocab.water(s, doc.lang)]
        for point, flow, table, picked in (("Выпуск № 1", q1, DISCHARGE, domestic), ("Выпуск № 2", q2, MINE_WATER, mine)):
            if s not in picked:
                line += ["–", "–"]
                continue
            lim = table[s]
            mass = "–" if isinstance(lim, tuple) else num(_sig(lim * flow * hours / 1e6, 4), doc.lang)
            line += [cell(doc, lim), mass]
            label = point if doc.lang == "ru" else f"№ {point[-1]} шығарылым"
            add(doc, limit(("symbol", s), "waste_water", lim, "mg/l", None, label))
        rows.append(line)
    _span(rows, merges, _t(doc, "l2.note"))
    doc.table(_t(doc, "l2.caption"), rows, merges, role="limits")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

TEXT |= {
    "m1.title": ("Отчет о состоянии окружающей среды Карагандинской области за 2025 год",
                 "Қарағанды облысының 2025 жылғы қоршаған ортаның жай-күйі туралы есебі",
                 "BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 CỦA ỦY BAN NHÂN DÂN TỈNH"),
    "m1.h": ("1.2. Сеть государственного экологического мониторинга", "1.2. Мемлекеттік экологиялық мониторинг желісі",
             "Phụ lục 3. MẠNG LƯỚI QUAN TRẮC MÔI TRƯỜNG TỈNH NĂM 2026"),
    "m1.p1": ("Наблюдения за состоянием атмосферного воздуха на территории г. Темиртау проводятся филиалом РГП «Казгидромет» на "
              "{n} постах наблюдений, в том числе на автоматических постах с передачей данных в режиме реального времени.",
              "Теміртау қаласы аумағында атмосфералық ауаның жай-күйін бақылауды «Қазгидромет» РМК филиалы {n} бақылау бекетінде, "
              "оның ішінде деректерді нақты уақыт режимінде беретін автоматты бекеттерде жүргізеді.",
              "Chương trình quan trắc môi trường tỉnh giai đoạn 2026–2030 được phê duyệt tại Quyết định số 112/QĐ-UBND. Trung tâm "
              "Quan trắc tài nguyên và môi trường tỉnh thực hiện lấy mẫu tại {n} điểm quan trắc như sau:"),
    "m1.air.head": ("№ поста|Адрес поста|Тип поста|Определяемые примеси|Режим наблюдений",
                    "Бекет №|Бекеттің мекенжайы|Бекет түрі|Анықталатын қоспалар|Бақылау режимі", ""),
    "m1.addr": ("ул. Мира, 41|пр. Республики, 8|ул. Чкалова, 16|11 микрорайон, школа № 24",
                "Бейбітшілік к-сі, 41|Республика даңғылы, 8|Чкалов к-сі, 16|11-шағын аудан, № 24 мектеп", ""),
    "m1.manual": ("ручной отбор проб", "қолмен сынама алу", ""),
    "m1.auto": ("автоматический", "автоматты", ""),
    "m1.daily": ("ежедневно, 3 раза в сутки (07, 13 и 19 ч)", "күн сайын, тәулігіне 3 рет (07, 13 және 19 сағ)", ""),
    "m1.cont": ("непрерывно, осреднение каждые 20 минут", "үздіксіз, әр 20 минут сайын орташалау", ""),
    "m1.air.caption": ("Таблица 1.3 – Посты наблюдений за загрязнением атмосферного воздуха",
                       "1.3-кесте – Атмосфералық ауаның ластануын бақылау бекеттері", ""),
    "m1.p2": ("Наблюдения за качеством поверхностных вод проводятся на реках Нура и Шерубайнура и на Самаркандском водохранилище.",
              "Жерүсті суларының сапасын бақылау Нұра және Шерубайнұра өзендерінде және Самарқанд су қоймасында жүргізіледі.", ""),
    "m1.water.head": ("Водный объект|Створ наблюдений|Определяемые показатели|Количество отборов проб в год",
                      "Су объектісі|Бақылау тұстамасы|Анықталатын көрсеткіштер|Жылына сынама алу саны", ""),
    "m1.rivers": ("р. Нура|р. Шерубайнура|Самаркандское вдхр.", "Нұра өзені|Шерубайнұра өзені|Самарқанд су қоймасы", ""),
    "m1.sections": ("С-1 – 1 км выше г. Темиртау|С-2 – 0,5 км ниже сброса АО «ТЭМК»|С-3 – с. Асыл|С-4 – плотина",
                    "С-1 – Теміртау қ. 1 км жоғары|С-2 – «ТЭМК» АҚ төгіндісінен 0,5 км төмен|С-3 – Асыл а.|С-4 – бөгет", ""),
    "m1.times": ("12 раз в год|4 раза в год|2 раза в год", "жылына 12 рет|жылына 4 рет|жылына 2 рет", "12 đợt/năm|4 đợt/năm|2 đợt/năm"),
    "m1.water.caption": ("Таблица 1.4 – Створы наблюдений за качеством поверхностных вод",
                         "1.4-кесте – Жерүсті суларының сапасын бақылау тұстамалары", ""),
    "m1.vi.head": ("", "", "Thành phần môi trường|TT|Ký hiệu điểm|Vị trí quan trắc|Thông số quan trắc|Tần suất"),
    "m1.vi.media": ("", "", "Không khí xung quanh|Nước mặt|Nước dưới đất"),
    "m1.vi.places": ("", "", "KK-01: Ngã tư trung tâm thành phố|KK-02: Khu công nghiệp phía Bắc, cổng chính|KK-03: Khu dân cư cuối hướng gió|"
                             "NM-01: Sông Cái, cầu Đồng Tiến|NM-02: Sông Cái, hạ lưu điểm xả khu công nghiệp 500 m|NM-03: Hồ Trị An, cửa lấy nước|"
                             "NN-01: Giếng khoan khu dân cư gần bãi chôn lấp|NN-02: Giếng quan trắc khu công nghiệp"),
    "m1.vi.caption": ("", "", "Bảng 3.1. Vị trí, thông số và tần suất quan trắc môi trường tỉnh"),
}  # fmt: skip
MANUAL_AIR = ("2902", "0330", "0301", "0337", "0333", "1325", "0303")
AUTO_AIR = ("0008", "0330", "0301", "0304", "0337")
RIVER = ("TSS", "BOD5", "COD", "NH4+", "NO2-", "NO3-", "TPH", "Phenols", "Cu", "Zn", "DO")
VI_AIR_M = ("2902", "0008", "0330", "0301", "0337")
VI_SURFACE = ("pH", "DO", "TSS", "BOD5", "COD", "NH4+", "NO3-", "TPH", "Coliform")
VI_GROUND = ("pH", "TDS", "NH4+", "NO3-", "Fe", "Mn", "As", "Coliform")
TIMES = ("monthly", "quarterly", "semiannual")


def monitoring_p1(doc: Doc) -> None:
    """The state observation network in a region's annual report: a table of air posts (number, address, type, the
    impurities in one cell, the regime — `ежедневно, 3 раза в сутки` for manual posts, `непрерывно` for automatic),
    then a table of river sections under the water body merged down, the frequency written as `12 раз в год` (VI: a
    province's monitoring programme, the component merged down the first column, points `KK-01: …`, `4 đợt/năm`)."""
    vi = doc.lang == "vi"
    r = doc.rng
    doc.h(_t(doc, "m1.title"))
    doc.h(_t(doc, "m1.h"))
    times = _list(doc, "m1.times")
    if vi:
        places = _list(doc, "m1.vi.places")
        groups = ((places[:3], "code", VI_AIR_M, (0, 1)), (places[3:6], "symbol", VI_SURFACE, (0, 1)), (places[6:], "symbol", VI_GROUND, (1, 2)))
        groups = tuple((group[: r.randint(2, len(group))], *rest) for group, *rest in groups)
        doc.p(_t(doc, "m1.p1").format(n=sum(len(g[0]) for g in groups)))
        rows, merges = [_row(doc, "m1.vi.head")], []
        m = 0
        for medium, (group, key, pool, choices) in zip(_list(doc, "m1.vi.media"), groups, strict=True):
            start = len(rows)
            for place in group:
                m += 1
                code, where = place.split(": ", 1)
                picked = sorted(r.sample(pool, r.randint(4, 5)), key=pool.index)
                said = ", ".join(vocab.air(c, "vi", 0 if c in ("2902", "0008") else 1) if key == "code" else vocab.water(c, "vi")
                                 for c in picked)
                t = r.choice(choices)
                rows.append([medium if len(rows) == start else None, str(m), code, where, said, times[t]])
                doc.add("monitoring", *(_mon({"point_contains": code}, (key, x), TIMES[t]) for x in picked))
            _down(rows, start, 0, merges)
        doc.table(_t(doc, "m1.vi.caption"), rows, merges, role="monitoring")
        maybe_distractor(doc)
        return
    posts = sorted(r.sample(range(1, 9), r.randint(3, 4)))
    doc.p(_t(doc, "m1.p1").format(n=len(posts)))
    rows = [_row(doc, "m1.air.head")]
    addresses = _list(doc, "m1.addr")
    autos = set(r.sample(posts, r.randint(1, 2)))
    for post, where in zip(posts, addresses, strict=False):
        label = doc.v(f"ПНЗ № {post}", f"№ {post} бекет", "")
        auto = post in autos
        pool = AUTO_AIR if auto else [c for c in MANUAL_AIR if c in vocab.air_codes(doc.lang)]
        picked = sorted(r.sample(pool, r.randint(3, 4)), key=pool.index)
        kind = _t(doc, "m1.auto" if auto else "m1.manual")
        rows.append([label, where, kind, _names(doc, picked), _t(doc, "m1.cont" if auto else "m1.daily")])
        word = "continuous" if auto else "daily"
        doc.add("monitoring", *(_mon({"point_contains": label}, ("code", c), word) for c in picked))
    doc.table(_t(doc, "m1.air.caption"), rows, role="monitoring")
    doc.p(_t(doc, "m1.p2"))
    rows, merges = [_row(doc, "m1.water.head")], []
    rivers, sections = _list(doc, "m1.rivers"), _list(doc, "m1.sections")
    plan = ((rivers[0], sections[:2]), (rivers[1], sections[2:3]), (rivers[2], sections[3:]))
    for river, group in plan:
        start = len(rows)
        for section in group:
            picked = sorted(r.sample(RIVER, r.randint(5, 7)), key=RIVER.index)
            t = r.randrange(3) if river != rivers[2] else 1
            rows.append([river if len(rows) == start else None, section, ", ".join(vocab.water(s, doc.lang) for s in picked), times[t]])
            code = section.split(" ")[0]
            doc.add("monitoring", *(_mon({"point_contains": code}, ("symbol", s), TIMES[t]) for s in picked))
        _down(rows, start, 0, merges)
    doc.table(_t(doc, "m1.water.caption"), rows, merges, role="monitoring")
    maybe_distractor(doc)


TEXT |= {
    "m2.title": ("Комплексное экологическое разрешение. Приложение 4. Экологические условия",
                 "Кешенді экологиялық рұқсат. 4-қосымша. Экологиялық шарттар",
                 "QUYẾT ĐỊNH PHÊ DUYỆT KẾT QUẢ THẨM ĐỊNH BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG"),
    "m2.p1": ("Оператор {operator} (объект: {name}) обязан соблюдать следующие экологические условия в части производственного "
              "экологического контроля. Результаты контроля включаются в отчет по программе производственного экологического "
              "контроля.",
              "{operator} операторы ({name} объектісі) өндірістік экологиялық бақылау бөлігінде мынадай экологиялық шарттарды "
              "сақтауға міндетті. Бақылау нәтижелері өндірістік экологиялық бақылау бағдарламасы бойынша есепке енгізіледі.",
              "Điều 1. Phê duyệt kết quả thẩm định báo cáo đánh giá tác động môi trường của dự án {name} của {operator}. "
              "Điều 2. Chủ dự án có trách nhiệm thực hiện chương trình quản lý và giám sát môi trường theo Phụ lục kèm theo."),
    "m2.h": ("Раздел 2. Условия по производственному мониторингу", "2-бөлім. Өндірістік мониторинг бойынша шарттар",
             "Phụ lục. CHƯƠNG TRÌNH GIÁM SÁT MÔI TRƯỜNG TRONG GIAI ĐOẠN VẬN HÀNH"),
    "m2.head": ("№|Экологическое условие|Периодичность|Форма отчетности", "№|Экологиялық шарт|Кезеңділігі|Есептілік нысаны",
                "TT|Nội dung giám sát|Tần suất|Ghi chú"),
    "m2.src": ("Инструментальный контроль выбросов на источнике № {n} «{name}»: {what}.",
               "№ {n} көздегі («{name}») шығарындыларды аспаптық бақылау: {what}.", ""),
    "m2.auto": ("Автоматизированный мониторинг выбросов на источнике № {n} «{name}» с передачей данных в уполномоченный орган: {what}.",
                "№ {n} көздегі («{name}») шығарындыларды деректерді уәкілетті органға бере отырып автоматтандырылған мониторингтеу: {what}.", ""),
    "m2.air": ("Контроль качества атмосферного воздуха на границе санитарно-защитной зоны в точке {p} ({where}): {what}.",
               "Санитариялық-қорғау аймағының шекарасында {p} нүктесінде ({where}) атмосфералық ауа сапасын бақылау: {what}.", ""),
    "m2.wells": ("Контроль подземных вод в наблюдательной скважине {p} ниже по потоку от накопителя: {what}.",
                 "Жинақтауыштан ағыс бойынша төмен {p} бақылау ұңғымасында жерасты суларын бақылау: {what}.", ""),
    "m2.never": ("Не допускать превышения нормативов допустимых выбросов, установленных настоящим разрешением.",
                 "Осы рұқсатпен белгіленген жол берілетін шығарындылар нормативтерінің асып кетуіне жол бермеу.", ""),
    "m2.sides": ("север|юг|восток", "солтүстік|оңтүстік|шығыс", ""),
    "m2.always": ("постоянно", "тұрақты", ""),
    "m2.report": ("отчет по ПЭК|отчет по ПЭК, протоколы испытаний|данные АСМ, отчет по ПЭК",
                  "ӨЭБ бойынша есеп|ӨЭБ бойынша есеп, сынақ хаттамалары|АМЖ деректері, ӨЭБ бойынша есеп", ""),
    "m2.vi.rows": ("", "", "Giám sát nước thải tại điểm NT1 (hố ga sau hệ thống xử lý nước thải tập trung), thông số: {water}|"
                           "Giám sát khí thải tại ống khói lò hơi (KT1), thông số: {gas}|"
                           "Giám sát không khí xung quanh tại điểm KK1 (khu vực cổng nhà máy), thông số: {air}"),
    "m2.vi.note": ("", "", "So sánh QCVN 40:2011/BTNMT, cột A|So sánh QCVN 19:2009/BTNMT, cột B|So sánh QCVN 05:2023/BTNMT"),
    "m2.vi.other": ("", "", "Giám sát chất thải rắn, chất thải nguy hại: khối lượng, chủng loại, hợp đồng chuyển giao"),
    "m2.vi.always": ("", "", "Thường xuyên"),
    "m2.after": ("Условия вступают в силу со дня выдачи разрешения.", "Шарттар рұқсат берілген күннен бастап күшіне енеді.",
                 "Chủ dự án báo cáo kết quả giám sát trong báo cáo công tác bảo vệ môi trường hằng năm."),
}  # fmt: skip
LISTED = {"ru": ("0301", "0304", "0330", "0337"), "kk": ("0301", "0304", "0330", "0337")}
# index in sources_data.SOURCES: (condition, substances, frequency — None: picked —, form of report)
M2_CHECKS = {0: (("m2.auto", ("0301", "0330", "0337"), "continuous", 2), ("m2.src", ("0328", "0304"), None, 1)),
             1: (("m2.src", ("0301", "0304", "0337", "1325"), None, 1),),
             2: (("m2.src", ("2908",), None, 1),),
             4: (("m2.src", ("0616", "0621"), None, 1),)}
M2_OTHER = {"ru": (1, 2, 4), "kk": (1, 4)}  # the Kazakh name of dust has a colon of its own


def monitoring_p2(doc: Doc) -> None:
    """A КЭР's environmental conditions on monitoring written as sentences: each names the source (`№ 0001 «…»`) or the
    point (`Т-1`, a well `Скв-1`) and then, after a colon, the substances; the frequency and the form of report in
    columns of their own; an automated-monitoring condition (continuous) beside the periodic ones, and a condition
    that is no monitoring (`постоянно`) (VI: an ĐTM decision's supervision programme, the point's code in brackets in
    the sentence, a note column naming the QCVN, a row on wastes without parameters)."""
    vi = doc.lang == "vi"
    r = doc.rng
    name, operator, _ = vocab.FACILITIES[doc.lang][r.randrange(6)]
    doc.h(_t(doc, "m2.title"))
    doc.p(_t(doc, "m2.p1").format(operator=operator, name=name))
    doc.h(_t(doc, "m2.h"))
    rows = [_row(doc, "m2.head")]
    if vi:
        water = sorted(r.sample(["pH", "BOD5", "COD", "TSS", "NH4+", "TN", "TP", "TPH"], 5), key=list(QCVN40).index)
        gas = ["2902", *sorted(r.sample(["0330", "0301", "0337"], 2), key=["0330", "0301", "0337"].index)]
        air = ["2902", *sorted(r.sample(["0330", "0301", "0337"], 2), key=["0330", "0301", "0337"].index)]
        texts = _t(doc, "m2.vi.rows").format(water=", ".join(vocab.water(s, "vi") for s in water),
                                             gas=", ".join(vocab.air(c, "vi", 0 if c == "2902" else 1) for c in gas),
                                             air=", ".join(vocab.air(c, "vi", 0 if c == "2902" else 1) for c in air)).split("|")
        words_ = [r.choice(("monthly", "quarterly")), r.choice(("quarterly", "semiannual")), r.choice(("quarterly", "semiannual"))]
        keys = [[("symbol", s) for s in water], [("code", c) for c in gas], [("code", c) for c in air]]
        for k, (text, word, pairs, note) in enumerate(zip(texts, words_, keys, _list(doc, "m2.vi.note"), strict=True), 1):
            rows.append([str(k), text, freq(doc, word), note])
            point = ("NT1", "KT1", "KK1")[k - 1]
            doc.add("monitoring", *(_mon({"point_contains": point}, key, word) for key in pairs))
        rows.append(["4", _t(doc, "m2.vi.other"), _t(doc, "m2.vi.always"), "-"])
        doc.table(None, rows, role="monitoring")
        doc.p(_t(doc, "m2.after"))
        return
    first = r.randint(1, 3)
    reports = _list(doc, "m2.report")
    k, sources = 0, []
    # the boiler with automated monitoring and a periodic check of soot, then one or two other stacks checked by instruments
    kinds = [0, *sorted(r.sample(M2_OTHER[doc.lang], r.randint(1, 2)))]
    for j, i in enumerate(kinds):
        number = f"{first + j:04d}"
        s_name = SOURCES[i][0][vocab.LANGS.index(doc.lang)]
        picked = []
        for template, codes, word, report in M2_CHECKS[i]:
            word = word or r.choice(("quarterly", "semiannual", "yearly"))
            codes = sorted(r.sample(codes, 3), key=codes.index) if len(codes) > 3 else list(codes)
            k += 1
            what = _names(doc, codes, r.randrange(2) if doc.lang == "ru" else 0)
            rows.append([str(k), _t(doc, template).format(n=number, name=s_name, what=what), freq(doc, word), reports[report]])
            doc.add("monitoring", *(_mon({"source_number": number}, ("code", c), word) for c in codes))
            picked += codes
        sources.append(Source(number, s_name, True, tuple(picked)))
        doc.add("emissions", *(emission(c, None, None, number) for c in picked))
    pool = LISTED[doc.lang]
    sides = _list(doc, "m2.sides")
    for p, side in zip(("Т-1", "Т-2"), r.sample(sides, 2), strict=True):
        codes = sorted(r.sample(pool[:4], 3), key=pool.index)
        word = r.choice(("quarterly", "semiannual"))
        k += 1
        rows.append([str(k), _t(doc, "m2.air").format(p=p, where=side, what=_names(doc, codes, 1 if doc.lang == "ru" else 0)),
                     freq(doc, word), reports[0]])
        doc.add("monitoring", *(_mon({"point_contains": p}, ("code", c), word) for c in codes))
    ground = sorted(r.sample(["pH", "TDS", "Cl-", "SO4", "NO3-", "TPH", "Fe"], 4), key=["pH", "TDS", "Cl-", "SO4", "NO3-", "TPH", "Fe"].index)
    word = r.choice(("quarterly", "semiannual"))
    k += 1
    rows.append([str(k), _t(doc, "m2.wells").format(p="Скв-1", what=", ".join(vocab.water(s, doc.lang) for s in ground)),
                 freq(doc, word), reports[1]])
    doc.add("monitoring", *(_mon({"point_contains": "Скв-1"}, ("symbol", s), word) for s in ground))
    k += 1
    rows.append([str(k), _t(doc, "m2.never"), _t(doc, "m2.always"), "–"])
    doc.table(None, rows, role="monitoring")
    expect_sources(doc, sources)
    doc.p(_t(doc, "m2.after"))


# ---------------------------------------------------------------- inspections

TEXT |= {
    "i1.title": ("Приложение 6 к комплексному экологическому разрешению. Требования к организации внутренних проверок",
                 "Кешенді экологиялық рұқсатқа 6-қосымша. Ішкі тексерулерді ұйымдастыруға қойылатын талаптар",
                 "GIẤY PHÉP MÔI TRƯỜNG. Phụ lục V. YÊU CẦU VỀ TỰ KIỂM TRA, GIÁM SÁT NỘI BỘ"),
    "i1.p1": ("В соответствии со статьей 182 Экологического кодекса Республики Казахстан оператор {operator} проводит внутренние "
              "проверки соблюдения экологического законодательства. Объекты проверки распределены по группам в зависимости "
              "от риска загрязнения окружающей среды; для каждой группы установлена наименьшая периодичность проверок.",
              "Қазақстан Республикасы Экологиялық кодексінің 182-бабына сәйкес {operator} операторы экологиялық заңнаманың "
              "сақталуына ішкі тексерулер жүргізеді. Тексеру объектілері қоршаған ортаның ластану қаупіне байланысты топтарға "
              "бөлінген; әр топ үшін тексерулердің ең аз кезеңділігі белгіленген.",
              "{operator} có trách nhiệm tổ chức tự kiểm tra việc thực hiện các yêu cầu về bảo vệ môi trường tại các khu vực "
              "của cơ sở. Các khu vực được phân nhóm theo mức độ rủi ro; tần suất kiểm tra tối thiểu của từng nhóm như sau:"),
    "i1.head": ("№|Объект проверки|Предмет проверки|Проверяющий|Оформление результатов",
                "№|Тексеру объектісі|Тексеру мәні|Тексеруші|Нәтижелерді ресімдеу",
                "TT|Khu vực kiểm tra|Nội dung kiểm tra|Người kiểm tra|Hồ sơ"),
    "i1.group": ("Группа {g} – {risk}. Проверка {often}", "{g} тобы – {risk}. Тексеру {often}", "Nhóm {g} – {risk}. Kiểm tra {often}"),
    "i1.risks": ("высокий риск загрязнения|средний риск загрязнения|низкий риск загрязнения",
                 "ластанудың жоғары қаупі|ластанудың орташа қаупі|ластанудың төмен қаупі",
                 "nguy cơ ô nhiễm cao|nguy cơ ô nhiễm trung bình|nguy cơ ô nhiễm thấp"),
    "i1.letters": ("А|Б|В", "А|Б|В", "I|II|III"),
    "i1.subjects": ("состояние оборудования и герметичность|ведение журналов и паспортов|обращение с отходами и маркировка тары|"
                    "соблюдение нормативов и режимов работы",
                    "жабдықтың жай-күйі және саңылаусыздығы|журналдар мен паспорттарды жүргізу|қалдықтармен жұмыс және ыдыс таңбасы|"
                    "нормативтер мен жұмыс режимдерінің сақталуы",
                    "Tình trạng thiết bị, rò rỉ|Ghi chép sổ nhật ký vận hành|Phân loại, lưu giữ chất thải|Tuân thủ quy trình vận hành"),
    "i1.who": ("инженер-эколог|главный эколог|комиссия по приказу директора",
               "инженер-эколог|бас эколог|директордың бұйрығы бойынша комиссия",
               "Cán bộ môi trường|Trưởng phòng An toàn – Môi trường|Tổ kiểm tra nội bộ"),
    "i1.record": ("акт внутренней проверки|запись в журнале внутренних проверок",
                  "ішкі тексеру актісі|ішкі тексерулер журналындағы жазба", "Biên bản kiểm tra|Sổ theo dõi kiểm tra"),
    "i1.after": ("Результаты внутренних проверок хранятся не менее пяти лет и представляются по запросу уполномоченного органа.",
                 "Ішкі тексерулердің нәтижелері кемінде бес жыл сақталады және уәкілетті органның сұрауы бойынша ұсынылады.",
                 "Hồ sơ tự kiểm tra được lưu giữ tại cơ sở và xuất trình khi cơ quan có thẩm quyền yêu cầu."),
}  # fmt: skip
AT_LEAST = {
    "ru": {"weekly": "не реже одного раза в неделю", "monthly": "не реже одного раза в месяц",
           "quarterly": "не реже одного раза в квартал", "semiannual": "не реже одного раза в полугодие", "yearly": "не реже одного раза в год"},
    "kk": {"weekly": "аптасына кемінде бір рет", "monthly": "айына кемінде бір рет", "quarterly": "тоқсанына кемінде бір рет",
           "semiannual": "жарты жылда кемінде бір рет", "yearly": "жылына кемінде бір рет"},
    "vi": {"weekly": "tối thiểu 01 lần/tuần", "monthly": "tối thiểu 01 lần/tháng", "quarterly": "tối thiểu 01 lần/quý",
           "semiannual": "tối thiểu 01 lần/6 tháng", "yearly": "tối thiểu 01 lần/năm"},
}
# the risk of each unit of vocab.UNITS, in their order: 0 high, 1 middle, 2 low
RISK = {"ru": (0, 0, 1, 1, 0, 0, 2, 1), "kk": (0, 0, 1, 1, 0, 0, 2, 2), "vi": (0, 0, 1, 0, 0, 1, 1, 2)}
I1_PLANS = (("weekly", "monthly", "quarterly"), ("monthly", "quarterly", "semiannual"), ("monthly", "quarterly", "yearly"))


def inspections_p1(doc: Doc) -> None:
    """A КЭР annex: group rows spanning the table name the risk group and the least frequency of its checks in words
    (`Группа А – высокий риск загрязнения. Проверка не реже одного раза в месяц`), the units of each group under it
    numbered 1.1, 2.1 …, what is checked, who checks and the record; no frequency column (VI: a GPMT's annex with
    `Nhóm I – … Kiểm tra tối thiểu 01 lần/tháng`)."""
    r = doc.rng
    name, operator, _ = vocab.FACILITIES[doc.lang][r.randrange(6)]
    doc.h(_t(doc, "i1.title"))
    doc.p(_t(doc, "i1.p1").format(operator=operator, name=name))
    rows, merges = [_row(doc, "i1.head")], []
    plan = r.choice(I1_PLANS)
    picked = sorted(units(doc, 6), key=lambda u: RISK[doc.lang][vocab.UNITS[doc.lang].index(u)])
    counts = [2, 2, 2] if r.random() < 0.5 else [3, 2, 1]
    subjects, who, record = _list(doc, "i1.subjects"), _list(doc, "i1.who"), _list(doc, "i1.record")
    at = 0
    for g, (letter, risk, word, count) in enumerate(zip(_list(doc, "i1.letters"), _list(doc, "i1.risks"), plan, counts, strict=True), 1):
        _span(rows, merges, _t(doc, "i1.group").format(g=letter, risk=risk, often=AT_LEAST[doc.lang][word]))
        for m, unit in enumerate(picked[at : at + count], 1):
            rows.append([f"{g}.{m}", unit, r.choice(subjects), who[g - 1], record[0 if g < 3 else 1]])
            doc.add("obligations", inspection(unit, word))
        at += count
    doc.table(None, rows, merges, role="inspections")
    doc.p(_t(doc, "i1.after"))
    maybe_distractor(doc)


TEXT |= {
    "i2.title": ("Информация об исполнении предписания № 08-12/{n} от 20.03.2026",
                 "20.03.2026 жылғы № 08-12/{n} нұсқаманың орындалуы туралы ақпарат",
                 "BÁO CÁO KẾT QUẢ KHẮC PHỤC CÁC TỒN TẠI THEO KẾT LUẬN KIỂM TRA SỐ {n}/KL-SNNMT"),
    "i2.p1": ("Руководителю территориального департамента экологии. {operator} (объект: {name}) сообщает об "
              "исполнении пункта 3 предписания «Организовать регулярные обходы производственных участков с фиксацией "
              "результатов». Приказом директора утвержден график обходов:",
              "Аумақтық экология департаментінің басшысына. {operator} ({name} объектісі) нұсқаманың "
              "«Өндірістік учаскелерді нәтижелерін тіркей отырып тұрақты аралауды ұйымдастыру» деген 3-тармағының орындалуы "
              "туралы хабарлайды. Директордың бұйрығымен аралау кестесі бекітілді:",
              "Kính gửi: Sở Nông nghiệp và Môi trường. Thực hiện yêu cầu tại mục 3 Kết luận kiểm tra về việc tổ chức kiểm tra "
              "định kỳ tại các khu vực sản xuất, {operator} ({name}) đã ban hành lịch kiểm tra nội bộ như sau:"),
    "i2.head": ("№|Производственный участок|Дни обхода|^|^|^|^|Ответственный",
                "№|Өндірістік учаске|Аралау күндері|^|^|^|^|Жауапты",
                "TT|Khu vực|Ngày kiểm tra trong tuần|^|^|^|^|^|Người thực hiện"),
    "i2.days": ("^|^|Пн|Вт|Ср|Чт|Пт|^", "^|^|Дс|Сс|Ср|Бс|Жм|^", "^|^|Thứ 2|Thứ 3|Thứ 4|Thứ 5|Thứ 6|Thứ 7|^"),
    "i2.who": ("инженер-эколог Ахметова Д.С.|мастер участка|начальник смены",
               "инженер-эколог Ахметова Д.С.|учаске шебері|ауысым бастығы",
               "Cán bộ môi trường|Quản đốc phân xưởng|Trưởng ca"),
    "i2.legend": ("«х» – день проведения обхода. Результаты обходов фиксируются в журнале обходов, нарушения – в акте.",
                  "«х» – аралау жүргізілетін күн. Аралау нәтижелері аралау журналында, бұзушылықтар актіде тіркеледі.",
                  "Ghi chú: “x” – ngày thực hiện kiểm tra. Kết quả kiểm tra được ghi vào sổ nhật ký."),
    "i2.after": ("Приложение: копия приказа № 54-П от 28.03.2026 на 2 листах.", "Қосымша: 28.03.2026 жылғы № 54-Б бұйрықтың көшірмесі 2 парақта.",
                 "Hồ sơ kèm theo: Quyết định số 54/QĐ-CT ngày 28/3/2026 của Giám đốc công ty."),
}  # fmt: skip


def inspections_p2(doc: Doc) -> None:
    """An operator's information on a prescription's execution sent to the department: a schedule of rounds with a
    column per weekday under a merged `Дни обхода`, `х` on the days of the round — every working day or one day a
    week — and who goes round; no frequency column, a legend line under it (VI: a report on the execution of an
    inspection's conclusions, Monday to Saturday)."""
    vi = doc.lang == "vi"
    r = doc.rng
    name, operator, _ = vocab.FACILITIES[doc.lang][r.randrange(6)]
    doc.h(_t(doc, "i2.title").format(n=r.randint(40, 400)))
    doc.p(_t(doc, "i2.p1").format(operator=operator, name=name))
    days = 6 if vi else 5
    rows = [_row(doc, "i2.head"), _row(doc, "i2.days")]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 1 + days), (0, 2 + days, 1, 2 + days)]
    mark = "x" if vi else "х"
    picked = units(doc, r.randint(4, 5))
    plan = ["daily", "weekly", *(r.choice(("daily", "weekly")) for _ in picked[2:])]
    r.shuffle(plan)
    who = _list(doc, "i2.who")
    for k, (unit, word) in enumerate(zip(picked, plan, strict=True), 1):
        day = r.randrange(days)
        marks = [mark if word == "daily" or d == day else "" for d in range(days)]
        rows.append([str(k), unit, *marks, who[0] if word == "weekly" else r.choice(who[1:])])
        doc.add("obligations", inspection(unit, word))
    doc.table(None, rows, merges, role="inspections")
    doc.p(_t(doc, "i2.legend"))
    doc.p(_t(doc, "i2.after"))


# ---------------------------------------------------------------- tasks

TEXT |= {
    "t1.title": ("Комплексный план мероприятий по снижению загрязнения атмосферного воздуха на 2026–2028 годы",
                 "2026–2028 жылдарға арналған атмосфералық ауаның ластануын азайту жөніндегі іс-шаралардың кешенді жоспары",
                 "QUYẾT ĐỊNH Ban hành danh sách cơ sở gây ô nhiễm môi trường nghiêm trọng và biện pháp xử lý"),
    "t1.p1": ("Утвержден приказом Министра экологии и природных ресурсов Республики Казахстан от 14 января 2026 года № 04. План "
              "разработан Комитетом экологического регулирования и контроля совместно с местными исполнительными органами с "
              "учетом предложений предприятий, являющихся основными источниками загрязнения.",
              "Қазақстан Республикасы Экология және табиғи ресурстар министрінің 2026 жылғы 14 қаңтардағы № 04 бұйрығымен бекітілген. "
              "Жоспарды Экологиялық реттеу және бақылау комитеті жергілікті атқарушы органдармен бірлесіп, негізгі ластау көздері "
              "болып табылатын кәсіпорындардың ұсыныстарын ескере отырып әзірледі.",
              "Điều 1. Ban hành kèm theo Quyết định này danh sách cơ sở gây ô nhiễm môi trường nghiêm trọng trên địa bàn tỉnh "
              "và biện pháp xử lý. Điều 2. Chủ cơ sở có trách nhiệm thực hiện các biện pháp xử lý trong thời hạn quy định; Sở "
              "Nông nghiệp và Môi trường kiểm tra, giám sát và báo cáo Ủy ban nhân dân tỉnh."),
    "t1.head": ("№ п/п|Мероприятие|Срок исполнения|Исполнитель|Ожидаемый результат|Контроль исполнения",
                "Р/с №|Іс-шара|Орындау мерзімі|Орындаушы|Күтілетін нәтиже|Орындалуын бақылау",
                "TT|Biện pháp xử lý|Thời hạn hoàn thành|Cơ sở thực hiện|Kết quả cần đạt|Cơ quan kiểm tra, giám sát"),
    "t1.control": ("территориальный департамент экологии", "аумақтық экология департаменті",
                   "Sở Nông nghiệp và Môi trường"),
    "t1.caption": ("Таблица 1. Мероприятия предприятий", "1-кесте. Кәсіпорындардың іс-шаралары",
                   "Danh sách cơ sở gây ô nhiễm môi trường nghiêm trọng và biện pháp xử lý"),
    "t1.after": ("Исполнители ежеквартально, до 10 числа месяца, следующего за отчетным кварталом, представляют информацию о ходе "
                 "исполнения в Департамент экологии.",
                 "Орындаушылар тоқсан сайын, есепті тоқсаннан кейінгі айдың 10-ына дейін орындалу барысы туралы ақпаратты Экология "
                 "департаментіне ұсынады.",
                 "Quá thời hạn nêu trên, cơ sở không hoàn thành biện pháp xử lý sẽ bị xử lý theo quy định của pháp luật."),
}  # fmt: skip
# per facility of vocab.FACILITIES: (measure, term, expected result) — RU, KK, VI
MEASURES = {
    "ru": (
        (("Орошение внутрикарьерных автодорог в теплый период года", "2026–2028 гг., ежегодно", "снижение пыления на 40 %"),
         ("Рекультивация отработанного отвала вскрышных пород № 1", "до 31.10.2027", "восстановление 12 га земель")),
        (("Замена электрофильтра вращающейся печи № 2 на рукавный фильтр", "до 31.12.2026", "снижение выбросов пыли на 85 %"),
         ("Аспирация узлов пересыпки клинкера", "II квартал 2027 г.", "снижение неорганизованных выбросов пыли")),
        (("Оснащение резервуаров РВС-2000 понтонами", "до 30.09.2026", "сокращение потерь паров нефтепродуктов"),
         ("Установка системы улавливания паров на эстакаде налива", "до 31.12.2027", "снижение выбросов углеводородов")),
        (("Перевод котельной с угля на природный газ", "до 01.10.2027", "исключение выбросов золы и сажи"),
         ("Реконструкция золоулавливающей установки котла № 2", "до 30.09.2026", "степень очистки не менее 98 %")),
        (("Установка рукавных фильтров на участке дробления руды", "до 31.12.2026", "снижение выбросов пыли на 70 %"),
         ("Пылеподавление пляжей хвостохранилища", "2026–2028 гг., май–сентябрь", "снижение пыления с поверхности")),
        (("Установка биофильтров на вытяжной вентиляции птичников", "до 31.12.2027", "снижение выбросов аммиака"),
         ("Строительство цеха переработки помета", "до 31.12.2028", "исключение открытого хранения помета")),
    ),
    "kk": (
        (("Жылы кезеңде карьер ішіндегі автожолдарды суару", "2026–2028 жж., жыл сайын", "шаңдануды 40 %-ға азайту"),
         ("№ 1 аршылған жыныстар үйіндісін рекультивациялау", "31.10.2027 дейін", "12 га жерді қалпына келтіру")),
        (("№ 2 айналмалы пештің электрсүзгісін жеңді сүзгіге ауыстыру", "31.12.2026 дейін", "шаң шығарындыларын 85 %-ға азайту"),
         ("Клинкерді төгу тораптарының аспирациясы", "2027 ж. II тоқсан", "ұйымдастырылмаған шаң шығарындыларын азайту")),
        (("РВС-2000 резервуарларын понтондармен жарақтандыру", "30.09.2026 дейін", "мұнай өнімдері буларының шығынын азайту"),
         ("Құю эстакадасында буларды ұстау жүйесін орнату", "31.12.2027 дейін", "көмірсутектер шығарындыларын азайту")),
        (("Қазандықты көмірден табиғи газға көшіру", "01.10.2027 дейін", "күл мен күйе шығарындыларын болдырмау"),
         ("№ 2 қазандықтың күл ұстағыш қондырғысын реконструкциялау", "30.09.2026 дейін", "тазарту дәрежесі кемінде 98 %")),
        (("Кенді ұсату учаскесіне жеңді сүзгілер орнату", "31.12.2026 дейін", "шаң шығарындыларын 70 %-ға азайту"),
         ("Қалдық қоймасының жағажайларын шаңсыздандыру", "2026–2028 жж., мамыр–қыркүйек", "беттен шаңдануды азайту")),
        (("Құс қораларының сору желдеткішіне биосүзгілер орнату", "31.12.2027 дейін", "аммиак шығарындыларын азайту"),
         ("Саңғырықты қайта өңдеу цехын салу", "31.12.2028 дейін", "саңғырықты ашық сақтауды болдырмау")),
    ),
    "vi": (
        (("Lắp đặt hệ thống thu gom, xử lý hơi dung môi tại khu vực in bằng than hoạt tính", "Trước ngày 31/12/2026",
          "Khí thải đạt QCVN 20:2009/BTNMT"),
         ("Cải tạo hệ thống xử lý nước thải sản xuất, nâng công suất lên 150 m3/ngày.đêm", "Quý II/2027", "Nước thải đạt QCVN 40:2011/BTNMT, cột B")),
        (("Nâng cấp hệ thống xử lý nước thải chế biến thủy sản", "Trước ngày 30/9/2026", "Nước thải đạt QCVN 11-MT:2015/BTNMT, cột A"),
         ("Lắp đặt hệ thống khử mùi tại khu vực tiếp nhận nguyên liệu", "Quý IV/2026", "Không phát sinh mùi ra khu dân cư")),
        (("Lắp đặt hệ thống lọc bụi túi vải cho tháp sấy phun", "Trước ngày 31/12/2026", "Bụi đạt QCVN 19:2009/BTNMT, cột B"),
         ("Lắp đặt hệ thống xử lý khí thải lò nung bằng dung dịch sữa vôi", "Quý III/2027", "Khí thải đạt quy chuẩn")),
        (("Xây dựng bổ sung bể điều hòa và cụm xử lý màu nước thải nhuộm", "Trước ngày 30/6/2027", "Nước thải đạt QCVN 13-MT:2015/BTNMT"),
         ("Lắp đặt trạm quan trắc nước thải tự động, liên tục", "Quý IV/2026", "Truyền số liệu về Sở")),
        (("Bổ sung công đoạn xử lý hóa lý cho hệ thống xử lý nước thải", "Trước ngày 31/12/2026", "Nước thải đạt QCVN 12-MT:2015/BTNMT"),
         ("Nạo vét, xử lý bùn tồn đọng tại hồ sinh học", "Quý II/2026", "Không còn bùn tồn đọng")),
        (("Xây dựng bổ sung hầm biogas và hồ sinh học", "Trước ngày 30/9/2026", "Nước thải đạt QCVN 62-MT:2016/BTNMT"),
         ("Thu gom, xử lý chất thải rắn chăn nuôi thành phân hữu cơ", "Quý I/2027", "Không phát sinh mùi hôi")),
    ),
}


def tasks_p1(doc: Doc) -> None:
    """The ministry's comprehensive plan to cut air pollution: measures of several enterprises, each enterprise (operator and
    object on two lines) merged down the executor column over its measures, numbered straight through, the term
    before it, the expected result and the controlling body after it (the same department on every row, not the
    executor) (VI: a province's decision listing seriously polluting facilities with their measures)."""
    vi = doc.lang == "vi"
    r = doc.rng
    doc.h(_t(doc, "t1.title"))
    if vi:
        doc.p(f"Số: {r.randint(100, 900)}/QĐ-UBND")
    doc.p(_t(doc, "t1.p1"))
    rows, merges = [_row(doc, "t1.head")], []
    control = _t(doc, "t1.control")
    k = 0
    for i in sorted(r.sample(range(6), r.randint(3, 4))):
        name, operator, _ = vocab.FACILITIES[doc.lang][i]
        start = len(rows)
        for text, term, result in MEASURES[doc.lang][i][: r.randint(1, 2)]:
            k += 1
            rows.append([str(k), text, term, f"{operator}\n{name}" if len(rows) == start else None, result, control])
            doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": words(text), "actor_contains": operator})
        _down(rows, start, 3, merges)
    doc.table(_t(doc, "t1.caption"), rows, merges, role="tasks")
    doc.p(_t(doc, "t1.after"))
    maybe_distractor(doc)


TEXT |= {
    "t2.h": ("АКТ о результатах проверки исполнения предписания", "Нұсқаманың орындалуын тексеру нәтижелері туралы АКТ",
             "THÔNG BÁO Kết quả kiểm tra việc thực hiện Kết luận kiểm tra về bảo vệ môi trường"),
    "t2.p1": ("Территориальным департаментом экологии с 06.07.2026 по 10.07.2026 проведена внеплановая проверка "
              "исполнения предписания № 08-12/{n} от 20.03.2026, выданного {operator} (объект: {name}). Проверка проведена "
              "на основании представленных оператором документов и посещения объекта.",
              "Аумақтық экология департаменті 06.07.2026 бастап 10.07.2026 дейін {operator} ({name} объектісі) "
              "берілген 20.03.2026 жылғы № 08-12/{n} нұсқаманың орындалуына жоспардан тыс тексеру жүргізді. Тексеру оператор "
              "ұсынған құжаттар және объектіге бару негізінде жүргізілді.",
              "Ngày 08/7/2026, Sở Nông nghiệp và Môi trường đã kiểm tra việc thực hiện Kết luận kiểm tra số {n}/KL-SNNMT "
              "ngày 20/3/2026 đối với {name} của {operator}. Kết quả như sau:"),
    "t2.head": ("№|Требование предписания|Срок исполнения по предписанию|Результат исполнения (подтверждающие документы)|"
                "Отметка|Продленный срок",
                "№|Нұсқаманың талабы|Нұсқама бойынша орындау мерзімі|Орындау нәтижесі (растайтын құжаттар)|Белгі|Ұзартылған мерзім",
                "TT|Nội dung yêu cầu tại Kết luận kiểm tra|Thời hạn|Kết quả thực hiện của cơ sở|Đánh giá|Thời hạn gia hạn"),
    "t2.marks": ("исполнено|не исполнено|исполнено частично", "орындалды|орындалмады|ішінара орындалды",
                 "Đã hoàn thành|Chưa hoàn thành|Hoàn thành một phần"),
    "t2.after": ("В связи с неисполнением предписания в установленный срок в отношении оператора возбуждено дело об "
                 "административном правонарушении по статье 462 КоАП РК. Сроки исполнения невыполненных требований продлены "
                 "до дат, указанных в таблице.",
                 "Нұсқама белгіленген мерзімде орындалмағандықтан оператордың әкімшілік құқық бұзушылық туралы ҚР ӘҚБтК-нің "
                 "462-бабы бойынша іс қозғалды. Орындалмаған талаптардың мерзімдері кестеде көрсетілген күндерге дейін ұзартылды.",
                 "Đề nghị cơ sở hoàn thành các nội dung chưa thực hiện trong thời hạn gia hạn và báo cáo kết quả bằng văn bản về Sở."),
}  # fmt: skip
TEXT |= {
    "t2.who.caption": ("Проверку провели:", "Тексеруді жүргізгендер:", "Đại diện Đoàn kiểm tra:"),
    "t2.who": ("Должность|Ф.И.О.|Подпись;Главный специалист – государственный экологический инспектор|Омаров Т.К.|;"
               "Ведущий специалист – государственный экологический инспектор|Жунусова А.Е.|",
               "Лауазымы|Аты-жөні|Қолы;Бас маман – мемлекеттік экологиялық инспектор|Омаров Т.Қ.|;"
               "Жетекші маман – мемлекеттік экологиялық инспектор|Жүнісова А.Е.|",
               "Chức vụ|Họ và tên|Chữ ký;Phó Chi cục trưởng Chi cục Bảo vệ môi trường|Phạm Văn Dũng|;"
               "Chuyên viên Phòng Môi trường|Nguyễn Thị Thu Hà|"),
}  # fmt: skip
# (requirement, term, what was done if done, what was found if not, new term)
REQUIREMENTS = {
    "ru": (
        ("Разработать и утвердить программу производственного экологического контроля на 2026–2028 годы", "до 01.06.2026",
         "программа утверждена приказом № 112-П от 20.05.2026", "программа не представлена", "до 01.09.2026"),
        ("Оборудовать площадку накопления отходов твердым водонепроницаемым покрытием и навесом", "до 30.06.2026",
         "работы выполнены, акт приемки от 25.06.2026", "работы выполнены на 60 %, представлен договор подряда", "до 15.08.2026"),
        ("Провести инвентаризацию источников выбросов загрязняющих веществ после реконструкции цеха", "до 01.07.2026",
         "отчет об инвентаризации представлен 28.06.2026", "инвентаризация не проведена", "до 01.10.2026"),
        ("Установить прибор учета объема сбрасываемых сточных вод на выпуске № 1", "до 01.07.2026",
         "расходомер установлен, акт ввода в эксплуатацию от 26.06.2026", "прибор учета не установлен", "до 01.09.2026"),
        ("Заключить договор на передачу отработанных ртутьсодержащих ламп специализированной организации", "до 15.04.2026",
         "договор № 18/26 от 02.04.2026", "договор не представлен", "до 31.07.2026"),
        ("Организовать ведение журнала учета работы пылегазоочистного оборудования", "до 01.05.2026",
         "журнал ведется с 15.04.2026", "журнал не ведется", "до 31.07.2026"),
    ),
    "kk": (
        ("2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасын әзірлеу және бекіту", "01.06.2026 дейін",
         "бағдарлама 20.05.2026 жылғы № 112-Б бұйрықпен бекітілді", "бағдарлама ұсынылмады", "01.09.2026 дейін"),
        ("Қалдықтарды жинақтау алаңын су өткізбейтін қатты жабынмен және қалқамен жабдықтау", "30.06.2026 дейін",
         "жұмыстар орындалды, 25.06.2026 жылғы қабылдау актісі", "жұмыстар 60 %-ға орындалды, мердігерлік шарт ұсынылды", "15.08.2026 дейін"),
        ("Цехты реконструкциялаудан кейін ластаушы заттар шығарындыларының көздеріне түгендеу жүргізу", "01.07.2026 дейін",
         "түгендеу туралы есеп 28.06.2026 ұсынылды", "түгендеу жүргізілмеді", "01.10.2026 дейін"),
        ("№ 1 шығарылымда төгілетін ағынды сулар көлемін есепке алу аспабын орнату", "01.07.2026 дейін",
         "шығын өлшегіш орнатылды, 26.06.2026 жылғы пайдалануға беру актісі", "есепке алу аспабы орнатылмады", "01.09.2026 дейін"),
        ("Пайдаланылған құрамында сынабы бар шамдарды мамандандырылған ұйымға беруге шарт жасасу", "15.04.2026 дейін",
         "02.04.2026 жылғы № 18/26 шарт", "шарт ұсынылмады", "31.07.2026 дейін"),
        ("Шаң-газ тазарту жабдығының жұмысын есепке алу журналын жүргізуді ұйымдастыру", "01.05.2026 дейін",
         "журнал 15.04.2026 бастап жүргізіледі", "журнал жүргізілмейді", "31.07.2026 дейін"),
    ),
    "vi": (
        ("Cải tạo hệ thống thu gom nước mưa, tách riêng với hệ thống thu gom nước thải", "Trước ngày 30/4/2026",
         "Đã hoàn thành cải tạo ngày 20/4/2026", "Chưa thực hiện", "Trước ngày 31/8/2026"),
        ("Bổ sung biển cảnh báo và gờ chống tràn cho kho lưu giữ chất thải nguy hại", "Trước ngày 30/5/2026",
         "Đã bổ sung, có hình ảnh kèm theo", "Mới bổ sung biển cảnh báo, chưa có gờ chống tràn", "Trước ngày 15/8/2026"),
        ("Lắp đặt đồng hồ đo lưu lượng nước thải đầu vào và đầu ra của hệ thống xử lý", "Trước ngày 30/6/2026",
         "Đã lắp đặt, biên bản nghiệm thu ngày 25/6/2026", "Chưa lắp đặt đồng hồ đầu ra", "Trước ngày 30/9/2026"),
        ("Ký hợp đồng chuyển giao chất thải nguy hại với đơn vị có chức năng", "Trước ngày 15/4/2026",
         "Hợp đồng số 18/2026/HĐ-MT ngày 02/4/2026", "Chưa ký hợp đồng", "Trước ngày 31/7/2026"),
        ("Lập sổ nhật ký vận hành hệ thống xử lý nước thải và ghi chép hằng ngày", "Trước ngày 15/4/2026",
         "Đã lập sổ, ghi chép đầy đủ", "Sổ nhật ký ghi chép không đầy đủ", "Trước ngày 31/7/2026"),
        ("Nạo vét bùn thải tại bể lắng và chuyển giao cho đơn vị có chức năng xử lý", "Trước ngày 31/5/2026",
         "Đã nạo vét 12 m3 bùn, có chứng từ chuyển giao", "Chưa thực hiện", "Trước ngày 31/8/2026"),
    ),
}


def tasks_p2(doc: Doc) -> None:
    """An act of checking a prescription's execution: each requirement with the term the prescription set, what the
    operator did (documents and dates in words), a mark — done, not done, done in part — and a new term only where not
    done (a dash otherwise); no responsible column, the operator named in the paragraph before (VI: a province's
    notice on the execution of an inspection's conclusions)."""
    vi = doc.lang == "vi"
    r = doc.rng
    name, operator, _ = vocab.FACILITIES[doc.lang][r.randrange(6)]
    doc.h(_t(doc, "t2.h"))
    doc.p(_t(doc, "t2.p1").format(n=r.randint(40, 400), operator=operator, name=name))
    rows = [_row(doc, "t2.head")]
    done, undone, partly = _list(doc, "t2.marks")
    items = r.sample(REQUIREMENTS[doc.lang], r.randint(4, 5))
    fates = [True, False, *(r.random() < 0.6 for _ in items[2:])]
    r.shuffle(fates)
    for k, ((text, term, did, found, later), fate) in enumerate(zip(items, fates, strict=True), 1):
        if fate:
            rows.append([str(k), text, term, did, done, "-" if vi else "–"])
        else:
            part = any(x in found for x in ("%", "Mới", "không đầy đủ"))
            rows.append([str(k), text, term, found, partly if part else undone, later])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": words(text)})
    doc.table(None, rows, role="tasks")
    doc.p(_t(doc, "t2.after"))
    doc.table(_t(doc, "t2.who.caption"), [x.split("|") for x in _t(doc, "t2.who").split(";")], role="other")


LAYOUTS = [Layout(role, f"E{k}", globals()[f"{role}_p{k}"]) for role in ROLES for k in (1, 2)]
"""`facility_p1` … `tasks_p2`, in the order of the roles."""
