"""Numbers as these documents write them → values, ranges, limits and "not detected".

Kazakh and Russian tables write `0,000000004` (comma decimals), `5 500 000`
(spaces, often non-breaking, between thousands), `5500,0 тыс.т/год`
(multiplier words), `20-70 %` and `10 ÷ 30` (ranges), `5 ± 3`, `≤ 80 %`,
`не менее 500 м`, and `не обн.` for a substance the laboratory did not find.
"Not detected" is a result, not zero, so it gets its own value
(`NOT_DETECTED`); a dash in a cell means "no value" and reads as None.

A dot is a decimal point, except in Vietnamese text (`lang_code="vi"`), where
`1.000` is a thousand. A single comma is always a decimal comma (`2,100` is
2.1); several comma groups (`1,000,000`) are thousands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import Final

from extractor.nlp import lang
from extractor.nlp.units import normalise_unit, split_multiplier


class Special(StrEnum):
    """Values a cell can hold that are not numbers."""

    NOT_DETECTED = "not_detected"


NOT_DETECTED: Final = Special.NOT_DETECTED
"""Below the detection limit (`не обн.`, `н/о`, `KPH`, `không phát hiện`): a result, not zero."""

_SPACE: Final = "[ \u00a0\u2009\u202f\u2007]"
"""Thousands separators: space, no-break space, thin space, narrow no-break space, figure space."""

_EXP: Final = r"(?:[eE][-+−]?\d+|\s?[·×*]\s?10\s?\^?\s?[-+−]?\d+|\s?[·×*]\s?10[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)"
_SUPERSCRIPT: Final = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")

_DASHES: Final = "-–—‒÷"
_NO_VALUE: Final = re.compile(r"[\s\-–—‒−/.]*|нет|n/a|—/—", re.IGNORECASE)
"""A cell that says "no value": empty, a dash or two, `n/a`."""

_CALENDAR_UNITS: Final = frozenset({"d", "week", "month", "y"})
"""A figure with one of these followed by another figure is part of a date (`ngày 06 tháng 5 năm 2020`)."""

_AMBIGUOUS_UNITS: Final = frozenset({"с", "в", "и", "а", "к", "о", "у", "г", "т.", "г.", "с."})
"""One-letter words that are prepositions or abbreviations more often than units in running text."""


@dataclass(frozen=True)
class Quantity:
    """A figure as written, with what the text says about it.

    `value` is the figure (None for a range or "not detected"); a range gives
    `low` and `high`; `5 ± 3` gives value 5, tolerance 3 and low/high 2 and 8;
    `comparator` is `<`, `<=`, `>` or `>=` (`≤ 80 %`, `не менее 500 м`).
    Multiplier words are folded into the figures (`5500,0 тыс.т/год` → 5500000, `t/y`).
    """

    raw: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    tolerance: float | None = None
    comparator: str | None = None
    unit: str | None = None
    not_detected: bool = False
    start: int | None = None
    end: int | None = None

    @property
    def is_range(self) -> bool:
        return self.value is None and self.low is not None and self.high is not None


# ------------------------------------------------------------------ patterns


def _number_core(thousands_dot: bool) -> str:
    """A figure: integer part (plain, spaced or grouped thousands), decimals, exponent."""
    spaced = rf"\d{{1,4}}(?:{_SPACE}\d{{3}})+(?!\d)"
    commas = r"\d{1,3}(?:,\d{3}){2,}(?!\d)"
    dots = r"\d{1,3}(?:\.\d{3})+(?![\d])"
    integer = f"(?:{spaced}|{commas}|{dots}|\\d+)" if thousands_dot else f"(?:{spaced}|{commas}|\\d+)"
    frac = r"(?:[.,]\d+)?"
    return rf"{integer}{frac}(?![.,]\d){_EXP}?"


def _words(name: str, langs: tuple[str, ...] | None = None) -> str:
    return lang.alternation(lang.merged_dict(name, langs).keys())


def _range_words() -> tuple[str, str]:
    pairs = lang.merged_tuple("RANGE_WORDS")
    return lang.alternation(p[0] for p in pairs), lang.alternation(p[1] for p in pairs)


_UNIT_TOKEN: Final = (
    r"(?:%|‰|℃|[°º˚]\s?[CСFcс](?![^\W\d_])|0[CС](?![^\W\d_])"
    r"|(?:[^\W\d_]{1,4}\.\s?(?=[^\W\d_][^\W_]*\s?/))?(?:[^\W\d_]|μ|µ)[^\W_]*\.?(?:\s?/\s?(?:\d+\s?)?[^\W\d_][^\W_]*\.?)*)"
)
"""A candidate unit after a figure; `normalise_unit` decides whether it is one."""


@cache
def _core(thousands_dot: bool) -> str:
    num = _number_core(thousands_dot)
    range_from, range_to = _range_words()
    return (
        r"(?<![\w.,/])"
        rf"(?:(?P<cmp>{_words('COMPARATORS_BEFORE')}|[≤≥<>]=?|=<|=>)\s*)?"
        rf"(?:(?P<from>{range_from})\s+)?"
        rf"(?P<sign>[-−+](?=\d))?(?P<n1>{num})"
        r"(?:"
        rf"\s*(?P<pm>±|\+/-|\+-)\s*(?P<tol>{num})"
        rf"|\s*(?P<dash>[{_DASHES}]|\.{{2,3}}|…)\s*(?P<sign2>[−+](?=\d))?(?P<n2>{num})"
        rf"|\s+(?P<to>{range_to})\s+(?P<sign3>[-−+](?=\d))?(?P<n3>{num})"
        r")?"
    )


@cache
def _core_regex(thousands_dot: bool) -> re.Pattern[str]:
    return re.compile(_core(thousands_dot), re.IGNORECASE)


@cache
def _find_regex(thousands_dot: bool) -> re.Pattern[str]:
    mult = _words("MULTIPLIERS")
    return re.compile(
        _core(thousands_dot)
        + rf"(?:\s*(?P<mult>{mult})(?:(?<=\.)|(?![^\W\d_])))?"
        + rf"(?:\s*(?P<unit>{_UNIT_TOKEN}))?",
        re.IGNORECASE,
    )


@cache
def _cmp_after_regex() -> re.Pattern[str]:
    return re.compile(rf"\s*(?P<cmp_after>{_words('COMPARATORS_AFTER')})(?![^\W\d_])", re.IGNORECASE)


@cache
def _nd_regex() -> re.Pattern[str]:
    parts = []
    for p in lang.merged_tuple("NOT_DETECTED"):
        parts.append(p if p.isupper() else f"(?i:{p})")
    return re.compile(r"(?<![^\W\d_])(?P<nd>" + "|".join(parts) + r")(?![^\W\d_])")


@cache
def _comparators() -> dict[str, str]:
    table = dict(lang.merged_dict("COMPARATORS_BEFORE"))
    table.update(lang.merged_dict("COMPARATORS_AFTER"))
    return table


_SYMBOL_COMPARATORS: Final = {
    "<": "<",
    "<=": "<=",
    "=<": "<=",
    "≤": "<=",
    ">": ">",
    ">=": ">=",
    "=>": ">=",
    "≥": ">=",
}

# ------------------------------------------------------------------- reading


def _thousands_dot(lang_code: str | None) -> bool:
    return bool(lang_code) and bool(lang.get(lang_code, "THOUSANDS_DOT", False))


def _to_float(text: str, thousands_dot: bool = False) -> float:
    """The float of a figure matched by `_number_core`."""
    s = re.sub(_SPACE, "", text.strip())
    exp = 0
    m = re.search(r"(?:[eE]([-+−]?\d+)|[·×*]10\^?([-+−]?\d+)|[·×*]10([⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))$", s)
    if m:
        raw_exp = next(g for g in m.groups() if g is not None)
        exp = int(raw_exp.translate(_SUPERSCRIPT).replace("−", "-"))
        s = s[: m.start()]
    if re.fullmatch(r"\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?", s):
        s = s.replace(",", "")
    elif thousands_dot and re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
        s = s.replace(".", "").replace(",", ".")
    else:
        s = s.replace(",", ".")
    return float(f"{s}e{exp}") if exp else float(s)


def parse_number(text: str, lang_code: str | None = None) -> float | None:
    """The number a cell or token holds (`0,000000004` → 4e-09, `5 500 000` → 5500000.0), else None.

    Only a single plain figure is read; ranges, units, dashes and "not
    detected" give None here (see `parse_value` and `parse_quantity`).
    """
    if text is None:
        return None
    s = text.strip().rstrip(";")
    dot = _thousands_dot(lang_code)
    m = re.fullmatch(rf"(?P<sign>[-−+])?\s?(?P<n>{_number_core(dot)})\.?", s)
    if not m:
        return None
    value = _to_float(m.group("n"), dot)
    return -value if m.group("sign") in ("-", "−") else value


_RESULT = re.compile(r"=\s*([^=]*?)\s*$")


def computed_result(text: str) -> str:
    """The result a cell's worked calculation ends in (`2 800 шт. × 18 кг × 10⁻³ = 50,4` → `50,4`); the
    text itself when it has no `=` or nothing follows the last one."""
    if "=" not in (text or ""):
        return text
    m = _RESULT.search(text)
    return m.group(1) if m and m.group(1) else text


def is_not_detected(text: str) -> bool:
    """Whether the text says "not detected" (`не обн.`, `н/о`, `KPH`, `không phát hiện`)."""
    m = _nd_regex().match(text.strip())
    if not m:
        return False
    rest = text.strip()[m.end() :].strip(" .,;()")
    return not rest or normalise_unit(rest) is not None


def parse_value(text: str, lang_code: str | None = None) -> float | Special | None:
    """A table cell's value: a float, `NOT_DETECTED`, or None for a dash, an empty cell or anything else."""
    if text is None or _NO_VALUE.fullmatch(text.strip()):
        return None
    if is_not_detected(text):
        return NOT_DETECTED
    number = parse_number(text, lang_code)
    if number is not None:
        return number
    q = parse_quantity(text, lang_code)
    if q is not None and q.value is not None and q.comparator is None:
        return q.value
    return None


@cache
def _ranges_after_regexes() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in lang.merged_tuple("RANGES_AFTER"))


def _ranges_after(text: str) -> str:
    """A range its language writes with case endings (`6,5-ден 9-ға дейін`) as a dash range (`6,5–9`)."""
    for pattern in _ranges_after_regexes():
        text = pattern.sub(lambda m: f"{m.group('a').strip()}–{m.group('b').strip()}", text)
    return text


def parse_quantity(text: str, lang_code: str | None = None) -> Quantity | None:
    """The whole text as one quantity (`5 ± 3 oC`, `≤ 80 %`, `20–70 %`, `5500,0 тыс.т/год`), else None.

    A dash gives None; "not detected" gives a Quantity with `not_detected`.
    Text that goes on after the quantity with anything but a unit gives None
    (use `find_quantities` for sentences).
    """
    if text is None:
        return None
    s = text.strip().rstrip(";,")
    if _NO_VALUE.fullmatch(s):
        return None
    nd = _nd_regex().match(s)
    if nd:
        rest = s[nd.end() :].strip(" .,;()")
        unit = normalise_unit(rest) if rest else None
        if rest and unit is None:
            return None
        return Quantity(raw=text.strip(), not_detected=True, unit=unit, start=0, end=len(text.strip()))
    found = _plain_quantity(s, text.strip(), lang_code)
    if found is None and (worded := _ranges_after(s)) != s:  # only where the plain forms fail: `6,5-ден 9-ға дейін`
        found = _plain_quantity(worded, text.strip(), lang_code)
    return found


def _plain_quantity(s: str, raw: str, lang_code: str | None) -> Quantity | None:
    """`s` as one figure with its comparator, multiplier and unit; `raw` is the text as written."""
    dot = _thousands_dot(lang_code)
    m = _core_regex(dot).match(s)
    if not m:
        return None
    rest = s[m.end() :]
    comparator = None
    tail = _cmp_after_regex().search(rest)
    if tail and tail.end() == len(rest.rstrip(" .")):
        comparator = _comparator_of(tail.group("cmp_after"))
        rest = rest[: tail.start()]
    factor, rest = split_multiplier(rest.strip())
    unit = None
    if rest:
        unit = normalise_unit(rest)
        if unit is None:
            return None
    return _quantity(m, raw, unit, factor, comparator, dot, m.group("sign"), offset=0, end=len(raw))


def _comparator_of(word: str | None) -> str | None:
    if not word:
        return None
    w = " ".join(word.split())
    if w in _SYMBOL_COMPARATORS:
        return _SYMBOL_COMPARATORS[w]
    return lang.lookup(_comparators(), w)


def _signed(value: float, sign: str | None) -> float:
    return -value if sign in ("-", "−") else value


def _quantity(
    m: re.Match[str],
    raw: str,
    unit: str | None,
    factor: float,
    comparator: str | None,
    dot: bool,
    sign: str | None,
    offset: int,
    end: int,
) -> Quantity:
    """A Quantity from a match of the core pattern; `sign` is the first figure's sign, if it has one."""
    n1 = _signed(_to_float(m.group("n1"), dot), sign) * factor
    cmp = _comparator_of(m.group("cmp")) or comparator
    second = m.group("n2") or m.group("n3")
    if second is not None:
        sign_2 = m.group("sign2") if m.group("n2") else m.group("sign3")
        n2 = _signed(_to_float(second, dot), sign_2) * factor
        return Quantity(
            raw=raw, low=min(n1, n2), high=max(n1, n2), comparator=cmp, unit=unit, start=offset, end=end
        )
    if m.group("tol") is not None:
        tol = _to_float(m.group("tol"), dot) * factor
        return Quantity(
            raw=raw,
            value=n1,
            low=n1 - tol,
            high=n1 + tol,
            tolerance=tol,
            comparator=cmp,
            unit=unit,
            start=offset,
            end=end,
        )
    return Quantity(raw=raw, value=n1, comparator=cmp, unit=unit, start=offset, end=end)


def _minus_allowed(text: str, pos: int) -> bool:
    """Whether a hyphen at `pos` stuck to a figure is a minus sign rather than a dash after a label."""
    before = text[:pos].rstrip()
    if not before or before[-1] in "(=:≤≥<>±[;":
        return True
    words = lang.merged_tuple("MINUS_AFTER")
    return bool(re.search(r"(?<![^\W\d_])(?:" + "|".join(words) + r")$", before, re.IGNORECASE))


def _unit_of(token: str) -> tuple[str | None, int]:
    """The unit in a candidate token and how many characters of it are the unit.

    A trailing dot is left out when the unit reads the same without it (the
    dot then ends the sentence); `т.е.`-like abbreviations are no units.
    """
    candidate = token
    while candidate:
        if candidate.endswith(".") and normalise_unit(candidate[:-1]) is not None:
            candidate = candidate[:-1]
        if candidate.strip().lower() not in _AMBIGUOUS_UNITS:
            unit = normalise_unit(candidate)
            if unit is not None:
                return unit, len(candidate)
        if candidate.endswith("."):
            candidate = candidate[:-1]
            continue
        cut = candidate.rfind("/")
        if cut <= 0:
            break
        candidate = candidate[:cut].rstrip()
    return None, 0


def find_quantities(text: str, lang_code: str | None = None, require_unit: bool = True) -> list[Quantity]:
    """Every figure with a unit in a sentence (`0,00992 г/с, 0,00629 т/год` → two quantities).

    "Not detected" is found with or without a unit. With `require_unit=False`
    bare figures come too. Offsets point into `text`.
    """
    dot = _thousands_dot(lang_code)
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    for m in _nd_regex().finditer(text):
        start, end = m.start(), m.end()
        unit = None
        um = re.match(rf"\s*({_UNIT_TOKEN})", text[end:], re.IGNORECASE)
        if um:
            unit, length = _unit_of(um.group(1))
            if unit is not None:
                end = end + um.start(1) + length
        found.append(Quantity(raw=text[start:end], not_detected=True, unit=unit, start=start, end=end))
        taken.append((start, end))
    for m in _find_regex(dot).finditer(text):
        start = m.start()
        if any(a <= start < b for a, b in taken):
            continue
        sign = m.group("sign")
        if (
            sign == "-"
            and not m.group("cmp")
            and not m.group("from")
            and not _minus_allowed(text, m.start("sign"))
        ):
            start, sign = m.start("n1"), None
        end = m.end("mult") if m.group("mult") else _core_end(m)
        unit = None
        token = m.group("unit")
        if token and not (
            token.endswith(".") and re.match(r"[^\W\d_]", text[m.end("unit") : m.end("unit") + 1])
        ):
            unit, length = _unit_of(token)
            if unit is not None:
                end = m.start("unit") + length
        if unit is None and not require_unit:
            pass
        elif unit is None:
            continue
        if unit in _CALENDAR_UNITS and re.match(r"\s+\d", text[end:]):
            continue
        if unit == "y" and re.fullmatch(r"(?:19|20)\d\d", m.group("n1")) and m.group("n2") is None:
            continue  # `на 2027 год` names a year, not 2027 years
        comparator = None
        tail = _cmp_after_regex().match(text, end)
        if tail:
            comparator = _comparator_of(tail.group("cmp_after"))
            end = tail.end()
        factor = 1.0
        if m.group("mult"):
            factor, _ = split_multiplier(m.group("mult"))
        found.append(
            _quantity(m, text[start:end], unit, factor, comparator, dot, sign, offset=start, end=end)
        )
    found.sort(key=lambda q: q.start or 0)
    return found


def _core_end(m: re.Match[str]) -> int:
    for group in ("n2", "n3", "tol", "n1"):
        if m.group(group) is not None:
            return m.end(group)
    return m.end()


# ------------------------------------------------------- number words (shared)


@cache
def count_pattern(langs: tuple[str, ...] | None = None) -> str:
    """A regex fragment for a count written in digits or words (`3`, `03`, `трех`, `үш`, `ba`)."""
    words = lang.merged_dict("NUMBER_WORDS", langs)
    words.update(lang.merged_dict("TIMES_WORDS", langs))
    return r"(?:\d{1,4}|" + lang.alternation(words.keys()) + r")"


@cache
def ordinal_pattern(langs: tuple[str, ...] | None = None) -> str:
    """A regex fragment for an ordinal in digits or words (`1-го`, `первого`, `бірінші`, `đầu`)."""
    words = lang.merged_dict("ORDINAL_WORDS", langs)
    return (
        r"(?:\d{1,2}(?:\s*-?\s*(?:го|й|ое|ого|ый|ші|шы|th|st|nd|rd))?|"
        + lang.alternation(words.keys())
        + r")"
    )


def read_count(text: str | None, langs: tuple[str, ...] | None = None) -> int | None:
    """The integer a count in digits or words stands for (`трех` → 3, `03` → 3, `дважды` → 2)."""
    if not text:
        return None
    s = " ".join(text.split())
    if s.isdigit():
        return int(s)
    value = lang.lookup(lang.merged_dict("NUMBER_WORDS", langs), s)
    if value is None:
        value = lang.lookup(lang.merged_dict("TIMES_WORDS", langs), s)
    return value


def read_ordinal(text: str | None, langs: tuple[str, ...] | None = None) -> int | None:
    """The integer an ordinal stands for (`второго` → 2, `10-го` → 10, `бірінші` → 1)."""
    if not text:
        return None
    s = " ".join(text.split())
    m = re.match(r"(\d{1,2})", s)
    if m:
        return int(m.group(1))
    value = lang.lookup(lang.merged_dict("ORDINAL_WORDS", langs), s)
    if value is None:
        value = lang.lookup(lang.merged_dict("NUMBER_WORDS", langs), s)
    return value
