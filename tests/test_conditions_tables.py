"""A regulator's conditions set out as a table, in DOCX, PDF and text files the tests write.

A permit or a scoping conclusion may give its numbered requirements as rows of a table (`№ | Экологическое
условие | Основание | Срок исполнения`) rather than as a numbered list. Each numbered row is one requirement
with its number, its deadline and the acts its basis cites; what its words also say of limits and places to
measure is read as before. Such a table does not make the permit a work plan.
"""

from __future__ import annotations

import pytest
from genre_docs import extracted, have_fonts

FORMATS = ("docx", "pdf", "txt")
pytestmark = pytest.mark.skipif(not have_fonts(), reason="DejaVu fonts are needed for the PDFs")

KZ_PERMIT = [
    ("h", "Комплексное экологическое разрешение № KZ11VCZ00000001"),
    ("p", "Оператор: ТОО «Степной нефтехимический завод». Приложение 3. Экологические условия."),
    (
        "t",
        "Экологические условия комплексного экологического разрешения",
        [
            ["№", "Экологическое условие", "Основание", "Срок исполнения"],
            [
                "3.1",
                "Концентрации загрязняющих веществ в дымовых газах печи П-1 (ИЗА 0101) не должны превышать, мг/Нм³: "
                "азота диоксид – 150; углерода оксид – 100.",
                "Справочник по НДТ, НДТ 34",
                "с даты выдачи разрешения",
            ],
            [
                "3.2",
                "Не допускать сжигания газов на факельной установке (ИЗА 0090), кроме аварийных ситуаций.",
                "Экологический кодекс РК, ст. 146",
                "с даты выдачи разрешения",
            ],
            [
                "3.3",
                "Представлять отчет по программе производственного экологического контроля в уполномоченный орган.",
                "Экологический кодекс РК, ст. 186",
                "ежеквартально, до 10 числа месяца, следующего за отчетным кварталом",
            ],
        ],
        [],
    ),
]

KK_PERMIT = [
    ("h", "Кешенді экологиялық рұқсат № KZ22VCZ00000002"),
    ("p", "Операторы: «Дала мұнай-химия зауыты» ЖШС. 3-қосымша. Экологиялық шарттар."),
    (
        "t",
        "Кешенді экологиялық рұқсаттың экологиялық шарттары",
        [
            ["№", "Экологиялық шарт", "Негіздеме", "Орындау мерзімі"],
            ["1", "Өндірістік экологиялық бақылау бағдарламасы бойынша есепті уәкілетті органға ұсыну.", "Экология кодексі, 186-бап", "тоқсан сайын"],
            ["2", "Қалдықтарды тиісті лицензиясы бар ұйымдарға беру және олардың есебін жүргізу.", "Экология кодексі, 336-бап", "тұрақты"],
        ],
        [],
    ),
]

VI_PERMIT = [
    ("h", "GIẤY PHÉP MÔI TRƯỜNG"),
    ("p", "Cấp cho: Công ty TNHH Hóa chất Sông Hồng, địa chỉ: KCN Đình Vũ, thành phố Hải Phòng."),
    ("h", "Phụ lục 4. Các yêu cầu về bảo vệ môi trường"),
    (
        "t",
        None,
        [
            ["TT", "Nội dung yêu cầu", "Thời hạn thực hiện"],
            ["1", "Vận hành thường xuyên, liên tục hệ thống xử lý nước thải công suất 500 m³/ngày đêm.", "Trong suốt thời gian hoạt động"],
            ["2", "Báo cáo công tác bảo vệ môi trường định kỳ hằng năm gửi Sở Tài nguyên và Môi trường.", "Trước ngày 31 tháng 01 hằng năm"],
            ["3", "Không được xả nước thải chưa qua xử lý ra môi trường.", "Trong suốt thời gian hoạt động"],
        ],
        [],
    ),
]


def _numbered(found) -> dict[str, object]:
    return {o.number: o for o in found.obligations if o.number and o.kind != "monitoring"}


@pytest.mark.parametrize("fmt", FORMATS)
def test_each_numbered_condition_of_a_permits_table_is_one_of_its_requirements(tmp_path, fmt):
    found = extracted(KZ_PERMIT, tmp_path, "kz_permit", fmt)
    assert found.document.kind == "permit"
    got = _numbered(found)
    assert set(got) == {"3.1", "3.2", "3.3"}, got
    assert got["3.2"].modality == "must_not" and "факельной" in got["3.2"].text
    assert got["3.3"].frequency == "quarterly" and "10 числа" in (got["3.3"].deadline or "")
    assert any(r.article == "186" for r in got["3.3"].legal_refs), got["3.3"].legal_refs
    limits = {(x.substance.code, x.limit) for x in found.limits}
    assert {("0301", 150.0), ("0337", 100.0)} <= limits, limits  # what the condition caps, as before


@pytest.mark.parametrize("fmt", ("docx", "txt"))
def test_a_kazakh_permits_conditions_keep_their_numbers_and_basis(tmp_path, fmt):
    got = _numbered(extracted(KK_PERMIT, tmp_path, "kk_permit", fmt))
    assert set(got) == {"1", "2"}, got
    assert got["1"].frequency == "quarterly"
    assert any(r.article == "336" for r in got["2"].legal_refs), got["2"].legal_refs


@pytest.mark.parametrize("fmt", ("docx", "txt"))
def test_a_vietnamese_permits_table_of_requirements_gives_each(tmp_path, fmt):
    found = extracted(VI_PERMIT, tmp_path, "vi_permit", fmt)
    got = _numbered(found)
    assert set(got) == {"1", "2", "3"}, got
    assert all(o.kind in ("task", "requirement") for o in got.values())  # the plan reader may take it first
    assert got["2"].frequency == "yearly"


PLAN = [
    ("h", "План мероприятий по охране окружающей среды на 2027 год"),
    (
        "t",
        None,
        [
            ["№", "Мероприятие", "Срок исполнения", "Ответственный"],
            ["1", "Провести инвентаризацию источников выбросов загрязняющих веществ.", "II квартал 2027 г.", "эколог"],
            ["2", "Заменить фильтры аспирационной системы цеха помола.", "до 01.09.2027", "главный механик"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", ("docx", "txt"))
def test_a_plans_tasks_stay_tasks(tmp_path, fmt):
    found = extracted(PLAN, tmp_path, "plan", fmt)
    assert found.document.kind == "work_plan"
    assert [(o.kind, o.number) for o in found.obligations] == [("task", "1"), ("task", "2")]


COMPLAINTS = [
    ("h", "Протокол измерений качества атмосферного воздуха по обращениям населения"),
    (
        "t",
        "Таблица 1 – Результаты разовых измерений",
        [
            ["Дата отбора", "Место отбора (адрес заявителя)", "Концентрация, мг/м³", "", ""],
            ["", "", "Сероводород (0333)", "Бензол (0602)", "Серы диоксид (0330)"],
            ["ПДК м.р., мг/м³", "", "0,008", "0,3", "0,5"],
            ["10.03.2026", "мкр. Тассай, ул. Лесная, 4", "0,0045", "0,036", "0,19"],
            ["12.03.2026", "пос. Бозарык, ул. Достык, 11", "0,0031", "0,059", "0,1"],
        ],
        [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4)],
    ),
]


@pytest.mark.parametrize("fmt", ("docx", "txt"))
def test_samples_taken_at_addresses_are_at_those_addresses(tmp_path, fmt):
    found = extracted(COMPLAINTS, tmp_path, "complaints", fmt)
    got = {(x.point, x.substance.code, x.value) for x in found.limits}
    assert ("мкр. Тассай, ул. Лесная, 4", "0333", 0.0045) in got, got
    assert ("пос. Бозарык, ул. Достык, 11", "0330", 0.1) in got, got


ANNEX = [
    ("p", "Приложение 2 к экологическому разрешению на воздействие № KZ33VDD00000003"),
    ("h", "Условия природопользования. ТОО «Ақмола Каолин», обогатительная фабрика"),
    (
        "t",
        None,
        [
            ["№", "Условие", "Срок исполнения"],
            ["1", "Соблюдать нормативы допустимых выбросов, установленные приложением 1 к настоящему разрешению.", "постоянно"],
            ["2", "Передавать отходы производства и потребления организациям, имеющим лицензию.", "постоянно"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", ("docx", "txt"))
def test_a_permits_annex_of_conditions_with_their_terms_is_no_work_plan(tmp_path, fmt):
    found = extracted(ANNEX, tmp_path, "annex", fmt)
    assert found.document.kind == "permit"
    assert set(_numbered(found)) == {"1", "2"}
