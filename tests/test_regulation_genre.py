"""Regulations of the genre, beyond the development circular: Russian and Kazakh laws and orders,
rules numbered by пункт under chapters, Vietnamese decrees and circulars, written for these tests
as text, DOCX (python-docx) and PDF (reportlab). What is checked is what a careful annotator puts
in gold: the kind and language, which articles oblige (and which must not), the obligations, and
the numbers of the acts cited."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as new_docx

from extractor import contract as c
from extractor.extraction import extract_document
from extractor.extractors import regulation
from extractor.nlp import deontic
from extractor.nlp.legal_refs import find_legal_refs
from extractor.reading import parse_file

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

RU_LAW = """\
ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН
Об обращении с буровыми шламами

Настоящий Закон регулирует общественные отношения, возникающие при обращении с буровыми шламами.

Глава 1. ОБЩИЕ ПОЛОЖЕНИЯ

Статья 1. Основные понятия, используемые в настоящем Законе
В настоящем Законе используются следующие основные понятия:
1) буровой шлам – смесь выбуренной породы и раствора, которая должна размещаться на площадках;
2) шламонакопитель – сооружение для временного хранения бурового шлама.

Статья 2. Законодательство Республики Казахстан об обращении с буровыми шламами
1. Законодательство основывается на Конституции Республики Казахстан и состоит из настоящего Закона, \
Экологического кодекса Республики Казахстан от 2 января 2021 года № 400-VI ЗРК и иных актов.
2. Если международным договором установлены иные правила, то применяются правила международного договора.

Статья 3. Принципы обращения с буровыми шламами
Обращение с буровыми шламами основывается на следующих принципах:
1) приоритет предотвращения образования отходов;
2) ответственность образователя отходов.

Глава 2. ОБЯЗАННОСТИ И ПРАВА

Статья 4. Обязанности недропользователей
1. Недропользователь ведет учет образования и движения буровых шламов.
2. Недропользователи, осуществляющие бурение на суше, обязаны:
1) размещать буровой шлам только в шламонакопителях с противофильтрационным экраном;
2) проводить наблюдения за состоянием подземных вод ежеквартально;
3) представлять в уполномоченный орган отчет не позднее 1 марта года, следующего за отчетным.
3. Недропользователь не обязан согласовывать с уполномоченным органом график вывоза шлама.

Статья 5. Запреты
1. Запрещается сброс бурового шлама в поверхностные водные объекты.
2. Не допускается захоронение бурового шлама без его предварительного обезвреживания.

Статья 6. Компетенция местных исполнительных органов
Местные исполнительные органы в соответствии со статьей 27 Закона Республики Казахстан \
от 23 января 2001 года № 148-II «О местном государственном управлении и самоуправлении \
в Республике Казахстан» обеспечивают информирование населения.

Статья 7. Ответственность за нарушение законодательства
Лица, виновные в нарушении законодательства об обращении с буровыми шламами, несут ответственность, \
установленную законами Республики Казахстан.

Глава 3. ЗАКЛЮЧИТЕЛЬНЫЕ ПОЛОЖЕНИЯ

Статья 8. Порядок введения в действие настоящего Закона
Настоящий Закон вводится в действие по истечении шестидесяти календарных дней после дня его \
первого официального опубликования.
"""

RU_LAW_BARE_HEADINGS = """\
ЗАКОН
О зеленых насаждениях

Статья 1
Сфера действия настоящего Закона
Настоящий Закон распространяется на зеленые насаждения в границах населенных пунктов.

Статья 2
Обязанности пользователей зеленых насаждений
Пользователи зеленых насаждений:
1) осуществляют полив деревьев в летний период;
2) ежегодно представляют в местный исполнительный орган результаты инвентаризации деревьев.

Статья 3
Принципы охраны зеленых насаждений
Охрана зеленых насаждений основывается на принципах гласности и открытости.

Статья 4
Ответственность
Лица, виновные в повреждении зеленых насаждений, несут ответственность по законам Российской Федерации.

Статья 5
Внести в Федеральный закон от 10.01.2002 N 7-ФЗ «Об охране окружающей среды» следующие изменения:
1) в пункте 2 статьи 19 слова «в установленном порядке» исключить.

Статья 6
Настоящий Федеральный закон вступает в силу с 1 марта 2026 года.
"""

RU_ORDER = """\
ПРИКАЗ
Министра экологии и природных ресурсов Республики Казахстан
от 12 марта 2024 года № 57

Об утверждении Правил ведения журнала учета выбросов на передвижных источниках

В соответствии с подпунктом 4) пункта 1 статьи 17 Экологического кодекса Республики Казахстан ПРИКАЗЫВАЮ:
1. Утвердить прилагаемые Правила ведения журнала учета выбросов на передвижных источниках.
2. Комитету экологического регулирования и контроля в установленном законодательством порядке обеспечить:
1) государственную регистрацию настоящего приказа в Министерстве юстиции Республики Казахстан;
2) размещение настоящего приказа на интернет-ресурсе Министерства.
3. Настоящий приказ вводится в действие по истечении десяти календарных дней после его опубликования.

Правила ведения журнала учета выбросов на передвижных источниках

Глава 1. Общие положения
1. Настоящие Правила определяют порядок ведения журнала учета выбросов.
2. В настоящих Правилах используются следующие понятия:
1) передвижной источник – транспортное средство с двигателем внутреннего сгорания;
2) журнал – документ, в котором фиксируется расход топлива.

Глава 2. Порядок ведения журнала
3. Оператор объекта ведет журнал по форме согласно приложению 1 к настоящим Правилам.
4. Журнал заполняется ежемесячно лицом, назначенным руководителем оператора.
5. Журнал ведется в электронной форме.
6. Оператор обязан хранить журнал не менее пяти лет.
7. Сведения из журнала представляются оператором в уполномоченный орган ежегодно до 1 апреля.
8. Территориальное подразделение вправе запросить копию журнала.
9. Расчет выбросов производится по Методике, утвержденной приказом Министра охраны окружающей \
среды Республики Казахстан от 18 апреля 2008 года № 100-п.
"""

KK_ORDER = """\
Қазақстан Республикасы Экология және табиғи ресурстар министрінің бұйрығы
2024 жылғы 12 наурыздағы № 57

Жылжымалы көздерден шығарындыларды есепке алу журналын жүргізу қағидаларын бекіту туралы

Қазақстан Республикасы Экология кодексінің 17-бабы 1-тармағының 4) тармақшасына сәйкес БҰЙЫРАМЫН:
1. Қоса беріліп отырған қағидалар бекітілсін.
2. Экологиялық реттеу және бақылау комитеті осы бұйрықтың мемлекеттік тіркелуін қамтамасыз етсін.
3. Осы бұйрық алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.

1-тарау. Жалпы ережелер
4. Осы Қағидаларда мынадай ұғымдар пайдаланылады:
1) жылжымалы көз – іштен жану қозғалтқышы бар көлік құралы;
2) журнал – отын шығысы тіркелетін құжат.

2-тарау. Журналды жүргізу тәртібі
5. Объект операторы журналды осы Қағидаларға 1-қосымшаға сәйкес нысан бойынша жүргізеді.
6. Журнал ай сайын толтырылады.
7. Оператор журналды кемінде бес жыл сақтауға міндетті.
8. Алғашқы құжаттармен расталмаған мәліметтерді журналға енгізуге тыйым салынады.
"""

KK_LAW = [
    ("p", "ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ЗАҢЫ"),
    ("p", "Жасыл аймақтарды қорғау туралы"),
    ("h", "1-бап. Осы Заңның қолданылу аясы"),
    ("p", "Осы Заң елді мекендердің жасыл аймақтарына қолданылады."),
    ("h", "2-бап. Жасыл аймақтарды пайдаланушылардың міндеттері"),
    ("p", "Жасыл аймақтарды пайдаланушылар:"),
    ("p", "1) ағаштарды суаруды жүзеге асырады;"),
    ("p", "2) жыл сайын ағаштарды түгендеу нәтижелерін жергілікті атқарушы органға ұсынады."),
    ("h", "3-бап. Қағидаттар"),
    ("p", "Жасыл аймақтарды қорғау ашықтық және жариялылық қағидаттарына негізделеді."),
    ("h", "4-бап. Жергілікті атқарушы органның құзыреті"),
    ("p", "Жергілікті атқарушы орган жасыл аймақтарды есепке алуды жүргізеді."),
    ("h", "5-бап. Тыйымдар"),
    (
        "p",
        "Қазақстан Республикасының 2021 жылғы 2 қаңтардағы № 400-VI ҚРЗ Экология кодексінің 238-бабына "
        "сәйкес ағаштарды рұқсатсыз кесуге тыйым салынады.",
    ),
    ("h", "6-бап. Осы Заңды қолданысқа енгізу тәртібі"),
    ("p", "Осы Заң ресми жарияланған күнінен бастап қолданысқа енгізіледі."),
]

VI_DECREE = """\
CHÍNH PHỦ
Số: 45/2024/NĐ-CP
Hà Nội, ngày 15 tháng 4 năm 2024

NGHỊ ĐỊNH
Quy định về quản lý bùn thải từ hệ thống xử lý nước thải công nghiệp

Căn cứ Luật Bảo vệ môi trường số 72/2020/QH14 ngày 17 tháng 11 năm 2020;
Căn cứ Luật Tài nguyên nước số 28/2023/QH15 ngày 27 tháng 11 năm 2023;
Theo đề nghị của Bộ trưởng Bộ Tài nguyên và Môi trường;
Chính phủ ban hành Nghị định quy định về quản lý bùn thải từ hệ thống xử lý nước thải công nghiệp.

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh
Nghị định này quy định về thu gom, lưu giữ, vận chuyển và xử lý bùn thải.

Điều 2. Đối tượng áp dụng
Nghị định này áp dụng đối với cơ quan, tổ chức, cá nhân có hoạt động phát sinh bùn thải.

Điều 3. Giải thích từ ngữ
Trong Nghị định này, các từ ngữ dưới đây được hiểu như sau:
1. Bùn thải là chất rắn tách ra từ quá trình xử lý nước thải.
2. Chủ nguồn thải là tổ chức, cá nhân sở hữu hệ thống xử lý nước thải.

Chương II
QUẢN LÝ BÙN THẢI

Mục 1
PHÂN ĐỊNH VÀ LƯU GIỮ BÙN THẢI

Điều 4. Phân định bùn thải
1. Chủ nguồn thải phải lấy mẫu và phân tích bùn thải ít nhất 01 lần/năm theo QCVN 50:2013/BTNMT.
2. Việc lấy mẫu do tổ chức đủ điều kiện thực hiện theo Nghị định số 08/2022/NĐ-CP của Chính phủ.

Điều 5. Lưu giữ bùn thải
1. Chủ nguồn thải có trách nhiệm:
a) Lưu giữ bùn thải trong khu vực có mái che, nền chống thấm;
b) Ghi nhật ký khối lượng bùn thải phát sinh hằng ngày;
c) Báo cáo khối lượng bùn thải theo mẫu quy định tại Thông tư số 02/2022/TT-BTNMT.
2. Nghiêm cấm trộn bùn thải nguy hại với chất thải rắn sinh hoạt.

Mục 2
XỬ LÝ BÙN THẢI

Điều 6. Xử lý bùn thải
1. Nước rỉ từ khu lưu giữ bùn thải phải được xử lý đạt QCVN 40:2011/BTNMT trước khi xả thải.
2. Cơ sở xử lý không được tiếp nhận bùn thải vượt quá công suất được cấp phép.

Điều 7. Nguyên tắc quản lý
Hoạt động quản lý bùn thải bảo đảm tính công khai và liên tục của số liệu.

Điều 8. Trách nhiệm của Ủy ban nhân dân cấp tỉnh
1. Kiểm tra việc quản lý bùn thải trên địa bàn.
2. Tổng hợp, báo cáo Bộ Tài nguyên và Môi trường trước ngày 15 tháng 01 hằng năm.

Chương III
ĐIỀU KHOẢN THI HÀNH

Điều 9. Hiệu lực và trách nhiệm thi hành
1. Nghị định này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2024 và bãi bỏ Điều 12 \
Thông tư số 36/2015/TT-BTNMT.
2. Thủ trưởng các đơn vị thuộc Bộ, Chủ tịch Ủy ban nhân dân các tỉnh chịu trách nhiệm thi hành Nghị định này.
"""
VI_ACTS = {
    "72/2020/QH14",
    "28/2023/QH15",
    "50:2013/BTNMT",
    "08/2022/NĐ-CP",
    "02/2022/TT-BTNMT",
    "40:2011/BTNMT",
    "36/2015/TT-BTNMT",
}


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def docx(tmp_path: Path, name: str, items: list[tuple[str, str]]) -> Path:
    """`("h", text)` a heading-styled paragraph, `("p", text)` a plain one."""
    doc = new_docx()
    for kind, text in items:
        if kind == "h":
            doc.add_heading(text, level=2)
        else:
            doc.add_paragraph(text)
    path = tmp_path / name
    doc.save(path)
    return path


def plain_docx(tmp_path: Path, name: str, text: str) -> Path:
    """Every line a plain paragraph, as authors type laws: no heading styles, numbers typed by hand."""
    return docx(tmp_path, name, [("p", line) for line in text.splitlines() if line.strip()])


def pdf(tmp_path: Path, name: str, text: str) -> Path:
    """Every line a paragraph of the same style and spacing: the reader runs a heading into its text."""
    pytest.importorskip("reportlab")
    if not FONT.is_file():
        pytest.skip("DejaVu fonts not installed")
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    pdfmetrics.registerFont(TTFont("DejaVuGenre", str(FONT)))
    style = ParagraphStyle("plain", fontName="DejaVuGenre", fontSize=11, leading=14)
    story = [
        Paragraph(line.replace("&", "&amp;").replace("<", "&lt;"), style) if line.strip() else Spacer(1, 8)
        for line in text.splitlines()
    ]
    path = tmp_path / name
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def articles(found: c.Extraction) -> set[str]:
    return {o.article for o in found.obligations if o.article is not None}


def act_numbers(found: c.Extraction) -> set[str]:
    return {r.number for r in found.legal_refs if r.number}


def by_number(found: c.Extraction) -> dict[str | None, c.Obligation]:
    return {o.number: o for o in found.obligations}


# ------------------------------------------------------------------ Russian


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_russian_law_articles_that_oblige(tmp_path: Path, fmt: str) -> None:
    path = (
        write(tmp_path, "zakon.txt", RU_LAW) if fmt == "txt" else plain_docx(tmp_path, "zakon.docx", RU_LAW)
    )
    found = extract_document(parse_file(path))
    assert (found.document.kind, found.document.language) == ("regulation", "ru")
    # definitions, the legislation article, principles, liability and entry into force oblige no one
    assert articles(found) == {"4", "5", "6"}
    obligations = by_number(found)
    # the normative present obliges: `Недропользователь ведет учет`
    assert (obligations["4.1"].modality, obligations["4.1"].actor) == ("must", "Недропользователь")
    assert obligations["4.2.2"].frequency == "quarterly"
    assert "4.3" not in obligations  # `не обязан` releases, whatever the article's title says
    unnumbered = [o for o in found.obligations if o.article == "6"]
    assert [o.actor for o in unnumbered] == ["Местные исполнительные органы"]
    assert {"400-VI", "148-II"} <= act_numbers(found)


@pytest.mark.parametrize("fmt", ["txt", "pdf"])
def test_russian_law_with_article_numbers_alone_on_their_lines(tmp_path: Path, fmt: str) -> None:
    """`Статья 2` without a full stop, its title on the next line, as federal laws print them (the
    PDF reader runs number, title and text into one paragraph)."""
    text = RU_LAW_BARE_HEADINGS
    path = write(tmp_path, "fz.txt", text) if fmt == "txt" else pdf(tmp_path, "fz.pdf", text)
    found = extract_document(parse_file(path))
    assert found.document.kind == "regulation"
    assert articles(found) == {"2"}
    items = [o for o in found.obligations if o.article == "2"]
    assert [o.number for o in items] == ["2.1", "2.2"]
    assert all(o.modality == "must" and o.actor for o in items)
    assert all(o.actor.endswith("Пользователи зеленых насаждений") for o in items)
    assert "7-ФЗ" in act_numbers(found)  # `N 7-ФЗ`: Russian acts write the number sign as N


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_russian_order_approving_rules_numbered_by_paragraph(tmp_path: Path, fmt: str) -> None:
    path = (
        write(tmp_path, "prikaz.txt", RU_ORDER)
        if fmt == "txt"
        else plain_docx(tmp_path, "prikaz.docx", RU_ORDER)
    )
    found = extract_document(parse_file(path))
    doc = found.document
    assert (doc.kind, doc.language, doc.number, doc.date) == ("regulation", "ru", "57", "2024-03-12")
    assert doc.title and doc.title.startswith("Об утверждении Правил")
    assert all(o.article is None for o in found.obligations)  # no Статья: the пункт is the item's number
    numbers = [o.number for o in found.obligations]
    assert numbers == ["2.1", "2.2", "3", "4", "6", "7", "8"]
    directive = found.obligations[0]
    assert directive.actor is not None and directive.actor.startswith("Комитету экологического")
    assert not directive.text.startswith("В соответствии")  # the preamble leads into nothing
    assert by_number(found)["3"].actor == "Оператор объекта"
    assert "100-п" in act_numbers(found)


# ------------------------------------------------------------------ Kazakh


def test_kazakh_order_with_directives_and_rules(tmp_path: Path) -> None:
    found = extract_document(parse_file(write(tmp_path, "buiryq.txt", KK_ORDER)))
    doc = found.document
    assert (doc.kind, doc.language, doc.number, doc.date) == ("regulation", "kk", "57", "2024-03-12")
    numbers = [o.number for o in found.obligations]
    # `бекітілсін` approves and `қолданысқа енгізіледі` enacts; `қамтамасыз етсін` and `жүргізеді`
    # oblige, and so does a passive with its frequency (`ай сайын толтырылады`)
    assert numbers == ["2", "5", "6", "7", "8"]
    assert by_number(found)["5"].actor == "Объект операторы"
    assert by_number(found)["8"].modality == "must_not"


def test_kazakh_law_with_heading_styles(tmp_path: Path) -> None:
    found = extract_document(parse_file(docx(tmp_path, "zan.docx", KK_LAW)))
    assert (found.document.kind, found.document.language) == ("regulation", "kk")
    assert articles(found) == {"2", "4", "5"}
    items = [o for o in found.obligations if o.article == "2"]
    assert [o.number for o in items] == ["2.1", "2.2"]
    assert all(o.actor == "Жасыл аймақтарды пайдаланушылар" for o in items)
    assert "400-VI" in act_numbers(found)  # `№ 400-VI ҚРЗ Экология кодексі`


# ------------------------------------------------------------------ Vietnamese


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_vietnamese_decree(tmp_path: Path, fmt: str) -> None:
    if fmt == "txt":
        path = write(tmp_path, "nghi-dinh.txt", VI_DECREE)
    elif fmt == "docx":
        path = plain_docx(tmp_path, "nghi-dinh.docx", VI_DECREE)
    else:
        path = pdf(tmp_path, "nghi-dinh.pdf", VI_DECREE)
    found = extract_document(parse_file(path))
    assert (found.document.kind, found.document.language) == ("regulation", "vi")
    assert found.document.number == "45/2024/NĐ-CP"
    # scope, subjects, definitions and a principle that `liên tục` only describes oblige no one
    assert articles(found) == {"4", "5", "6", "8", "9"}
    obligations = by_number(found)
    assert {"5.1.a", "5.1.b", "5.1.c", "5.2", "8.1", "8.2", "9.2"} <= obligations.keys()
    assert "5.1" not in obligations and "9.1" not in obligations
    # an article titled as a body's duties obliges that body with each bare verb
    assert obligations["8.1"].actor == obligations["8.2"].actor == "Ủy ban nhân dân cấp tỉnh"
    assert (obligations["8.2"].kind, obligations["8.2"].frequency) == ("reporting", "yearly")
    assert obligations["9.2"].actor.startswith("Thủ trưởng các đơn vị thuộc Bộ")
    assert act_numbers(found) >= VI_ACTS


def test_heading_run_on_into_the_first_clause() -> None:
    assert regulation.split_merged_title("Lưu giữ bùn thải 1. Chủ nguồn thải có trách nhiệm:") == (
        "Lưu giữ bùn thải",
        "1",
        "Chủ nguồn thải có trách nhiệm:",
    )
    assert regulation.split_merged_title("Обязанности недропользователей") == (
        "Обязанности недропользователей",
        None,
        "",
    )


# ------------------------------------------------------------------ the language data behind it


@pytest.mark.parametrize(
    ("lang", "text", "lead", "actor"),
    [
        ("ru", "Оператор объекта ведет журнал по установленной форме.", None, "Оператор объекта"),
        ("ru", "ежегодно представляют результаты инвентаризации.", "Пользователи", "Пользователи"),
        (
            "ru",
            "Комитету по водным ресурсам обеспечить контроль сбросов.",
            None,
            "Комитету по водным ресурсам",
        ),
        ("kk", "Объект операторы журналды тоқсан сайын тексереді.", None, "Объект операторы"),
        ("kk", "Комитет осы бұйрықтың орындалуын қамтамасыз етсін.", None, "Комитет"),
    ],
)
def test_duties_without_a_marker(lang: str, text: str, lead: str | None, actor: str) -> None:
    duty = deontic.implicit_duty(text, lang, lead)
    assert duty is not None and (duty.modality, duty.actor) == ("must", actor)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Лица, виновные в нарушении, несут ответственность по закону."),
        ("ru", "Оператор является собственником площадки."),
        ("ru", "Журнал ведется в электронной форме."),
        ("ru", "Настоящий Закон регулирует отношения в области охраны вод."),
        ("ru", "Если оператор представляет отчет, сведения публикуются."),
        ("kk", "Журнал ай сайын толтырылады."),
        ("kk", "Қоса беріліп отырған қағидалар бекітілсін."),
        ("kk", "Осы Заң ресми жарияланған күнінен бастап қолданысқа енгізіледі."),
        ("vi", "Cán bộ kiểm tra hồ sơ."),
    ],
)
def test_no_duty_without_an_actor_and_an_active_verb(lang: str, text: str) -> None:
    assert deontic.implicit_duty(text, lang) is None


@pytest.mark.parametrize(
    ("title", "modality", "actor"),
    [
        ("Обязанности недропользователей", "must", "недропользователей"),
        ("Права уполномоченного органа", None, None),
        ("Trách nhiệm của Sở Tài nguyên và Môi trường", "must", "Sở Tài nguyên và Môi trường"),
        ("Hiệu lực thi hành", None, None),
        ("Жер қойнауын пайдаланушының міндеттері", "must", "Жер қойнауын пайдаланушы"),
    ],
)
def test_titles_of_duties(title: str, modality: str | None, actor: str | None) -> None:
    assert deontic.title_modality(title) == modality
    assert deontic.title_actor(title) == actor


def test_a_subject_with_a_determiner_inside_is_no_relative_clause() -> None:
    assert deontic.modality("Chủ tịch Ủy ban nhân dân các cấp chịu trách nhiệm kiểm tra.", "vi") == "must"
    assert deontic.modality("Đoàn công tác xác định các chỉ tiêu cần đo.", "vi") is None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Федеральным законом от 24.06.1998 N 89-ФЗ «Об отходах производства и потребления»", "89-ФЗ"),
        ("Постановление Правительства РФ от 16.02.2008 N 87", "87"),
        ("отбор проб по ГОСТ 17.2.3.02-2014", "17.2.3.02-2014"),
        ("в соответствии с СП РК 2.04-01-2017", "2.04-01-2017"),
        ("Қазақстан Республикасының 2021 жылғы 2 қаңтардағы № 400-VI ҚРЗ Экология кодексі", "400-VI"),
        ("Quyết định số 16/2015/QĐ-TTg ngày 22 tháng 5 năm 2015 của Thủ tướng Chính phủ", "16/2015/QĐ-TTg"),
        ("Công văn số 1234/BTNMT-KSONMT ngày 12 tháng 3 năm 2024", "1234/BTNMT-KSONMT"),
        ("theo Kế hoạch số 45/KH-UBND của Ủy ban nhân dân tỉnh", "45/KH-UBND"),
    ],
)
def test_act_numbers_as_the_genre_writes_them(text: str, number: str) -> None:
    assert number in {r.number for r in find_legal_refs(text)}
