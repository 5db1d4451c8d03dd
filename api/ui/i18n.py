"""Interface languages: one JSON file of messages per language in `messages/`.

Adding a language (Kazakh, Vietnamese) is adding `messages/kk.json` with the same keys;
a missing key falls back to Russian, then to the key itself, so a partial file never
breaks a page. The language comes from `?lang=`, then the `lang` cookie, else Russian.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from starlette.requests import Request

DEFAULT = "ru"
COOKIE = "lang"
JS_PREFIXES = ("js.", "kind.", "freq.", "doc_kind.", "field.", "count.")
"""Keys the browser scripts need (passed to the page as JSON); the rest are used by the templates."""


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
    """The language asked for by `?lang=`, else remembered in the cookie, else the default."""
    cats = catalogues()
    for value in (request.query_params.get("lang"), request.cookies.get(COOKIE)):
        if value and value in cats:
            return value
    return DEFAULT


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
            return "—"
        return self.messages.get(f"{prefix}.{value}", value)

    def for_scripts(self) -> dict[str, str]:
        return {k: v for k, v in self.messages.items() if k.startswith(JS_PREFIXES)}
