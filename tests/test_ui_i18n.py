"""The interface in Russian, Kazakh, Vietnamese and English: the message files, the choice of language
(`?lang=`, the remembered cookie, `Accept-Language`), numbers and dates as each language writes them,
and pages with no Russian interface text left in Kazakh or Vietnamese.

The pages come from a real `extractor serve` holding a Vietnamese and a Kazakh environmental permit
(and the dev set's Vietnamese circular when present); the browser's own formats (upload sizes, the
audit trail) are read in Debian's Chromium.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sqlite3
from bisect import bisect_right
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from string import Formatter

import httpx
import pytest
from browsers import CHROMIUM, launch
from genre_docs import render
from permit_docs import KK_PERMIT, VI_PERMIT
from servers import running_server

from api.ui import i18n

MESSAGES = Path(__file__).resolve().parents[1] / "api" / "ui" / "messages"
CATALOGUES = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in MESSAGES.glob("*.json")}
RU = CATALOGUES["ru"]
NBSP = "\u00a0"
CYRILLIC = re.compile(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")
SAME_IN_KAZAKH = {
    # Loanwords Kazakh writes as Russian does (the Ecological Code's own words), and unit abbreviations.
    "doc.facility": "Объект",
    "js.facility": "Объект",
    "facility.operator": "Оператор",
    "kind.monitoring": "Мониторинг",
    "doc.file": "Файл",
    "emissions.g_s": "г/с",
    "map.km": "км",
    "js.bytes": "{n} Б",
    "js.kilobytes": "{n} КБ",
    "js.megabytes": "{n} МБ",
}
DOMAIN_TERMS = {
    "kk": ["өндірістік экологиялық бақылау (ӨЭБ)", "ӨЭБ бағдарламасы", "Экологиялық рұқсат", "Міндеттемелер"],
    "vi": ["quan trắc môi trường", "Giấy phép môi trường", "Nghĩa vụ", "Hạn chót", "Quan trắc"],
}


def with_big_emission(parts: list) -> list:
    """The Kazakh permit with 1 234,5 t/y of nitrogen dioxide, so that the pages show a number with groups."""
    out = []
    for part in parts:
        if part[0] == "t" and part[1] == "1-кесте":
            rows = [[*row[:3], "1234,5"] if row[1] == "Азот диоксиді" else row for row in part[2]]
            part = (*part[:2], rows, *part[3:])
        out.append(part)
    return out


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(text) if name is not None}


# ------------------------------------------------------------------ the message files


def test_message_files_have_the_same_keys_and_placeholders():
    assert {"ru", "en", "kk", "vi"} <= CATALOGUES.keys()
    for lang, messages in CATALOGUES.items():
        assert messages.keys() == RU.keys(), f"{lang}: {sorted(messages.keys() ^ RU.keys())}"
        for key, text in messages.items():
            assert placeholders(text) == placeholders(RU[key]), f"{lang} {key}: {text!r}"
            text.format(**dict.fromkeys(placeholders(text), 1))  # well formed: no stray brace


def test_kazakh_and_vietnamese_are_translated():
    assert CATALOGUES["kk"]["lang.name"] == "Қазақша" and CATALOGUES["vi"]["lang.name"] == "Tiếng Việt"
    for lang in ("kk", "vi"):
        same = {k: v for k, v in CATALOGUES[lang].items() if v == RU[k] and CYRILLIC.search(v)}
        assert same == (SAME_IN_KAZAKH if lang == "kk" else {}), lang
        for term in DOMAIN_TERMS[lang]:
            assert any(term in v for v in CATALOGUES[lang].values()), f"{lang}: no {term!r}"
    vietnamese = CATALOGUES["vi"]
    assert not [v for v in vietnamese.values() if CYRILLIC.search(v)]
    # Vietnamese written with its diacritics: a word without one is rare (Trang, STT, km…).
    words = [w for v in vietnamese.values() for w in re.findall(r"[^\W\d_]{2,}", v)]
    plain = [w for w in words if w.isascii()]
    assert len(plain) < 0.25 * len(words), plain
    # Kazakh in Kazakh letters, not Russian with a few words changed.
    kazakh = [v for k, v in CATALOGUES["kk"].items() if CYRILLIC.search(v) and k not in SAME_IN_KAZAKH]
    assert sum(bool(re.search("[ӘәҒғҚқҢңӨөҰұҮүҺһІі]", v)) for v in kazakh) > 0.7 * len(kazakh)  # Russian: 0


# ------------------------------------------------------------------ numbers and dates


@pytest.mark.parametrize(
    ("value", "lang", "digits", "expected"),
    [
        (1234.5, "ru", None, f"1{NBSP}234,5"),
        (1234.5, "kk", None, f"1{NBSP}234,5"),
        (1234.5, "vi", None, "1.234,5"),
        (1234.5, "en", None, "1,234.5"),
        (1234567, "ru", None, f"1{NBSP}234{NBSP}567"),
        (-9876543.25, "vi", None, "-9.876.543,25"),
        (0.00012, "ru", None, "0,00012"),  # every digit a limit value has, never 1.2e-04
        (45.0, "en", None, "45"),
        (0.3, "vi", 2, "0,30"),
        (1.25, "en", 1, "1.2"),  # half to even, as Decimal rounds
        (-0.0001, "ru", 2, "0,00"),
        ("0.5", "kk", None, "0,5"),
        (None, "vi", None, "—"),
        ("н/д", "ru", None, "н/д"),  # a value the document did not give as a number is shown as written
        (999, "ru", None, "999"),
        (1000, "xx", None, f"1{NBSP}000"),  # an unknown language writes as the default
    ],
)
def test_numbers(value, lang, digits, expected):
    assert i18n.number(value, lang, digits) == expected


@pytest.mark.parametrize(
    ("lang", "date", "day_month", "date_time"),
    [
        ("ru", "03.12.2026", "03.12", "03.12.2026 23:30 UTC"),
        ("kk", "03.12.2026", "03.12", "03.12.2026 23:30 UTC"),
        ("vi", "03/12/2026", "03/12", "03/12/2026 23:30 UTC"),
        ("en", "3 Dec 2026", "3 Dec", "3 Dec 2026 23:30 UTC"),
    ],
)
def test_dates(lang, date, day_month, date_time):
    assert i18n.date("2026-12-03", lang) == i18n.date(dt.date(2026, 12, 3), lang) == date
    assert i18n.day_month(dt.date(2026, 12, 3), lang) == day_month
    assert i18n.date_time("2026-12-03T23:30:59+00:00", lang) == date_time
    assert i18n.date_time("2026-12-04T04:30:59+05:00", lang) == date_time  # shown in UTC, as stored
    assert i18n.date("до 1 марта", lang) == "до 1 марта"  # a deadline in the document's words stays


def test_coordinates_keep_the_dot_in_every_language():
    assert i18n.coordinate(47.530214) == "47.53021" and i18n.coordinate(-0.5) == "-0.50000"
    assert i18n.coordinate(None) == "—"


# ------------------------------------------------------------------ a real server


@pytest.fixture(scope="module")
def site(tmp_path_factory, devset_or_none):
    """A server holding a Vietnamese and a Kazakh permit (and the dev set's Vietnamese circular), with
    uploads limited to 0.5 MB so that the browser's size messages show a decimal."""
    folder = tmp_path_factory.mktemp("i18n")
    files = [
        render(VI_PERMIT, folder, "gpmt", "docx"),
        render(with_big_emission(KK_PERMIT), folder, "ruqsat", "docx"),
    ]
    if devset_or_none is not None:
        files += sorted(devset_or_none.glob("vi-*.docx"))
    database = folder / "store.db"
    env = {**os.environ, "REGDOCS_MAX_UPLOAD_MB": "0.5"}
    with (
        running_server(folder, database, env=env) as base,
        httpx.Client(base_url=base, timeout=300) as client,
    ):
        stored = {}
        for path in files:
            r = client.post("/documents", files={"file": (path.name, path.read_bytes())})
            assert r.status_code == 201, r.text
            stored[path.stem] = r.json()
        yield base, database, stored


def html_lang(page: str) -> str:
    return re.search(r'<html lang="([^"]+)"', page).group(1)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("kk-KZ", "kk"),
        ("kk", "kk"),
        ("vi-VN;q=0.9", "vi"),
        ("en-US,en;q=0.8", "en"),
        ("ru", "ru"),
        ("de-DE, vi;q=0.5, en;q=0.7", "en"),  # the best weight of those we have
        ("vi;q=0.5, kk;q=0.5", "vi"),  # equal weights: the header's order
        ("en;q=0, vi", "vi"),  # q=0: not wanted
        ("de, fr;q=0.9", "ru"),  # none of ours: Russian
        ("", "ru"),
    ],
)
def test_language_from_accept_language(site, header, expected):
    base, _, _ = site
    r = httpx.get(f"{base}/ui/facilities", headers={"Accept-Language": header})
    assert r.status_code == 200 and html_lang(r.text) == expected
    assert f"<h1>{CATALOGUES[expected]['facilities.title']}</h1>" in r.text
    assert "Accept-Language" in r.headers["vary"]


def test_lang_parameter_overrides_and_is_remembered(site):
    base, _, _ = site
    with httpx.Client(base_url=base, headers={"Accept-Language": "vi-VN,vi;q=0.9"}) as browser:
        assert html_lang(browser.get("/").text) == "vi"
        r = browser.get("/ui/documents", params={"lang": "kk"})
        assert html_lang(r.text) == "kk" and "lang=kk" in r.headers["set-cookie"]
        assert html_lang(browser.get("/ui/facilities").text) == "kk"  # the cookie beats the header
        assert html_lang(browser.get("/", params={"lang": "xx"}).text) == "kk"  # an unknown one is ignored
        assert html_lang(browser.get("/", params={"lang": "en"}).text) == "en"
        assert html_lang(browser.get("/ui/documents").text) == "en"
    assert html_lang(httpx.get(f"{base}/", headers={"Accept-Language": "vi"}).text) == "vi"  # a new visitor


def test_pages_write_numbers_and_dates_in_their_language(site):
    base, _, stored = site
    kazakh, vietnamese = stored["ruqsat"]["facility_id"], stored["gpmt"]["facility_id"]
    big = {"ru": f"1{NBSP}234,5", "kk": f"1{NBSP}234,5", "vi": "1.234,5", "en": "1,234.5"}
    for lang, written in big.items():
        page = httpx.get(f"{base}/ui/facilities/{kazakh}", params={"lang": lang}).text
        assert f'class="num">{written}<' in page, lang
        page = httpx.get(f"{base}/ui/facilities/{vietnamese}", params={"lang": lang}).text
        times = re.findall(r'<time datetime="([^"]+)">([^<]+)</time>', page)
        assert ("2031-03-14", i18n.date("2031-03-14", lang)) in times  # the permit's renewal
        for value, shown in times:
            if len(value) == 10:
                assert shown in (i18n.date(value, lang), i18n.day_month(value, lang)), (lang, value, shown)
            else:
                assert not re.search(r"\d{4}-\d{2}-\d{2}", shown), (lang, shown)
        home = httpx.get(f"{base}/", params={"lang": lang}).text
        assert i18n.number(0.5, lang) + (" МБ" if lang in ("ru", "kk") else " MB") in home


# ------------------------------------------------------------------ no Russian in kk and vi pages


class InterfaceText(HTMLParser):
    """The text of a page a visitor reads or hears: text, labels, placeholders, titles and the messages
    handed to the scripts; not what is marked as in another language than the page's (the language
    switcher names each language in its own)."""

    ATTRIBUTES = ("aria-label", "placeholder", "title", "alt")

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lang, self.chunks, self.foreign, self.script, self.messages = None, [], [], 0, False

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag == "html":
            self.lang = values.get("lang")
        if self.foreign or values.get("lang", self.lang) != self.lang:
            self.foreign.append(tag)
            return
        self.chunks += [v for k, v in attrs if k in self.ATTRIBUTES and v]
        if tag in ("script", "style"):
            self.script += 1
            self.messages = values.get("id") == "ui-messages"

    def handle_endtag(self, tag):
        if self.foreign:
            if tag == self.foreign[-1]:
                self.foreign.pop()
        elif tag in ("script", "style"):
            self.script -= 1
            self.messages = False

    def handle_data(self, data):
        if self.foreign:
            return
        if self.messages:
            self.chunks += json.loads(data).values()
        elif not self.script:
            self.chunks.append(data)

    @classmethod
    def of(cls, page: str) -> list[str]:
        parser = cls()
        parser.feed(page)
        parser.close()
        return [c for c in (" ".join(c.split()) for c in parser.chunks) if c]


def stored_strings(database: Path) -> list[str]:
    """Every text the store holds (names, titles, obligations, the documents' own text): the pages' data,
    which may well be Russian whatever the interface language."""

    def walk(value):
        if isinstance(value, str):
            try:
                inner = json.loads(value) if value.startswith(("[", "{")) else None
            except ValueError:
                inner = None
            yield from walk(inner) if isinstance(inner, dict | list) else [value]
        elif isinstance(value, dict | list):
            for v in value.values() if isinstance(value, dict) else value:
                yield from walk(v)

    found: set[str] = set()
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as con:
        for (table,) in con.execute("select name from sqlite_master where type = 'table'").fetchall():
            for row in con.execute(f'select * from "{table}"'):
                found |= {" ".join(s.split()) for v in row for s in walk(v) if len(s.strip()) > 1}
    return sorted(found, key=len)


@lru_cache
def russian_messages(lang: str) -> re.Pattern[str]:
    """The Russian messages (their text between placeholders) as whole words; a Russian piece that the
    language's own messages use (Kazakh «Объект», «да») cannot be told apart and is not looked for."""
    own = CATALOGUES[lang].values()
    pieces = {
        piece.strip()
        for text in RU.values()
        if text not in own
        for piece in re.split(r"\{\w+\}", text)
        if CYRILLIC.search(piece)
    }
    words = [p for p in pieces if not any(re.search(rf"(?<!\w){re.escape(p)}(?!\w)", v) for v in own)]
    return re.compile(
        r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + r")(?!\w)"
    )


def russian_interface_text(page: str, lang: str, data: list[str]) -> dict[str, str]:
    """Russian messages in the page's interface text (outside every stored text), with where they are."""
    pattern = russian_messages(lang)
    found = {}
    for chunk in InterfaceText.of(page):
        hits = [(m.group(), m.span()) for m in pattern.finditer(chunk)]
        if not hits:
            continue
        covered = [False] * len(chunk)
        for text in data[: bisect_right(data, len(chunk), key=len)]:  # data: shortest first
            for m in re.finditer(re.escape(text), chunk) if text in chunk else ():
                covered[m.start() : m.end()] = [True] * (m.end() - m.start())
        found |= {p: chunk[:100] for p, (a, b) in hits if not all(covered[a:b])}
    return found


def page_paths(stored: dict) -> list[str]:
    facilities = sorted({r["facility_id"] for r in stored.values() if r["facility_id"]})
    return [
        "/",
        "/ui/facilities",
        "/ui/documents",
        *(f"/ui/facilities/{f}" for f in facilities),
        *(f"/ui/documents/{r['document_id']}" for r in stored.values()),
    ]


@pytest.mark.parametrize("lang", ["kk", "vi", "en"])
def test_pages_show_no_russian_interface_text(site, lang):
    base, database, stored = site
    data = stored_strings(database)
    with httpx.Client(base_url=base, timeout=60) as client:
        for path in page_paths(stored):
            r = client.get(path, params={"lang": lang})
            assert r.status_code == 200 and html_lang(r.text) == lang, path
            assert russian_interface_text(r.text, lang, data) == {}, path
            # The same look at the Russian page finds its messages: the check can fail.
            control = client.get(path, params={"lang": "ru"}).text
            assert len(russian_interface_text(control, lang, data)) > 30, path


# ------------------------------------------------------------------ the browser's own formats

SIZES = {  # a file of 1 010 KB and one of 1.5 MB, both over the 0.5 MB limit
    "ru": (f"1{NBSP}010 КБ", "1,5 МБ", "0,5 МБ"),
    "kk": (f"1{NBSP}010 КБ", "1,5 МБ", "0,5 МБ"),
    "vi": ("1.010 KB", "1,5 MB", "0,5 MB"),
    "en": ("1,010 KB", "1.5 MB", "0.5 MB"),
}


@pytest.fixture(scope="module")
def chromium():
    if CHROMIUM is None:
        pytest.skip("Debian's chromium is not installed (.ci/run installs it)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is a test extra")
    with sync_api.sync_playwright() as p:
        browser = launch(p)
        yield browser
        browser.close()


@pytest.mark.parametrize("lang", sorted(SIZES))
def test_browser_writes_sizes_and_times_in_the_page_language(site, chromium, lang):
    base, _, stored = site
    locale = {"ru": "ru-RU", "kk": "kk-KZ", "vi": "vi-VN", "en": "en-US"}[lang]
    context = chromium.new_context(base_url=base, locale=locale)  # the browser's Accept-Language
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    try:
        page.goto("/")
        assert page.locator("html").get_attribute("lang") == lang
        files = [{"name": n, "mimeType": "text/plain", "buffer": b"x" * size} for n, size in
                 (("a.txt", 1010 * 1024), ("b.txt", 1536 * 1024))]  # fmt: skip
        page.set_input_files("#upload-files", files)
        items = page.locator(".upload-item[data-state=error]")
        items.nth(1).wait_for()
        kb, mb, limit = SIZES[lang]
        assert [items.nth(i).locator(".file-name .muted").inner_text() for i in range(2)] == [kb, mb]
        assert limit in items.nth(0).locator(".error").inner_text()
        # A correction's time in the audit trail, written as the server writes times.
        page.goto(f"/ui/facilities/{stored['gpmt']['facility_id']}")
        page.locator("button[data-edit]").first.click()
        page.fill("#correct-author", "Kỹ sư môi trường")
        page.locator("#correct-dialog input[name=checked]").click()
        page.locator("#correct-dialog button[type=submit]").click()
        entry = page.locator("#history .history-entry time").last
        entry.wait_for()
        # text and attribute read in one step: the list may be drawn again between two reads (CI saw 15:41 against
        # the next entry's 15:42 at a minute's turn)
        shown, at = entry.evaluate("e => [e.textContent, e.getAttribute('datetime')]")
        assert shown == i18n.date_time(at, lang)
        assert errors == []
    finally:
        context.close()
