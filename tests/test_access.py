"""Access: with `REGDOCS_TOKEN` set, uploads, deletions and corrections need it; with
`REGDOCS_READ_TOKEN` set, so does every read, and the pages ask for it once. Tested through a
real server."""

from __future__ import annotations

import os
import re
from pathlib import Path

import httpx
import pytest
from servers import running_server

SAMPLE = Path(__file__).resolve().parents[1] / "corpus" / "samples" / "sample-pek-programme.txt"
WRITE = "write-token-0123456789abcdef"
READ = "read-token-0123456789abcdef"


@pytest.fixture(scope="module")
def guarded(tmp_path_factory):
    folder = tmp_path_factory.mktemp("access")
    env = {**os.environ, "REGDOCS_TOKEN": WRITE, "REGDOCS_READ_TOKEN": READ}
    with running_server(folder, folder / "guarded.db", env=env) as base:
        yield base


@pytest.fixture(scope="module")
def write_only(tmp_path_factory):
    folder = tmp_path_factory.mktemp("write-only")
    env = {**os.environ, "REGDOCS_TOKEN": WRITE}
    with running_server(folder, folder / "open-reads.db", env=env) as base:
        yield base


def _upload(base: str, headers: dict[str, str] | None = None, name: str = SAMPLE.name) -> httpx.Response:
    return httpx.post(
        f"{base}/documents", files={"file": (name, SAMPLE.read_bytes())}, headers=headers or {}, timeout=120
    )


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def login_csrf(client: httpx.Client) -> str:
    """The CSRF token of the login form (its cookie is kept by the client)."""
    return re.search(r'name="csrf" value="([^"]+)"', client.get("/ui/login").text).group(1)


def test_writes_without_the_token_are_refused_with_json(write_only):
    r = _upload(write_only)
    assert r.status_code == 401
    assert r.json()["error"] == "unauthorized" and "Bearer" in r.json()["message"]
    assert r.headers["www-authenticate"] == "Bearer"
    assert _upload(write_only, bearer("wrong-token-0123456789")).status_code == 401
    assert httpx.get(f"{write_only}/documents").json()["total"] == 0  # nothing was stored


def test_writes_with_the_token_work_and_reads_stay_open(write_only):
    r = _upload(write_only, {"X-Regdocs-Token": WRITE})
    assert r.status_code == 201, r.text
    document_id = r.json()["document_id"]
    obligation = httpx.get(f"{write_only}/obligations", params={"document_id": document_id}).json()["items"][0]
    change = {"field": "frequency", "value": "monthly", "author": "test"}
    assert httpx.patch(f"{write_only}/obligations/{obligation['id']}", json=change).status_code == 401
    ok = httpx.patch(f"{write_only}/obligations/{obligation['id']}", json=change, headers=bearer(WRITE))
    assert ok.status_code == 200 and ok.json()["new_value"] == "monthly"
    assert httpx.delete(f"{write_only}/documents/{document_id}").status_code == 401
    assert httpx.delete(f"{write_only}/documents/{document_id}", headers=bearer(WRITE)).status_code == 204


def test_a_path_in_an_upload_name_is_only_a_name(write_only, tmp_path):
    r = _upload(write_only, bearer(WRITE), name="../../../../tmp/evil/../programme.txt")
    assert r.status_code in (200, 201), r.text
    stored = httpx.get(f"{write_only}/documents/{r.json()['document_id']}").json()["document"]["filename"]
    assert stored == "programme.txt"
    assert not Path("/tmp/evil").exists()


def test_reads_need_the_read_or_the_write_token(guarded):
    r = httpx.get(f"{guarded}/facilities")
    assert r.status_code == 401 and r.json()["error"] == "unauthorized"
    assert httpx.get(f"{guarded}/facilities", headers=bearer(READ)).status_code == 200
    assert httpx.get(f"{guarded}/facilities", headers=bearer(WRITE)).status_code == 200
    assert httpx.get(f"{guarded}/export", params={"format": "csv"}).status_code == 401
    # The read token reads but does not write.
    assert _upload(guarded, bearer(READ)).status_code == 401


def test_pages_send_a_visitor_without_the_token_to_the_login_page(guarded):
    with httpx.Client(base_url=guarded, follow_redirects=False) as client:
        r = client.get("/ui/facilities")
        assert r.status_code == 303 and r.headers["location"] == "/ui/login?next=%2Fui%2Ffacilities"
        csrf = login_csrf(client)
        wrong = client.post(
            "/ui/login", data={"token": "not-the-token", "next": "/ui/facilities", "csrf": csrf}
        )
        assert wrong.status_code == 401 and "error" in wrong.text
        right = client.post("/ui/login", data={"token": READ, "next": "/ui/facilities", "csrf": csrf})
        assert right.status_code == 303 and right.headers["location"] == "/ui/facilities"
        assert "httponly" in right.headers["set-cookie"].lower()
        assert client.get("/ui/facilities").status_code == 200  # the cookie now opens the pages
        assert client.get("/facilities").status_code == 200
        # The cookie reads; it never writes (writes need the header, so no cross-site request can).
        assert client.post("/documents", files={"file": (SAMPLE.name, SAMPLE.read_bytes())}).status_code == 401


def test_login_never_redirects_to_another_site(guarded):
    with httpx.Client(base_url=guarded, follow_redirects=False) as client:
        r = client.post(
            "/ui/login", data={"token": READ, "next": "//evil.example/steal", "csrf": login_csrf(client)}
        )
        assert r.headers["location"] == "/"
