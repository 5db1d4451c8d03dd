"""What the cells of each column hold: the content signals of a table's role and columns.

Headers are re-worded, abbreviated, left out or written in another language; the
cells are not. A column whose cells are mostly waste codes is a waste-code column
whatever its header says, a column of `1 раз в квартал` is a frequency column, a
column of four-digit numbers from 0001 to 9999 holds source numbers. Each column is
profiled once, on its first rows: counts of cells of each kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from extractor import columns as words
from extractor.model import DASHES, Table, is_column_number_row, owner
from extractor.nlp.frequency import find_frequency
from extractor.nlp.identifiers import find_bins
from extractor.nlp.numbers import parse_quantity
from extractor.nlp.substances import find_substances, match_substance
from extractor.nlp.units import normalise_unit
from extractor.nlp.wastes import normalise_waste_code

SAMPLE_ROWS = 40
"""Rows profiled per table: enough to tell a column's content, cheap on a 2,000-row table."""

MARKS = r"\+|х|x|×|✓|✔|☑|●|•|■|v|да|иә|có"
MARK = re.compile(rf"^\s*(?:{MARKS})\s*$", re.I)
"""A cell that says "yes, here": the mark of a schedule, a plan or a list of bodies."""

POINT_ID = re.compile(
    r"^\s*((?:кт|к\.т|т|тн|тп|пп|пнз|нс|пост|скв|створ|точка|нүкте|điểm|đ|kt|kk|nm|nn|nt|k)\s*[.\-–]?\s*№?\s*\d+[a-zа-я]?"
    r"|№\s*\d{1,3}[a-zа-я]?)(?![\w.,]\d)\b",
    re.I,
)
"""A control point's id at the start of a cell: `т.1`, `Кт-2`, `КТ 3`, `№1`, `Điểm 2`, `KT-01`, `NT1`."""

LONG_NUMBER = re.compile(r"\d{10}")
"""Ten digits in a row at least: what a BIN or an enterprise number needs, checked before anything dearer."""

ENTERPRISE_NUMBER = re.compile(r"(?<![\d.,/])(\d{10})(?:\s*-\s*(\d{3}))?(?![\d/]|[.,]\d)")
"""A Vietnamese enterprise number: ten digits, a three-digit branch after a dash."""


@cache
def _bin_label() -> re.Pattern[str]:
    """The words a BIN or an enterprise number is labelled with (`БИН`, `БСН`, `Mã số doanh nghiệp`)."""
    return re.compile("|".join(f"(?:{p})" for p in words.labelled("COLUMN_WORDS").get("bin", ())))


@cache
def _labelled() -> re.Pattern[str]:
    return re.compile(rf"(?:{_bin_label().pattern})\W{{0,3}}" + ENTERPRISE_NUMBER.pattern)


def labelled_number(text: str) -> str | None:
    """An enterprise number after the words that name it, inside a longer text."""
    m = _labelled().search((text or "").lower())
    return m.group(1) + (m.group(2) or "") if m else None


def point_name(text: str, m: re.Match[str]) -> str:
    """A point as it is named: its id alone (`Кт.1 На границе СЗЗ` → `Кт.1`), but a bare number keeps
    the noun it numbers (`№ 1 шығару`, the outlet No. 1)."""
    rest = text[m.end() :].strip()
    if m.group(1).startswith("№") and rest and len(rest) <= 30 and not re.match(r"[(\-–—,:]", rest):
        return " ".join(text.split())
    return re.sub(r"\s+", "", m.group(1))


SOURCE_NUMBER = re.compile(r"^\s*(?:ист\.?|источник|иза|№)?\s*(\d{4})(?:\s*[-–,;/]\s*\d{4})*\s*\.?\s*$", re.I)
"""A cell that is a source number (`0401`, `6001-6003`)."""

_CODE = re.compile(r"^\s*(\d{4})\s*$")
_NUMBER_AND_NAME = re.compile(r"^\s*(?:ист\.?|№)?\s*(\d{4})\s*[-–—.:,]?\s+((?:№\s*\d+\s+)?[^\W\d_].{2,})$", re.I | re.S)
_FIGURE = re.compile(r"^[\s<>≤≥=~*]*[-−]?\d[\d\s\u00a0.,]*(?:[eE][-+]?\d+)?\s*(?:\(\d\)|\*+)?\s*$")
_RANGE = re.compile(r"\d\s*(?:[-–—÷]|đến|до|to)\s*\d")


@dataclass
class Column:
    """Counts of the kinds of the filled cells of one column, over the profiled rows."""

    index: int
    filled: int = 0
    numbers: int = 0
    ranges: int = 0
    waste_codes: int = 0
    source_numbers: int = 0
    substances: int = 0
    frequencies: int = 0
    units: int = 0
    points: int = 0
    bins: int = 0
    substance_codes: int = 0
    """Four-digit numbers that are the code of the substance named in the same row: not sources."""
    long_texts: int = 0
    letters: int = 0
    texts: list[str] = field(default_factory=list)

    def share(self, kind: str) -> float:
        return getattr(self, kind) / self.filled if self.filled else 0.0


def is_blank(text: str | None) -> bool:
    return text is None or bool(DASHES.match(text))


def is_figure(text: str) -> bool:
    """A cell that is one number (a comparator, a footnote mark or a range allowed)."""
    t = text.strip()
    return bool(_FIGURE.match(t)) or (
        bool(_RANGE.search(t)) and parse_quantity(t) is not None and len(t) < 30
    )


def mostly_figures(table: Table, col: int) -> bool:
    """Most filled body cells of a column are figures: a column of values, whatever its header says."""
    texts = [found.text.strip() if (found := owner(table.rows, r, col)) else "" for r in range(len(table.rows))]
    filled = [t for t in texts if t and not DASHES.match(t)]
    return len(filled) >= 1 and sum(1 for t in filled if is_figure(t)) * 2 > len(filled)


def is_substance(text: str, medium: str | None = None) -> bool:
    """A cell that names a substance the reference lists know (a whole-cell match, or one inside)."""
    if len(text) > 300 or not re.search(r"[^\W\d_]", text):
        return False
    m = match_substance(text, medium=medium)
    if m is not None and m.score >= 88:
        return True
    return bool(find_substances(text, medium=medium))


def is_shift(text: str) -> bool:
    """A header that names a work shift (`I смена`, `Ca 1`): never a substance, though `Ca` is calcium's symbol."""
    return bool(words.compiled("SHIFT_HEADERS").search(words.flat(text)))


def is_frequency(text: str) -> bool:
    f = find_frequency(text)
    return bool(f and f.word)


def names_column(table: Table, taken: set[int]) -> int | None:
    """The first column of names when no header says which (`Участник индустриальной зоны`, `Hạng
    mục phụ trợ`): text in most rows, not a frequency, a figure or another role's column."""
    for k in range(table.n_cols):
        if k in taken:
            continue
        texts = [found.text.strip() if (found := owner(table.rows, r, k)) else "" for r in range(len(table.rows))]
        named = [t for t in texts if re.search(r"[^\W\d_]{3}", t) and not is_frequency(t)]
        if len(named) * 2 > len(texts):
            return k
    return None


def cell_text(table: Table, row: int, col: int) -> str:
    cell = table.rows[row][col] if col < len(table.rows[row]) else None
    return cell.text.strip() if cell is not None else ""


@dataclass
class Profile:
    """The column profiles of one table, and a few whole-table counts."""

    table: Table
    columns: list[Column]
    rows: int

    def best(
        self, kind: str, minimum: float = 0.5, exclude: set[int] | frozenset[int] = frozenset()
    ) -> int | None:
        """The column with the largest share of `kind` cells, if at least `minimum` of its cells are."""
        ranked = sorted(
            (c for c in self.columns if c.index not in exclude and c.filled),
            key=lambda c: (c.share(kind), getattr(c, kind)),
            reverse=True,
        )
        if ranked and ranked[0].share(kind) >= minimum and getattr(ranked[0], kind) > 0:
            return ranked[0].index
        return None

    def count(self, kind: str, minimum: float = 0.5) -> int:
        """How many columns mostly hold `kind` cells."""
        return sum(1 for c in self.columns if c.filled and c.share(kind) >= minimum)


def profile(table: Table, sample: int = SAMPLE_ROWS) -> Profile:
    """Profile the first `sample` body rows of a table (rows of column numbers skipped)."""
    columns = [Column(k) for k in range(table.n_cols)]
    used = 0
    for r in range(len(table.rows)):
        if used >= sample:
            break
        if is_column_number_row(table.rows[r]) or _title_row(table, r):
            continue
        used += 1
        for col in columns:
            text = cell_text(table, r, col.index)
            if is_blank(text):
                continue
            _count(col, text)
        _count_substance_codes(table, r, columns)
    return Profile(table, columns, used)


def _title_row(table: Table, r: int) -> bool:
    """A row of one text (`Котельная № 1, мкр. Жастар` across the table): a group's title, no column's value."""
    if table.n_cols < 3:
        return False
    texts = {t for k in range(table.n_cols) if not is_blank(t := cell_text(table, r, k))}
    return len(texts) == 1


def number_and_name(text: str) -> tuple[str, str] | None:
    """(number, name) of a cell that writes a four-digit number before words: `0009 Выхлопная труба`,
    `0616 – Ксилол`."""
    m = _NUMBER_AND_NAME.match(text or "")
    return (m.group(1), " ".join(m.group(2).split())) if m else None


def names_its_code(number: str, name: str):
    """The air pollutant `name` is, when `number` is its code (`0301 Азота диоксид`), else None."""
    found = match_substance(name, medium="air")
    return found.substance if found is not None and found.substance.code == number else None


def _numbered_source(text: str) -> bool:
    """`0009 Выхлопная труба дизель-генератора`: a source's number and name in one cell, unless the
    name is the substance the number is the code of (`0301 Азота диоксид`)."""
    pair = number_and_name(text)
    if pair is None or not (pair[0].startswith("0") or int(pair[0]) >= 6001):
        return False  # `2026 год`, `1500 тонн`: a year or a quantity
    first = pair[1].split()[0]
    if normalise_unit(first) is not None or re.match(r"(?:год|жыл|năm|г\.|т\b|тонн|кг)", first, re.I):
        return False
    return names_its_code(*pair) is None


def _count_substance_codes(table: Table, row: int, columns: list[Column]) -> None:
    """`0303 | Аммиак`: a four-digit number beside the name of the substance it is the code of."""
    numbers = {k: m.group(1) for k in range(table.n_cols) if (m := _CODE.match(cell_text(table, row, k)))}
    if not numbers:
        return
    for k in range(table.n_cols):
        text = cell_text(table, row, k)
        if k in numbers or not re.search(r"[^\W\d_]", text) or len(text) > 300:
            continue
        found = match_substance(text, medium="air")
        code = found.substance.code if found is not None else None
        for col, number in numbers.items():
            if code == number:
                columns[col].substance_codes += 1


def _count(col: Column, text: str) -> None:
    col.filled += 1
    if len(col.texts) < 8:
        col.texts.append(text)
    figure = is_figure(text)
    if figure:
        col.numbers += 1
        if _RANGE.search(text):
            col.ranges += 1
    if normalise_waste_code(text) is not None and re.fullmatch(r"[\d\s*]{6,12}\*?", text.strip()):
        col.waste_codes += 1
    if SOURCE_NUMBER.match(text) or _numbered_source(text):
        col.source_numbers += 1
    if POINT_ID.match(text):
        col.points += 1
    if re.fullmatch(r"[\d\s]{12,14}", text) and find_bins(text):
        col.bins += 1
    elif LONG_NUMBER.search(text) and (labelled_number(text) or (_bin_label().search(words.flat(text)) and find_bins(text))):
        col.bins += 1  # labelled in a longer cell (`ТОО «…» БИН 141241784008`, `Mã số doanh nghiệp: 2226091043`)
    if figure:
        return
    if re.search(r"[^\W\d_]", text):
        col.letters += 1
    if len(text) > 60:
        col.long_texts += 1
    unit = normalise_unit(text) if 1 < len(text.strip()) <= 20 else None  # `С` alone is a mark (`С | НС`), not seconds
    if unit is not None and unit != "pH" and not is_frequency(text):
        col.units += 1
        return
    if is_frequency(text):
        col.frequencies += 1
    elif is_substance(text):
        col.substances += 1
