"""Requests forged by other sites change nothing, over a real server.

A POST, PATCH or DELETE whose `Origin` (or, without one, `Sec-Fetch-Site`) is not the service's own is
refused with 403 and the usual JSON error, whatever the token settings; the same request from the
service's own pages, or from a client that is not a browser (no `Origin`: curl, a script with the
bearer token), goes through. The login form, which sets the session cookie, carries a CSRF token tied
to a cookie. Chromium checks it all as a browser does it: an upload from the home page works, a
`no-cors` upload from another site's page stores nothing, the login form logs in.
"""

from __future__ import annotations

import os
import re
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from browsers import CHROMIUM, launch
from servers import running_server

SAMPLE = Path(__file__).resolve().parents[1] / "corpus" / "samples" / "sample-pek-programme.txt"
WRITE = "write-token-0123456789abcdef"
READ = "read-token-0123456789abcdef"
EVIL = "http://evil.example"
CROSS_SITE = [
    {"Origin": EVIL},
    {"Origin": "null"},  # a sandboxed frame or a redirect from another site
    {"Sec-Fetch-Site": "cross-site"},  # Origin stripped by a proxy: the fetch metadata still tells
]


def dump(database: Path) -> list[str]:
    with sqlite3.connect(database) as connection:
        return list(connection.iterdump())


def upload(client: httpx.Client, headers: dict[str, str], name: str = SAMPLE.name) -> httpx.Response:
    return client.post("/documents", files={"file": (name, SAMPLE.read_bytes())}, headers=headers)


def refused(r: httpx.Response) -> bool:
    return (
        r.status_code == 403
        and r.json()["error"] == "cross_site_request"
        and "cross-site" in r.json()["message"]
    )


@pytest.fixture(scope="module")
def open_site(tmp_path_factory):
    """A server without tokens (writes open, as on a single-user install) holding one document."""
    folder = tmp_path_factory.mktemp("csrf-open")
    database = folder / "open.db"
    with running_server(folder, database) as base, httpx.Client(base_url=base, timeout=120) as client:
        stored = upload(client, {"Origin": base})  # the pages' own origin
        assert stored.status_code == 201, stored.text
        yield client, database, base, stored.json()["document_id"]


@pytest.fixture(scope="module")
def guarded(tmp_path_factory):
    folder = tmp_path_factory.mktemp("csrf-guarded")
    database = folder / "guarded.db"
    env = {**os.environ, "REGDOCS_TOKEN": WRITE, "REGDOCS_READ_TOKEN": READ}
    with running_server(folder, database, env=env) as base:
        yield base, database


def test_cross_site_uploads_are_refused_and_store_nothing(open_site):
    client, database, base, _ = open_site
    before = dump(database)
    for headers in [*CROSS_SITE, {"Origin": base.replace("127.0.0.1", "localhost")}, {"Origin": base + "1"}]:
        r = upload(client, headers, name="forged.txt")
        assert refused(r), (headers, r.status_code, r.text)
        assert r.headers["x-content-type-options"] == "nosniff"  # the refusal is an answer like any other
    assert dump(database) == before


def test_cross_site_corrections_and_deletions_are_refused(open_site):
    client, database, base, document_id = open_site
    obligation = client.get("/obligations", params={"document_id": document_id}).json()["items"][0]
    change = {"field": "frequency", "value": "monthly", "author": "forger"}
    before = dump(database)
    for headers in CROSS_SITE:
        assert refused(client.patch(f"/obligations/{obligation['id']}", json=change, headers=headers)), (
            headers
        )
        assert refused(client.delete(f"/documents/{document_id}", headers=headers)), headers
    assert dump(database) == before
    assert client.get(f"/obligations/{obligation['id']}/history").json() == []
    # The same correction from the service's own page, and from a script without Origin, goes through.
    mine = client.patch(f"/obligations/{obligation['id']}", json=change, headers={"Origin": base})
    assert mine.status_code == 200 and mine.json()["new_value"] == "monthly", mine.text
    script = client.patch(f"/obligations/{obligation['id']}", json={**change, "value": "quarterly"})
    assert script.status_code == 200, script.text
    history = client.get(f"/obligations/{obligation['id']}/history").json()
    assert sorted((e["new_value"], e["author"]) for e in history) == [
        ("monthly", "forger"),
        ("quarterly", "forger"),
    ]


def test_reads_from_other_sites_are_not_refused(open_site):
    """Only changes are refused: a link or an embedded export from another site still reads."""
    client, _, _, document_id = open_site
    r = client.get(f"/documents/{document_id}", headers={"Origin": EVIL, "Sec-Fetch-Site": "cross-site"})
    assert r.status_code == 200


def test_the_token_does_not_make_a_cross_site_write_acceptable(guarded):
    base, database = guarded
    with httpx.Client(base_url=base, timeout=120) as client:
        bearer = {"Authorization": f"Bearer {WRITE}"}
        before = dump(database)
        assert refused(upload(client, {**bearer, "Origin": EVIL}))
        assert dump(database) == before
        assert upload(client, bearer).status_code == 201  # curl or a script: no Origin
        assert upload(client, {**bearer, "Origin": base}, name="again.txt").status_code == 200  # same file


def _login_form(client: httpx.Client) -> str:
    page = client.get("/ui/login")
    assert page.status_code == 200
    return re.search(r'<input type="hidden" name="csrf" value="([^"]+)">', page.text).group(1)


def test_the_login_form_needs_its_csrf_token(guarded):
    base, _ = guarded
    with httpx.Client(base_url=base, follow_redirects=False) as client, httpx.Client(base_url=base) as other:
        csrf = _login_form(client)
        assert "regdocs_csrf" in client.cookies
        someone_elses = _login_form(other)  # valid, but tied to another browser's cookie
        for value in (None, "", "0" * 64, csrf[:-1] + ("0" if csrf[-1] != "0" else "1"), someone_elses):
            data = {"token": READ, "next": "/ui/facilities"} | ({"csrf": value} if value is not None else {})
            r = client.post("/ui/login", data=data)
            assert r.status_code == 403, (value, r.status_code)
            assert 'name="csrf"' in r.text and "regdocs_token" not in r.headers.get("set-cookie", "")
        assert client.get("/ui/facilities").status_code == 303  # still not logged in
        right = client.post("/ui/login", data={"token": READ, "next": "/ui/facilities", "csrf": csrf})
        assert right.status_code == 303 and "regdocs_token=" in right.headers["set-cookie"]
        assert client.get("/ui/facilities").status_code == 200


def test_a_cross_site_login_is_refused_even_with_a_valid_csrf_token(guarded):
    base, _ = guarded
    with httpx.Client(base_url=base, follow_redirects=False) as client:
        csrf = _login_form(client)
        r = client.post("/ui/login", data={"token": READ, "csrf": csrf}, headers={"Origin": EVIL})
        assert refused(r)
        assert "set-cookie" not in r.headers


# ------------------------------------------------------------------ in a real browser

FORGED_UPLOAD = """async (target) => {
    const form = new FormData();
    form.append("file", new Blob(["Программа ПЭК: источник 0001, ежеквартально."], {type: "text/plain"}), "forged.txt");
    await fetch(target, {method: "POST", body: form, mode: "no-cors"});  // a simple request: no preflight
    return "sent";
}"""


@pytest.fixture(scope="module")
def browser():
    if CHROMIUM is None:
        pytest.skip("Debian's chromium is not installed (.ci/run installs it)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is a test extra")
    with sync_api.sync_playwright() as p:
        b = launch(p)
        yield b
        b.close()


@contextmanager
def other_site() -> Iterator[str]:
    """Another site on this machine (another local app, or a page the user opened): its URL."""

    class Page(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = b"<!doctype html><title>cat pictures</title><p>cat pictures</p>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Page)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://localhost:{server.server_address[1]}/"  # another host name: another site
    finally:
        server.shutdown()
        server.server_close()


def test_in_chromium_the_home_page_uploads_and_another_site_cannot(browser, tmp_path):
    database = tmp_path / "browser.db"
    with running_server(tmp_path, database) as base, other_site() as evil:
        context = browser.new_context(base_url=base)
        page = context.new_page()
        page.set_default_timeout(120_000)
        page.goto(evil)  # another site's page, whose script posts to the service
        assert page.evaluate(FORGED_UPLOAD, f"{base}/documents") == "sent"
        assert httpx.get(f"{base}/documents").json()["total"] == 0
        # The service's own page: its upload (XMLHttpRequest, with the page's Origin) is stored.
        page.goto("/")
        page.set_input_files("#upload-files", str(SAMPLE))
        done = page.locator(".upload-item[data-state=done], .upload-item[data-state=error]")
        done.wait_for()
        assert done.get_attribute("data-state") == "done", done.inner_text()
        assert httpx.get(f"{base}/documents").json()["total"] == 1
        context.close()


def test_in_chromium_the_login_form_logs_in(browser, guarded):
    base, _ = guarded
    context = browser.new_context(base_url=base)
    page = context.new_page()
    page.goto("/ui/facilities")
    assert page.url.endswith("/ui/login?next=%2Fui%2Ffacilities")
    page.fill("#login-token", READ)
    page.locator("form[action='/ui/login'] button[type=submit]").click()
    page.wait_for_url(f"{base}/ui/facilities")
    assert any(c["name"] == "regdocs_token" for c in context.cookies())
    context.close()
