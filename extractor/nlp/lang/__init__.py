"""Per-language data for the normalisers, wired in by this short loader.

Each module here (`ru`, `kk`, `vi`, and a small `en` for the English words that
turn up in these documents) holds only data: markers, abbreviations, word lists
and regular-expression fragments whose named groups carry their meaning. The
normalisers in `extractor.nlp` read them through `merged_dict` / `merged_tuple`
and stay language-neutral, so adding a language means adding a module and its
code to `LANGUAGES`, not touching the logic (as in spaCy's `lang/`).

A module leaves out what it has nothing for; the loader treats a missing name
as empty.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache
from importlib import import_module
from types import ModuleType
from typing import Any, Final

LANGUAGES: Final = ("ru", "kk", "vi", "en")
"""Every language with a data module, in the order their data is merged."""


@cache
def load(code: str) -> ModuleType:
    """The data module of one language (`ru`, `kk`, `vi`, `en`)."""
    if code not in LANGUAGES:
        raise ValueError(f"no language data for {code!r}; known: {', '.join(LANGUAGES)}")
    return import_module(f"{__name__}.{code}")


def modules(langs: tuple[str, ...] | None = None) -> tuple[ModuleType, ...]:
    """The data modules of `langs` (all languages when None)."""
    return tuple(load(code) for code in (langs or LANGUAGES))


def get(code: str, name: str, default: Any = None) -> Any:
    """One language's value for `name`, or `default` when the module has none."""
    return getattr(load(code), name, default)


def merged_dict(name: str, langs: tuple[str, ...] | None = None) -> dict[Any, Any]:
    """The dictionaries called `name` of all languages, merged (a later language wins a clash)."""
    out: dict[Any, Any] = {}
    for module in modules(langs):
        out.update(getattr(module, name, {}))
    return out


def merged_tuple(name: str, langs: tuple[str, ...] | None = None) -> tuple[Any, ...]:
    """The tuples called `name` of all languages, concatenated in language order."""
    out: list[Any] = []
    for module in modules(langs):
        out.extend(getattr(module, name, ()))
    return tuple(out)


def alternation(keys: Iterable[str]) -> str:
    """One non-capturing group matching any of the regex fragments, longer fragments tried first."""
    ordered = sorted(set(keys), key=len, reverse=True)
    return "(?:" + "|".join(ordered) + ")" if ordered else "(?!)"


def lookup(table: Mapping[str, Any], text: str) -> Any:
    """The value of the first key (a regex fragment) that matches all of `text`, ignoring case; else None."""
    probe = " ".join(text.split())
    for key, value in table.items():
        if re.fullmatch(key, probe, re.IGNORECASE):
            return value
    return None


def fill(template: str, **values: str) -> str:
    """A pattern template with its `{name}` placeholders replaced (regex braces like `{1,2}` are left alone)."""
    return re.sub(r"\{([a-z_]+)\}", lambda m: values.get(m.group(1), m.group(0)), template)
