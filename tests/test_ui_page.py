"""The facility page an engineer reads in a minute, in Debian's Chromium at a laptop's 1366 px and a
phone's 390 px, in every interface language: the overview on top (counts by kind and medium, the next
deadlines, what is overdue, the documents' warnings), obligation rows at most three lines tall that open
to their full text, cards on the phone, no page wider than the screen, and no serious or critical
accessibility violation that axe-core (from its npm package, as `.ci/run` installs it) finds on any page.

The store is the tests' own: the project's sample programme (twice, as PDF and DOCX: one supersedes the
other), the East-Zhezkazgan mine of the dev set when present, and variants of the sample written here —
a programme for 2019 (its reporting dates all past, and a table of sources that disagrees with itself)
and one for 2099 (all ahead), so that "overdue" and "next" do not depend on the day the tests run.
Screenshots go to tests/artifacts/.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from pathlib import Path

import httpx
import pytest
from browsers import CHROMIUM, launch
from servers import running_server
from test_ui_overview import VI_CIRCULAR

from api.ui import i18n

playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright is a test extra")

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "tests" / "artifacts"
SAMPLES = ROOT / "corpus" / "samples"
AXE = ROOT / ".cache" / "axe" / "node_modules" / "axe-core" / "axe.min.js"
MESSAGES = ROOT / "api" / "ui" / "messages"
CATALOGUES = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(MESSAGES.glob("*.json"))}
LANGUAGES = sorted(CATALOGUES)
WIDTHS = {1366: 900, 390: 844}
NBSP = "\u00a0"

pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)"
)


def programme_for(year: int, name: str, kato: str, organized: int = 2) -> bytes:
    """The sample programme for another year and another facility (its name and KATO; its BIN is no valid
    one, so the facility is told by those); `organized` ≠ 2 makes its table of sources disagree with the
    tables that list them (a `count_mismatch` warning)."""
    text = (SAMPLES / "sample-pek-programme.txt").read_text(encoding="utf-8")
    for old, new in (("на 2027 год", f"на {year} год"), ("230540001230", kato + "000"), ("116630100", kato)):
        text = text.replace(old, new)
    text = text.replace("«Учебный»", f"«{name}»").replace("«Степной щебень»", f"«{name} Минерал»")
    return text.replace("2\tОрганизованных\t2", f"2\tОрганизованных\t{organized}").encode()


@pytest.fixture(scope="module")
def site(tmp_path_factory, devset_or_none):
    """A server and what it stores: {name: the upload's answer}."""
    folder = tmp_path_factory.mktemp("ui-page")
    uploads = [
        ("sample-pek-programme.pdf", (SAMPLES / "sample-pek-programme.pdf").read_bytes()),
        ("sample-pek-programme.docx", (SAMPLES / "sample-pek-programme.docx").read_bytes()),
        ("programme-2019.txt", programme_for(2019, "Прошлый", "751110000", organized=5)),
        ("programme-2019-checked.txt", programme_for(2019, "Отмеченный", "752220000")),
        ("programme-2099.txt", programme_for(2099, "Будущий", "753330000")),
        ("thong-tu.txt", VI_CIRCULAR.encode()),
    ]
    if devset_or_none is not None:
        uploads += [(p.name, p.read_bytes()) for p in sorted(devset_or_none.glob("pek-programme-vzhr.docx"))]
        uploads += [(p.name, p.read_bytes()) for p in sorted(devset_or_none.glob("vi-*.docx"))]
    with (
        running_server(folder, folder / "store.db") as base,
        httpx.Client(base_url=base, timeout=300) as client,
    ):
        stored = {}
        for name, content in uploads:
            r = client.post("/documents", files={"file": (name, content)})
            assert r.status_code == 201, r.text
            stored[name] = r.json()
        yield base, stored


def mine(stored: dict) -> dict:
    """The facility with many obligations: the dev set's mine (78), else the project's sample."""
    return stored.get("pek-programme-vzhr.docx") or stored["sample-pek-programme.docx"]


def pages(stored: dict) -> dict[str, str]:
    found = {
        "home": "/",
        "facilities": "/ui/facilities",
        "documents": "/ui/documents",
        "facility": f"/ui/facilities/{mine(stored)['facility_id']}",
        "facility-overdue": f"/ui/facilities/{stored['programme-2019.txt']['facility_id']}",
        "facility-ahead": f"/ui/facilities/{stored['programme-2099.txt']['facility_id']}",
        "document": f"/ui/documents/{mine(stored)['document_id']}",
        "document-vi": f"/ui/documents/{stored['thong-tu.txt']['document_id']}",
        "login": "/ui/login",
    }
    circular = next((r for name, r in stored.items() if name.startswith("vi-")), None)
    if circular:
        found["document-circular"] = f"/ui/documents/{circular['document_id']}"
    return found


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        b = launch(p)
        yield b
        b.close()


@pytest.fixture(
    params=[(lang, width) for lang in LANGUAGES for width in WIDTHS], ids=lambda p: f"{p[0]}-{p[1]}"
)
def view(request, browser, site):
    """A page at one width whose language is chosen once by `?lang=` (and remembered)."""
    lang, width = request.param
    base, _ = site
    context = browser.new_context(base_url=base, viewport={"width": width, "height": WIDTHS[width]})
    page = context.new_page()
    page.set_default_timeout(60_000)
    page.errors = []
    page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: page.errors.append(f"uncaught: {e}"))
    page.goto(f"/?lang={lang}")
    yield page, lang, width
    context.close()


def axe_source() -> str:
    if not AXE.is_file():
        if os.environ.get("CI"):
            pytest.fail(f"axe-core is not installed at {AXE} (.ci/run installs it with npm)")
        pytest.skip(f"axe-core is not installed at {AXE}: npm install --prefix .cache/axe axe-core@4")
    return AXE.read_text(encoding="utf-8")


def serious_violations(page) -> list[str]:
    """axe-core's serious and critical violations on the page as it is shown."""
    # page.evaluate hands the source to the DevTools protocol, which the pages' Content-Security-Policy
    # (script-src 'self', no inline script) does not govern: the page keeps its CSP, nothing is bypassed.
    page.evaluate(axe_source())
    return page.evaluate(
        """async () => (await axe.run(document, {resultTypes: ["violations"]})).violations
             .filter(v => v.impact === "serious" || v.impact === "critical")
             .map(v => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map(n => n.target.join(" ")).join(", ")}`)"""
    )


def shoot(page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))


WIDER_THAN_THE_SCREEN = """() => {
  const screen = document.documentElement.clientWidth;
  const out = [];
  if (document.documentElement.scrollWidth > window.innerWidth) out.push(`page ${document.documentElement.scrollWidth}`);
  for (const w of document.querySelectorAll(".table-wrap")) {
    if (w.offsetParent && w.scrollWidth > w.clientWidth + 1) out.push(`table ${w.scrollWidth} in ${w.clientWidth}`);
  }
  for (const b of document.querySelectorAll("main button, main a.button-like")) {
    const r = b.getBoundingClientRect();
    if (b.offsetParent && r.width && (r.right > screen + 0.5 || r.left < -0.5)) out.push(`${b.textContent.trim()} at ${r.left}–${r.right}`);
  }
  return out;
}"""

CARDS = """() => [...document.querySelectorAll("table.cards, table.obligations")].filter(t => t.offsetParent).map(t => {
  const row = t.querySelector("tbody tr.ob, tbody tr:not(.ob-group-head)");
  const cell = row && [...row.querySelectorAll("td[data-label]")].find(td => getComputedStyle(td).display !== "none" && !td.matches(".ob-num, .ob-kind, .ob-text, .ob-actions"));
  return {
    table: t.id || t.className,
    display: row ? getComputedStyle(row).display : null,
    head: t.tHead ? t.tHead.getBoundingClientRect().height : 0,
    label: cell ? cell.dataset.label : null,
    shown: cell ? getComputedStyle(cell, "::before").content : null,
  };
})"""


def test_every_page_fits_the_screen_and_passes_axe(view, site):
    page, lang, width = view
    _, stored = site
    for name, path in pages(stored).items():
        response = page.goto(path)
        assert response.status == 200, path
        assert page.locator("html").get_attribute("lang") == lang, path
        assert page.evaluate(WIDER_THAN_THE_SCREEN) == [], (path, width)
        if width < 500:  # the phone: each table's rows are cards, each field under its column's name
            for table in page.evaluate(CARDS):
                assert table["display"] in ("block", "grid"), (path, table)
                assert table["head"] <= 1, (path, table)  # the header row is read out, not shown
                if table["label"]:
                    assert table["shown"] == json.dumps(table["label"], ensure_ascii=False), (path, table)
        assert serious_violations(page) == [], (path, width)
        if name in ("facility", "document", "document-circular"):
            shoot(page, f"{name}-{lang}-{width}")
    assert page.errors == []


def numbers(locator) -> list[int]:
    return [
        int(text.replace(NBSP, "").replace(",", "").replace(".", "")) for text in locator.all_inner_texts()
    ]


def test_overview_counts_next_deadlines_overdue_and_warnings(view, site):
    page, lang, width = view
    _, stored = site
    messages = CATALOGUES[lang]
    today = dt.date.today().isoformat()

    page.goto(pages(stored)["facility-overdue"])
    total = page.locator("#obligations-table tr.ob").count()
    assert total > 0
    kinds = page.locator("#ov-kinds li")
    assert (
        sum(numbers(page.locator("#ov-kinds .ov-n")))
        == total
        == numbers(page.locator("#ov-kinds-title .count"))[0]
    )
    assert sum(numbers(page.locator("#ov-media .ov-n"))) == total
    for i in range(kinds.count()):
        assert (
            kinds.nth(i).locator("a").inner_text()
            == messages[f"kind.{kinds.nth(i).get_attribute('data-kind')}"]
        )
    overdue = page.locator("#ov-overdue li")
    assert overdue.count() == numbers(page.locator("#ov-overdue-title .count"))[0] > 0
    for i in range(overdue.count()):
        day = overdue.nth(i).locator("time")
        assert day.get_attribute("datetime") < today
        assert day.inner_text() == i18n.date(day.get_attribute("datetime"), lang)
    assert "is-alert" in page.locator("#ov-overdue").get_attribute("class")
    assert messages["overview.upcoming_none"] in page.locator("#ov-upcoming").inner_text()
    assert messages["warning.count_mismatch"] in page.locator("#ov-warnings li").first.inner_text()
    shoot(page, f"overview-overdue-{lang}-{width}")

    page.goto(pages(stored)["facility-ahead"])
    upcoming = page.locator("#ov-upcoming li")
    assert upcoming.count() > 0
    dates = [upcoming.nth(i).locator("time").get_attribute("datetime") for i in range(upcoming.count())]
    assert dates == sorted(dates) and dates[0] >= today
    assert page.locator("#ov-overdue li").count() == 0
    assert messages["overview.overdue_none"] in page.locator("#ov-overdue").inner_text()
    assert messages["overview.warnings_none"] in page.locator("#ov-warnings").inner_text()
    # The next deadline leads to its obligation, opened.
    upcoming.first.locator("a").click()
    row = page.locator(re.sub(r".*#", "#", upcoming.first.locator("a").get_attribute("href")))
    assert row.locator("button.ob-toggle").get_attribute("aria-expanded") == "true"
    assert row.locator(".ob-more").is_visible() and row.is_visible()
    assert page.errors == []


ROW_HEIGHTS = """() => [...document.querySelectorAll("#obligations-table tr.ob")].map(tr => {
  const td = tr.querySelector("td.ob-text"), style = getComputedStyle(td), clamp = td.querySelector(".clamp");
  const line = parseFloat(style.lineHeight);
  return {
    id: tr.id, line,
    row: tr.getBoundingClientRect().height,
    padding: parseFloat(style.paddingTop) + parseFloat(style.paddingBottom),
    text: clamp.getBoundingClientRect().height,
    clamps: [...tr.querySelectorAll(".clamp")].map(c => c.getBoundingClientRect().height),
    cut: clamp.scrollHeight > clamp.clientHeight + 1,
  };
})"""


def test_obligation_rows_are_three_lines_tall_and_open_to_the_full_text(view, site):
    page, lang, width = view
    _, stored = site
    page.goto(pages(stored)["facility"])
    rows = page.evaluate(ROW_HEIGHTS)
    assert rows
    for r in rows:
        assert all(h <= 3 * r["line"] + 2 for h in r["clamps"]), r  # every field: three lines at most
        if width > 500:  # a table row: three lines and its cell's padding (a card stacks its fields)
            assert r["row"] <= 3 * r["line"] + r["padding"] + 4, r
    cut = next(r for r in rows if r["cut"])  # the mine's (or sample's) long texts do not fit in three lines
    row = page.locator(f"#{cut['id']}")
    toggle = row.locator("button.ob-toggle")
    assert toggle.get_attribute("aria-expanded") == "false" and not row.locator(".ob-more").is_visible()
    toggle.click()
    text = row.locator(".ob-text .clamp")
    assert toggle.get_attribute("aria-expanded") == "true" and row.locator(".ob-more").is_visible()
    assert text.evaluate("c => c.scrollHeight <= c.clientHeight + 1")
    assert text.inner_text() == row.get_attribute("data-text")
    assert text.bounding_box()["height"] > 3 * cut["line"] + 2
    shoot(page, f"obligation-open-{lang}-{width}")
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "false" and not row.locator(".ob-more").is_visible()
    # From the keyboard: the focus shows, and Enter opens the row.
    page.keyboard.press("Tab")
    toggle.focus()
    assert toggle.evaluate("b => b.matches(':focus-visible')")
    outline = toggle.evaluate(
        "b => [getComputedStyle(b).outlineStyle, parseFloat(getComputedStyle(b).outlineWidth)]"
    )
    assert outline[0] != "none" and outline[1] >= 2
    page.keyboard.press("Enter")
    assert toggle.get_attribute("aria-expanded") == "true"
    assert page.errors == []


@pytest.fixture
def laptop(browser, site):
    base, _ = site
    context = browser.new_context(base_url=base, viewport={"width": 1366, "height": 900})
    page = context.new_page()
    yield page
    context.close()


def test_each_document_is_named_once_or_by_a_short_label(laptop, site):
    _, stored = site
    sample = stored["sample-pek-programme.docx"]
    page = laptop
    page.goto(f"/ui/facilities/{sample['facility_id']}?lang=ru")
    heads = page.locator("#obligations-table tr.ob-group-head")
    assert heads.count() == 1 and page.locator("#obligations-table .doc-short").count() == 0
    title = page.locator("#documents tbody tr:not(.is-superseded) td a").first.inner_text()
    assert page.locator("#obligations-table").inner_text().count(title) == 1
    # Superseded rows shown and sorted by kind: the two documents' rows mix, and each row names its own.
    page.goto(f"/ui/facilities/{sample['facility_id']}?lang=ru&superseded=all&sort=kind")
    assert page.locator("#obligations-table tr.ob-group-head").count() == 0
    labels = page.locator("#obligations-table tr.ob .doc-short")
    assert labels.count() == page.locator("#obligations-table tr.ob").count() > 1
    assert {labels.nth(i).inner_text() for i in range(labels.count())} == {
        f"Программа ПЭК 2027 #{sample['document_id']}",
        f"Программа ПЭК 2027 #{stored['sample-pek-programme.pdf']['document_id']}",
    }
    for i in range(labels.count()):  # the full title and the file on hover
        assert re.search(r".{20,} — sample-pek-programme\.(pdf|docx)$", labels.nth(i).get_attribute("title"))
    rows = page.evaluate(ROW_HEIGHTS)
    assert all(r["row"] <= 3 * r["line"] + r["padding"] + 4 for r in rows)


def test_a_checked_obligation_is_no_longer_overdue(laptop, site):
    base, stored = site
    fid = stored["programme-2019-checked.txt"]["facility_id"]
    page = laptop
    page.goto(f"/ui/facilities/{fid}?lang=ru")
    overdue = page.locator("#ov-overdue li a")
    assert overdue.count() == 1
    oid = overdue.first.get_attribute("href").rsplit("#ob-", 1)[1]
    r = httpx.patch(
        f"{base}/obligations/{oid}", json={"field": "checked", "value": "true", "author": "Инженер"}
    )
    assert r.status_code == 200, r.text
    page.reload()
    assert page.locator("#ov-overdue li").count() == 0
    assert CATALOGUES["ru"]["overview.overdue_none"] in page.locator("#ov-overdue").inner_text()
    assert page.locator(f"#ob-{oid} [data-field=checked]").inner_text().startswith("✓")


def test_a_correction_on_the_phone_shows_in_its_card(browser, site):
    """A card leaves out an empty field; once a correction fills it, the card shows it."""
    base, stored = site
    context = browser.new_context(base_url=base, viewport={"width": 390, "height": 844})
    page = context.new_page()
    try:
        page.goto(f"/ui/facilities/{stored['programme-2099.txt']['facility_id']}?lang=ru")
        blank = page.locator("#obligations-table tr.ob:has(td.ob-subst.is-blank)").first.get_attribute("id")
        row = page.locator(f"#{blank}")
        cell = row.locator("td.ob-subst")
        assert not cell.is_visible()
        row.locator("button.edit-button").click()
        dialog = page.locator("#correct-dialog")
        box = dialog.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 390  # the dialog fits the phone
        page.fill("#correct-author", "Инженер-эколог")
        dialog.locator("input[name=substances]").fill("диоксид азота")
        dialog.locator("button[type=submit]").click()
        page.locator("#history .history-entry[data-field=substances]").wait_for()
        page.click("#correct-close")
        assert cell.is_visible() and "0301" in cell.inner_text()  # stored as the substance it names
    finally:
        context.close()
