"""Kazakhstan's registry codes and emission source numbers: validation and finding.

- BIN / IIN: 12 digits with a check digit (weights 1..11; if the remainder
  is 10, weights 3..11, 1, 2; a second 10 makes the number invalid). Narrow
  table cells break them over lines (`2107400009` / `37`), so the finder
  joins digit groups split by whitespace, but only when the check digit
  holds: a random 12-digit join passes one time in eleven.
- KATO (administrative-territorial classifier): 9 digits, the first two a
  region code.
- OKED (economic activities, NACE Rev. 2): 2-5 digits, also written with dots
  (`24.44.0` → `24440`); the first two are a NACE division.
- Emission sources (ИЗА): four digits, `0001`-`5999` organised (stacks,
  vents), `6001`-`9999` unorganised (fugitive) sources.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Final

from extractor.nlp import lang
from extractor.nlp.numbers import find_quantities

_WEIGHTS_1: Final = tuple(range(1, 12))
_WEIGHTS_2: Final = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)

KATO_REGIONS: Final = frozenset("10 11 15 19 23 27 31 33 35 39 43 47 51 55 59 61 62 63 71 75 79".split())
"""First two digits of KATO codes: the oblasts (incl. Abai 10, Jetisu 33, Ulytau 62 of 2022 and the former
South Kazakhstan 51) and the cities Astana 71, Almaty 75, Shymkent 79."""

NACE_DIVISIONS: Final = frozenset(
    {f"{d:02d}" for d in (*range(1, 4), *range(5, 10), *range(10, 34), *range(35, 40), *range(41, 44))}
    | {f"{d:02d}" for d in (*range(45, 48), *range(49, 54), 55, 56, *range(58, 64), 64, 65, 66, 68)}
    | {
        f"{d:02d}"
        for d in (*range(69, 76), *range(77, 83), 84, 85, 86, 87, 88, *range(90, 94), 94, 95, 96, 97, 98, 99)
    }
)
"""The two-digit divisions of NACE Rev. 2, which OKED (ГК РК 03-2019) follows."""

ORGANIZED: Final = "organized"
UNORGANIZED: Final = "unorganized"


@dataclass(frozen=True)
class Identifier:
    """A code found in text: its normalised `value` and where it was written."""

    value: str
    raw: str
    start: int
    end: int


@dataclass(frozen=True)
class SourceNumber:
    """An emission source number (`0401`, `6001`) found in text, with its type."""

    number: str
    type: str
    raw: str
    start: int
    end: int


# ------------------------------------------------------------------ BIN/IIN


def bin_check_digit(first11: str) -> int | None:
    """The check digit of a BIN/IIN from its first 11 digits, or None when no check digit exists."""
    digits = [int(c) for c in first11]
    remainder = sum(d * w for d, w in zip(digits, _WEIGHTS_1, strict=True)) % 11
    if remainder == 10:
        remainder = sum(d * w for d, w in zip(digits, _WEIGHTS_2, strict=True)) % 11
        if remainder == 10:
            return None
    return remainder


def is_valid_bin(value: str) -> bool:
    """Whether `value` is 12 digits whose check digit holds (BIN and IIN share the rule)."""
    s = re.sub(r"\s+", "", value or "")
    if not re.fullmatch(r"\d{12}", s):
        return False
    return bin_check_digit(s[:11]) == int(s[11])


is_valid_iin = is_valid_bin


def bin_kind(value: str) -> str | None:
    """`legal_entity` (BIN: fifth digit 4, 5 or 6) or `individual` (IIN: a birth date and a century digit 1-6)."""
    if not is_valid_bin(value):
        return None
    s = re.sub(r"\s+", "", value)
    if s[4] in "456":
        return "legal_entity"
    month, day, century = int(s[2:4]), int(s[4:6]), s[6]
    if 1 <= month <= 12 and 1 <= day <= 31 and century in "123456":
        return "individual"
    return None


_DIGIT_RUN: Final = re.compile(
    r"(?<![\w.,/+-])\d+(?:[ \t\u00a0\u202f]*\n?[ \t\u00a0\u202f]*\d+)*(?![\w/]|[.,]\d)"
)


def find_bins(text: str, strict: bool = True) -> list[Identifier]:
    """Every BIN/IIN in `text`, including ones split over lines or spaced (`0501 4000 0656`).

    A 12-digit run counts when its check digit holds (any 12-digit run when
    `strict` is False); digit groups joined across whitespace always need the
    check digit, and either a line break between them or groups of equal
    length. Digits glued to letters (account numbers like `KZ77…`) are not read.
    """
    found: list[Identifier] = []
    for run in _DIGIT_RUN.finditer(text):
        groups = [
            (m.group(0), run.start() + m.start(), run.start() + m.end())
            for m in re.finditer(r"\d+", run.group(0))
        ]
        i = 0
        while i < len(groups):
            taken = _bin_window(text, groups, i, strict)
            if taken:
                j, identifier = taken
                found.append(identifier)
                i = j
            else:
                i += 1
    return found


def _bin_window(
    text: str, groups: list[tuple[str, int, int]], i: int, strict: bool
) -> tuple[int, Identifier] | None:
    """A BIN made of groups i..j-1, if there is one: (j, identifier)."""
    total = 0
    for j in range(i, len(groups)):
        total += len(groups[j][0])
        if total > 12:
            return None
        if total < 12:
            continue
        window = groups[i : j + 1]
        value = "".join(g[0] for g in window)
        start, end = window[0][1], window[-1][2]
        if len(window) == 1:
            ok = is_valid_bin(value) or not strict
        else:
            gaps = [text[a[2] : b[1]] for a, b in zip(window, window[1:], strict=False)]
            shaped = any("\n" in gap for gap in gaps) or len({len(g[0]) for g in window}) == 1
            ok = shaped and is_valid_bin(value)
        return (j + 1, Identifier(value, text[start:end], start, end)) if ok else None
    return None


# --------------------------------------------------------------- KATO, OKED


def is_kato(code: str) -> bool:
    """Whether `code` is a 9-digit KATO code with a known region."""
    s = re.sub(r"\s+", "", code or "")
    return re.fullmatch(r"\d{9}", s) is not None and s[:2] in KATO_REGIONS


def normalise_oked(text: str) -> str | None:
    """An OKED code as digits (`24.44.0` → `24440`, `96090`, section codes `24`, `24.4`, `24.44`), else None."""
    s = (text or "").strip().rstrip(".")
    if not re.fullmatch(r"\d{2}(?:\.?\d{1,2})?(?:\.?\d)?|\d{2}\.\d{2}\.\d", s):
        return None
    digits = s.replace(".", "")
    if not 2 <= len(digits) <= 5 or digits[:2] not in NACE_DIVISIONS:
        return None
    return digits


def is_oked(code: str) -> bool:
    """Whether `code` is an OKED code written as 2-5 digits of a NACE division."""
    return normalise_oked(code) == (code or "").strip()


# ---------------------------------------------------------- emission sources


def source_type(number: str | int) -> str | None:
    """`organized` for `0001`-`5999`, `unorganized` for `6001`-`9999`, None for anything else."""
    if isinstance(number, int):
        value = number
    else:
        s = number.strip()
        if not re.fullmatch(r"\d{4}", s):
            return None
        value = int(s)
    if 1 <= value <= 5999:
        return ORGANIZED
    if 6001 <= value <= 9999:
        return UNORGANIZED
    return None


_SOURCE: Final = re.compile(
    r"(?<![\w.,/:+\-–])(?P<a>\d{4})(?:\s*[-–—]\s*(?P<b>\d{4}))?(?![\w/]|:\d|[.,]\d|[ \u00a0]\d{3}(?!\d)|\)\d)"
)


@cache
def _marker_regex() -> re.Pattern[str]:
    markers = lang.alternation(lang.merged_tuple("SOURCE_MARKERS"))
    return re.compile(rf"(?<![^\W_]){markers}\s*:?\s*№?\s*$", re.IGNORECASE)


@cache
def _page_regex() -> re.Pattern[str]:
    markers = lang.alternation(lang.merged_tuple("PAGE_MARKERS"))
    return re.compile(rf"(?<![^\W_]){markers}\s*$", re.IGNORECASE)


@cache
def _year_after_regex() -> re.Pattern[str]:
    markers = lang.alternation(lang.merged_tuple("YEAR_MARKERS"))
    return re.compile(rf"\s*{markers}", re.IGNORECASE)


def find_source_numbers(text: str, expand_ranges: bool = True) -> list[SourceNumber]:
    """Emission source numbers written in `text` (`0401`, `6001`, `6001-6005`).

    Not taken: years (1900-2100 unless a source word such as `ист.`, `ИЗА`,
    `№` stands before), page numbers, decimals (`0,0019`), dates, figures with
    a unit (`8000 часов`), spaced thousands and codes glued to other
    characters. Four-digit substance codes (`0301`) look the same as
    source numbers; run this on source columns or sentences about sources.
    With `expand_ranges`, `6001-6005` gives the five sources (up to 200).
    """
    quantities = [(q.start or 0, q.end or 0) for q in find_quantities(text)]
    out: list[SourceNumber] = []
    for m in _SOURCE.finditer(text):
        if any(a <= m.start() < b for a, b in quantities):
            continue
        before = text[max(0, m.start() - 30) : m.start()]
        marked = _marker_regex().search(before) is not None
        if _page_regex().search(before):
            continue
        numbers = [m.group("a")] + ([m.group("b")] if m.group("b") else [])
        if not marked and any(_is_year(n) for n in numbers):
            continue
        if not marked and _year_after_regex().match(text, m.end()):
            continue
        types = [source_type(n) for n in numbers]
        if any(t is None for t in types):
            continue
        if (
            len(numbers) == 2
            and expand_ranges
            and types[0] == types[1]
            and 0 < int(numbers[1]) - int(numbers[0]) <= 200
        ):
            for value in range(int(numbers[0]), int(numbers[1]) + 1):
                number = f"{value:04d}"
                out.append(SourceNumber(number, types[0] or "", m.group(0), m.start(), m.end()))
            continue
        for n, t, (s, e) in zip(numbers, types, _spans(m, len(numbers)), strict=True):
            out.append(SourceNumber(n, t or "", text[s:e], s, e))
    return out


def _spans(m: re.Match[str], count: int) -> list[tuple[int, int]]:
    spans = [(m.start("a"), m.end("a"))]
    if count == 2:
        spans.append((m.start("b"), m.end("b")))
    return spans


def _is_year(number: str) -> bool:
    return 1900 <= int(number) <= 2100
