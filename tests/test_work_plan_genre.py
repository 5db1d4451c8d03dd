"""Work plans of the genre, beyond the development plan: Russian, Kazakh and Vietnamese tables of
tasks, deadlines and responsible bodies, written for these tests as DOCX (python-docx) and as
tab-separated text. What is checked is what a careful annotator puts in gold: the kind and language,
one `task` per task row (section rows are none) with its number, text, actor and frequency, and
the plan's year."""

from __future__ import annotations

from pathlib import Path

import builders
import pytest

from extractor import contract as c
from extractor.classify import Classification
from extractor.extraction import extract_document
from extractor.reading import parse_file
from extractor.tables.tasks import task_frequency

RU_HEADER = [
    "№ п/п",
    "Наименование мероприятия",
    "Форма завершения",
    "Срок исполнения",
    "Ответственные исполнители",
]
RU_ROWS = [
    ["1. Организационные мероприятия"],
    [
        "1.1.",
        "Создание рабочей группы по контролю сбросов",
        "Приказ акима",
        "I квартал 2025 года",
        "Управление природных ресурсов",
    ],
    [
        "1.2.",
        "Инвентаризация выпусков сточных вод",
        "Реестр",
        "до 1 сентября 2025 г.",
        "Бассейновая инспекция (по согласованию)",
    ],
    ["2. Технические мероприятия"],
    [
        "2.1.",
        "Реконструкция очистных сооружений города",
        "Акт приемки",
        "2026-2027 годы",
        "ГКП «Горводоканал»",
    ],
    [
        "2.2.",
        "Мониторинг качества воды в створах реки",
        "Протоколы",
        "ежемесячно",
        "Филиал РГП «Казгидромет»",
    ],
    [
        "2.3.",
        "Очистка русла реки от бытовых отходов",
        "Информация",
        "по мере необходимости",
        "Акиматы районов",
    ],
    ["2.4.", "Информирование населения о качестве воды", "Публикации", "постоянно", "Акимат города"],
    [
        "3.",
        "Отчет о ходе реализации Плана",
        "Отчет",
        "до 10 числа месяца, следующего за отчетным кварталом",
        "Управление природных ресурсов",
    ],
]
RU_EXPECTED = [
    ("1.1", "once", "Управление природных ресурсов"),
    ("1.2", "once", "Бассейновая инспекция"),
    ("2.1", "once", "Горводоканал"),
    ("2.2", "monthly", "Казгидромет"),
    ("2.3", None, "Акиматы районов"),
    ("2.4", "continuous", "Акимат города"),
    ("3", "quarterly", "Управление природных ресурсов"),
]

KK_HEADER = ["Р/с №", "Іс-шаралар", "Аяқталу нысаны", "Орындау мерзімі", "Жауаптылар"]
KK_ROWS = [
    [
        "1.",
        "Сарқынды сулардың төгінділерін түгендеу",
        "Тізілім",
        "2025 жылғы 1 қыркүйекке дейін",
        "Табиғи ресурстар басқармасы",
    ],
    ["2.", "Су сапасына мониторинг жүргізу", "Хаттамалар", "тоқсан сайын", "«Қазгидромет» РМК филиалы"],
    ["3.", "Халықты су сапасы туралы хабардар ету", "Жариялау", "тұрақты", "Қала әкімдігі"],
    ["4.", "Өзен арнасын қалдықтардан тазарту", "Ақпарат", "қажеттілігіне қарай", "Аудандардың әкімдіктері"],
]

VI_HEADER = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Tiến độ hoàn thành"]
VI_ROWS = [
    [
        "1",
        "Rà soát các cơ sở có nguy cơ gây ô nhiễm môi trường",
        "Sở Tài nguyên và Môi trường",
        "UBND cấp huyện",
        "Quý II/2025",
    ],
    [
        "2",
        "Kiểm tra việc vận hành hệ thống quan trắc tự động",
        "Sở Tài nguyên và Môi trường",
        "Công an tỉnh",
        "Hằng quý",
    ],
    [
        "3",
        "Tuyên truyền nâng cao nhận thức cộng đồng",
        "Sở Thông tin và Truyền thông",
        "Các cơ quan báo chí",
        "Thường xuyên",
    ],
    [
        "4",
        "Báo cáo kết quả thực hiện Kế hoạch",
        "Sở Tài nguyên và Môi trường",
        "Các sở, ngành",
        "Trước ngày 15/12/2025",
    ],
]

VI_DECISION = [
    "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH",
    "Số: 1520/QĐ-UBND",
    "QUYẾT ĐỊNH",
    "Ban hành Kế hoạch thực hiện quan trắc chất lượng nước mặt năm 2025",
    "Căn cứ Luật Bảo vệ môi trường số 72/2020/QH14 ngày 17 tháng 11 năm 2020;",
    "QUYẾT ĐỊNH:",
    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện quan trắc chất lượng nước mặt năm 2025.",
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài nguyên và Môi trường chịu trách nhiệm "
    "thi hành Quyết định này.",
    "KẾ HOẠCH",
    "Thực hiện quan trắc chất lượng nước mặt năm 2025",
]


plan_docx = builders.docx_plan


def plan_txt(
    directory: Path, name: str, paragraphs: list[str], header: list[str], rows: list[list[str]]
) -> Path:
    """The text a PDF dump gives: cells separated by tabs; a section row keeps its number in the first cell."""
    lines = [*paragraphs, "", "\t".join(header)]
    for row in rows:
        if len(row) == 1:
            number, title = row[0].split(" ", 1)
            row = [number, title] + [""] * (len(header) - 2)
        lines.append("\t".join(row))
    path = directory / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def requirement_numbers(found: c.Extraction) -> set[str]:
    """What the scorer's `requirement_numbers_exact` compares: the numbers of non-monitoring obligations."""
    return {o.number for o in found.obligations if o.number and o.kind != "monitoring"}


@pytest.mark.parametrize("fmt", ["docx", "txt"])
def test_russian_plan_with_sections(tmp_path: Path, fmt: str) -> None:
    title = ["Комплексный план мероприятий по охране реки Нура на 2025–2027 годы"]
    build = plan_docx if fmt == "docx" else plan_txt
    found = extract_document(parse_file(build(tmp_path, f"plan.{fmt}", title, RU_HEADER, RU_ROWS)))
    assert (found.document.kind, found.document.language, found.document.year) == ("work_plan", "ru", 2025)
    got = [(o.number, o.frequency, o.actor) for o in found.obligations]
    assert [(n, f) for n, f, _ in got] == [(n, f) for n, f, _ in RU_EXPECTED]
    for (_, _, actor), (_, _, part) in zip(got, RU_EXPECTED, strict=True):
        assert actor is not None and part in actor
    assert requirement_numbers(found) == {n for n, _, _ in RU_EXPECTED}  # section rows are no tasks
    assert all(o.kind == "task" and o.modality == "must" and o.language == "ru" for o in found.obligations)
    assert found.obligations[0].text == "Создание рабочей группы по контролю сбросов"
    assert found.obligations[-1].rrule == "FREQ=MONTHLY;INTERVAL=3"


@pytest.mark.parametrize("fmt", ["docx", "txt"])
def test_kazakh_plan_numbered_under_an_unusual_header(tmp_path: Path, fmt: str) -> None:
    title = ["Нұра өзенін қорғау жөніндегі 2025-2026 жылдарға арналған іс-шаралар жоспары"]
    build = plan_docx if fmt == "docx" else plan_txt
    found = extract_document(parse_file(build(tmp_path, f"zhospar.{fmt}", title, KK_HEADER, KK_ROWS)))
    assert (found.document.kind, found.document.language, found.document.year) == ("work_plan", "kk", 2025)
    assert [o.number for o in found.obligations] == ["1", "2", "3", "4"]  # `Р/с №`: read from the cells
    assert [o.frequency for o in found.obligations] == ["once", "quarterly", "continuous", None]
    assert [o.actor for o in found.obligations] == [row[4] for row in KK_ROWS]
    assert all(o.language == "kk" for o in found.obligations)


def test_vietnamese_plan_headed_nhiem_vu_and_tien_do(tmp_path: Path) -> None:
    intro = ["ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG", "KẾ HOẠCH", "Triển khai công tác bảo vệ môi trường năm 2025"]
    found = extract_document(parse_file(plan_docx(tmp_path, "ke-hoach.docx", intro, VI_HEADER, VI_ROWS)))
    doc = found.document
    assert (doc.kind, doc.language, doc.year) == ("work_plan", "vi", 2025)
    assert doc.title == "KẾ HOẠCH Triển khai công tác bảo vệ môi trường năm 2025"
    assert [o.number for o in found.obligations] == ["1", "2", "3", "4"]
    assert [o.actor for o in found.obligations] == [row[2] for row in VI_ROWS]
    assert [o.frequency for o in found.obligations] == ["once", "quarterly", "continuous", "once"]
    assert [o.deadline for o in found.obligations] == [row[4] for row in VI_ROWS]


def test_decision_issuing_a_plan(tmp_path: Path) -> None:
    """A Quyết định whose articles only issue the plan: a plan. Read as a regulation, the articles
    that oblige and the plan's tasks are both there."""
    path = plan_docx(tmp_path, "quyet-dinh.docx", VI_DECISION, VI_HEADER, VI_ROWS)
    doc = parse_file(path)
    found = extract_document(doc)
    assert found.document.kind == "work_plan"
    assert [o.number for o in found.obligations] == ["1", "2", "3", "4"]
    assert all(o.kind == "task" for o in found.obligations)

    as_act = extract_document(doc, Classification("regulation", {}, None, None, None))
    assert [o.article for o in as_act.obligations if o.kind != "task"] == ["3"]
    assert [o.number for o in as_act.obligations if o.kind == "task"] == ["1", "2", "3", "4"]


def test_a_regulation_table_of_names_and_terms_is_no_plan(tmp_path: Path) -> None:
    paragraphs = [
        "Статья 1. Сроки хранения отходов",
        "1. Оператор обязан соблюдать сроки хранения, указанные в таблице.",
    ]
    header = ["№", "Наименование отходов", "Срок хранения"]
    rows = [["1", "Отработанные масла", "6 месяцев"], ["2", "Ртутные лампы", "3 месяца"]]
    doc = parse_file(plan_docx(tmp_path, "zakon.docx", paragraphs, header, rows))
    found = extract_document(doc, Classification("regulation", {}, None, None, None))
    assert [o.number for o in found.obligations] == ["1.1"]
    assert [t.role for t in found.tables] == ["wastes"]


@pytest.mark.parametrize(
    ("deadline", "word"),
    [
        ("до 1 июля 2025 г.", "once"),
        ("IV квартал 2025 года", "once"),
        ("ежеквартально", "quarterly"),
        ("постоянно", "continuous"),
        ("по мере необходимости", None),
        ("до 5 числа месяца, следующего за отчетным", "monthly"),
        ("тұрақты", "continuous"),
        ("жыл сайын", "yearly"),
        ("Thường xuyên", "continuous"),
        ("khi có yêu cầu", None),
        (None, "once"),
    ],
)
def test_task_frequency(deadline: str | None, word: str | None) -> None:
    assert task_frequency(deadline)[0] == word
