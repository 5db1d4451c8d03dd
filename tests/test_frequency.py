"""Frequencies in RU/KK/VI words → the contract's word and an RFC 5545 rule."""

from __future__ import annotations

import datetime

import pytest

from extractor.nlp.frequency import WORDS, find_frequencies, find_frequency, months_of, parse_frequency

QUARTERLY = "FREQ=MONTHLY;INTERVAL=3"
SEMIANNUAL = "FREQ=MONTHLY;INTERVAL=6"


@pytest.mark.parametrize(
    ("text", "word", "rrule"),
    [
        ("1 раз в квартал", "quarterly", QUARTERLY),
        ("1 раз/квартал", "quarterly", QUARTERLY),
        ("1 раз в кв.", "quarterly", QUARTERLY),
        ("1 р/кв", "quarterly", QUARTERLY),
        ("ежеквартально", "quarterly", QUARTERLY),
        ("раз в квартал", "quarterly", QUARTERLY),
        ("каждые 3 месяца", "quarterly", QUARTERLY),
        ("4 раза в год", "quarterly", QUARTERLY),
        ("2 раза в год", "semiannual", SEMIANNUAL),
        ("дважды в год", "semiannual", SEMIANNUAL),
        ("1 раз в полугодие", "semiannual", SEMIANNUAL),
        ("раз в полгода", "semiannual", SEMIANNUAL),
        ("ежемесячно", "monthly", "FREQ=MONTHLY"),
        ("1 раз в месяц", "monthly", "FREQ=MONTHLY"),
        ("12 раз в год", "monthly", "FREQ=MONTHLY"),
        ("ежедневно", "daily", "FREQ=DAILY"),
        ("раз в сутки", "daily", "FREQ=DAILY"),
        ("еженедельно", "weekly", "FREQ=WEEKLY"),
        ("1 раз в неделю", "weekly", "FREQ=WEEKLY"),
        ("1 раз в год", "yearly", "FREQ=YEARLY"),
        ("ежегодно", "yearly", "FREQ=YEARLY"),
        ("постоянно", "continuous", None),
        ("непрерывно", "continuous", None),
        ("в непрерывном режиме", "continuous", None),
        ("однократно", "once", None),
        ("бір рет (фон)", "once", None),  # once, the background taken before the works
        ("1 раз в 3 года", None, "FREQ=YEARLY;INTERVAL=3"),
        ("3 раза в год", None, "FREQ=MONTHLY;INTERVAL=4"),
        ("1 раз в 10 дней", None, "FREQ=DAILY;INTERVAL=10"),
        ("2 раза в сутки", None, "FREQ=HOURLY;INTERVAL=12"),
        # Kazakh
        ("тоқсанына 1 рет", "quarterly", QUARTERLY),
        ("тоқсанда бір рет", "quarterly", QUARTERLY),
        ("жылына 1 рет", "yearly", "FREQ=YEARLY"),
        ("жылына 2 рет", "semiannual", SEMIANNUAL),
        ("айына 1 рет", "monthly", "FREQ=MONTHLY"),
        ("тәулігіне 1 рет", "daily", "FREQ=DAILY"),
        ("3 жылда 1 рет", None, "FREQ=YEARLY;INTERVAL=3"),
        ("ай сайын", "monthly", "FREQ=MONTHLY"),
        ("жыл сайын", "yearly", "FREQ=YEARLY"),
        ("тоқсан сайын", "quarterly", QUARTERLY),
        ("үздіксіз", "continuous", None),
        ("1 р/тоқс", "quarterly", QUARTERLY),  # a plan's cells written short, count first
        ("2 р/жыл", "semiannual", SEMIANNUAL),
        ("1 рет/ай", "monthly", "FREQ=MONTHLY"),
        # Vietnamese
        ("03 tháng/lần", "quarterly", QUARTERLY),
        ("3 tháng/lần", "quarterly", QUARTERLY),
        ("06 tháng/lần", "semiannual", SEMIANNUAL),
        ("06 tháng/01 lần", "semiannual", SEMIANNUAL),
        ("12 tháng/lần", "yearly", "FREQ=YEARLY"),
        ("6 tháng một lần", "semiannual", SEMIANNUAL),
        ("định kỳ 6 tháng", "semiannual", SEMIANNUAL),
        ("định kỳ 03 tháng/lần", "quarterly", QUARTERLY),
        ("2 lần/năm", "semiannual", SEMIANNUAL),
        ("hàng quý", "quarterly", QUARTERLY),
        ("hằng quý", "quarterly", QUARTERLY),
        ("hằng năm", "yearly", "FREQ=YEARLY"),
        ("hàng năm", "yearly", "FREQ=YEARLY"),
        ("hàng tháng", "monthly", "FREQ=MONTHLY"),
        ("hằng ngày", "daily", "FREQ=DAILY"),
        ("Mỗi ca", "daily", "FREQ=DAILY"),  # every shift, as `ежесменно`
        ("liên tục", "continuous", None),
        # English
        ("twice a year", "semiannual", SEMIANNUAL),
        ("quarterly", "quarterly", QUARTERLY),
        # said in plain words: days of the week, working days, a day of the month or quarter
        ("по пятницам, 14:00", "weekly", "FREQ=WEEKLY"),
        ("каждый рабочий день в 8:30", "daily", "FREQ=DAILY"),
        ("последняя пятница каждого месяца", "monthly", "FREQ=MONTHLY"),
        ("в первый рабочий день квартала", "quarterly", QUARTERLY),
        ("1 раз/кварт.", "quarterly", QUARTERLY),
        ("5 раз в неделю", "daily", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"),
        ("аптасына 6 рет", "daily", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA"),
        ("әр дүйсенбі", "weekly", "FREQ=WEEKLY"),
        ("әр жұмыс күні", "daily", "FREQ=DAILY"),
        ("әр тоқсанның соңғы аптасында", "quarterly", QUARTERLY),
        ("тоқсанына 1 р.", "quarterly", QUARTERLY),
        ("4 đợt/năm", "quarterly", QUARTERLY),
        # only the months it is done in
        ("в мае и ноябре", "semiannual", "FREQ=YEARLY;BYMONTH=5,11"),
        ("маусымда және желтоқсанда", "semiannual", "FREQ=YEARLY;BYMONTH=6,12"),
        ("Tháng 5 và tháng 11", "semiannual", "FREQ=YEARLY;BYMONTH=5,11"),
        ("март, июнь, сентябрь, декабрь", "quarterly", "FREQ=YEARLY;BYMONTH=3,6,9,12"),
    ],
)
def test_parse_frequency(text, word, rrule):
    f = parse_frequency(text)
    assert f is not None
    assert (f.word, f.rrule) == (word, rrule)
    assert f.word is None or f.word in WORDS


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("1 раз в год (3 квартал)", (7, 8, 9)),
        ("1 раз в год  \n(3 квартал)", (7, 8, 9)),
        ("1 раз в год (III квартал)", (7, 8, 9)),
        ("1 раз в год в III квартале", (7, 8, 9)),
        ("1 раз в год (июль-сентябрь)", (7, 8, 9)),
        ("1 раз в год (летний период)", (6, 7, 8)),
        ("жылына 1 рет (3-тоқсан)", (7, 8, 9)),
        ("hằng năm (quý III)", (7, 8, 9)),
    ],
)
def test_yearly_with_a_window_keeps_the_months_in_the_rule(text, months):
    f = parse_frequency(text)
    assert f is not None and f.word == "yearly"
    assert f.months == months
    assert f.rrule == f"FREQ=YEARLY;BYMONTH={','.join(map(str, months))};BYSETPOS=1"


def test_the_rule_with_a_window_is_valid_rfc5545():
    rrule = pytest.importorskip("dateutil.rrule")
    f = parse_frequency("1 раз в год (3 квартал)")
    assert f is not None and f.rrule is not None
    rule = rrule.rrulestr(f.rrule, dtstart=datetime.datetime(2027, 1, 1))
    assert [d.date() for d in rule[:2]] == [datetime.date(2027, 7, 1), datetime.date(2028, 7, 1)]


@pytest.mark.parametrize(
    "text",
    ["1 раз в квартал", "2 раза в год", "03 tháng/lần", "1 раз в 3 года", "2 раза в сутки", "ежемесячно"],
)
def test_every_rule_parses_with_dateutil(text):
    rrule = pytest.importorskip("dateutil.rrule")
    f = parse_frequency(text)
    assert f is not None and f.rrule is not None
    assert rrule.rrulestr(f.rrule, dtstart=datetime.datetime(2027, 1, 1))[0] is not None


def test_quarterly_rule_gives_four_dates_a_year():
    rrule = pytest.importorskip("dateutil.rrule")
    f = parse_frequency("тоқсанына 1 рет")
    assert f is not None and f.rrule is not None
    dates = list(rrule.rrulestr(f.rrule, dtstart=datetime.datetime(2027, 1, 1), forceset=False)[:4])
    assert [d.month for d in dates] == [1, 4, 7, 10]


def test_find_frequency_in_a_sentence():
    f = find_frequency(
        "Отчет о выполнении программы предоставляются ежеквартально до первого числа второго месяца"
    )
    assert f is not None and f.word == "quarterly" and f.raw == "ежеквартально"
    assert f.start is not None and f.end is not None


@pytest.mark.parametrize(
    "text",
    [
        "в среднем в 2–3 раза продолжительнее подъема",
        "динамики ежегодного объема забираемой воды",
        "постоянное напоминание персоналу",
        "режим работы – непрерывный 8000 часов в год",
        "отчет за отчетный квартал",
        "",
    ],
)
def test_no_frequency_where_there_is_none(text):
    assert find_frequency(text) is None


def test_find_frequencies_lists_all_in_order():
    found = find_frequencies("NO2 – 1 раз в квартал; пыль – 1 раз в год (3 квартал); SO2 – ежемесячно")
    assert [(f.word, f.months) for f in found] == [("quarterly", ()), ("yearly", (7, 8, 9)), ("monthly", ())]


def test_months_of():
    assert months_of("4 квартал") == (10, 11, 12)
    assert months_of("quý 2") == (4, 5, 6)
    assert months_of("ноябрь-февраль") == (11, 12, 1, 2)
    assert months_of("зимой") == (12, 1, 2)
    assert months_of("весной и осенью") == (3, 4, 5, 9, 10, 11)
    assert months_of("июнь") == (6,)
    assert months_of("шахта") == ()


@pytest.mark.parametrize("text", ["апрель–май", "до 1 мая 2026", "январь и февраль 2026", "май 2026 г."])
def test_a_window_or_a_date_is_no_frequency(text):
    """Months that bound a deadline or a window are not months a duty recurs in."""
    assert find_frequency(text) is None
