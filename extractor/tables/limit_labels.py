"""The labels of a limits table: a standard's column (`cột B`, `ПДК м.р.`, `Cmax`), an averaging time, and the
points or sources a header, a row title, a caption or a lead-in names (`NT1`, `КК-2`, `ИЗА 0001`)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from extractor import columns as words
from extractor import contract as c
from extractor.context import (
    cell,
    clean_name,
    is_blank,
)
from extractor.model import Table
from extractor.nlp.substances import match_substance
from extractor.tables.limit_cells import UNIT_TEXT
from extractor.tables.points import (
    ANY_ID,
    DESCRIBED_ID,
    named_point,
    points_listed,
)
from extractor.tables.profile import (
    POINT_ID,
    SOURCE_NUMBER,
    point_name,
)
from extractor.tables.records import sources_mentioned


def column_point(parts: tuple[str, ...] | list[str]) -> str | None:
    """The point one of a column's header parts names: a short id (`NT1`, `0001`) or an outlet by its
    number (`Выпуск № 1`, `№ 1 шығарылым`)."""
    for part in parts if len(parts) > 1 else ():
        text = " ".join(part.split())
        if (stack := stack_of(text)) is not None:
            return stack
        if names_an_outlet(text):
            return text
        if len(named := sources_mentioned(text, leading=True)) == 1 and re.match(rf"^\D{{0,12}}{named[0]}\s*(?:[–—-]\s*)?[^\W\d_]", text):
            return named[0]  # `ИЗА 0001 – сушильная печь` over its norm and result: the source, not a year
        if m := DESCRIBED_ID.match(text) or LEADING_ID.match(text):
            return re.sub(r"\s+", "", m.group(1))  # `В-1 (р. Или, водозабор)` over its limit and result
    return None


EXPLAINED_ID = re.compile(r"[^\W\d_]{3}.*\(\s*((?:[^\W\d_]{2,4}\s?[-–.]?|[^\W\d_][-–.])\s?\d{1,3}[a-zа-я]?)\s*\)\s*$")
"""A point's place, then its short id in brackets (`Cổng chính nhà máy (KK1)`), as a legend explains a code."""


LEADING_ID = re.compile(r"^\s*([^\W\d_]{1,4}\s?[-–]\s?\d{1,3}[a-zа-я]?)\s+(?=[^\d\s])")
"""A hyphenated short id, then what the point is (`КК-3 АЗС № 3, г. Кокшетау`, `NM-05 CHXD số 05`)."""


def names_an_outlet(text: str) -> bool:
    """A short label naming a discharge outlet by its number (`Выпуск № 1`, `№ 1 шығарылым`)."""
    return names_a_point(text) and len(text) <= 30 and bool(words.compiled("OUTLET_WORDS").search(words.flat(text)))


def tokens_ordered(text: str) -> list[str]:
    return [t for t in re.split(r"[\s,;]+", UNIT_TEXT.sub(" ", text)) if t]


def clean_label(text: str) -> str | None:
    label = UNIT_TEXT.sub(" ", text)
    label = re.sub(r"[()\[\],;:]", " ", label)
    prefixes = words.words("SUBCOLUMN_PREFIXES")
    for p in prefixes:
        label = re.sub(rf"^\s*(?:{p})\b\s*", "", label, flags=re.I)
    label = " ".join(label.split()).strip(" -–")
    if re.fullmatch(r"[A-CА-В]", label):
        label = label.upper().replace("А", "A").replace("В", "B")
    return label or None


HEADER_POINT = re.compile(r"(?<![\w-])([^\W\d_]{1,4}\s?[-–]\s?\d{1,3}|[^\W\d_]{2,4}\d{1,3})(?![\w-])")
"""A point's id inside a header (`Фактическая концентрация в КК-1`, `БҚ-1 құдығындағы …`): capitals and a number."""


def asked_at(text: str) -> str | None:
    """The one source or point a check's question names (`Соблюдаются ли нормативы на ИЗА 0001 – …?`,
    `Nồng độ khí thải tại KT01 – … có nằm trong giới hạn?`)."""
    if is_blank(text):
        return None
    if len(named := sources_mentioned(text)) == 1:
        return named[0]
    ids = points_listed(text)
    return ids[0] if len(ids) == 1 else None


def header_point(header: str) -> str | None:
    """The one point a measured column's header names, if it names one and no substance."""
    found = {m.group(1).replace(" ", "") for m in HEADER_POINT.finditer(header) if re.sub(r"[\W\d_]", "", m.group(1)).isupper()}
    if len(found) != 1:
        return None
    point = found.pop()
    return None if match_substance(point) is not None else point


def outlet_medium(parts: tuple[str, ...]) -> str | None:
    """Waste water for a column under a point that is an outlet by what it is called (`Вып-1 – выпуск осветленной
    воды`, `NT1 – Cửa xả …`), not one described from it (`С-2 – створ … ниже выпуска`)."""
    outlet = words.compiled("OUTLET_WORDS")
    for part in parts[:-1]:
        rest = re.sub(r"^\s*[^\W\d_]{1,4}\s?[-–.]?\s?\d{1,3}\s*[–—:-]\s*", "", part)
        if rest != part and outlet.match(words.flat(rest)):
            return "waste_water"
    return None


def remarked_id(text: str) -> bool:
    """A point's id alone, or with a remark in brackets after it (`Д-1 (повторно)`)."""
    m = POINT_ID.match(text.strip()) or SHORT_ID.match(text.strip())
    return bool(m) and re.fullmatch(r"\s*(?:\([^()]*\))?\s*", text.strip()[m.end(1) :]) is not None


def names_a_point(title: str) -> bool:
    """A group title that names a place by its number (`Выпуск № 1`, `Outlet 2`), not a medium or a class."""
    title = re.sub(r"^\s*\d{1,2}(?:\.\d{1,2})*[.)]\s+", "", title)  # `1. Работа на газе`: a group's item number, no point's
    return bool(re.search(r"\d", title) and re.search(r"[^\W\d_]{3}", title) and len(title) <= 60)


def unlabelled(title: str) -> str:
    """A title without the label that says it is the place of sampling (`Место отбора: КК-1 – …`)."""
    label, sep, rest = title.partition(":")
    return rest.strip() if sep and rest.strip() and len(label.split()) <= 4 and words.role_of(label) == "point" else title


def titles_a_point(title: str) -> bool:
    """A group title naming a place by its number (`Выпуск № 1`), or a point's id and what it is, however
    long (`В-1 – выпуск карьерных вод после отстойника …`)."""
    return names_a_point(title) or bool(DESCRIBED_ID.match(title))


def stack_of(label: str | None) -> str | None:
    """A limit sub-column named by a source or stack (`0001`, `KT1`): the limit's point, not a column."""
    if not label:
        return None
    if len(named := sources_mentioned(label, leading=True)) == 1 and (SOURCE_NUMBER.match(label) or ABBREVIATED_SOURCE.fullmatch(label.strip())):
        return named[0]  # `ИЗА 0001`, `ЛШК 0002`, `Источник № 0003`: the source's number
    m = POINT_ID.match(label)
    if SOURCE_NUMBER.match(label) or (m and len(label) <= len(m.group(0)) + 1):
        return re.sub(r"\s+", "", m.group(1)) if m else label.strip()
    return None


ABBREVIATED_SOURCE = re.compile(r"[^\W\d_]{2,6}\.?\s*№?\s*\d{4}")
"""A source's number after an abbreviation of the word (`ИЗА 0001`, `ЛШК 0002`, `ист. 0003`)."""


SHORT_ID = re.compile(r"^\s*([^\W\d_]{1,4}(?:\s*[-–.]\s*|)\d{1,3}[a-zа-я]?)(?:\s*$|\s*[(–—,:])", re.I)
"""A point's short id under a parent that says what was measured (`П-1`, `ВБ-2`, `N3`, `С-3 (фон)`), not a
round (`Đợt 1`: a word and a number apart)."""


STANDARD_REF = re.compile(r"(?<![^\W\d_])[^\W\d_]{2,6}\s*\d{1,4}[:\-–.]\d{2,4}")
"""A standard named by its letters and number (`QCVN 20:2009`, `ГОСТ 17.2.3.02`, `СТ РК 1174-2003`)."""

STANDARD_TABLE = re.compile(r"^\s*(?:bảng|таблица|кесте|table)\s*\d{1,2}\s*$", re.I)
"""A table of the standard and nothing more (`Bảng 1` beside `Bảng 2, mức B`): a row's limit of no lettered column."""


def kind_label(text: str) -> str | None:
    t = text.strip()
    if re.fullmatch(r"[A-CА-В]\d?", t):
        return t.replace("А", "A").replace("В", "B")
    m = averaging().fullmatch(t)
    return " ".join(m.group(0).split()) if m else None


@cache
def averaging() -> re.Pattern[str]:
    """The averaging times that label a limit column or row (`м.р.`, `с.с.`, `Trung bình 1 giờ`)."""
    return re.compile(words.compiled("AVERAGING_LABELS").pattern, re.I)


def row_kind_label(table: Table, row: int, col: int | None) -> str | None:
    text = cell(table, row, col) if col is not None else ""
    return (kind_label(text) or letter_column(text)) if text else None


def standard_column(text: str) -> str | None:
    """The averaging time (`ПДК м.р.`) or the column of a standard (`cột B`) a header or title names."""
    period = averaging().search(text)
    if period:
        return " ".join(period.group(0).split())
    return land_use_column(text) or letter_column(text)  # `QCVN 03-MT:2015/BTNMT – đất nông nghiệp`


def land_use_column(text: str) -> str | None:
    """The column of a soil standard by the land's use a header names (`đất nông nghiệp`, `(Loại 3)`)."""
    use = words.compiled("LAND_USE_COLUMNS").search(words.flat(text))
    return " ".join(use.group(0).split()).capitalize() if use else None


def letter_column(text: str) -> str | None:
    """The standard's column a header names (`cột B`, `столбец А`): `A`, `B`, `A1` …"""
    m = _LETTER.search(text) or _BRACKETED_LETTER.search(text)
    return m.group(1).upper().replace("А", "A").replace("В", "B") if m else None


_BRACKETED_LETTER = re.compile(r"(?:qcvn|тр|гост)\s*[\d-]+[^()]{0,30}?\(\s*([A-CА-В]\d?)\s*\)", re.I)
"""A standard's column in brackets after its number (`QCVN 40:2011/BTNMT (B)`, `QCVN 08-MT:2015/BTNMT (B1)`)."""


LABELLED = re.compile(r"(?<!\w)([^\W\d_][^.:;\n]{2,40}):\s*")
"""`Vị trí lấy mẫu: `, `Место отбора: `: a label before what it gives."""


ID_WITHIN = re.compile(r"(?<![\w-])([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{1,4}\s?[-–]\s?\d{1,3}|[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,4}\d{1,3})(?![\w-])")
"""A point's id among the words that describe its place: capitals and a number (`КК-13`, `HG24`, `Выпуск В-2`,
`Giới hạn tại CX1`)."""


def _id_among_words(text: str) -> str | None:
    """The one id a place's description gives among its words (`колодец присоединения КК-13`, `… қосылу
    құдығы КК-9`), not in brackets after it (`… của bệnh viện (NT1)`: an aside, not what the act names)."""
    clause = re.split(r"[.;]\s", text, maxsplit=1)[0]
    ids = [m for m in ID_WITHIN.finditer(clause) if not clause[: m.start()].rstrip().endswith("(")]
    return ids[0].group(1) if len(ids) == 1 else None


def captioned_point(found: list[c.Limit], caption: str) -> list[c.Limit]:
    """The limits with the one point their caption names (`Результаты анализов сточных вод в колодце КК-2`), when none
    of them has a point of its own and they are results, not norms alone."""
    if any(x.point for x in found) or not any(x.value is not None for x in found):
        return found
    ids = {re.sub(r"\s+", "", m.group(1)) for m in ANY_ID.finditer(caption or "") if m.group(1)[0].isupper() and re.search(r"[-–]|[^\W\d_]\d", m.group(1))}
    point = named_point(caption or "") or (ids.pop() if len(ids) == 1 else None)  # `… в колодце КК-2 за 2025 год`
    return [replace(x, point=point) for x in found] if point else found


def said_point(found: list[c.Limit], lead_in: str) -> list[c.Limit]:
    """The limits with the one sampling point the lead-in names (`Vị trí lấy mẫu: KT1 – ống khói …`), when
    none of them has a point of its own."""
    if any(x.point for x in found):
        return found
    labelled = [m for m in LABELLED.finditer(lead_in or "") if words.role_of(m.group(1).strip()) == "point"]
    named = {point_name(lead_in[m.end() :], pid) for m in labelled if (pid := POINT_ID.match(lead_in[m.end() :]))}
    if not named and any(x.value is not None for x in found):  # `Место отбора: колодец присоединения КК-13 …`
        named = {pid for m in labelled if (pid := _id_among_words(lead_in[m.end() :]))}  # where an act sampled
    if not named and any(x.value is not None for x in found) and (at := named_point(lead_in or "")) and f"({at})" not in lead_in:
        named = {at}  # `Kết quả quan trắc nước thải định kỳ tại vị trí NT1 – …` over results with no point of their own
        # (`… của bệnh viện (NT1)` in brackets is an aside, as above)
    if len(named) != 1:
        return found
    point = named.pop()
    return [replace(x, point=point) for x in found]


def noted_column(found: list[c.Limit], note: str) -> list[c.Limit]:
    """The limits with the one standard's column the note under their table names (`C là giá trị quy
    định tại cột A, QCVN 40:2011/BTNMT`), where their own header named none."""
    letters = {m.group(1).upper().replace("А", "A").replace("В", "B") for m in _LETTER.finditer(note)}
    if len(letters) != 1 or any(x.column for x in found):
        return found  # a table that names its columns row by row (`Bảng 2, mức B` | `Bảng 1`) leaves none to the note
    letter = letters.pop()
    return [replace(x, column=letter) if x.column is None else x for x in found]


def lone_period(found: list[c.Limit]) -> list[c.Limit]:
    """The limits without an averaging time that is the document's only one for their medium and labels
    every limit of its table alike (a lone `ПДК м.р.` or `QCVN 05:2023/BTNMT (trung bình 1 giờ)` column): a
    column tells norms apart, and one norm has none to tell from. A standard's lettered column (`B`) stays,
    as it names the class of the receiving water."""
    tables: dict[int | None, set[str | None]] = {}
    periods: dict[str, set[str]] = {}
    for x in found:
        tables.setdefault(x.provenance.table, set()).add(x.column)
        if x.column and averaging().fullmatch(x.column):
            periods.setdefault(x.medium, set()).add(x.column.lower())
    alike = {t for t, labels in tables.items() if t is not None and len(labels) == 1}
    return [
        replace(x, column=None)
        if x.provenance.table in alike and x.column and averaging().fullmatch(x.column) and len(periods[x.medium]) == 1
        else x
        for x in found
    ]


CMAX_HEADER = re.compile(r"^\s*c\s*max\b", re.I)
"""A column headed `Cmax`: the maximum derived from a standard's column (`C × Kq × Kf`), the one that binds."""

DERIVED = re.compile(r"\bc\s*max\b|\bk[qfpv]\b", re.I)
"""`Cmax = C × Kq × Kf`: a maximum derived from a standard's column, no longer that column's value."""


def lead_in_column(found: list[c.Limit], lead_in: str) -> list[c.Limit]:
    """The limits with the one standard's column the lead-in names (`… QCVN 28:2010/BTNMT (cột B, hệ số
    K = 1,0), cụ thể như sau:`), where their own header named none and the lead-in derives no maximum from it."""
    return found if DERIVED.search(lead_in or "") else noted_column(found, lead_in or "")


_LETTER = re.compile(r"(?:cột|mức|столбец|графа|колонка|column)\s*([A-CА-В]\d?)\b", re.I)


def column_label(text: str) -> str | None:
    """The label a limit's name gives its column: the averaging time (`ПДК м.р., мг/м3` → `м.р.`),
    else the name without its unit and limit words when short."""
    if named := standard_column(text):
        return named
    label = clean_label(text)
    return label if label and len(label) <= 30 and words.role_of(label) != "limit" else None


def limit_point(text: str | None) -> str | None:
    if not text or is_blank(text):
        return None
    m = POINT_ID.match(text)
    if m is None and (d := DESCRIBED_ID.match(text)) and len(text) > len(d.group(1)) + 3:
        return re.sub(r"\s+", "", d.group(1))  # `КК-1 – выпуск стоков корпуса 1`: the point by its id
    return point_name(text, m) if m and len(text) > len(m.group(0)) + 3 else clean_name(text)


