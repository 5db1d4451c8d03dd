"""The words of scoping conclusions, by language (`extractor/nlp/lang/scoping_<code>.py`), compiled;
and the constants the readers share."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import import_module
from typing import Any, Final

LANGUAGES: Final = ("ru", "kk", "en")


@cache
def table(name: str) -> dict[str, Any]:
    """A table of words keyed by language (`{"ru": …, "kk": …}`), from the language data modules."""
    out: dict[str, Any] = {}
    for code in LANGUAGES:
        module = import_module(f"extractor.nlp.lang.scoping_{code}")
        if hasattr(module, name):
            out[code] = getattr(module, name)
    return out


UNIT_MEDIA: Final = {"mg/m3": "air", "ug/m3": "air", "mg/kg": "soil"}
"""Units that tell the medium by themselves, whatever the text around says."""


ITEM_PREFIX: Final = re.compile(r"^\s*(?P<n>\d{1,3})(?P<p>[.)])\s*(?:\.\s*)?(?=\S)")
"""A number typed at the start of a paragraph (`1. Необходимо…`, `13. . В соответствии…`)."""


TOLERANCE: Final = 0.01
"""Relative difference between a total and the sum of its items that still counts as rounding."""


MAX_NAME_WORDS: Final = 16
"""A name longer than this ran past its real start: the item is skipped rather than guessed."""


LOOKBACK: Final = 1500
"""How far back (characters) a name or sentence start is looked for."""


MASS_UNITS: Final = frozenset({"t", "t/period", "t/y"})


ANNUAL_UNITS: Final = frozenset({"t/y", "t/period", "t"})
"""Units of the tonnage of an emission line (`т/кезең` reads as plain `t` today)."""


_CAPITAL: Final = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"


_SENTENCE_DOT: Final = rf"(?<!\b[^\W\d_])\.(?=\s+[{_CAPITAL}])"
"""A full stop before a capital, but not the one of an initial or `г.`, `р.`."""


_BOUNDARY: Final = re.compile(rf"[;\n]|:(?!\s*\d[\d,.]*\s*[-–—%])|{_SENTENCE_DOT}")
"""Where an item's name can start: after `;`, a paragraph end, `:` (not `в %: 70-20`), a sentence end."""


_SENTENCE: Final = re.compile(rf"[;\n]|{_SENTENCE_DOT}")


_LETTER: Final = re.compile(r"[^\W\d_]")


_CASE_SENSITIVE: Final = frozenset(
    {"SECTIONS", "EMISSION_SECTIONS", "WASTE_SECTIONS", "LIMIT_WORDS", "LEGAL_FORMS"}
)


def _all(table: dict[str, Iterable[str]]) -> str:
    """One alternation over every language's patterns (or keys) of a table."""
    return "(?:" + "|".join(p for patterns in table.values() for p in patterns) + ")"


@cache
def _rx(name: str) -> re.Pattern[str]:
    """The compiled alternation of a table of this module, by name."""
    flags = 0 if name in _CASE_SENSITIVE else re.IGNORECASE
    return re.compile(_all(table(name)), flags)


@cache
def _labelled(name: str) -> tuple[tuple[re.Pattern[str], object], ...]:
    """(pattern, value) pairs of a table whose entries carry a value (periods, media, hazard)."""
    out: list[tuple[re.Pattern[str], object]] = []
    for entries in table(name).values():
        pairs = entries.items() if isinstance(entries, dict) else entries
        out.extend((re.compile(p, re.IGNORECASE), v) for p, v in pairs)
    return tuple(out)


def _words(text: str) -> int:
    return len(text.split())
