"""Units as written → one ASCII spelling (`мг/м³` → `mg/m3`, `т/год` → `t/y`).

Limits and emissions are compared across documents and languages, so the
unit must be one string per meaning. The spellings chosen:

- mass `g`, `mg`, `ug` (micro as `u`), `kg`, `t`; volume `l`, `ml`, `m3`,
  `Nm3` (normal cubic metre); area `m2`, `ha`; length `m`, `km`…
- time in a rate: `s`, `min`, `h`, `d` (сутки, ngày), `y` (год, năm, жыл),
  `period` (the construction period: `т/период` → `t/period`);
- `mg/dm3` is written `mg/l` (the same quantity), `°C`/`оС`/`0C`/`oC` → `degC`,
  `%` stays `%`; water-quality units keep their usual case (`MPN/100ml`,
  `Pt/Co`, `NTU`).

Russian, Kazakh and Vietnamese spellings live in `extractor.nlp.lang`; the
symbols every language shares are here.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Final

from extractor.nlp import lang

DEG_C: Final = "degC"
"""The ASCII spelling of degrees Celsius."""

_SHARED_ALIASES: Final = {
    "%": "%",
    "‰": "permille",
    "ppm": "ppm",
    "ppb": "ppb",
    "mg/l": "mg/l",
    "mg/dm3": "mg/l",
    "ug/dm3": "ug/l",
    "μg/dm3": "ug/l",
    "g/dm3": "g/l",
    "mg/nm3": "mg/Nm3",
    "nm3": "Nm3",
    "nm3/h": "Nm3/h",
    "mpn/100ml": "MPN/100ml",
    "cfu/100ml": "CFU/100ml",
    "pt/co": "Pt/Co",
    "pt-co": "Pt/Co",
    "ptco": "Pt/Co",
    "ntu": "NTU",
    "ftu": "FTU",
    "fnu": "FNU",
    "ms/cm": "mS/cm",
    "μs/cm": "uS/cm",
    "us/cm": "uS/cm",
    "ph": "pH",
    "bq/l": "Bq/l",
    "bq/kg": "Bq/kg",
    "db": "dB",
    "dba": "dBA",
    "db(a)": "dBA",
    "meq/l": "meq/l",
    "mmol/l": "mmol/l",
    "t/a": "t/y",
    "tpa": "t/y",
    "tpy": "t/y",
}
"""Whole units in Latin letters and symbols (lower case, spaces dropped)."""

_SHARED_PARTS: Final = {
    "g": "g",
    "mg": "mg",
    "μg": "ug",
    "ug": "ug",
    "mcg": "ug",
    "ng": "ng",
    "kg": "kg",
    "t": "t",
    "l": "l",
    "ml": "ml",
    "dm3": "dm3",
    "m": "m",
    "cm": "cm",
    "mm": "mm",
    "km": "km",
    "m2": "m2",
    "km2": "km2",
    "m3": "m3",
    "nm3": "Nm3",
    "ha": "ha",
    "s": "s",
    "min": "min",
    "h": "h",
    "d": "d",
    "y": "y",
    "kw": "kW",
    "mw": "MW",
    "kv": "kV",
    "bq": "Bq",
    "sv": "Sv",
    "msv": "mSv",
    "μsv": "uSv",
    "usv": "uSv",
    "period": "period",
}
"""Unit parts on either side of a slash in Latin letters."""

_SHARED_TEMPERATURE: Final = (
    r"[°º˚]\s*[CСcс]",
    r"[oо0]\s?[CС]",
    r"deg\s*C",
    r"degC",
    r"℃",
)
"""Degrees Celsius as typed: `°C`, `ºC`, `оС` (Cyrillic о), `0C` (a zero), `oC`."""

_EQUIVALENT: Final = {
    "mg/dm3": "mg/l",
    "ug/dm3": "ug/l",
    "g/dm3": "g/l",
    "mg/nm3": "mg/Nm3",
    "t/g": "t/y",  # `т/г`: tonnes a year (г. for год), never tonnes per gram
}
"""Joined spellings that mean the same as a shorter one."""


@cache
def _aliases() -> dict[str, str]:
    table = {key.lower(): value for key, value in lang.merged_dict("UNIT_ALIASES").items()}
    table.update(_SHARED_ALIASES)
    # Every unit we write reads back as itself (normalising is idempotent): `Sm3/h` → `Sm3/h`.
    for value in list(table.values()) + list(_parts().values()):
        table.setdefault(value.lower(), value)
    return table


@cache
def _parts() -> dict[str, str]:
    table = {key.lower(): value for key, value in lang.merged_dict("UNIT_PARTS").items()}
    table.update(_SHARED_PARTS)
    return table


@cache
def _temperature() -> re.Pattern[str]:
    spellings = _SHARED_TEMPERATURE + lang.merged_tuple("TEMPERATURE")
    return re.compile(r"(?:" + "|".join(spellings) + r")", re.IGNORECASE)


@cache
def _per_words() -> re.Pattern[str]:
    return re.compile(r"\s+(?:" + "|".join(lang.merged_tuple("PER_WORDS")) + r")\s+", re.IGNORECASE)


@cache
def _multipliers() -> tuple[tuple[re.Pattern[str], float], ...]:
    return tuple(
        (re.compile(r"(?:" + key + r")(?:(?<=\.)|(?![^\W\d_]))", re.IGNORECASE), factor)
        for key, factor in lang.merged_dict("MULTIPLIERS").items()
    )


def _clean(text: str) -> str:
    """NFKC (`м³` → `м3`, `℃` → `°C`), no brackets or trailing punctuation, spaces dropped around `/`."""
    s = unicodedata.normalize("NFKC", text).strip()
    s = s.replace("\u00b5", "μ")
    s = re.sub(r"^[(\[]\s*|\s*[)\]]$", "", s)
    s = s.strip().rstrip(",;:")
    s = re.sub(r"\s*/\s*", "/", s)
    return s


def normalise_unit(text: str) -> str | None:
    """The ASCII spelling of a unit as written, or None when it is not a unit we know.

    `г/с` → `g/s`, `т/год` and `тонн/год` → `t/y`, `мг/м³` → `mg/m3`,
    `мг/дм3` → `mg/l`, `мкг/м3` → `ug/m3`, `°C` / `оС` / `0C` → `degC`,
    `MPN/100 ml` → `MPN/100ml`. A multiplier word (`тыс.т/год`) is not a unit:
    see `split_multiplier`.
    """
    if not text or not text.strip():
        return None
    s = _clean(text)
    if not s:
        return None
    found = _normalise(s)
    if found is None and re.search(r"[а-яё]", s, re.IGNORECASE) and re.search(r"[a-z]", s, re.IGNORECASE):
        found = _normalise(s.translate(_LATIN_LOOKALIKES))  # `г/c` typed with a Latin c
    return found


_LATIN_LOOKALIKES: Final = str.maketrans("aceopxyACEOPXYTMKHB", "асеорхуАСЕОРХУТМКНВ")
"""Latin letters that look like Cyrillic ones, as typed by mistake inside a Cyrillic unit."""


def _normalise(s: str) -> str | None:
    if _temperature().fullmatch(s):
        return DEG_C
    s = _per_words().sub("/", s)
    key = re.sub(r"\s+", "", s).lower()
    table = _aliases()
    for candidate in (key, key.rstrip("."), key.replace(".", "")):
        if candidate in table:
            return table[candidate]
    parts = key.split("/")
    if len(parts) > 3 or any(not p for p in parts):
        return None
    out = []
    for part in parts:
        mapped = _part(part)
        if mapped is None:
            return None
        out.append(mapped)
    joined = "/".join(out)
    return _EQUIVALENT.get(joined.lower(), joined)


def _part(part: str) -> str | None:
    """One side of a slash: `мг` → `mg`, `100ml` → `100ml`, `м3` → `m3`."""
    table = _parts()
    for candidate in (part, part.rstrip("."), part.replace(".", "")):
        if candidate in table:
            return table[candidate]
    m = re.fullmatch(r"(\d+)([^\d].*)", part)
    if m:
        inner = _part(m.group(2))
        return f"{m.group(1)}{inner}" if inner else None
    return None


def split_multiplier(text: str) -> tuple[float, str]:
    """A leading multiplier word and the unit after it: `тыс.т/год` → `(1000.0, "т/год")`.

    Text without one comes back as `(1.0, text)`.
    """
    s = text.strip()
    for pattern, factor in _multipliers():
        m = pattern.match(s)
        if m:
            return factor, s[m.end() :].strip()
    return 1.0, s


def is_unit(text: str) -> bool:
    """Whether `text` is a unit we can normalise."""
    return normalise_unit(text) is not None
