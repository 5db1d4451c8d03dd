"""Deadline phrases in RU/KK/VI → rules that give concrete due dates."""

from __future__ import annotations

from datetime import date

import pytest

from extractor.nlp.deadlines import Deadline, find_deadline, find_deadlines, parse_deadline

QUARTERLY_2027 = [date(2027, 5, 1), date(2027, 8, 1), date(2027, 11, 1), date(2028, 2, 1)]


def rule(text: str) -> Deadline:
    d = parse_deadline(text)
    assert d is not None, text
    return d


# ------------------------------------------------------------- acceptance


def test_quarterly_report_due_first_of_second_month_after_quarter_2027():
    d = rule("до первого числа второго месяца за отчетным кварталом")
    assert d.kind == "after_period" and d.period == "quarter"
    assert d.due_dates(2027) == QUARTERLY_2027


def test_kazakh_quarterly_report_due_dates_are_the_same():
    d = rule("есепті тоқсаннан кейінгі екінші айдың бірінші күніне дейін")
    assert d.due_dates(2027) == QUARTERLY_2027


def test_year_report_due_april_first_of_next_year():
    d = rule("до 1 апреля года, следующего за отчетным")
    assert d.kind == "after_period" and d.period == "year"
    assert d.due_dates(2027) == [date(2028, 4, 1)]


def test_kazakh_year_report_due_april_first_of_next_year():
    assert rule("есепті жылдан кейінгі жылдың 1 сәуіріне дейін").due_dates(2027) == [date(2028, 4, 1)]


def test_vietnamese_next_year_date():
    assert rule("trước ngày 15 tháng 01 của năm sau").due_dates(2027) == [date(2028, 1, 15)]


# ------------------------------------------------------------------ rules


def test_monthly_report_due_tenth_of_next_month():
    d = rule("не позднее 10 числа месяца, следующего за отчетным")
    dates = d.due_dates(2027)
    assert len(dates) == 12
    assert dates[0] == date(2027, 2, 10) and dates[-1] == date(2028, 1, 10)


def test_reporting_period_from_the_frequency_when_the_phrase_does_not_say():
    d = rule("до 25 числа месяца, следующего за отчетным периодом")
    assert d.period is None
    assert d.due_dates(2027) == []
    assert d.due_dates(2027, period="quarterly") == [
        date(2027, 4, 25),
        date(2027, 7, 25),
        date(2027, 10, 25),
        date(2028, 1, 25),
    ]
    assert d.due_dates(2027, period="halfyear") == [date(2027, 7, 25), date(2028, 1, 25)]


def test_vietnamese_first_month_of_next_quarter():
    d = rule("trước ngày 10 của tháng đầu quý tiếp theo")
    assert d.due_dates(2027) == [date(2027, 4, 10), date(2027, 7, 10), date(2027, 10, 10), date(2028, 1, 10)]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("ежегодно до 1 марта", date(2027, 3, 1)),
        ("до 1 марта ежегодно", date(2027, 3, 1)),
        ("trước ngày 31 tháng 01 hằng năm", date(2027, 1, 31)),
        ("chậm nhất là ngày 15 tháng 3 hằng năm", date(2027, 3, 15)),
        ("жыл сайын 1 наурызға дейін", date(2027, 3, 1)),
        ("июнь", date(2027, 6, 30)),
        ("by 31 March each year", date(2027, 3, 31)),
    ],
)
def test_annual_dates(text, due):
    d = rule(text)
    assert d.kind == "annual"
    assert d.due_dates(2027) == [due]


def test_day_31_in_a_short_month_is_its_last_day():
    assert Deadline(raw="", kind="annual", day=31, month=2).due_dates(2028) == [date(2028, 2, 29)]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("до 31.12.2027", date(2027, 12, 31)),
        ("до 15 января 2028 года", date(2028, 1, 15)),
        ("trước ngày 15 tháng 01 năm 2028", date(2028, 1, 15)),
        ("4 квартал 2022 года", date(2022, 12, 31)),
        ("2027 жылғы 1 наурызға дейін", date(2027, 3, 1)),
    ],
)
def test_single_dates(text, due):
    d = rule(text)
    assert d.kind == "date"
    assert d.due_dates(due.year) == [due]
    assert d.due_dates(due.year + 1) == []


@pytest.mark.parametrize(
    ("text", "amount", "unit", "working"),
    [
        ("в течение трех рабочих дней", 3, "day", True),
        ("в течение 3 рабочих дней", 3, "day", True),
        ("в течение 10 календарных дней", 10, "day", False),
        ("в течение месяца", 1, "month", False),
        ("в течение 2 часов", 2, "hour", False),
        ("не позднее 5 рабочих дней", 5, "day", True),
        ("в 10-дневный срок", 10, "day", False),
        ("в трехдневный срок", 3, "day", False),
        ("незамедлительно", 0, "day", False),
        ("3 рабочих дня", 3, "day", True),
        ("within 10 days", 10, "day", False),
        ("within 3 working days", 3, "day", True),
        ("үш жұмыс күні ішінде", 3, "day", True),
        ("10 күн ішінде", 10, "day", False),
        ("күнтізбелік он күн ішінде", 10, "day", False),
        ("trong thời hạn 30 ngày", 30, "day", False),
        ("trong vòng 05 ngày làm việc", 5, "day", True),
        ("30 ngày", 30, "day", False),
        ("ngay lập tức", 0, "day", False),
    ],
)
def test_relative_deadlines(text, amount, unit, working):
    d = rule(text)
    assert (d.kind, d.amount, d.unit, d.working_days) == ("relative", amount, unit, working)
    assert d.due_dates(2027) == []


def test_working_days_skip_the_weekend():
    d = rule("в течение трех рабочих дней")
    assert d.due_after(date(2027, 3, 5)) == date(2027, 3, 10)  # Friday → Wednesday
    assert d.due_after(date(2027, 3, 1)) == date(2027, 3, 4)  # Monday → Thursday


def test_working_days_skip_given_holidays():
    d = rule("үш жұмыс күні ішінде")
    assert d.due_after(date(2027, 3, 5), holidays={date(2027, 3, 8)}) == date(2027, 3, 11)


def test_calendar_durations():
    assert rule("trong thời hạn 30 ngày").due_after(date(2027, 1, 10)) == date(2027, 2, 9)
    assert rule("в течение месяца").due_after(date(2027, 1, 31)) == date(2027, 2, 28)
    assert rule("незамедлительно").due_after(date(2027, 1, 10)) == date(2027, 1, 10)


def test_due_after_for_a_periodic_rule_is_the_next_due_date():
    d = rule("до первого числа второго месяца за отчетным кварталом")
    assert d.due_after(date(2027, 5, 2)) == date(2027, 8, 1)
    assert d.due_after(date(2027, 12, 31)) == date(2028, 2, 1)
    assert rule("ежегодно до 1 марта").due_after(date(2027, 3, 2)) == date(2028, 3, 1)


def test_find_deadline_returns_the_phrase_as_written():
    text = "Отчет предоставляются ежеквартально до первого числа второго месяца \nза отчетным кварталом в систему"
    d = find_deadline(text)
    assert d is not None
    assert d.raw == "до первого числа второго месяца \nза отчетным кварталом"
    assert text[d.start : d.end] == d.raw
    assert d.due_dates(2027) == QUARTERLY_2027


def test_find_deadline_in_an_obligation():
    d = find_deadline("8) в течение трех рабочих дней сообщать в уполномоченный орган о фактах нарушения")
    assert d is not None and d.raw == "в течение трех рабочих дней"


def test_find_deadline_vietnamese_leaves_the_event_out():
    d = find_deadline("gửi báo cáo trong 05 ngày làm việc kể từ ngày nhận mẫu")
    assert d is not None and d.raw == "trong 05 ngày làm việc"
    d = find_deadline("gửi báo cáo 05 ngày làm việc kể từ ngày nhận mẫu")
    assert d is not None and d.raw == "05 ngày làm việc"


def test_find_deadlines_lists_them_in_order():
    found = find_deadlines(
        "сообщать в течение 3 рабочих дней; отчет – до 1 апреля года, следующего за отчетным."
    )
    assert [d.kind for d in found] == ["relative", "after_period"]


@pytest.mark.parametrize("text", ["", "до конца", "шахта 57", "30 мг/л", "до 2031 г."])
def test_no_deadline(text):
    assert parse_deadline(text) is None


def test_a_bare_duration_is_only_a_deadline_as_a_whole_cell():
    assert find_deadline("хранится 30 дней") is None
    assert parse_deadline("30 дней") is not None
