"""The pieces every layout uses: a document under construction together with the values its
extraction must give, numbers in each language's notation, identifiers that pass their
checksums, frequencies as documents write them, the opening lines of each kind of document,
and the distractor tables (no role) put into some documents.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from decimal import Decimal

from extractor.nlp.identifiers import is_valid_bin

from . import vocab


@dataclass
class Doc:
    """Parts in genre_docs' form and the expected values, built side by side."""

    lang: str
    rng: random.Random
    parts: list = field(default_factory=list)
    expected: dict = field(default_factory=dict)

    def h(self, text: str) -> None:
        self.parts.append(("h", text))

    def p(self, text: str) -> None:
        self.parts.append(("p", text))

    def table(self, caption: str | None, rows: list[list[str | None]], merges=(), role: str = "other") -> None:
        width = max(len(r) for r in rows)
        rows = [list(r) + [""] * (width - len(r)) for r in rows]
        self.parts.append(("t", caption, rows, list(merges)))
        self.expected.setdefault("tables", []).append({"role": role})

    def add(self, key: str, *items: dict) -> None:
        self.expected.setdefault(key, []).extend(items)

    def pick(self, options):
        return self.rng.choice(list(options))

    def v(self, ru, kk, vi):
        """The text of this document's language."""
        return {"ru": ru, "kk": kk, "vi": vi}[self.lang]


def num(value: float, lang: str, group: bool = True) -> str:
    """A number as the language writes it: `0,005`, `5 500` (RU/KK), `5.000`, `0,05` (VI)."""
    text = format(Decimal(repr(float(value))).normalize(), "f")
    whole, _, frac = text.partition(".")
    if group and len(whole) > 3:
        sep = "." if lang == "vi" else " "
        head = len(whole) % 3 or 3
        whole = whole[:head] + "".join(sep + whole[i : i + 3] for i in range(head, len(whole), 3))
    return whole + ("," + frac if frac else "")


def rate(rng: random.Random, low: float, high: float, digits: int = 4) -> float:
    """A figure of `digits` significant digits between low and high."""
    x = rng.uniform(low, high)
    return float(f"{x:.{digits}g}")


def make_bin(rng: random.Random) -> str:
    """A BIN of a legal entity (registered 2003–2022, fifth digit 4) whose check digit holds."""
    while True:
        cand = f"{rng.randint(3, 22):02d}{rng.randint(1, 12):02d}4{rng.randint(0, 999999):06d}"
        for d in range(10):
            if is_valid_bin(cand + str(d)):
                return cand + str(d)


def make_msdn(rng: random.Random) -> str:
    """A Vietnamese enterprise number: province prefix and eight digits."""
    return rng.choice(("01", "02", "03", "22", "36", "37", "23", "14")) + f"{rng.randint(0, 99999999):08d}"


def make_kato(rng: random.Random) -> str:
    return f"{rng.choice((11, 15, 19, 27, 31, 35, 47, 55, 63))}{rng.randint(1, 9)}{rng.randint(100, 699)}{rng.choice(('000', '100'))}"


FREQ = {
    "ru": {
        "quarterly": ("1 раз в квартал", "ежеквартально"),
        "monthly": ("ежемесячно", "1 раз в месяц"),
        "semiannual": ("2 раза в год", "1 раз в полугодие"),
        "yearly": ("1 раз в год", "ежегодно"),
        "continuous": ("постоянно", "непрерывно"),
    },
    "kk": {
        "quarterly": ("тоқсанына 1 рет", "тоқсан сайын"),
        "monthly": ("айына 1 рет", "ай сайын"),
        "semiannual": ("жылына 2 рет", "жарты жылда 1 рет"),
        "yearly": ("жылына 1 рет",),
        "continuous": ("үздіксіз",),
    },
    "vi": {
        "quarterly": ("03 tháng/lần", "3 tháng/lần"),
        "monthly": ("hàng tháng", "01 tháng/lần"),
        "semiannual": ("06 tháng/lần", "6 tháng/lần"),
        "yearly": ("1 lần/năm", "12 tháng/lần"),
        "continuous": ("liên tục",),
    },
}


def freq(doc: Doc, word: str) -> str:
    return doc.pick(FREQ[doc.lang][word])


# (title, sentence) of each kind of document, per language; {name} and {operator} filled in
OPENINGS = {
    "pek": {
        "ru": ("Программа производственного экологического контроля. Объект: {name}",
               "Программа разработана {operator} в соответствии с Правилами разработки программы производственного экологического контроля объектов I и II категорий."),
        "kk": ("{name} өндірістік экологиялық бақылау бағдарламасы",
               "Бағдарламаны {operator} I және II санаттағы объектілер үшін өндірістік экологиялық бақылау бағдарламасын әзірлеу қағидаларына сәйкес әзірледі."),
        "vi": ("CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG CỦA {name}",
               "Chương trình được {operator} lập theo nội dung giấy phép môi trường đã được cấp."),
    },
    "scoping": {
        "ru": ("Заключение об определении сферы охвата оценки воздействия на окружающую среду",
               "Рассмотрено заявление о намечаемой деятельности {operator} по объекту {name}."),
        "kk": ("Қоршаған ортаға әсерді бағалаудың қамту саласын айқындау туралы қорытынды",
               "{operator} ұсынған {name} бойынша белгіленіп отырған қызмет туралы өтініш қаралды."),
        "vi": ("BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG CỦA DỰ ÁN {name}",
               "Báo cáo do {operator} lập cho dự án {name}."),
    },
    "permit": {
        "ru": ("Экологическое разрешение на воздействие для объекта II категории",
               "Разрешение выдано {operator} на объект {name}."),
        "kk": ("II санаттағы объектіге арналған әсер етуге экологиялық рұқсат",
               "Рұқсат {operator} кәсіпорнына, {name} объектісіне берілді."),
        "vi": ("GIẤY PHÉP MÔI TRƯỜNG",
               "Cấp cho {operator} được thực hiện các hoạt động bảo vệ môi trường của {name}."),
    },
    "regulation": {
        "ru": ("Приложение 2 к Правилам производственного экологического контроля",
               "Настоящее приложение приводит нормативы, применяемые при производственном контроле."),
        "kk": ("Өндірістік экологиялық бақылау қағидаларына 2-қосымша",
               "Осы қосымшада өндірістік бақылау кезінде қолданылатын нормативтер келтірілген."),
        "vi": ("QUY CHUẨN KỸ THUẬT QUỐC GIA",
               "Quy chuẩn này quy định giá trị giới hạn của các thông số ô nhiễm."),
    },
    "work_plan": {
        "ru": ("План мероприятий по охране окружающей среды {operator} на 2026 год",
               "План утвержден приказом генерального директора."),
        "kk": ("{operator} қоршаған ортаны қорғау жөніндегі 2026 жылға арналған іс-шаралар жоспары",
               "Жоспар бас директордың бұйрығымен бекітілді."),
        "vi": ("KẾ HOẠCH THỰC HIỆN CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2026 CỦA {operator}",
               "Kế hoạch được ban hành kèm theo quyết định của Giám đốc công ty."),
    },
}


def opening(doc: Doc, kind: str, facility: int | None = None, title: str | None = None) -> tuple[str, str]:
    """Writes the title and a sentence of a document of this kind; returns the facility's (name, operator)."""
    name, operator, _ = vocab.FACILITIES[doc.lang][facility if facility is not None else doc.rng.randrange(6)]
    head, sentence = OPENINGS[kind][doc.lang]
    doc.h((title or head).format(name=name, operator=operator))
    doc.p(sentence.format(name=name, operator=operator))
    return name, operator


def _distractors(doc: Doc) -> dict:
    r = doc.rng
    return {
        "contents": (doc.v("Содержание", "Мазмұны", "MỤC LỤC"), [
            doc.v(["Раздел", "Стр."], ["Бөлім", "Бет"], ["Nội dung", "Trang"]),
            doc.v(["1. Общие сведения", "3"], ["1. Жалпы мәліметтер", "3"], ["Chương 1. Thông tin chung", "3"]),
            doc.v(["2. Сведения о производственной деятельности", "5"], ["2. Өндірістік қызмет туралы мәліметтер", "5"], ["Chương 2. Hoạt động sản xuất", "6"]),
            doc.v(["3. Приложения", "12"], ["3. Қосымшалар", "12"], ["Phụ lục", "14"]),
        ]),
        "approval": (doc.v("Лист согласования", "Келісу парағы", "DANH SÁCH NGƯỜI KÝ DUYỆT"), [
            doc.v(["Должность", "Ф.И.О.", "Подпись", "Дата"], ["Лауазымы", "Аты-жөні", "Қолы", "Күні"], ["Chức vụ", "Họ và tên", "Chữ ký", "Ngày"]),
            doc.v(["Главный инженер", "Сейтказин Б.Е.", "", "14.02.2026"], ["Бас инженер", "Жұмабеков Н.Қ.", "", "14.02.2026"], ["Phó Giám đốc", "Trần Văn Hùng", "", "14/02/2026"]),
            doc.v(["Начальник ОТиОС", "Ким Л.В.", "", "14.02.2026"], ["Эколог", "Сейітова А.М.", "", "15.02.2026"], ["Trưởng phòng HSE", "Lê Thị Mai", "", "15/02/2026"]),
        ]),
        "equipment": (doc.v("Перечень основного оборудования", "Негізгі жабдықтар тізбесі", "Danh mục máy móc, thiết bị chính"), [
            doc.v(["№", "Наименование оборудования", "Количество, шт.", "Мощность, кВт"], ["№", "Жабдықтың атауы", "Саны, дана", "Қуаты, кВт"], ["TT", "Tên thiết bị", "Số lượng", "Công suất"]),
            doc.v(["1", "Котел КВ-ТС-1", "2", "1 160"], ["1", "КВ-ТС-1 қазандығы", "2", "1 160"], ["1", "Lò hơi đốt than", "1", "10 tấn hơi/giờ"]),
            doc.v(["2", "Дробилка СМД-110", "1", str(r.randint(90, 160))], ["2", "СМД-110 ұсатқышы", "1", str(r.randint(90, 160))], ["2", "Máy nén khí", str(r.randint(2, 4)), "75 kW"]),
            doc.v(["3", "Дизель-генератор АД-200", "1", "200"], ["3", "АД-200 дизель-генераторы", "1", "200"], ["3", "Máy phát điện dự phòng", "1", "500 kVA"]),
        ]),
        "contacts": (doc.v("Контактные данные", "Байланыс деректері", "Thông tin liên hệ"), [
            doc.v(["Организация", "Контактное лицо", "Телефон"], ["Ұйым", "Байланыс тұлғасы", "Телефон"], ["Đơn vị", "Người liên hệ", "Điện thoại"]),
            doc.v(["Эколог предприятия", "Ахметова Д.С.", "+7 701 555 21 40"], ["Кәсіпорын экологы", "Ахметова Д.С.", "+7 701 555 21 40"], ["Bộ phận môi trường", "Nguyễn Văn An", "0251 3836 112"]),
            doc.v(["Испытательная лаборатория", "Омаров Т.К.", "+7 7212 41 06 33"], ["Сынақ зертханасы", "Омаров Т.Қ.", "+7 7212 41 06 33"], ["Đơn vị quan trắc", "Phạm Thị Hoa", "0912 345 678"]),
        ]),
        "budget": (doc.v("Смета затрат на природоохранные мероприятия", "Табиғат қорғау іс-шараларына арналған шығындар сметасы", "Dự toán kinh phí"), [
            doc.v(["№", "Статья затрат", "Сумма, тыс. тенге"], ["№", "Шығын бабы", "Сомасы, мың теңге"], ["TT", "Hạng mục", "Kinh phí (triệu đồng)"]),
            doc.v(["1", "Лабораторные анализы", num(r.randint(1200, 4800), "ru")], ["1", "Зертханалық талдаулар", num(r.randint(1200, 4800), "kk")], ["1", "Thuê đơn vị quan trắc", num(r.randint(120, 480), "vi")]),
            doc.v(["2", "Обучение персонала", num(r.randint(200, 900), "ru")], ["2", "Персоналды оқыту", num(r.randint(200, 900), "kk")], ["2", "Đào tạo, tập huấn", num(r.randint(20, 90), "vi")]),
            doc.v(["", "Итого", num(r.randint(5000, 6000), "ru")], ["", "Барлығы", num(r.randint(5000, 6000), "kk")], ["", "Tổng cộng", num(r.randint(500, 600), "vi")]),
        ]),
    }


def distractor(doc: Doc, kind: str | None = None) -> None:
    """A table of no role: contents, an approval sheet, an equipment list, contacts or a budget."""
    options = _distractors(doc)
    caption, rows = options[kind or doc.pick(sorted(options))]
    doc.table(caption, rows, role="other")


def maybe_distractor(doc: Doc, share: float = 0.35) -> None:
    if doc.rng.random() < share:
        distractor(doc)
