"""English: the few words that turn up in these documents (and in translations).

Data only, in the shapes documented in `ru.py`.
"""

from __future__ import annotations

from typing import Final

CODE: Final = "en"

MULTIPLIERS: Final = {r"thousand|thous\.": 1e3, r"million|mln\.?": 1e6, r"billion|bln\.?": 1e9}

NOT_DETECTED: Final = (
    r"not\s+detected",
    r"n\.\s?d\.",
    r"ND",
    r"<\s*LOD",
    r"<\s*DL",
    r"below\s+(?:the\s+)?detection\s+limit",
)

COMPARATORS_BEFORE: Final = {
    r"at\s+least|not\s+less\s+than|no\s+less\s+than|min\.": ">=",
    r"at\s+most|not\s+more\s+than|no\s+more\s+than|max\.|up\s+to": "<=",
    r"less\s+than|below": "<",
    r"more\s+than|above": ">",
}

RANGE_WORDS: Final = ((r"from", r"to"), (r"between", r"and"))

MINUS_AFTER: Final = (r"from", r"to")

NUMBER_WORDS: Final = {
    r"one": 1,
    r"two": 2,
    r"three": 3,
    r"four": 4,
    r"five": 5,
    r"six": 6,
    r"seven": 7,
    r"eight": 8,
    r"nine": 9,
    r"ten": 10,
    r"twelve": 12,
    r"fifteen": 15,
    r"twenty": 20,
    r"thirty": 30,
    r"sixty": 60,
    r"ninety": 90,
}

TIMES_WORDS: Final = {r"once": 1, r"twice": 2, r"thrice": 3}

ORDINAL_WORDS: Final = {r"first": 1, r"second": 2, r"third": 3, r"fourth": 4, r"fifth": 5, r"tenth": 10}

MONTHS: Final = {
    r"january|jan\.?": 1,
    r"february|feb\.?": 2,
    r"march|mar\.": 3,
    r"april|apr\.?": 4,
    r"may": 5,
    r"june|jun\.?": 6,
    r"july|jul\.?": 7,
    r"august|aug\.?": 8,
    r"september|sept?\.?": 9,
    r"october|oct\.?": 10,
    r"november|nov\.?": 11,
    r"december|dec\.?": 12,
}

DATE_PATTERNS: Final = (
    r"(?P<day>\d{1,2})\s+(?P<month>{month})\s+(?P<year>\d{4})",
    r"(?P<month>{month})\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})",
)

UNIT_PARTS: Final = {
    "tonne": "t",
    "tonnes": "t",
    "ton": "t",
    "tons": "t",
    "year": "y",
    "yr": "y",
    "a": "y",
    "day": "d",
    "hour": "h",
    "hr": "h",
    "sec": "s",
    "litre": "l",
    "liter": "l",
}

PER_WORDS: Final = (r"per",)

HEMISPHERES: Final = {
    r"N": "N",
    r"S": "S",
    r"E": "E",
    r"W": "W",
    r"north": "N",
    r"south": "S",
    r"east": "E",
    r"west": "W",
}

FREQUENCY_WORDS: Final = {
    r"daily|every\s+day": "daily",
    r"weekly|every\s+week": "weekly",
    r"monthly|every\s+month": "monthly",
    r"quarterly|every\s+quarter": "quarterly",
    r"semi-?annually|biannually|half-yearly|every\s+six\s+months": "semiannual",
    r"annually|yearly|every\s+year": "yearly",
    r"continuously|continuous|round\s+the\s+clock": "continuous",
    r"one-off|one-time|once\s+only": "once",
}

PERIOD_WORDS: Final = {
    r"days?": "day",
    r"shifts?": "shift",
    r"weeks?": "week",
    r"months?": "month",
    r"quarters?": "quarter",
    r"half-year|half\s+a\s+year": "halfyear",
    r"years?": "year",
}

FREQUENCY_PATTERNS: Final = (
    r"(?:(?P<count>{num})\s+times|(?P<count2>{times}))\s+(?:a|per|every|each)\s+(?:(?P<every>{num})\s+)?(?P<period>{period})",
    r"every\s+(?:(?P<every>{num})\s+)?(?P<period>{period})",
)

FREQUENCY_WHEN: Final = (r"in", r"during")

QUARTER_PATTERNS: Final = (r"(?:Q(?P<q>[1-4]))", r"(?P<q2>{ord})\s+quarter")

DURATION_UNITS: Final = {
    r"days?": "day",
    r"weeks?": "week",
    r"months?": "month",
    r"years?": "year",
    r"hours?": "hour",
}

REPORT_PERIODS: Final = {
    r"month": "month",
    r"quarter": "quarter",
    r"half-year": "halfyear",
    r"year": "year",
    r"period": None,
}

DEADLINE_PATTERNS: Final = (
    (
        r"(?:within|no\s+later\s+than|not\s+later\s+than)\s+(?P<amount>{num})\s+"
        r"(?:(?P<working>working|business)\s+|calendar\s+)?(?P<unit>{unit})",
        {},
    ),
    (
        r"(?:by|no\s+later\s+than|not\s+later\s+than|before)\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+"
        r"(?P<month>{month})(?:\s+(?P<year>\d{4}))?(?:\s+(?P<annual>each\s+year|every\s+year|annually))?",
        {},
    ),
    (r"(?P<immediate>immediately|without\s+delay)", {}),
)

BARE_DEADLINE_PATTERNS: Final = (
    r"(?P<amount>{num})\s+(?:(?P<working>working|business)\s+)?(?P<unit>{unit})",
)

MONTH_RANGE_WORDS: Final = (r"to", r"through", r"till", r"until")
"""Between two months, a window of every month between (`January to December`), not those two."""
