"""How often something must be done, in RU/KK/VI words → the contract's word and an RRULE.

Monitoring tables say `1 раз в квартал`, `1 раз/квартал`, `ежеквартально`,
`тоқсанына 1 рет`, `03 tháng/lần`, `hàng quý` … The contract wants one of
`continuous`, `daily`, `weekly`, `monthly`, `quarterly`, `semiannual`,
`yearly`, `once` plus an RFC 5545 recurrence rule:

- daily `FREQ=DAILY`, weekly `FREQ=WEEKLY`, monthly `FREQ=MONTHLY`,
  quarterly `FREQ=MONTHLY;INTERVAL=3`, semiannual `FREQ=MONTHLY;INTERVAL=6`,
  yearly `FREQ=YEARLY`; other steps keep their rule and get no word
  (`1 раз в 3 года` → `FREQ=YEARLY;INTERVAL=3`, `3 раза в год` →
  `FREQ=MONTHLY;INTERVAL=4`).
- continuous and once are not recurrences: their rule is None.
- a yearly measurement tied to part of the year (`1 раз в год (3 квартал)`)
  keeps the months in `months` and in the rule as
  `FREQ=YEARLY;BYMONTH=7,8,9;BYSETPOS=1`: one occurrence a year, the first
  candidate of the window (RFC 5545 has no "some time within"). For other
  frequencies the months stay in `months` only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Final

from extractor.nlp import lang
from extractor.nlp.numbers import count_pattern, ordinal_pattern, read_count, read_ordinal

WORDS: Final = ("continuous", "daily", "weekly", "monthly", "quarterly", "semiannual", "yearly", "once")
"""The contract's frequency words."""

_MONTHS_PER: Final = {"month": 1, "quarter": 3, "halfyear": 6, "year": 12}
_DAYS_PER: Final = {"day": 1, "week": 7}
_WORD_BY_MONTHS: Final = {1: "monthly", 3: "quarterly", 6: "semiannual", 12: "yearly"}
_DAYS_AS: Final = {"monthly": range(30, 32), "quarterly": range(90, 93), "semiannual": range(180, 185), "yearly": range(365, 367)}
"""Days between checks that make a calendar period (`1 раз в 90 суток` is quarterly)."""
RRULE_BY_WORD: Final = {
    "daily": "FREQ=DAILY",
    "weekly": "FREQ=WEEKLY",
    "monthly": "FREQ=MONTHLY",
    "quarterly": "FREQ=MONTHLY;INTERVAL=3",
    "semiannual": "FREQ=MONTHLY;INTERVAL=6",
    "yearly": "FREQ=YEARLY",
    "continuous": None,
    "once": None,
}
_UNIT_BY_WORD: Final = {
    "daily": "day",
    "weekly": "week",
    "monthly": "month",
    "quarterly": "quarter",
    "semiannual": "halfyear",
    "yearly": "year",
}
_ROMAN: Final = {"I": 1, "II": 2, "III": 3, "IV": 4}
_EDGE: Final = r"(?<![^\W_])(?:{})(?![^\W_])"


@dataclass(frozen=True)
class Frequency:
    """A frequency as written and what it means.

    `times` occurrences every `interval` `unit`s (`2 раза в год`: 2, 1,
    `year`); `word` and `rrule` as the contract wants them (None where the
    contract has no word); `months` the months of the year it is tied to.
    """

    word: str | None
    rrule: str | None
    raw: str
    months: tuple[int, ...] = ()
    times: int = 1
    interval: int = 1
    unit: str | None = None
    start: int | None = None
    end: int | None = None


def _fill(template: str, code: str) -> str:
    module = lang.load(code)
    times = getattr(module, "TIMES_WORDS", {})
    return lang.fill(
        template,
        num=count_pattern((code,)),
        ord=ordinal_pattern((code,)),
        times=lang.alternation(times.keys()) if times else "(?!)",
        period=lang.alternation(getattr(module, "PERIOD_WORDS", {}).keys()),
    )


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """(pattern, language) for every counted-frequency template."""
    out = []
    for code in lang.LANGUAGES:
        for template in lang.get(code, "FREQUENCY_PATTERNS", ()):
            out.append((re.compile(_EDGE.format(_fill(template, code)), re.IGNORECASE), code))
    return tuple(out)


@cache
def _fixed() -> tuple[tuple[re.Pattern[str], str], ...]:
    """(pattern, word) for every phrase that names a frequency by itself."""
    return tuple(
        (re.compile(_EDGE.format(key), re.IGNORECASE), word)
        for key, word in lang.merged_dict("FREQUENCY_WORDS").items()
    )


def _group(m: re.Match[str], name: str) -> str | None:
    """The first matched group among `name`, `name2`, `name3` (templates may spell a slot twice)."""
    for key in (name, name + "2", name + "3"):
        if key in m.re.groupindex and m.group(key) is not None:
            return m.group(key)
    return None


_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_COUNTED_DAYS: Final = {(12, 365), (12, 366), (1, 30), (1, 31)}
_COUNTED_WEEKS: Final = {(12, 52), (12, 53), (1, 4)}
"""(months, times) that count a day's or a week's occurrences over a year or a month."""


def _rule(times: int, interval: int, unit: str | None) -> tuple[str | None, str | None]:
    """The contract word and RRULE for `times` occurrences every `interval` `unit`s."""
    if unit in _MONTHS_PER:
        total = interval * _MONTHS_PER[unit]
        if (total, times) in _COUNTED_DAYS:  # `365 раз в год`, `30 раз в месяц`: every day
            return "daily", "FREQ=DAILY"
        if (total, times) in _COUNTED_WEEKS:  # `52 раза в год`, `4 раза в месяц`: every week
            return "weekly", "FREQ=WEEKLY"
        if total % times:
            return None, None
        step = total // times
        if step % 12 == 0:
            rrule = "FREQ=YEARLY" + (f";INTERVAL={step // 12}" if step > 12 else "")
        else:
            rrule = "FREQ=MONTHLY" + (f";INTERVAL={step}" if step > 1 else "")
        return _WORD_BY_MONTHS.get(step), rrule
    if unit in _DAYS_PER:
        days = interval * _DAYS_PER[unit]
        if times == 1:
            if days % 7 == 0:
                return ("weekly" if days == 7 else None), "FREQ=WEEKLY" + (
                    f";INTERVAL={days // 7}" if days > 7 else ""
                )
            word = "daily" if days == 1 else next((w for w, span in _DAYS_AS.items() if days in span), None)
            return word, "FREQ=DAILY" + (f";INTERVAL={days}" if days > 1 else "")
        if days == 7 and 5 <= times <= 7:  # every working day (`5 раз в неделю`, days of the week marked)
            return "daily", "FREQ=DAILY" if times == 7 else f"FREQ=WEEKLY;BYDAY={','.join(_WEEKDAYS[:times])}"
        if days == 1 and 24 % times == 0:
            return None, f"FREQ=HOURLY;INTERVAL={24 // times}"
    return None, None


def _with_months(rrule: str | None, months: tuple[int, ...]) -> str | None:
    """A yearly rule tied to a window: `BYMONTH` lists it, `BYSETPOS=1` keeps one occurrence a year."""
    if not months or rrule is None or not rrule.startswith("FREQ=YEARLY"):
        return rrule
    return f"{rrule};BYMONTH={','.join(str(m) for m in months)};BYSETPOS=1"


# ------------------------------------------------------------ month windows


@cache
def _quarter_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    out = []
    for code in lang.LANGUAGES:
        for template in lang.get(code, "QUARTER_PATTERNS", ()):
            out.append((re.compile(_EDGE.format(_fill(template, code)), re.IGNORECASE), code))
    return tuple(out)


@cache
def _month_regex() -> str:
    return lang.alternation(lang.merged_dict("MONTHS").keys())


def _month(text: str) -> int | None:
    return lang.lookup(lang.merged_dict("MONTHS"), text)


def _quarter_number(text: str, code: str) -> int | None:
    s = text.strip().upper()
    if s in _ROMAN:
        return _ROMAN[s]
    value = read_ordinal(text, (code,))
    return value if value in (1, 2, 3, 4) else None


def months_of(text: str, anchored: bool = False) -> tuple[int, ...]:
    """The months a time-of-year phrase names: `3 квартал` → (7, 8, 9), `июль–сентябрь`, `летом` → (6, 7, 8).

    Months come in the window's own order (`ноябрь–февраль` → 11, 12, 1, 2).
    With `anchored`, the phrase must start the text.
    """
    return _months_span(text, anchored)[0]


def _months_span(text: str, anchored: bool) -> tuple[tuple[int, ...], int]:
    """The months a phrase names and where the naming ends in `text`."""
    find = re.match if anchored else re.search
    for pattern, code in _quarter_patterns():
        m = find(pattern, text)
        if m:
            q = _quarter_number(_group(m, "q") or "", code)
            if q:
                return (3 * q - 2, 3 * q - 1, 3 * q), m.end()
    month = _month_regex()
    m = find(_EDGE.format(rf"(?P<a>{month})\s*[-–—]\s*(?P<b>{month})"), text, re.IGNORECASE)
    if m:
        a, b = _month(m.group("a")), _month(m.group("b"))
        if a and b:
            window = range(a, b + 1) if a <= b else [*range(a, 13), *range(1, b + 1)]
            return tuple(window), m.end()
    months: list[int] = []
    end = 0
    for key, window in lang.merged_dict("SEASONS").items():
        m = find(_EDGE.format(key), text, re.IGNORECASE)
        if m:
            months.extend(window)
            end = max(end, m.end())
    if not months and (listed := _month_numbers(text, anchored)):
        return listed
    if not months:
        for m in re.finditer(_EDGE.format(month), text, re.IGNORECASE):
            if anchored and m.start() > 0:
                break
            value = _month(m.group(0))
            if value:
                months.append(value)
                end = m.end()
    return tuple(dict.fromkeys(months)), end


def _month_numbers(text: str, anchored: bool) -> tuple[tuple[int, ...], int] | None:
    """Months given by their numbers after one word for month (`Tháng 1, 4, 7, 10`) and where they end."""
    for pattern in lang.merged_tuple("MONTH_NUMBER_LISTS"):
        m = (re.match if anchored else re.search)(pattern, text, re.IGNORECASE)
        if m:
            found = [int(n) for n in re.findall(r"\d{1,2}", m.group("list"))]
            if len(found) >= 2 and all(1 <= n <= 12 for n in found):
                return tuple(dict.fromkeys(found)), m.end()
    return None


def _window_after(text: str, end: int) -> tuple[tuple[int, ...], int]:
    """Months named right after a frequency (`(3 квартал)`, `в III квартале`) and where that phrase ends."""
    after = text[end : end + 80]
    m = re.match(r"\s*\(([^()]{1,60})\)", after)
    if m:
        months = months_of(m.group(1))
        return (months, end + m.end()) if months else ((), end)
    when = lang.alternation(lang.merged_tuple("FREQUENCY_WHEN"))
    m = re.match(rf"\s*,?\s*{when}\s+", after, re.IGNORECASE)
    if m:
        months, stop = _months_span(after[m.end() :], anchored=True)
        if months:
            return months, end + m.end() + stop
    return (), end


# ------------------------------------------------------------------ finding


def _candidates(text: str) -> list[Frequency]:
    out: list[Frequency] = []
    for pattern, word in _fixed():
        for m in pattern.finditer(text):
            out.append(
                Frequency(
                    word,
                    RRULE_BY_WORD[word],
                    m.group(0),
                    unit=_UNIT_BY_WORD.get(word),
                    start=m.start(),
                    end=m.end(),
                )
            )
    for pattern, code in _patterns():
        for m in pattern.finditer(text):
            period = lang.lookup(lang.get(code, "PERIOD_WORDS", {}), m.group("period"))
            times = read_count(_group(m, "count"), (code,)) or 1
            interval = read_count(_group(m, "every"), (code,)) or 1
            word, rrule = _rule(times, interval, period)
            out.append(Frequency(word, rrule, m.group(0), (), times, interval, period, m.start(), m.end()))
    return out


NAMED_MONTHS_CHARS = 80


def _named_months(text: str) -> Frequency | None:
    """A short phrase that only names the months it is done in (`в мае и ноябре`, `Tháng 5 và tháng 11`):
    as often a year as it names months, when they divide the year evenly. Not a window (`апрель–май`),
    nor a date (`до 1 мая 2026`)."""
    if len(text) > NAMED_MONTHS_CHARS or re.search(r"(?:19|20)\d\d|\d{1,2}[./]\d", text):
        return None
    month = _month_regex()
    if re.search(rf"(?:{month})\w*\s*[-–—]\s*(?:{month})", text, re.IGNORECASE):
        return None
    found = list(re.finditer(_EDGE.format(month), text, re.IGNORECASE))
    months = tuple(dict.fromkeys(m for x in found if (m := _month(x.group(0)))))
    start, end = (found[0].start(), found[-1].end()) if found else (0, 0)
    to = lang.alternation(lang.merged_tuple("MONTH_RANGE_WORDS"))
    if len(found) == 2 and re.fullmatch(rf"\s+{to}\s+", text[found[0].end() : found[1].start()], re.IGNORECASE) and len(months) == 2:
        a, b = months  # `Tháng 1 đến tháng 12`, `с января по декабрь`: every month of the window
        months = tuple(range(a, b + 1)) if a <= b else (*range(a, 13), *range(1, b + 1))
    if (numbered := _month_numbers(text, False)) is not None:  # `Tháng 1, 4, 7, 10`
        months, start, end = numbered[0], 0, numbered[1]
    if len(months) < 2 or 12 % len(months):
        return None
    word, _ = _rule(len(months), 1, "year")
    rrule = f"FREQ=YEARLY;BYMONTH={','.join(map(str, sorted(months)))}"
    return Frequency(word, rrule, text[start:end], tuple(sorted(months)), len(months), 1, "year", start, end)


NAMED_QUARTERS_CHARS = 40
_QUARTER_NUMERAL: Final = r"(?<![^\W\d_])(?:IV|III|II|I|[1-4])(?![^\W\d_])"
_BY_QUARTERS: Final = {4: "quarterly", 2: "semiannual", 1: "yearly"}


def named_quarters(text: str) -> Frequency | None:
    """A short cell that only lists the quarters it is done in (`I–IV кв.`, `II, III кв.`, `Quý II và Quý
    IV`): four a year is quarterly, two semiannual, one yearly. Not a window of months, nor a date. Asked only
    where a plan says when it samples: in a schedule of works the same cell is a deadline."""
    if len(text) > NAMED_QUARTERS_CHARS or re.search(r"(?:19|20)\d\d|\d{1,2}[./]\d", text):
        return None
    word = rf"(?<![^\W\d_])(?:{'|'.join(lang.merged_tuple('QUARTER_WORDS'))})(?![^\W\d_])"
    if not re.search(word, text, re.IGNORECASE):
        return None
    quarters: set[int] = set()
    for m in re.finditer(rf"({_QUARTER_NUMERAL})(?:\s*[-–—]\s*({_QUARTER_NUMERAL}))?", text):
        a, b = (_ROMAN.get(x.upper()) or int(x) if x else None for x in m.groups())
        quarters.update(range(a, (b or a) + 1) if b is None or b >= a else ())
    joiner = rf"(?<![^\W\d_])(?:{'|'.join(lang.merged_tuple('LIST_AND'))})(?![^\W\d_])"
    rest = re.sub(rf"{word}|{joiner}|{_QUARTER_NUMERAL}|[\s,;.:/()+–—-]", "", text, flags=re.IGNORECASE)
    if rest or not quarters or len(quarters) not in _BY_QUARTERS:
        return None
    months = tuple(sorted(3 * q - 2 for q in quarters))
    word_ = _BY_QUARTERS[len(quarters)]
    rrule = f"FREQ=YEARLY;BYMONTH={','.join(map(str, months))}"
    return Frequency(word_, rrule, text.strip(), months, len(quarters), 1, "year", 0, len(text))


def find_frequencies(text: str) -> list[Frequency]:
    """Every frequency phrase in `text`, in order, overlaps resolved in favour of the longer phrase."""
    return list(_frequencies(text))


@lru_cache(maxsize=65536)
def _frequencies(text: str) -> tuple[Frequency, ...]:
    """Remembered per text: the readers ask about the same cells many times, and the answer is frozen."""
    chosen: list[Frequency] = []
    for f in sorted(_candidates(text), key=lambda f: (f.start or 0, -((f.end or 0) - (f.start or 0)))):
        if chosen and (f.start or 0) < (chosen[-1].end or 0):
            continue
        chosen.append(f)
    if not chosen and (named := _named_months(text)) is not None:
        return (named,)
    out = []
    for f in chosen:
        months, end = _window_after(text, f.end or 0)
        if months:
            f = Frequency(
                f.word,
                _with_months(f.rrule, months),
                text[f.start : end].strip(),
                months,
                f.times,
                f.interval,
                f.unit,
                f.start,
                end,
            )
        out.append(f)
    return tuple(out)


def find_frequency(text: str) -> Frequency | None:
    """The first frequency phrase in a sentence (`… предоставляются ежеквартально до …` → quarterly)."""
    found = find_frequencies(text)
    return found[0] if found else None


def parse_frequency(text: str) -> Frequency | None:
    """The frequency a cell or phrase states (`1 раз в год (3 квартал)`, `03 tháng/lần`, `жылына 1 рет`).

    The first frequency phrase in `text` is taken; None when there is none.
    """
    if not text:
        return None
    return find_frequency(text)
