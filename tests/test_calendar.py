"""The facility calendar: RFC 5545 as calendar clients read it (the `icalendar` package) and as the RFC
writes it (strict checks of lines, folding, nesting and required properties), on the sample programme."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from extractor.errors import NotFound
from extractor.exports.calendar import escape_text, facility_calendar, fold, recurrence, serialize
from extractor.store import ingest_file, open_db
from extractor.store import queries as q
from extractor.store.corrections import correct

icalendar = pytest.importorskip("icalendar")

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "corpus" / "samples" / "sample-pek-programme.docx"
NOW = dt.datetime(2027, 3, 15, 9, 30, tzinfo=dt.UTC)
QUARTERLY_REPORT = [dt.date(2027, 5, 1), dt.date(2027, 8, 1), dt.date(2027, 11, 1), dt.date(2028, 2, 1)]
LONG_RU = (
    "Отчёт о выполнении программы производственного экологического контроля, включая результаты "
    "инструментальных замеров на границе санитарно-защитной зоны; представляется в уполномоченный орган "
    "в области охраны окружающей среды до первого числа второго месяца за отчётным кварталом"
)
LONG_VI = (
    "Báo cáo kết quả quan trắc môi trường định kỳ, bao gồm nước thải công nghiệp và khí thải; gửi Sở Tài nguyên "
    "và Môi trường trước ngày 31 tháng 01 hằng năm theo quy định của Thông tư hướng dẫn"
)


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> tuple:
    db = open_db(tmp_path_factory.mktemp("store") / "regdocs.db")
    result = ingest_file(db, SAMPLE)
    return db, result.facility_id


@pytest.fixture(scope="module")
def text(sample) -> str:
    db, facility_id = sample
    return facility_calendar(db, facility_id, now=NOW)


@pytest.fixture(scope="module")
def events(text) -> list:
    return icalendar.Calendar.from_ical(text).walk("VEVENT")


def unfold(text: str) -> list[str]:
    return text.replace("\r\n ", "").split("\r\n")[:-1]


def check_strictly(text: str) -> None:
    """What RFC 5545 demands of the bytes, checked without a parser's leniency."""
    data = text.encode("utf-8")
    assert data.endswith(b"\r\n")
    raw_lines = data.split(b"\r\n")[:-1]
    assert b"\n" not in b"".join(raw_lines) and b"\r" not in b"".join(raw_lines), "bare LF or CR"
    for line in raw_lines:
        assert len(line) <= 75, (len(line), line)
        line.decode("utf-8")  # each physical line is whole characters: no fold inside one
    lines = unfold(text)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    stack: list[str] = []
    props: list[dict[str, list[str]]] = []
    for line in lines:
        assert re.match(r"^[A-Z0-9-]+(;[^:]*)?:", line), line
        name, _, value = line.partition(":")
        if name == "BEGIN":
            stack.append(value)
            props.append({})
        elif name == "END":
            assert stack and stack[-1] == value, (stack, value)
            stack.pop()
            component = props.pop()
            _check_component(value, component)
        else:
            props[-1].setdefault(name.split(";")[0], []).append(value)
    assert stack == []


def _check_component(name: str, props: dict[str, list[str]]) -> None:
    once = {
        "VCALENDAR": ("PRODID", "VERSION"),
        "VEVENT": ("UID", "DTSTAMP", "DTSTART"),
        "VALARM": ("ACTION", "TRIGGER"),
    }.get(name, ())
    for prop in once:
        assert len(props.get(prop, [])) == 1, (name, prop, props)
    if name == "VCALENDAR":
        assert props["VERSION"] == ["2.0"] and props["CALSCALE"] == ["GREGORIAN"]
        assert "X-WR-CALNAME" in props
    if name == "VEVENT":
        assert re.fullmatch(r"\d{8}T\d{6}Z", props["DTSTAMP"][0])
        assert re.fullmatch(r"obligation-\d+-\d{4}-\d{2}-\d{2}@regdocs", props["UID"][0])
        assert len(props.get("RRULE", [])) <= 1
    if name == "VALARM":
        assert props["ACTION"] == ["DISPLAY"] and "DESCRIPTION" in props


def _summary(event) -> str:
    return str(event["SUMMARY"])


# ------------------------------------------------------------------ the sample's calendar


def test_calendar_passes_the_strict_checks(text):
    check_strictly(text)


def test_calendar_parses_with_icalendar_and_is_named_after_the_facility(text):
    cal = icalendar.Calendar.from_ical(text)
    assert str(cal["VERSION"]) == "2.0"
    assert str(cal["CALSCALE"]) == "GREGORIAN"
    assert str(cal["PRODID"])
    name_line = next(line for line in unfold(text) if line.startswith("X-WR-CALNAME:"))
    assert name_line == "X-WR-CALNAME:" + escape_text("Карьер «Учебный» ТОО «Степной щебень»")


def test_quarterly_report_has_one_all_day_event_per_due_date(events):
    reports = [e for e in events if _summary(e).startswith("Отчет ПЭК:")]
    assert sorted(e["DTSTART"].dt for e in reports) == QUARTERLY_REPORT
    for e in reports:
        start = e["DTSTART"].dt
        assert type(start) is dt.date  # all-day
        assert e["DTEND"].dt == start + dt.timedelta(days=1)
        assert "RRULE" not in e
        assert "до первого числа второго месяца за отчетным кварталом" in str(e["DESCRIPTION"])
        assert "sample-pek-programme.docx" in str(e["DESCRIPTION"])
        alarms = e.walk("VALARM")
        assert len(alarms) == 1 and alarms[0]["TRIGGER"].dt == -dt.timedelta(days=7)


def test_quarterly_monitoring_recurs_from_the_first_of_january_of_the_programme_year(events):
    recurring = [e for e in events if "RRULE" in e]
    quarterly = [e for e in recurring if e["RRULE"].to_ical() == b"FREQ=MONTHLY;INTERVAL=3"]
    assert quarterly
    monitoring = [e for e in quarterly if str(e["CATEGORIES"].to_ical(), "utf-8") == "monitoring"]
    assert any("Атмосферный воздух" in str(e["DESCRIPTION"]) for e in monitoring)
    for e in recurring:
        assert e["DTSTART"].dt == dt.date(2027, 1, 1)
        assert e["DTEND"].dt == dt.date(2027, 1, 2)
    assert any(e["RRULE"].to_ical() == b"FREQ=YEARLY" for e in recurring)


def test_obligations_without_dates_or_rules_have_no_event(sample, events):
    db, facility_id = sample
    _, items = q.obligations(db, q.ObligationFilter(facility_id=facility_id, limit=10000))
    expected = sum(len(o["due_dates"]) or (1 if o["rrule"] else 0) for o in items)
    assert len(events) == expected
    assert len({str(e["UID"]) for e in events}) == len(events)


def test_uids_are_stable_across_exports_and_dtstamp_is_utc(sample, text):
    db, facility_id = sample
    later = facility_calendar(db, facility_id, now=NOW + dt.timedelta(days=40))
    assert re.findall(r"UID:(\S+)", text) == re.findall(r"UID:(\S+)", later)
    assert "DTSTAMP:20270315T093000Z" in text
    assert "DTSTAMP:20270424T093000Z" in later


def test_filter_narrows_the_calendar(sample):
    db, facility_id = sample
    only = facility_calendar(
        db, facility_id, q.ObligationFilter(kind="reporting", due_from="2027-07-01"), now=NOW
    )
    cal = icalendar.Calendar.from_ical(only)
    assert sorted(e["DTSTART"].dt for e in cal.walk("VEVENT")) == QUARTERLY_REPORT[1:]


def test_unknown_facility_is_not_found(sample):
    db, _ = sample
    with pytest.raises(NotFound):
        facility_calendar(db, 999)


# ------------------------------------------------------------------ superseded programmes


def test_superseded_obligations_are_left_out_by_default(tmp_path):
    db = open_db(tmp_path / "regdocs.db")
    old = ingest_file(db, SAMPLE)
    new = ingest_file(db, SAMPLE.with_suffix(".txt"))
    current_ids = {o["id"] for o in q.obligations(db, q.ObligationFilter(document_id=new.document_id))[1]}
    text = facility_calendar(db, new.facility_id, now=NOW)
    check_strictly(text)
    ids = {int(m) for m in re.findall(r"UID:obligation-(\d+)-", text)}
    assert ids and ids <= current_ids
    everything = facility_calendar(db, new.facility_id, q.ObligationFilter(superseded="all"), now=NOW)
    old_ids = {
        o["id"]
        for o in q.obligations(db, q.ObligationFilter(document_id=old.document_id, superseded="all"))[1]
    }
    assert {int(m) for m in re.findall(r"UID:obligation-(\d+)-", everything)} & old_ids


# ------------------------------------------------------------------ folding and escaping


@pytest.mark.parametrize("value", [LONG_RU, LONG_VI, "😀" * 40, "a" + "ё" * 80, "x" * 200])
def test_fold_cuts_at_75_octets_and_never_inside_a_character(value):
    line = "SUMMARY:" + value
    pieces = fold(line)
    assert "".join(p[1:] if i else p for i, p in enumerate(pieces)) == line
    for i, piece in enumerate(pieces):
        assert len(piece.encode("utf-8")) <= 75
        assert (piece.startswith(" ") and len(piece) > 1) if i else not piece.startswith(" ")
    assert len(pieces[0].encode("utf-8")) > 75 - 4  # filled, not cut early


def test_escape_text_escapes_what_rfc5545_says():
    assert escape_text("a\\b;c,d\ne\r\nf") == "a\\\\b\\;c\\,d\\ne\\nf"
    assert escape_text("bell\x07") == "bell"


def test_serialize_ends_every_line_with_crlf():
    out = serialize(["BEGIN:VCALENDAR", "X-TEST:" + "ж" * 100, "END:VCALENDAR"])
    assert out.endswith("\r\n") and "\n" not in out.replace("\r\n", "")


@pytest.mark.parametrize("long_text", [LONG_RU, LONG_VI])
def test_long_russian_and_vietnamese_texts_fold_and_come_back_whole(tmp_path, long_text):
    db = open_db(tmp_path / "regdocs.db")
    result = ingest_file(db, SAMPLE)
    report = next(o for o in q.obligations(db, q.ObligationFilter(limit=10000))[1] if o["due_dates"])
    correct(db, report["id"], "text", long_text + "\\ конец", "test")
    text = facility_calendar(db, result.facility_id, now=NOW)
    check_strictly(text)
    event = next(
        e
        for e in icalendar.Calendar.from_ical(text).walk("VEVENT")
        if str(e["UID"]).startswith(f"obligation-{report['id']}-")
    )
    assert str(event["DESCRIPTION"]).startswith(long_text + "\\ конец")
    assert str(event["SUMMARY"]).startswith("Отчет ПЭК: " + long_text[:20])
    assert str(event["SUMMARY"]).endswith("…")


# ------------------------------------------------------------------ recurrence rules


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        ("FREQ=MONTHLY;INTERVAL=3", "FREQ=MONTHLY;INTERVAL=3"),
        ("FREQ=YEARLY;BYMONTH=7,8,9;BYSETPOS=1", "FREQ=YEARLY;BYMONTH=7,8,9;BYSETPOS=1"),
        ("RRULE:freq=weekly", "FREQ=WEEKLY"),
        ("FREQ=YEARLY;INTERVAL=3", "FREQ=YEARLY;INTERVAL=3"),
        (None, None),
        ("", None),
        ("INTERVAL=3", None),
        ("FREQ=QUARTERLY", None),
        ("FREQ=DAILY;FREQ=WEEKLY", None),
        ("FREQ=DAILY;COUNT=3;UNTIL=20271231", None),
        ("FREQ=HOURLY", None),
        ("FREQ=MONTHLY;BYMONTH=13", None),
        ("FREQ=DAILY;UNTIL=20271231T000000Z", None),
    ],
)
def test_recurrence_keeps_valid_all_day_rules_only(rule, expected):
    assert recurrence(rule) == expected


def test_yearly_rule_tied_to_a_quarter_starts_in_its_first_month(devset, tmp_path):
    """The Zhomart programme measures `1 раз в год (3 квартал)`: DTSTART is synchronised with BYMONTH; it names
    no year, so the year is the current one."""
    db = open_db(tmp_path / "regdocs.db")
    result = ingest_file(db, devset / "pek-rules-and-programme-zhomart.docx")
    text = facility_calendar(db, result.facility_id, now=NOW)
    check_strictly(text)
    year = (
        db.execute("select year from documents where id = ?", [result.document_id]).fetchone()[0] or NOW.year
    )
    tied = [
        e
        for e in icalendar.Calendar.from_ical(text).walk("VEVENT")
        if "RRULE" in e and b"BYMONTH=7,8,9" in e["RRULE"].to_ical()
    ]
    assert tied and all(e["DTSTART"].dt == dt.date(year, 7, 1) for e in tied)
