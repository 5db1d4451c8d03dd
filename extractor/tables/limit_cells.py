"""What one cell of a limits table says: its unit and medium, a norm (`≤ 50`, `6,5–8,5`, `0,11 (0,05)`), a
measured value beside it (`< 0,005`, `KPH`, `0,12 (0,10–0,14)`) and the substance its row names. Shared by
the readers of limits, monitoring plans, matrices and stated norms."""

from __future__ import annotations

import re

from extractor import columns as words
from extractor import contract as c
from extractor.context import (
    cell,
    is_blank,
    number,
    own_cell,
    substance,
)
from extractor.model import Table
from extractor.nlp.numbers import find_quantities, is_not_detected, parse_quantity
from extractor.nlp.units import normalise_unit
from extractor.tables.emissions import table_substance

UNIT_TEXT = re.compile(
    r"(?<![^\W\d_])(?:мк?г|mg|µg|μg|ug|mcg|г|g|мг-экв|mg-eq)\s*/\s*(?:н\.?\s*м3|нм3|нм³|nm3|nm³|дм3|дм³|л|м3|м³|кг|l|m3|m³|kg)"
    r"|MPN/100\s?ml|CFU/100\s?ml|Pt[-/]Co|(?<![^\W\d_])NTU(?![^\W\d_])|°C|(?<![^\W\d_])оС(?![^\W\d_])",
    re.IGNORECASE,
)
CONCENTRATION = frozenset({"mg/l", "mg/m3", "mg/Nm3", "mg/kg", "ug/m3"})
UNIT_MEDIA = {
    "mg/Nm3": "flue_gas",
    "mg/kg": "soil",
    "ug/m3": "air",
    "mg/m3": "air",
    "mg/l": "water",
    "ug/l": "water",
}
FAMILY = {"flue_gas": "air", "air": "air", "waste_water": "water", "water": "water", "soil": "soil"}
"""The reference list a medium's substances are looked up in."""
RATE_UNIT = re.compile(r"[^\W\d_]{1,4}\d?\s*/\s*(?:ч|час|сут|год|с|h|s|ngày|năm|giờ|жыл|сағ)\b", re.I)
"""A unit of flow or mass per time (`м3/ч`, `г/ч`, `kg/ngày`): not a concentration."""
PER_PRODUCT = re.compile(r"(?<![^\W\d_])(?:к?г|kg|g)\s*/\s*(?:т|t|tấn|тонн\w*)(?![^\W\d_])", re.I)
"""A specific emission, mass per tonne of product (`кг/т`, `kg/tấn`): beside a concentration, not the norm read."""
EXISTING = re.compile(r"существующ|қазіргі|hiện (?:trạng|hữu)|фактическ", re.I)
"""Headers of what is, beside what is allowed."""
FOOTNOTE = re.compile(r"\s*(?:\(\s*\*+\s*\)|\*+|\(\d\)|\[\d\])\s*$")


def medium_of(text: str) -> str | None:
    """The environment the words of a caption or header speak of (`сточные воды` → waste_water)."""
    return words.label_of("MEDIUM_WORDS", text)


def unit_in(text: str) -> str | None:
    """The first unit written in a header or caption (`ПДК м.р., мг/м3`, `(mg/Nm3)`), normalised."""
    for m in UNIT_TEXT.finditer(text or ""):
        unit = normalise_unit(re.sub(r"\s+", "", m.group(0)).replace("н.м3", "нм3"))
        if unit:
            return unit
    return None


def table_unit(table: Table, col: int | None = None, caption: str = "") -> str | None:
    """The unit of a column's header (a units row under the names first: `BOD5 (20°C)` over `mg/L`),
    else of any header but a temperature, else of the caption."""
    if col is not None and col < len(table.header):
        for part in reversed(table.header_parts[col]):
            if unit := unit_in(re.sub(r"\(\s*\d+\s*°\s*C\s*\)", " ", part)):  # `BOD5 (20°C)`: a condition of the test
                return unit
    shared = (u for h in table.header if (u := unit_in(h)) and u != "degC")  # `BOD5 (20°C)` qualifies its own column only
    return next(shared, None) or unit_in(caption)


def resolve_medium(said: str | None, unit: str | None) -> str | None:
    """The medium the words say, unless the unit says otherwise (a mg/m3 limit is no water limit)."""
    by_unit = UNIT_MEDIA.get(unit or "")
    if said is None:
        return by_unit
    if said == "flue_gas" and unit == "ug/m3":
        return "air"  # micrograms a cubic metre: the air a stack's gas reaches, not the gas in it
    if by_unit is None or FAMILY.get(said) == FAMILY.get(by_unit):
        return "flue_gas" if by_unit == "flue_gas" else said
    return by_unit


WORKED_OUT = re.compile(r"^[\d\s.,]+(?:[-+×x*/][\d\s.,]+)+=\s*([\d\s.,]+)$")
"""A limit written as its sum and result (`16,4 + 0,25 = 16,65`): the figure after `=`."""


def worked_base(text: str) -> float | None:
    """The background a limit was worked out from (`16,4 + 0,25 = 16,65`: 16,4): the background point that
    gave it is judged against no norm of its own making."""
    worked = WORKED_OUT.match(FOOTNOTE.sub("", text or "").strip())
    return number(re.split(r"[-+×x*/]", worked.group(0), maxsplit=1)[0]) if worked and "+" in worked.group(0) else None


CITED_STANDARD = re.compile(r"\s*\(\s*(?:qcvn|гост|санпин|ст\s+рк|тр)\b[^()]*\)\s*$", re.I)
"""The standard a limit is taken from, in brackets after the figure (`300 (QCVN 05:2023/BTNMT)`)."""


def parse_limit(text: str, lang: str | None) -> tuple[float | None, float | None, float | None] | None:
    """(limit, min, max) of a limit cell: a figure or an upper bound (`≤ 50`), a lower bound, or a range; None for none."""
    text = FOOTNOTE.sub("", text or "").strip()
    text = CITED_STANDARD.sub("", text).strip()  # `300 (QCVN 05:2023/BTNMT)`: the figure, the standard it is from aside
    if (worked := WORKED_OUT.match(text)) is not None:
        text = worked.group(1)  # `16,4 + 0,25 = 16,65`: the background plus the allowed increase, worked out
    if is_blank(text) or not re.search(r"\d", text) or len(text) > 40:
        return None
    if words.compiled("ABSENCE_WORDS").search(words.flat(text)):
        return None  # `отсутствие в 100 см3`: none allowed in a volume, the volume no limit
    if "+" in text and words.compiled("BACKGROUND_WORDS").search(words.flat(text)):
        return None  # `фон + 0,25`: an increase over the background, no figure of its own
    q = parse_quantity(text, lang) or parse_quantity(re.sub(r"^[^\W\d_]{1,5}\.?\s+", "", text), lang)  # `ДК 6,5-ден 9-ға дейін`
    if q is None:
        found = find_quantities(text, lang, require_unit=False)
        q = found[0] if len(found) == 1 else None
    if q is None or q.not_detected:
        return None
    if q.is_range:
        return None, q.low, q.high
    if q.value is not None and q.comparator in (">", ">="):
        return None, q.value, None  # `не менее 1,5`, `≥ 4`: a lower bound (dissolved oxygen, residual chlorine)
    return (q.value, None, None) if q.value is not None else None


LABELLED_RESULT = re.compile(r"^\s*(\S[^–—:]{0,20}?)\s*[–—:]\s*(.+?)\s*$")


TRAILING_WORD = re.compile(r"\d\s*([^\W\d_][^\s\d]{0,8})\s*$")


NAMED_UNIT = re.compile(r"\(([^()]{1,12})\)\s*$")


def process_unit(text: str, name: str) -> bool:
    """A criterion in a unit no concentration is given in (`0,11 – 0,14 МПа`, `не ниже 121 °С`), or a
    parameter named with one (`Lưu lượng nước thải (m3/ngày)`)."""
    m = TRAILING_WORD.search(text)
    if m and normalise_unit(m.group(1)) not in CONCENTRATION:
        return True
    said = NAMED_UNIT.search(name)
    return bool(said) and (unit := normalise_unit(said.group(1))) is not None and unit not in CONCENTRATION


FLOW_OR_SHARE = re.compile(r"(?:м|m|nm|нм)[³3]\s*/\s*(?:ч|час|с|сут|сағ|тәул|h|s|d|giờ|ngày)(?![^\W\d_])|^\s*%\s*$", re.I)
"""A unit of a gas or water flow (`тыс. нм³/ч`, `m3/s`) or a bare share (`%`): a stack's or a plant's condition."""


def flow_or_share(unit_text: str | None) -> bool:
    """Whether a row's unit cell gives a flow or a share, in which no substance's limit is set."""
    return bool(unit_text) and bool(FLOW_OR_SHARE.search(unit_text))


def labelled_results(text: str, lang: str | None) -> list[float | None]:
    """Each result of a cell that gives several, labelled (`I кв. – 7,79; II кв. – 9,04; …`, `Đợt 1: 12,4;
    Đợt 2: 15,1`); a round with no figure (`I кв. – не работала`) was not measured, one not detected
    (`KPH`) was. [] for one result."""
    parts = [p for p in re.split(r"\s*;\s*", text or "") if p.strip()]
    if len(parts) < 2 or not all(LABELLED_RESULT.match(p) for p in parts):
        return []
    found = [
        None if is_not_detected(m.group(2)) else measured_value(m.group(2), lang)
        for p in parts
        if (m := LABELLED_RESULT.match(p)) and (re.search(r"\d", m.group(2)) or is_not_detected(m.group(2)))
    ]  # `Đợt 3: KPH` was measured, below what the method finds
    return found if len(found) >= 2 else []


def cell_unit(table: Table, row: int, col: int) -> str | None:
    """A unit written with the limit in its cell (`не более 300 мг/дм3`)."""
    text = own_cell(table, row, col) or cell(table, row, col)
    return unit_in(text) if text and re.search(r"\d", text) else None


_BRACKETED_PAIR = re.compile(r"^\s*([<≤]?\s*\d[\d\s.,]*?)\s*\(\s*([<≤]?\s*\d[\d\s.,]*?)\s*\)\s*$")
_BRACKETED_UNIT = re.compile(r"\(\s*([^()]+?)\s*\)\s*$")


WITH_SPREAD = re.compile(r"^\s*([<≤]?\s*\d[\d\s.,]*?)\s*\(\s*\d[\d\s.,]*?\s*[–—-]\s*\d[\d\s.,]*?\s*\)\s*$")
"""A mean with its range in brackets (`7,1 (6,7 – 7,5)`, `2.850 (1.500 – 3.900)`)."""


def value_in_unit(table: Table, col: int, text: str, unit: str | None, lang: str | None) -> float | None:
    """A result given in two units, the second in brackets (`54 (111)` under `Результат, ppm (мг/Нм3)`):
    the figure in the limit's unit; a plain result otherwise."""
    if spread := WITH_SPREAD.match(text or ""):
        return measured_value(spread.group(1), lang)  # `7,1 (6,7 – 7,5)`: the mean, its least and greatest after it
    pair = _BRACKETED_PAIR.match(text or "")
    header = table.header[col] if col < len(table.header) else ""
    if pair and (inner := _BRACKETED_UNIT.search(header)):
        in_brackets = unit_in(inner.group(1))
        return measured_value(pair.group(2) if unit is None or in_brackets == unit else pair.group(1), lang)
    return measured_value(text, lang)


def not_sampled(text: str) -> bool:
    """Words, not a figure, in a result's cell (`не отбирались`, `không lấy mẫu`), other than a mark of below detection."""
    return not is_blank(text) and re.search(r"[^\W\d_]{3}", text) is not None and not re.search(r"\d", text) and not is_not_detected(text)


def limit_substance(raw: str, code_text: str, medium: str) -> c.Substance:
    family = FAMILY.get(medium, medium)
    if family == "air":
        return table_substance(raw, code_text)
    return substance(raw, family)


UNITLESS = frozenset({"pH"})
"""Parameters that have no unit whatever the column's header says."""


def unit_for(found: c.Substance, unit: str | None) -> str | None:
    return None if found.symbol in UNITLESS else unit


def row_unit_of(table: Table, row: int, col: int | None) -> str | None | bool:
    """The unit of the row's unit cell; None when the cell says there is none (`-`); False without a unit column."""
    if col is None:
        return False
    text = cell(table, row, col)
    if is_blank(text):
        return None
    return normalise_unit(text) or unit_in(text)


def measured_value(text: str, lang: str | None) -> float | None:
    found = find_quantities(text, lang, require_unit=False) if text else []
    return found[0].value if found and found[0].comparator is None else None


