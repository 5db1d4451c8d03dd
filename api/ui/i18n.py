"""Interface languages: one JSON file of messages per language in `messages/`, and the way each writes
numbers and dates.

Adding a language is adding `messages/xx.json` with the same keys (and a line in `FORMATS`); a missing
key falls back to Russian, then to the key itself, so a partial file never breaks a page. The language
comes from `?lang=`, then the `lang` cookie (set by `?lang=`), then the browser's `Accept-Language`,
else Russian. Babel would be the field's library for formats; four languages fit in a small table.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from importlib import resources

from jinja2 import Environment, pass_context
from starlette.requests import Request

DEFAULT = "ru"
COOKIE = "lang"
JS_PREFIXES = ("js.", "kind.", "freq.", "doc_kind.", "field.", "count.")
"""Keys the browser scripts need (passed to the page as JSON); the rest are used by the templates."""
NO_VALUE = "—"
MAX_LANGUAGE_RANGES = 32
"""An `Accept-Language` longer than this is read up to here: browsers send a handful."""


@lru_cache(maxsize=1)
def catalogues() -> dict[str, dict[str, str]]:
    """Every `messages/*.json`, read once per process (package data, so a wheel install finds them)."""
    folder = resources.files("api.ui") / "messages"
    out: dict[str, dict[str, str]] = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".json"):
            out[entry.name.removesuffix(".json")] = json.loads(entry.read_text(encoding="utf-8"))
    return out


def languages() -> list[tuple[str, str]]:
    """(code, name in that language) of every interface language, the default first."""
    cats = catalogues()
    codes = sorted(cats, key=lambda c: (c != DEFAULT, c))
    return [(c, cats[c].get("lang.name", c)) for c in codes]


def choose(request: Request) -> str:
    """The language asked for by `?lang=`, else remembered in the cookie, else the browser's best one
    that we have, else the default."""
    cats = catalogues()
    for value in (request.query_params.get("lang"), request.cookies.get(COOKIE)):
        if value and value in cats:
            return value
    return from_accept_language(request.headers.get("accept-language")) or DEFAULT


def from_accept_language(header: str | None) -> str | None:
    """The interface language an `Accept-Language` header prefers most (RFC 9110 q-values; `kk-KZ` is
    `kk`), or None when it names none of ours. Equal weights keep the header's order; `q=0` and
    malformed weights rule a range out."""
    cats = catalogues()
    ranked: list[tuple[float, int, str]] = []
    for position, item in enumerate((header or "").split(",")[:MAX_LANGUAGE_RANGES]):
        tag, *params = (part.strip() for part in item.split(";"))
        weight = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    weight = float(value)
                except ValueError:
                    weight = 0.0
        code = tag.lower().split("-")[0]
        if code in cats and 0 < weight <= 1:
            ranked.append((-weight, position, code))
    return min(ranked)[2] if ranked else None


class Translator:
    """`t("key", n=3)`: the message in the chosen language, `{n}` filled in."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        cats = catalogues()
        self.messages = {**cats.get(DEFAULT, {}), **cats.get(lang, {})}

    def __call__(self, key: str, **values: object) -> str:
        text = self.messages.get(key, key)
        return text.format(**values) if values else text

    def get(self, key: str, default: str | None = None) -> str | None:
        """The message or `default`: for values (a document kind, a warning code) that may have no label."""
        return self.messages.get(key, default)

    def label(self, prefix: str, value: str | None) -> str:
        """The label of a coded value (`kind.monitoring`), or the value itself when unknown."""
        if value is None or value == "":
            return NO_VALUE
        return self.messages.get(f"{prefix}.{value}", value)

    def for_scripts(self) -> dict[str, str]:
        return {k: v for k, v in self.messages.items() if k.startswith(JS_PREFIXES)}


# ------------------------------------------------------------------ numbers and dates


@dataclass(frozen=True)
class Format:
    """How a language writes numbers and dates (as CLDR has them, the dates in their numeric form)."""

    group: str
    decimal: str
    date: str
    """`{d}` day, `{m}` month, `{b}` month's short name, `{y}` year."""
    day_month: str


EN_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
NBSP = "\u00a0"
FORMATS = {
    "ru": Format(NBSP, ",", "{d:02}.{m:02}.{y}", "{d:02}.{m:02}"),
    "kk": Format(NBSP, ",", "{d:02}.{m:02}.{y}", "{d:02}.{m:02}"),
    "vi": Format(".", ",", "{d:02}/{m:02}/{y}", "{d:02}/{m:02}"),
    # "3 Dec 2026": one reading for British and American engineers alike, unlike 03/12/2026.
    "en": Format(",", ".", "{d} {b} {y}", "{d} {b}"),
}


def _format(lang: str) -> Format:
    return FORMATS.get(lang, FORMATS[DEFAULT])


def number(value: object, lang: str, digits: int | None = None) -> str:
    """`1234.5` as the language writes it (ru `1 234,5` with a no-break space, vi `1.234,5`, en
    `1,234.5`), with every digit the value has (a limit of 0.00012 stays 0,00012) or exactly `digits`
    decimals; None is a dash, and text that is no number is shown as it is."""
    if value is None or value == "":
        return NO_VALUE
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal | str):
        return str(value)
    try:
        exact = Decimal(repr(value) if isinstance(value, float) else str(value).strip())
    except InvalidOperation:
        return str(value)
    if not exact.is_finite():
        return str(value)
    if digits is not None:
        exact = round(exact, digits)
    if exact.is_zero():
        exact = abs(exact)  # no "-0"
    text = format(exact, "f" if digits is None else f".{digits}f")
    sign, text = ("-", text[1:]) if text.startswith("-") else ("", text)
    whole, _, fraction = text.partition(".")
    if digits is None:
        fraction = fraction.rstrip("0")
    fmt = _format(lang)
    groups = []
    while len(whole) > 3:
        whole, tail = whole[:-3], whole[-3:]
        groups.insert(0, tail)
    grouped = fmt.group.join([whole, *groups])
    return sign + grouped + (fmt.decimal + fraction if fraction else "")


def _as_date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def date(value: object, lang: str) -> str:
    """An ISO date (or a date) as the language writes it: ru/kk `03.12.2026`, vi `03/12/2026`,
    en `3 Dec 2026`; text that is no ISO date (a deadline as the document words it) is kept."""
    day = _as_date(value)
    if day is None:
        return NO_VALUE if value is None or value == "" else str(value)
    return _format(lang).date.format(d=day.day, m=day.month, b=EN_MONTHS[day.month - 1], y=day.year)


def day_month(value: object, lang: str) -> str:
    """A day of a month already named on the page (the calendar): ru `03.12`, vi `03/12`, en `3 Dec`."""
    day = _as_date(value)
    if day is None:
        return str(value)
    return _format(lang).day_month.format(d=day.day, m=day.month, b=EN_MONTHS[day.month - 1])


def date_time(value: object, lang: str) -> str:
    """A stored ISO time (UTC, as the store writes it) as `date HH:MM UTC` in the language's date."""
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value.strip())
        except ValueError:
            return str(value)
    if not isinstance(value, dt.datetime):
        return date(value, lang)
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC)
    return f"{date(value, lang)} {value:%H:%M} UTC"


def coordinate(value: object) -> str:
    """A latitude or longitude in decimal degrees, five decimals (about a metre), always with a dot.

    Coordinates are copied into GIS tools, GPS units and map searches, which all read `47.53021`
    and misread `47,53021`; and in a pair `47,53021, 67,29314` a decimal comma cannot be told from
    the comma between the two numbers. So the dot stays in every language, as in ISO 6709 and GeoJSON.
    """
    if not isinstance(value, int | float) or isinstance(value, bool) or not math.isfinite(value):
        return NO_VALUE if value is None else str(value)
    return f"{value:.5f}"


def register(env: Environment) -> None:
    """The formats as Jinja filters that read the page's `lang`: `num`, `date`, `day_month`,
    `date_time`, `coord`."""

    def lang_of(context) -> str:
        return context.get("lang") or DEFAULT

    env.filters["num"] = pass_context(lambda ctx, v, digits=None: number(v, lang_of(ctx), digits))
    env.filters["date"] = pass_context(lambda ctx, v: date(v, lang_of(ctx)))
    env.filters["day_month"] = pass_context(lambda ctx, v: day_month(v, lang_of(ctx)))
    env.filters["date_time"] = pass_context(lambda ctx, v: date_time(v, lang_of(ctx)))
    env.filters["coord"] = coordinate
