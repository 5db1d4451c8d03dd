"""The web interface in a real browser: Playwright driving Debian's Chromium against `extractor serve`.

One user's path through the pages: upload a programme through the drop zone, open its facility,
filter the obligations by a substance named in Russian, correct a frequency and see the audit entry,
download the XLSX of the filter; a corrupt upload shows its error and changes nothing. Every page
must render without console errors; the facility page is kept as a screenshot in tests/artifacts/.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from browsers import CHROMIUM, launch
from servers import running_server

playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright is a test extra")

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "tests" / "artifacts"
SAMPLE_PDF = ROOT / "corpus" / "samples" / "sample-pek-programme.pdf"
NO2_CODE = "0301"
RUSSIAN_BROWSER = "ru-RU"  # its Accept-Language chooses the pages' language; these tests read Russian

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)")


@pytest.fixture(scope="module")
def programme(devset_or_none) -> Path:
    """The programme to upload: the East-Zhezkazgan mine of the dev set, else the project's own sample."""
    if devset_or_none is not None and (devset_or_none / "pek-programme-vzhr.pdf").is_file():
        return devset_or_none / "pek-programme-vzhr.pdf"
    return SAMPLE_PDF


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ui")
    database = folder / "ui.db"
    with running_server(folder, database) as base:
        yield base, database


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        b = launch(p)
        yield b
        b.close()


class Console:
    """Console errors and uncaught exceptions of one page."""

    def __init__(self, page) -> None:
        self.errors: list[str] = []
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(f"uncaught: {e}"))

    def unexpected(self, allowed: re.Pattern[str] | None = None) -> list[str]:
        return [e for e in self.errors if not (allowed and allowed.search(e))]


@pytest.fixture
def page(browser, site):
    base, _ = site
    context = browser.new_context(
        base_url=base, accept_downloads=True, viewport={"width": 1400, "height": 1000}, locale=RUSSIAN_BROWSER
    )
    pg = context.new_page()
    pg.set_default_timeout(120_000)  # a 32-page programme is parsed while the page waits
    pg.console = Console(pg)
    yield pg
    context.close()


def dump(database: Path) -> list[str]:
    with sqlite3.connect(database) as con:
        return list(con.iterdump())


def upload_through_page(page, path: Path):
    page.goto("/")
    page.set_input_files("#upload-files", str(path))
    finished = page.locator(".upload-item[data-state=done], .upload-item[data-state=error]")
    finished.wait_for()
    return finished


@pytest.fixture(scope="module")
def facility_url(browser, site, programme) -> str:
    """Upload the programme through the page once; the result names its kind, facility and counts."""
    base, _ = site
    context = browser.new_context(base_url=base, locale=RUSSIAN_BROWSER)
    pg = context.new_page()
    pg.set_default_timeout(120_000)
    console = Console(pg)
    item = upload_through_page(pg, programme)
    assert item.get_attribute("data-state") == "done", item.inner_text()
    assert item.locator(".result-kind").inner_text() == "Программа ПЭК"
    assert int(item.locator("[data-count=obligations] strong").inner_text()) > 0
    assert int(item.locator("[data-count=sources] strong").inner_text()) > 0
    href = item.locator("a.facility-link").get_attribute("href")
    assert re.fullmatch(r"/ui/facilities/\d+", href)
    assert console.unexpected() == []
    context.close()
    return href


def test_upload_then_facility_filter_by_a_russian_substance_name(page, facility_url, programme):
    page.goto(facility_url)
    page.fill("input[name=substance]", "диоксид азота")
    page.click(".filters button[type=submit]")
    page.wait_for_url(re.compile(r"substance="))
    rows = page.locator("#obligations-table tr.ob")
    assert rows.count() > 0
    for i in range(rows.count()):
        assert NO2_CODE in rows.nth(i).locator("[data-field=substances]").inner_text()
    kinds = {rows.nth(i).get_attribute("data-kind") for i in range(rows.count())}
    assert "monitoring" in kinds
    if programme.name == "pek-programme-vzhr.pdf":  # the mine: sources 04xx and the air points т.1…т.6
        text = page.locator("#obligations-table").inner_text()
        assert "0401" in text and "т.1" in text
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "facility-page.png"), full_page=True)
    assert (ARTIFACTS / "facility-page.png").stat().st_size > 10_000
    assert page.console.unexpected() == []


def test_correcting_a_frequency_is_saved_and_audited(page, facility_url):
    page.goto(facility_url + "?substance=0301#obligations")
    row = page.locator("#obligations-table tr.ob").first
    obligation_id = row.get_attribute("data-id")
    old = row.get_attribute("data-frequency")
    new = "monthly" if old != "monthly" else "weekly"
    row.locator("button.edit-button").click()
    dialog = page.locator("#correct-dialog")
    assert dialog.is_visible()
    page.fill("#correct-author", "Инженер-эколог")
    dialog.locator("select[name=frequency]").select_option(new)
    dialog.locator("button[type=submit]").click()
    entry = page.locator("#history .history-entry[data-field=frequency]").last
    entry.wait_for()
    assert entry.locator("td.old").inner_text() == (old or "—")
    assert entry.locator("td.new").inner_text() == new
    assert "Инженер-эколог" in entry.inner_text()
    page.click("#correct-close")
    page.reload()
    again = page.locator(f"#ob-{obligation_id}")
    assert again.get_attribute("data-frequency") == new
    assert again.locator("[data-field=frequency]").inner_text() == {"monthly": "ежемесячно", "weekly": "еженедельно"}[new]
    assert page.console.unexpected() == []


def test_xlsx_of_the_filter_downloads_and_opens(page, facility_url, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    page.goto(facility_url + "?substance=диоксид азота#obligations")
    with page.expect_download() as info:
        page.click("a[data-format=XLSX]")
    assert info.value.suggested_filename.endswith(".xlsx")
    path = tmp_path / info.value.suggested_filename
    info.value.save_as(path)
    book = openpyxl.load_workbook(path, read_only=True)
    assert "obligations" in [name.lower() for name in book.sheetnames]
    sheet = book[next(n for n in book.sheetnames if n.lower() == "obligations")]
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) > 1
    body = "\n".join(" ".join(str(v) for v in r if v is not None) for r in rows[1:])
    assert NO2_CODE in body
    assert page.console.unexpected() == []


def test_document_page_highlights_where_an_obligation_came_from(page, facility_url):
    page.goto(facility_url)
    page.locator("#documents tbody a").first.click()
    page.wait_for_url(re.compile(r"/ui/documents/\d+"))
    link = page.locator("#doc-obligations a.prov").first
    target = link.get_attribute("data-target")
    link.click()
    highlighted = page.locator(f"[id='{target}']")
    assert "highlight" in (highlighted.get_attribute("class") or "")
    assert highlighted.is_visible()
    assert page.console.unexpected() == []


def test_a_corrupt_upload_shows_its_error_and_changes_nothing(page, site, facility_url, tmp_path):
    _, database = site
    before = dump(database)
    bad = tmp_path / "broken-programme.pdf"
    bad.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n" + bytes(range(256)) * 8)
    item = upload_through_page(page, bad)
    assert item.get_attribute("data-state") == "error"
    message = item.locator(".error").inner_text()
    assert "PDF" in message and len(message) > 20
    assert dump(database) == before
    # The browser reports the 4xx answer itself; nothing else may go wrong on the page.
    assert page.console.unexpected(re.compile(r"status of 4\d\d")) == []


def test_pages_switch_to_english_and_back(page):
    page.goto("/?lang=en")
    assert page.locator("h1").inner_text() == "Upload documents"
    page.goto("/ui/facilities")  # the choice is remembered
    assert page.locator("h1").inner_text() == "Facilities"
    page.goto("/ui/facilities?lang=ru")
    assert page.locator("h1").inner_text() == "Объекты"
    assert page.console.unexpected() == []


def test_an_unknown_facility_is_a_page_not_a_traceback(page):
    response = page.goto("/ui/facilities/999999")
    assert response.status == 404
    assert "999999" in page.locator("[role=alert]").inner_text()
    assert page.console.unexpected(re.compile(r"status of 404")) == []


def test_svg_map_draws_the_sources_with_coordinates(page, facility_url):
    page.goto(facility_url + "#sources")
    points = page.locator("#source-map .map-point")
    table_rows = page.locator("#sources-table tbody tr")
    with_coordinates = sum(1 for i in range(table_rows.count()) if re.search(r"\d+\.\d{5}", table_rows.nth(i).inner_text()))
    assert points.count() == with_coordinates > 0
    assert page.console.unexpected() == []


def test_facility_search_finds_it_by_part_of_its_name(page, facility_url):
    page.goto(facility_url)
    name = page.locator("h1").inner_text()
    word = max(re.findall(r"\w{5,}", name), key=len)
    page.goto("/ui/facilities")
    page.fill("#facility-search", word)
    page.press("#facility-search", "Enter")
    page.wait_for_url(re.compile(r"q="))
    assert page.locator(f"#facilities-table a[href='{facility_url}']").count() == 1
    page.fill("#facility-search", "нет-такого-объекта-xyz")
    page.press("#facility-search", "Enter")
    page.wait_for_url(re.compile(r"xyz"))
    assert page.locator("#facilities-table").count() == 0
    assert page.console.unexpected() == []
