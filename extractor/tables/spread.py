"""Monitoring plans spread over columns: a column per control point, or a column per frequency.

Two layouts programmes use when a plan is a grid rather than a list:

- substances down the rows and the points across (`Контролируемый показатель | Точки отбора проб:
  КТ-1 | КТ-2 | КТ-3 | Периодичность`), a mark (`+`, `х`, `✓`) where a substance is taken at a point;
- points down the rows and the frequencies across (`Обозначение | Место | Определяемые показатели:
  ежемесячно | ежегодно`), each cell listing what is measured that often.

Each gives one (point, frequency) group of substances, as a list-shaped plan does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractor import columns as words
from extractor.context import cell, frequency, is_blank, own_cell, row_title, substances_in
from extractor.model import Table
from extractor.nlp.dates import dates_listed, months_listed
from extractor.nlp.frequency import months_of
from extractor.tables.matrix import substance_columns
from extractor.tables.points import DESCRIBED_ID, HYPHENED_ID, LEAD_ID, points_listed
from extractor.tables.profile import MARK, MARKS, POINT_ID
from extractor.tables.records import sources_mentioned

DUE = re.compile(rf"^\s*(?:{MARKS}|\d{{1,2}}(?:[./]\d{{1,2}}(?:[./]\d{{2,4}})?)?)\s*$", re.I)
"""A month's cell of a schedule that says it is due: a mark, or the planned date (`24.06`, `6`)."""


@dataclass(frozen=True)
class Spread:
    kind: str
    """`points` (a column per point, marked), `sources` (a column per source, marked), `point_frequencies` (a column per point, each cell a
    frequency), `frequencies` (a column per frequency), `substances` (a column per substance, marked)
    or `substance_frequencies` (a column per substance, each cell a frequency)."""
    columns: dict[int, str]
    """column → the point id, the source number or the frequency text its header gives."""
    sources: frozenset[str] = frozenset()
    """Of `point_frequencies`, the columns' ids that are sources' numbers (`ИЗА 0001 котельная`)."""


YEAR_TITLE = re.compile(r"(?:năm|год|жыл)?\s*(?:19|20)\d{2}\s*(?:г\.?|года?|ж\.?|жыл\w*|năm)?", re.I)
"""A header naming a year alone (`Năm 2026`, `2026 г.`, `2026 жыл`): what stands under it are its parts."""


def spread_of(table: Table) -> Spread | None:
    """The columns a plan is spread over, when two or more sub-headers are point ids or frequencies."""
    points: dict[int, str] = {}
    sources: dict[int, str] = {}
    freqs: dict[int, str] = {}
    lone: dict[int, str] = {}  # frequencies with no parent header over them
    months = set(month_columns(table))
    named = {**substance_columns(table, "water"), **substance_columns(table)}  # `pH | Нитраты` in wells, and `Аммоний-ион`
    named = {k: s for k, s in named.items() if k not in months}  # `С`, `Т` among the months' initials: no carbon, no temperature
    for k, parts in enumerate(table.header_parts):
        label = parts[-1] if parts else ""
        if k in named or k in months:
            continue  # `SO2`, `NO2` name substances, `Tháng lấy mẫu: T1 | T2` months, not points
        if len(parts) > 1 and YEAR_TITLE.fullmatch(parts[-2].strip()):
            continue  # `Năm 2026: Q1 | Q2`: the quarters of a year, not points
        if len(parts) > 1 and len(named_sources := sources_mentioned(label, leading=True)) == 1:
            sources[k] = named_sources[0]  # `Источники выбросов: ИЗА 0001 (котельная) | ИЗА 0002 (…)`
            continue
        m = POINT_ID.match(label)
        if m and len(label) <= len(m.group(0)) + 2:
            points[k] = re.sub(r"\s+", "", m.group(1))
            continue
        if len(parts) > 1 and (m := LEAD_ID.match(label)):  # `ОС-1 (вход на очистные)` under a merged parent
            points[k] = re.sub(r"\s+", "", m.group(1))
            continue
        if len(parts) > 1 and (m := POINT_ID.match(parts[0])) and len(parts[0]) <= len(m.group(0)) + 2:
            points[k] = re.sub(r"\s+", "", m.group(1))  # `KT1` over the place it describes (`Ống thải …`)
            continue
        f = frequency(label)
        if f and f.word and len(label) <= 40:
            (freqs if len(parts) > 1 else lone)[k] = label
    if len(points) >= 2 and _marked(table, points):
        return Spread("points", points)
    if len(sources) >= 2 and not points and _marked(table, sources):
        return Spread("sources", sources)
    if len(points) >= 2 and _timed(table, points):
        if sources and _timed(table, sources):  # `Источники выбросов: 0001 котельная | … | Граница СЗЗ: Т-1 | Т-2`
            return Spread("point_frequencies", {**sources, **points}, frozenset(sources.values()))
        return Spread("point_frequencies", points)
    places = _places(table, named, months)
    if len(places) >= 2 and _timed(table, places):  # `ИЗА 0001 котельная | Т-1 граница СЗЗ (С)` over frequencies
        return Spread("point_frequencies", places, frozenset(v for v in places.values() if v.isdigit()))
    if len(freqs) >= 2:
        return Spread("frequencies", freqs)
    if len(lone) >= 2 and _marked(table, lone):  # `Hằng ngày | Hằng tuần | Hằng tháng` with `x` under the one that holds
        return Spread("frequencies", lone)
    if named and _marked(table, named):  # `Контролируемые вещества: NO2 | SO2 | CO`, `+` where taken
        return Spread("substances", {k: table.header_parts[k][-1] for k in named})
    if named and _timed(table, named):  # `Скважина | pH | Нитраты` with `ежемесячно` under each
        return Spread("substance_frequencies", {k: table.header_parts[k][-1] for k in named})
    return None


def _places(table: Table, named: dict, months: set[int]) -> dict[int, str]:
    """Columns headed, in one header row, by a source or a point and what it is (`ИЗА 0001 котельная`,
    `Т-1 граница СЗЗ (С)`, `KT1 – ống khói`): column → the source's number or the point's id."""
    out: dict[int, str] = {}
    for k, parts in enumerate(table.header_parts):
        label = parts[-1] if parts else ""
        if k in named or k in months or not label:
            continue
        if len(found := sources_mentioned(label, leading=True)) == 1:
            out[k] = found[0]
        elif (m := POINT_ID.match(label) or HYPHENED_ID.match(label)) and re.search(r"[^\W\d_]{3}", label[m.end() :]):
            out[k] = re.sub(r"\s+", "", m.group(1))  # `Т-1 граница СЗЗ (С)`, `ВК-1 выпуск на поля фильтрации`
    return out



_MONTH = re.compile(
    r"^(?:[1-9]|1[0-2]|I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|(?:tháng\s*|t\.?\s*)?(?:0?[1-9]|1[0-2])"
    r"|янв\w*|фев\w*|мар\w*|апр\w*|ма[йя]|июн\w*|июл\w*|авг\w*|сен\w*|окт\w*|ноя\w*|дек\w*"
    r"|қаң\w*|ақп\w*|нау\w*|сәу\w*|мам\w*|мау\w*|шіл\w*|там\w*|қыр\w*|қаз\w*|қар\w*|жел\w*)\.?$",
    re.I,
)


def is_month(text: str) -> bool:
    """A month's name or number (`Январь`, `tháng 3`, `IV`)."""
    return bool(_MONTH.match(" ".join((text or "").split())))


def month_rows(table: Table) -> int | None:
    """The column whose cells name the months of a schedule written down the rows (`Январь | Котельная;
    Склад ГСМ`), six months at least; None when the table has none. Bare numbers (`1.`, `2.`) number
    items, not months."""
    for k in range(min(table.n_cols, 2)):
        if k < len(table.header) and words.role_of(table.header[k]) == "point":
            continue  # `Điểm | T1 … T7`: points named like months (`T1` is also January)
        cells = [own_cell(table, r, k) for r in range(len(table.rows))]
        months = [t for t in cells if t and is_month(t) and not re.fullmatch(r"\d{1,2}\.?", t.strip())]
        if len(months) >= 6 and len(months) * 4 >= len([t for t in cells if t]) * 3:
            return k
    return None


PLAN_MEDIA = ("air", "water")


def month_plan(table: Table) -> tuple[int, int, dict[int, list]] | None:
    """(month column, the row naming what is measured, column → its substances) of such a calendar;
    None when the table is none. Two columns at least name what they measure."""
    at = month_rows(table)
    if at is None:
        return None
    for row in range(len(table.rows)):
        if is_month(own_cell(table, row, at) or ""):
            continue
        found = {k: listed_substances(own_cell(table, row, k)) for k in range(table.n_cols) if k != at}
        found = {k: subs for k, subs in found.items() if subs}
        if len(found) >= 2 or (found and len(found) == table.n_cols - 1):
            return at, row, found
    return None


def listed_substances(text: str) -> list:
    """The substances a cell lists, read as air or as water, whichever names more."""
    if is_blank(text):
        return []
    return max((substances_in(text, medium) for medium in PLAN_MEDIA), key=len)


def period_columns(table: Table) -> list[int]:
    """The columns of a schedule by quarter or by month whose cells list what is sampled then
    (`График отбора проб: I квартал | … | IV квартал` over `pH, БПК5`); empty when the table has none.
    A quarter is a sub-header naming three months (`I квартал`, `II тоқсан`, `Quý III`, `Q4`)."""
    labels = _sub_labels(table)
    quarters = _quarters(labels)
    months = [k for k, label in enumerate(labels) if label and _MONTH.match(label) and not label.isdigit()]
    for cols, least in ((quarters, 4), (months, 6)):
        if len(cols) >= least and _listed(table, cols):
            return cols
    return []


def _sub_labels(table: Table) -> list[str]:
    """Each column's lowest header label, spaces tidied."""
    return [" ".join((parts[-1] if parts else "").split()) for parts in table.header_parts]


def _quarters(labels: list[str]) -> list[int]:
    """The columns whose label is a quarter: three months (`I квартал`, `II тоқсан`, `Quý III`, `Q4`)."""
    return [k for k, label in enumerate(labels) if label and len(months_of(label, anchored=True)) == 3]


def _listed(table: Table, cols: list[int]) -> bool:
    """Most filled cells name substances (not marks, not dates)."""
    filled = [t for r in range(len(table.rows)) for k in cols if (t := own_cell(table, r, k)) and not is_blank(t)]
    found = [t for t in filled if listed_substances(t)]
    return bool(filled) and len(found) * 2 > len(filled)


def month_columns(table: Table) -> list[int]:
    """The columns of a schedule by month (`Месяцы 2026 года: 1 | 2 | … | 12`, marked `х` where due),
    six at least under one parent; empty when the table has none."""
    if len(table.header_rows) < 2:
        return []
    last = table.header_rows[-1]  # months `1 … 12` read as a row of column numbers elsewhere: taken raw here
    cols = [
        k
        for k in range(min(table.n_cols, len(last)))
        if last[k] is not None and _MONTH.match(last[k].text.strip())
    ]
    said = words.compiled("MONTH_HEADERS")
    initials = [k for k in range(min(table.n_cols, len(last))) if last[k] is not None and re.fullmatch(r"[^\W\d_]\.?", last[k].text.strip())]
    if len(initials) == MONTHS and all(any(said.search(words.flat(p)) for p in table.header_parts[k][:-1]) for k in initials):
        cols = initials  # `Сынама алу айлары` over `Қ | А | Н | С | …`: twelve months by their initials
    parents = [p for k in cols for p in table.header_parts[k][:-1]]
    if (
        any(_LETTERED.match(last[k].text.strip()) for k in cols)
        and not any(said.search(words.flat(p)) or _YEAR.search(p) for p in parents)
        and len(cols) < MONTHS
    ):
        return []  # `T1 … T6` are points unless the header above says months (`Tháng lấy mẫu`, `2026`) or all twelve stand
    return cols if len(cols) >= 6 and (_marked(table, dict.fromkeys(cols, ""), DUE) or _one_symbol(table, cols)) else []


def _one_symbol(table: Table, columns: list[int]) -> bool:
    """Whether the filled cells of the columns all hold one and the same letter or two (`А`, a legend under
    the schedule saying `«А» – месяц проведения аудита`): a mark of its own choosing."""
    filled = {t.strip() for r in range(len(table.rows)) for k in columns if (t := own_cell(table, r, k)) and not is_blank(t)}
    return len(filled) == 1 and len(symbol := filled.pop()) <= SYMBOL_CHARS and symbol.isalpha()


_LETTERED = re.compile(r"^t\.?\s*\d", re.I)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
MONTHS = 12


def weekday_columns(table: Table) -> list[int]:
    """The columns of a schedule by day of the week (`Дни обхода: Пн | Вт | … | Пт`, marked where due),
    five at least; empty when the table has none."""
    pattern = words.compiled("WEEKDAY_WORDS")
    cols = [
        k
        for k, parts in enumerate(table.header_parts)
        if parts and pattern.fullmatch(words.flat(parts[-1]).rstrip("."))
    ]
    return cols if len(cols) >= 5 and _marked(table, dict.fromkeys(cols, "")) else []


def week_columns(table: Table) -> list[int]:
    """The columns of a month's schedule by week (`1-я неделя | … | 4-я неделя`, `Tuần 1 | … | Tuần 4`), marked
    where due, four at least; empty when the table has none."""
    pattern = words.compiled("WEEK_WORDS")
    cols = [k for k, parts in enumerate(table.header_parts) if parts and pattern.fullmatch(words.flat(parts[-1]).rstrip("."))]
    return cols if len(cols) >= 4 and _marked(table, dict.fromkeys(cols, "")) else []


QUARTERS = 4
SYMBOL_CHARS = 2


def quarter_columns(table: Table) -> list[int]:
    """The columns of a schedule by quarter (`Сроки проведения: I кв. | … | IV кв.`) marked where due,
    by a mark or by one letter a legend explains (`А – плановый аудит`); empty when the table has none."""
    labels = _sub_labels(table)
    cols = _quarters(labels)
    if len(cols) != QUARTERS:
        cols = _roman_quarters(table, labels)
    if len(cols) != QUARTERS:
        return []
    filled = [
        t for r in range(len(table.rows)) for k in cols if (t := own_cell(table, r, k).strip()) and not is_blank(t) and not is_occasional(t)
    ]
    symbols = set(filled)
    if filled and (len(symbols) == 1 and len(filled[0]) <= SYMBOL_CHARS or all(DUE.match(t) for t in filled)):
        return cols
    if filled and all(slot_name(table, r, cols) for r in range(len(table.rows)) if any(own_cell(table, r, k).strip() for k in cols)):
        return cols  # `Жумабаева А.С. (март)` in each quarter it checks: who checks, where due
    return []


def _roman_quarters(table: Table, labels: list[str]) -> list[int]:
    """`I | II | III | IV` side by side under one parent (`Сроки контроля (кварталы 2026 г.)`): a year's
    quarters, as months would run on to `XII`."""
    for k in range(len(labels) - QUARTERS + 1):
        if labels[k : k + QUARTERS] == ["I", "II", "III", "IV"] and (k + QUARTERS == len(labels) or labels[k + QUARTERS] != "V"):
            parents = {table.header_parts[j][:-1] for j in range(k, k + QUARTERS)}
            if len(parents) == 1 and parents != {()}:
                return list(range(k, k + QUARTERS))
    return []


def slot_name(table: Table, row: int, cols: list[int]) -> str:
    """The one name a row writes in each period it is due (`Ким Д.В. (июнь)`, `Trần Văn Lộc (tháng 5)`),
    its bracket aside; '' when the row's cells differ or hold figures."""
    names = {_BRACKET_TAIL.sub("", t).strip() for k in cols if (t := own_cell(table, row, k).strip()) and not is_blank(t)}
    one = names.pop() if len(names) == 1 else ""
    return one if len(one) <= SLOT_NAME_CHARS and re.search(r"[^\W\d_]{2}", one) and not re.search(r"\d", one) else ""


_BRACKET_TAIL = re.compile(r"\s*\([^()]*\)\s*$")
SLOT_NAME_CHARS = 40


def calendar(table: Table) -> tuple[list[int], str]:
    """The columns of a schedule marked by month, quarter, day of the week or week of the month, and what
    they divide (`year`, `week`, `month`); no columns when the table is no such schedule."""
    if months := month_columns(table) or quarter_columns(table):
        return months, "year"
    if days := weekday_columns(table):
        return days, "week"
    if weeks := week_columns(table):
        return weeks, "month"
    return [], ""


def marked_frequencies(table: Table, spread: Spread | None = None) -> dict[int, str]:
    """Columns of frequencies whose cells are marks (`Периодичность: ежемесячно | ежеквартально`,
    `+` in the one that applies): column → the frequency text; empty when the table has none."""
    spread = spread if spread is not None else spread_of(table)
    if spread is None or spread.kind != "frequencies" or not _marked(table, spread.columns):
        return {}
    return spread.columns


def listed_frequencies(table: Table) -> dict[int, str]:
    """Columns headed by frequencies whose cells name what is done that often (`Ежедневно | Еженедельно`
    over `Шламонакопитель | Склад химреагентов`): column → the frequency text; empty when the table
    has none. One or two columns may lead them (`Подразделение | Ежедневно | …`: the unit the
    things listed belong to); every column after them is such a column (or remarks), and the cells are names,
    not marks or frequencies."""
    columns: dict[int, str] = {}
    notes = words.note_columns(table)
    for k, parts in enumerate(table.header_parts):
        label = parts[-1] if parts else ""
        f = frequency(label)
        if f and f.word and len(label) <= 40:
            columns[k] = label
        elif columns and all(j in notes for j in range(k, table.n_cols)):
            break  # `… | Ежеквартально | Примечание`: remarks after the frequencies
        elif columns or k >= 2:
            return {}
    if len(columns) < 2:
        return {}
    cells = [own_cell(table, r, k) for r in range(len(table.rows)) for k in columns]
    filled = [t for t in cells if t and not is_blank(t)]
    named = [t for t in filled if not MARK.match(t) and not frequency(t) and re.search(r"[^\W\d_]{3}", t)]
    return columns if filled and len(named) * 4 >= len(filled) * 3 else {}


def context_frequency(context: tuple[str, ...]) -> str | None:
    """The frequency said by the caption or the lead-in (not the heading), for a table that has none."""
    for text in context[:2]:
        f = frequency(text)
        if f and f.word:
            return f.raw
    return None


def is_occasional(text: str) -> bool:
    """A check at an occasion or out of plan (`Đột xuất, ngay sau khi xảy ra sự cố`, `после каждого слива`),
    written across a schedule's columns: due at none of them."""
    flat = words.flat(text)
    return bool(words.compiled("UNSCHEDULED_WORDS").search(flat) or words.compiled("OCCASION_WORDS").search(flat))


PER_PLACE = re.compile(r"\s*(\d{1,3})\s*\(\s*(\d{1,3})\s[^()×xх*]*[×xх*]\s*(\d{1,3})\b[^()]*\)\s*")
"""`08 (02 vị trí × 04 đợt)`: samples a year at all points, as points times samples at each."""


def count_per_year(text: str) -> int | None:
    """Samples a year at one place: the count, or what each place gets when the count is split over
    several (`16 (4 точки × 4 раза в год)`)."""
    if re.fullmatch(r"\s*\d{1,3}\s*", text):
        return int(text)
    if (m := PER_PLACE.fullmatch(text)) and int(m[2]) * int(m[3]) == int(m[1]):
        return int(m[3])
    return None


def marks_per_year(table: Table, row: int, columns: list[int]) -> int:
    """How many months of the year (or days of the week) a row is marked in: 12 is monthly, 4 quarterly."""
    cells = [t if not is_occasional(t := own_cell(table, row, k) or "") else "" for k in columns]
    named = slot_name(table, row, columns)  # `Ким Д.В. (июнь) | | Ким Д.В. (декабрь)`: twice a year
    return sum(1 for t in cells if DUE.match(t) or (len(t.strip()) <= SYMBOL_CHARS or named) and not is_blank(t))


def times_listed(text: str) -> int:
    """How many times a year a schedule's cell names: months (`март, июнь`, `январь – декабрь`,
    `Tháng 2, 5, 8, 11`) or days (`09.01; 09.02.2026`); 0 when it names neither."""
    return len(months_listed(text)) or dates_listed(text)


def times_column(table: Table, exclude: set[int] | frozenset[int] = frozenset()) -> int | None:
    """The column of a schedule that says when rather than how often (`Месяцы проведения`, `Даты
    проверок`, `Thời gian dự kiến`): most filled cells list months or days and one lists several."""
    for k in range(table.n_cols):
        if k in exclude:
            continue
        filled = [t for r in range(len(table.rows)) if (t := own_cell(table, r, k)) and not is_blank(t)]
        counts = [times_listed(t) for t in filled]
        if len(filled) >= 2 and sum(1 for n in counts if n) * 4 >= len(filled) * 3 and max(counts) >= 2:
            return k
    return None


def _timed(table: Table, columns: dict[int, str]) -> bool:
    """Whether the cells under the point columns say how often (`ежеквартально`, `–` where never)."""
    cells = [own_cell(table, r, k) for r in range(len(table.rows)) for k in columns]
    filled = [t for t in cells if t and not is_blank(t)]
    return bool(filled) and sum(1 for t in filled if (f := frequency(t)) and f.word) * 2 > len(filled)


def _marked(table: Table, columns: dict[int, str], mark: re.Pattern[str] = MARK) -> bool:
    cells = [own_cell(table, r, k) for r in range(len(table.rows)) for k in columns]
    filled = [t for t in cells if t and not is_blank(t)]
    return bool(filled) and sum(1 for t in filled if mark.match(t)) * 2 >= len(filled)


def spread_groups(
    table: Table, spread: Spread, r: dict[str, int], medium: str
) -> list[tuple[str | None, str | None, list[tuple[object, str]], int]]:
    """(point, frequency text, substances, first row) per group, in the order they appear."""
    groups: dict[tuple[str | None, str | None], tuple[list, int]] = {}
    above: dict[str, str] = {}
    by_column = _column_frequencies(table, spread) if spread.kind == "points" else {}
    for row in range(len(table.rows)):
        if spread.kind == "substances":  # a point per row, a mark under each substance taken there
            point = _point_cell(table, row, r, spread) or above.get("point")
            freq_text = _frequency_cell(table, row, r, spread)
            marked = [k for k in spread.columns if MARK.match(own_cell(table, row, k) or "")]
            found = [x for k in marked for x in substances_in(spread.columns[k], medium)]
            if found and point:
                subs, _ = groups.setdefault((point, freq_text), ([], row))
                subs.extend(x for x in found if x not in subs)
        elif spread.kind == "substance_frequencies":  # a point per row, a frequency under each substance
            point = _point_cell(table, row, r, spread) or above.get("point")
            if point:
                above["point"] = point
            for k, label in spread.columns.items():
                freq_text = own_cell(table, row, k)
                found = substances_in(label, medium) or substances_in(label, "water")  # `Нитраты` under a plan of no medium
                if point and found and not is_blank(freq_text) and frequency(freq_text):
                    subs, _ = groups.setdefault((point, freq_text), ([], row))
                    subs.extend(x for x in found if x not in subs)
        elif spread.kind == "point_frequencies":  # a frequency in each (substance, point) cell
            named = r.get("substance", r.get("substance_code"))  # `Заттың коды мен атауы`: the code and the name
            text = own_cell(table, row, named) if named is not None else ""
            found = substances_in(text, medium) if text else []
            for k, point in spread.columns.items():
                freq_text = own_cell(table, row, k)
                if found and not is_blank(freq_text) and frequency(freq_text):
                    subs, _ = groups.setdefault((point, freq_text), ([], row))
                    subs.extend(x for x in found if x not in subs)
        elif spread.kind in ("points", "sources"):
            text = own_cell(table, row, r["substance"]) if "substance" in r else ""
            found = (substances_in(text, medium) or (substances_in(text, "water") if medium == "air" else [])) if text else []
            # (`COD` marked under the waste water's point in a plan that begins with stacks)
            freq_text = _frequency_cell(table, row, r, spread) or above.get("frequency")
            if freq_text:
                above["frequency"] = freq_text
            for k, point in spread.columns.items():
                if found and MARK.match(own_cell(table, row, k) or ""):
                    subs, _ = groups.setdefault((point, freq_text or by_column.get(k)), ([], row))
                    subs.extend(x for x in found if x not in subs)
        else:
            point = _point_cell(table, row, r, spread) or above.get("point")
            if point:
                above["point"] = point
            for k, freq_text in spread.columns.items():
                text = own_cell(table, row, k)
                found = substances_in(text, medium) if text and not is_blank(text) else []
                other = {"air": "water", "water": "air", "waste_water": "air"}.get(medium)
                if other and text and not is_blank(text) and len(alt := substances_in(text, other)) > len(found):
                    found = alt  # `pH, взвешенные вещества, ХПК` at the sewer's well in a plan that begins with stacks
                if found and point:
                    subs, _ = groups.setdefault((point, freq_text), ([], row))
                    subs.extend(x for x in found if x not in subs)
    return [(p, f, subs, first) for (p, f), (subs, first) in groups.items()]


def _column_frequencies(table: Table, spread: Spread) -> dict[int, str]:
    """The frequency of each point column, from a row that gives one under most of them (`Tần suất | | 6 tháng/lần |
    03 tháng/lần`); empty without such a row."""
    for row in range(len(table.rows)):
        said = {k: t for k in spread.columns if (t := own_cell(table, row, k)) and (f := frequency(t)) and f.word}
        if len(said) * 2 > len(spread.columns):
            return said
    return {}


def _frequency_cell(table: Table, row: int, r: dict[str, int], spread: Spread) -> str | None:
    for k in [r.get("frequency"), *range(table.n_cols)]:
        if k is None or k in spread.columns:
            continue
        text = cell(table, row, k)
        f = frequency(text)
        if f and f.word:
            return text
    return None


def _point_cell(table: Table, row: int, r: dict[str, int], spread: Spread) -> str | None:
    """The point column's short id (`Н-1`), else the point's id (`НС-1`, `NN1`) in the row's first
    cells that hold one, else the point cell."""
    own = " ".join(cell(table, row, r["point"]).split()) if "point" in r and r["point"] not in spread.columns else ""
    if own and len(own) <= 12 and re.search(r"\d", own):
        return own
    for k in range(table.n_cols):
        if k in spread.columns:
            continue
        text = cell(table, row, k)
        if len(points_listed(text or "")) > 1:
            return " ".join(text.split())  # `Т-1, Т-2, Т-3 – граница СЗЗ`: the points listed, each read apart
        m = POINT_ID.match(text or "") or DESCRIBED_ID.match(text or "")  # `КК-1 – контрольный колодец`
        if m:
            return re.sub(r"\s+", "", m.group(1))
    text = cell(table, row, r["point"]) if "point" in r else ""
    return " ".join(text.split()) or None


def timed_columns(table: Table, r: dict[str, int], medium: str) -> dict[int, str]:
    """Columns besides the plan's own whose header is a frequency and whose cells list substances
    (`Quan trắc tự động, liên tục`, `Непрерывно (АСМ)`): column → the frequency it says."""
    out: dict[int, str] = {}
    under = _frequencies_under_one(table)
    for k, header in enumerate(table.header):
        if k not in under and (k in (r.get("substance"), r.get("frequency"), r.get("point")) or not (f := frequency(header)) or not f.word):
            continue
        filled = [t for row in range(len(table.rows)) if not is_blank(t := own_cell(table, row, k))]
        if filled and sum(1 for t in filled if substances_in(t, medium)) * 2 >= len(filled):
            out[k] = under.get(k, header)
    return out


def _frequencies_under_one(table: Table) -> dict[int, str]:
    """Sub-columns under one parent, each labelled with a frequency (`Контролируемые вещества по методу и
    периодичности: АСМ – непрерывно | инструментальный – ежеквартально | расчетный – ежегодно`): column →
    its label, when two or more are."""
    found = {
        k: parts[-1]
        for k, parts in enumerate(table.header_parts)
        if len(parts) > 1 and (f := frequency(parts[-1])) and f.word
    }
    parents = {table.header_parts[k][:-1] for k in found}
    return found if len(found) >= 2 and len(parents) == 1 else {}


def closing_frequencies(table: Table) -> dict[int, int]:
    """Blocks closed by their frequency (`ИЗА № 0001 – …` over its substances, then `Периодичность контроля:
    ежеквартально; исполнитель – …` across the table): each row of a block and the row that closes it. Empty
    unless the table ends with such a row after rows of its own; else a frequency across the table heads the
    rows under it (`titled_frequencies`)."""
    n = len(table.rows)
    titles = [row_title(table, r) for r in range(n)]
    filled = [r for r in range(n) if any(not is_blank(cell(table, r, k)) for k in range(table.n_cols))]

    def closes(r: int) -> bool:
        return bool(titles[r] and len(titles[r]) <= 200 and (f := frequency(titles[r])) and f.word)

    if len(filled) < 2 or not closes(filled[-1]) or titles[filled[-2]]:
        return {}
    out: dict[int, int] = {}
    block: list[int] = []
    for r in filled:
        if closes(r):
            out.update(dict.fromkeys(block, r))
            block = []
        else:
            block.append(r)
    return out
