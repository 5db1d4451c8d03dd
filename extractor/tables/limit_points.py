"""Columns of a limits table that stand for places or rounds: a result per point (`NT1 | NT2`), per round
(`Đợt 1 | Đợt 2`, `I квартал 2025 г.`) or per series, and the id column beside the places."""

from __future__ import annotations

import re

from extractor import columns as words
from extractor.context import (
    is_blank,
    own_cell,
)
from extractor.model import Table
from extractor.nlp.frequency import months_of
from extractor.nlp.substances import match_substance
from extractor.tables.limit_cells import CONCENTRATION, PER_PRODUCT, RATE_UNIT, unit_in
from extractor.tables.limit_columns import LimitColumn, has_figures
from extractor.tables.limit_labels import (
    EXPLAINED_ID,
    ID_WITHIN,
    SHORT_ID,
    header_point,
    remarked_id,
    stack_of,
)
from extractor.tables.points import (
    DESCRIBED_ID,
    LEAD_ID,
    POINT_INSIDE,
    worded_point,
)
from extractor.tables.profile import (
    POINT_ID,
)
from extractor.tables.transpose import SAMPLED_ON


def limit_beside_point(cols: list[LimitColumn], at_points: dict[int, str | None]) -> dict[int, str]:
    """Each limit column's point when every point's results stand right before a limit column of their own (`NT1 –
    Kết quả | QCVN 40:2011 cột B | NT2 – Kết quả | QCVN 14:2008 cột B`): each point is judged by its own standard."""
    points = sorted(k for k, pid in at_points.items() if pid)
    limits = sorted(col.index for col in cols)
    if len(limits) < 2 or len(points) != len(limits) or any(col.point for col in cols):
        return {}
    if all(k + 1 == c for k, c in zip(points, limits, strict=True)):
        return {c: at_points[k] or "" for k, c in zip(points, limits, strict=True)}
    return {}


def point_named_column(table: Table, r: dict[str, int], cols: list[LimitColumn]) -> int | None:
    """The one unheaded column of figures beside the limits whose header names a point (`Sau xử lý
    (NT1)` beside `Nước rỉ rác trước xử lý`): the result checked against them; None otherwise."""
    taken = {col.index for col in cols} | set(r.values())
    named = [k for k, h in enumerate(table.header) if k not in taken and header_point(h) and has_figures(table, k)]
    return named[0] if len(named) == 1 else None


def id_beside(table: Table, r: dict[str, int]) -> int | None:
    """The column just before a point column of descriptions that gives each its id (`Ký hiệu | Vị trí`
    over `K1 | Ống thải tháp hấp thụ`); None when the points carry their ids or no such column stands."""
    at = r.get("point")
    if not at or (at - 1) in {k for role, k in r.items() if role not in ("site", "row_number")}:
        return None  # `Пробная площадка | Место отбора` over `ПП-1 | очаг пожара`: the site's id is the point's
    placed = [row for row in range(len(table.rows)) if not is_blank(own_cell(table, row, at))]  # not a norm row across
    ids = [t for row in placed if not is_blank(t := own_cell(table, row, at - 1))]
    places = [own_cell(table, row, at) for row in placed]
    if len(ids) < 2 or len(set(ids)) != len(ids) or not all(remarked_id(t) for t in ids):
        return None  # (`№ пробы | Место отбора` over `Д-1 (повторно) | дно выемки`: a sample's id, its remark after it)
    return at - 1 if not any(POINT_ID.match(t) for t in places) else None


def _described(table: Table, k: int) -> str | None:
    """The point a part of a column's header over its sub-label names and describes (`т.1 (С, 500 м)`
    over `факт., мг/м3`, `С-2 (нефтепирс)` over its horizons `пов. | придон.`)."""
    parts = table.header_parts[k] if k < len(table.header_parts) else ()
    m = next((x for p in parts[:-1] if (x := LEAD_ID.match(p))), None)
    if m is None:  # `Створ С-1 (фоновый, 500 м выше)`, `С-1 тұстамасы (фондық)` over its rounds
        return next((said for p in parts[:-1] if (said := worded_point(p))), None)
    return re.sub(r"\s+", "", m.group(1))


def _point_under_points(table: Table, k: int) -> bool:
    """A column headed by a point's id under a parent naming the points (`Точки отбора проб | Ф-1 (фон)`): one
    of the points' columns of results, not a column of points."""
    parts = table.header_parts[k] if k < len(table.header_parts) else ()
    return len(parts) > 1 and words.role_of(" ".join(parts[:-1])) == "point" and bool(SHORT_ID.match(parts[-1]))


def point_columns(table: Table, r: dict[str, int], cols: list[LimitColumn]) -> dict[int, str | None]:
    """Measured values spread over sub-columns: at points (`Концентрация, мг/м3 | т.1 | т.2` beside a ПДК
    column) or at times (`Фактическая концентрация | I кв. | II кв.`): column → the point id its
    sub-header gives (None for a time), when two or more such columns hold figures. Under a header of one
    row, columns headed by a point's id alone (`ПДК | Р-1 (выше сброса) | Р-2`), not a substance's."""
    limits = {col.index for col in cols}
    structural = {
        v for role, v in r.items() if role != "measured" and not (role == "point" and (_described(table, v) or _point_under_points(table, v)))
    }
    if len(table.header_rows) < 2:
        ids = {
            k: re.sub(r"\s+", "", m.group(1))
            for k, label in enumerate(table.header)
            if k not in limits and k not in structural and (m := SHORT_ID.match(label or "")) and match_substance(label) is None and has_figures(table, k)
        }
        dated: dict[int, str | None] = {
            k: None
            for k, label in enumerate(table.header)
            if k not in limits
            and k not in structural
            and (DATED_ROUND.match(label or "") or _dated_result(label or "") or period_label(label or ""))
            and has_figures(table, k)
        }  # `Серия 1 03.03.2026 | Серия 2 06.03.2026`, `I кв. | II кв.`: runs or periods of measurement
        return ids if len(ids) >= 2 else dated if len(dated) >= 2 else {}
    paired_parents = {table.header_parts[k][:-1] for k in limits if k < len(table.header_parts)}  # `В-1 | ПДК р/х | факт`
    found: dict[int, str | None] = {}
    for k, parts in enumerate(table.header_parts):
        if len(parts) == 1 and k not in limits and k not in structural and (m := SHORT_ID.match(parts[0])) and not parts[0][m.end(1):].strip() and match_substance(parts[0]) is None and has_figures(table, k):
            found[k] = re.sub(r"\s+", "", m.group(1))  # `NT1 | NT2` merged down beside `QCVN 40, cột A: C | Cmax`
            continue
        if k in limits or k in structural or len(parts) < (1 if SAMPLED_ON.search(parts[-1] if parts else "") else 2) or not has_figures(table, k):
            continue
        if RATE_UNIT.search(parts[-1]) or PER_PRODUCT.search(parts[-1]):
            continue  # `Фактически: мг/нм3 | г/с`, `| кг/т`: a rate or a specific emission, no result against the norm
        if len(parts) > 1 and words.role_of(parts[-1]) == "indicator":
            continue  # `Т-2 | мг/м³ | доли ПДК`: the result as a share of the norm, beside the result itself
        if pid := stack_of(parts[-1]) or next((p for part in parts[1:-1] if (p := stack_of(part))), None):
            found[k] = pid  # `т.1`, or `ПП-1` over its depths (`0–5 см | 5–20 см`)
        elif len(parts) > 1 and ROUND.match(parts[-1].strip()) and (m := DESCRIBED_ID.match(parts[-2]) or SHORT_ID.match(parts[-2])):
            found[k] = re.sub(r"\s+", "", m.group(1))  # `KK1 – Cổng nhà máy | Đợt 1 | Đợt 2`: the point's rounds
        elif SHORT_ID.match(parts[-1]) and len(parts) > 1 and _round_title(parts[-2]):
            found[k] = re.sub(r"\s+", "", parts[-1])  # `Đợt 1 – mùa khô (21/3/2025) | NB1`: the point under its round
        elif (pid := _described(table, k)) and parts[:-1] not in paired_parents:
            found[k] = pid  # `Концентрация в точках отбора | т.1 (С, 500 м) | факт., мг/м3`
        elif words.role_of(" ".join(parts[:-1])) in ("measured", "point", None) and (m := SHORT_ID.match(parts[-1]) or NUMBER_FIRST_ID.match(parts[-1])):
            found[k] = re.sub(r"\s+", "", m.group(1))  # `Результат по точкам отбора | П-1 | П-3 (фон)`, `Скважина № 97 | М-1 (50 м)`
        elif words.role_of(" ".join(parts[:-1])) in (None, "measured") and (m := DESCRIBED_ID.match(parts[-1])):
            found[k] = re.sub(r"\s+", "", m.group(1))  # `Концентрация на границе СЗЗ | Т-1 (север) | Т-2 (восток)`
        elif words.role_of(" ".join(parts[:-1])) in (None, "measured", "point") and (m := EXPLAINED_ID.search(parts[-1])):
            found[k] = re.sub(r"\s+", "", m.group(1))  # `Kết quả | Cổng chính nhà máy (KK1)`: a legend's place for the id
        elif words.role_of(parts[0]) == "measured" and (m := next((x for p in parts[1:-1] if (x := SHORT_ID.match(p))), None)):
            found[k] = re.sub(r"\s+", "", m.group(1))  # `Құрамы, мг/кг | СА-1 | 0–5 см`: a point over its depths
        elif (
            words.role_of(" ".join(parts[:-1])) == "measured"
            or SAMPLED_ON.search(parts[-1])
            or (
                unit_in(parts[-2]) in CONCENTRATION
                and parts[:-1] not in paired_parents  # `…, мг/м3 | ПДК м.р. | факт`: a result beside its own norm
                and len(parts[-1]) <= ROUND_LABEL
                and (months_of(parts[-1], anchored=True) or ROUND.match(parts[-1]))
            )
        ):  # `Концентрация по месяцам, мг/м3 | IV | V | …`: a concentration in rounds
            # a quarter, a round, a date (under any parent): the row's own point, or the one the parent names
            found[k] = next((re.sub(r"\s+", "", m.group(1)) for p in parts[:-1] if (m := POINT_INSIDE.search(p))), None)
        elif _statistic(parts[-1]) and (m := ID_WITHIN.search(re.sub(r"\([^)]*\)", " ", " ".join(parts[:-1])))):
            found[k] = re.sub(r"\s+", "", m.group(1))  # `Выпуск В-2 (станция АСК-2) | мин. | среднее | макс.`
    if not found:
        found = measurement_rounds(table, limits | structural)
    inlet = words.compiled("INLET_WORDS")  # `NT1 – Nước thải đầu vào (chưa xử lý)`: the inlet, judged by no norm
    treated = {k: v for k, v in found.items() if not inlet.search(words.flat(" ".join(table.header_parts[k])))}
    found = treated if len(treated) >= 2 else found
    return _means_of_series(table, found) if len(found) >= 2 else {}


NUMBER_FIRST_ID = re.compile(r"^\s*(\d{1,3}\s*[-–]\s*[^\W\d_]{1,3})\s*$")
"""A well's or a point's id written number first (`1-Э`, `2-Э`), under a header of results."""


def _round_title(label: str) -> bool:
    """A round named by its number, before whatever dates or season follow (`Đợt 1 – mùa khô (21/3/2025)`,
    `Серия 2 06.03.2026`, `2-й замер`)."""
    head = re.split(r"\s+[–—-]\s+|\s*\(|\s+\d{1,2}[./]", label.strip(), maxsplit=1)[0]
    return bool(ROUND.match(head) or DATED_ROUND.match(label) or re.fullmatch(r"[^\W\d_]{2,8}\s*\d{1,2}", head))


def _statistic(label: str) -> str | None:
    """`mean` or `extreme` for a sub-header of a series' statistics (`среднее`, `макс.`, `ең аз`)."""
    flat = words.flat(label)
    return "mean" if words.compiled("AVERAGE_HEADERS").search(flat) else "extreme" if words.compiled("EXTREME_HEADERS").search(flat) else None


def _means_of_series(table: Table, found: dict[int, str | None]) -> dict[int, str | None]:
    """The columns with each point's statistics (`Вып-1 | мин. | среднее | макс.`) reduced to their mean:
    one series measured there, whose mean a norm is checked against, not three results."""
    def stat(k: int) -> str | None:
        return _statistic(table.header_parts[k][-1]) if table.header_parts[k] else None
    drop = set()
    for pid in set(found.values()):
        cols = [k for k, p in found.items() if p == pid]
        kinds = [stat(k) for k in cols]
        if len(cols) >= 2 and None not in kinds and kinds.count("mean") == 1:
            drop.update(k for k, kind in zip(cols, kinds, strict=True) if kind == "extreme")
    return {k: p for k, p in found.items() if k not in drop}


def period_label(label: str) -> bool:
    """A short period's name, its day of sampling aside (`I кв.`, `июль`, `I кв. (06.02.2025)`): a round."""
    bare = re.sub(r"\(\s*\)", " ", FULL_DATE.sub(" ", label)).strip()
    bare = YEAR_BEFORE.sub("", YEAR_AFTER.sub("", bare)).strip(" ,/")  # `III квартал 2025 г.`, `2025 ж. III тоқсан`: the report's year
    return len(bare) <= ROUND_LABEL and bool(months_of(bare, anchored=True))



def period_columns(table: Table) -> list[int]:
    """The columns whose lowest header names a period (`I кв. | II кв.`, `Quý I | Quý II`)."""
    return [k for k in range(table.n_cols) if table.header_parts[k] and period_label(table.header_parts[k][-1])]

YEAR_AFTER = re.compile(r"[\s/,]*(?:năm\s+)?(?:19|20)\d{2}(?:\s*(?:г\.?|года|ж\.?|жыл\w*))?\s*$", re.I)
"""A year closing a period's name (`… 2025 г.`, `… 2025 ж.`, `…/2025`, `… năm 2025`)."""
YEAR_BEFORE = re.compile(r"^\s*(?:19|20)\d{2}\s*(?:г\.?|года?|ж\.?|жыл\w*)?[\s,]*", re.I)
"""A year opening a period's name (`2025 ж. III тоқсан`)."""


def _dated_result(label: str) -> bool:
    """`Результат (27.04.2025)`, `Kết quả ngày 09/10/2025`: a result by the day it was sampled."""
    rest = FULL_DATE.sub(" ", label)
    return rest != label and words.role_of(rest) == "measured"


FULL_DATE = re.compile(r"(?<!\d)\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})(?!\d)")
DATED_ROUND = re.compile(
    r"^\s*[^\W\d_]{0,10}\s*\d{1,2}\s*-?\s*[^\W\d_]{0,10}\s+\(?(?:\d{1,2}[./]\d{1,2}[./](?:\d{2}|\d{4})|\d{1,2}[./]\d{4})\)?\s*$"
)
"""A round by its number and its day or month (`Серия 1 03.03.2026`, `1-серия 12.03.2026`, `Đợt 1 (16/03/2025)`,
`Đợt 1 (03/2024)`)."""
ROUND_LABEL = 12
"""A round under a concentration is named shortly (`IV`, `июль`, `2-й замер`); a longer sub-header says what was measured."""
ROUND = re.compile(r"^(?:[IVX]{1,4}|\d{1,2}\s*-?\s*(?:й|я|ое|th)?\s*(?:замер|раунд|өлшеу|lần|đợt|round)?|(?:đợt|lần|round)\s*\d{1,2})\.?$", re.I)
"""A round by its number: a month in Roman numerals (`IV`), `2-й замер`, `Đợt 1`; a month or a quarter is named too."""


def measurement_rounds(table: Table, taken: set[int]) -> dict[int, str | None]:
    """Columns of concentrations under the same label, each under a parent of its own (`I полугодие |
    концентрация, мг/Нм3`, `II полугодие | концентрация, мг/Нм3`): rounds of measurement, at the point
    a parent names or the row's own."""
    same: dict[str, list[int]] = {}
    for k, parts in enumerate(table.header_parts):
        if k not in taken and len(parts) > 1 and unit_in(parts[-1]) in CONCENTRATION and has_figures(table, k):
            same.setdefault(" ".join(parts[-1].lower().split()), []).append(k)
    return {
        k: next((re.sub(r"\s+", "", m.group(1)) for p in table.header_parts[k][:-1] if (m := POINT_INSIDE.search(p))), None)
        for cols in same.values()
        if len(cols) >= 2 and len({table.header_parts[k][:-1] for k in cols}) == len(cols)
        for k in cols
    }


