"""Dependencies shared by the routers: the settings, one database connection per request, the
token checks (writes need `REGDOCS_TOKEN` when it is set; every read needs `REGDOCS_READ_TOKEN` when
that is set) and the checks against requests forged by other sites (`cross_site`, `csrf_token`)."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Iterator
from typing import Annotated
from urllib.parse import urlsplit

import sqlite_utils
from fastapi import Depends, Path, Query, Request

from extractor.errors import Unauthorized
from extractor.settings import Settings
from extractor.store import open_db

TOKEN_COOKIE = "regdocs_token"
"""Read access for the web pages (set by /ui/login); writes always need the header."""
CSRF_COOKIE = "regdocs_csrf"
"""The random half of a form's CSRF token; the form carries its signature (`csrf_token`)."""
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_db(request: Request) -> Iterator[sqlite_utils.Database]:
    """SQLite connections are per thread; a request gets its own and closes it."""
    db = open_db(request.app.state.settings.database)
    try:
        yield db
    finally:
        db.close()


SQLITE_MAX_INT = 2**63 - 1
"""Ids and offsets are SQLite integers: anything larger is refused by validation (422), not by SQLite."""
ItemId = Annotated[int, Path(ge=1, le=SQLITE_MAX_INT)]
Offset = Annotated[int, Query(ge=0, le=SQLITE_MAX_INT)]
OptionalId = Annotated[int | None, Query(ge=1, le=SQLITE_MAX_INT)]

DB = Annotated[sqlite_utils.Database, Depends(get_db)]
Config = Annotated[Settings, Depends(get_settings)]


def header_token(request: Request) -> str | None:
    """`Authorization: Bearer …` or `X-Regdocs-Token: …`."""
    auth = request.headers.get("authorization", "")
    if auth[:7].lower() == "bearer ":
        return auth[7:].strip() or None
    return request.headers.get("x-regdocs-token") or None


def same_token(given: str | None, expected: str | None) -> bool:
    return bool(given and expected) and hmac.compare_digest(given.encode(), expected.encode())


def can_read(request: Request, settings: Settings) -> bool:
    if not settings.read_token:
        return True
    given = header_token(request) or request.cookies.get(TOKEN_COOKIE)
    return same_token(given, settings.read_token) or same_token(given, settings.write_token)


def require_read(request: Request, settings: Config) -> None:
    if not can_read(request, settings):
        raise Unauthorized("reading needs the access token: send 'Authorization: Bearer <token>'")


def require_write(request: Request, settings: Config) -> None:
    if settings.write_token and not same_token(header_token(request), settings.write_token):
        raise Unauthorized("this change needs the write token: send 'Authorization: Bearer <token>'")


ReadAccess = Depends(require_read)
WriteAccess = Depends(require_write)


# ------------------------------------------------------------------ requests forged by other sites


def _origin(url: str) -> tuple[str, str, int | None] | None:
    """(scheme, host, port) of an origin, the default port filled in; None when it is not one."""
    try:
        parts = urlsplit(url)
        port = parts.port or {"http": 80, "https": 443}.get(parts.scheme)
    except ValueError:
        return None
    return (parts.scheme, (parts.hostname or "").lower(), port) if parts.hostname else None


def cross_site(request: Request) -> str | None:
    """Why a state-changing request does not come from this service's own pages, or None.

    Browsers send `Origin` with every POST, PATCH and DELETE, from a page of any site: a page of
    another site cannot make a user's browser change anything here, whatever the token settings
    (with writes open, any page the user visits could otherwise upload or correct). Without `Origin`
    only `Sec-Fetch-Site` can tell; without either the client is not a browser (curl, a script with
    the bearer token), which forgery through a browser does not concern."""
    if request.method not in UNSAFE_METHODS:
        return None
    own = f"{request.url.scheme}://{request.headers.get('host', '')}"
    origin = request.headers.get("origin")
    if origin is not None:
        if _origin(origin) is not None and _origin(origin) == _origin(own):
            return None
        return f"its origin {origin} is not this service's ({own})"
    site = request.headers.get("sec-fetch-site")
    if site is not None and site not in ("same-origin", "none"):
        return f"the browser says it comes from a {site} page"
    return None


def csrf_token(request: Request) -> tuple[str, str]:
    """(cookie value, form value) for a form that writes with the cookie session: a random value in a
    cookie, and in the form its HMAC under this server's key. A forged form has neither the cookie's
    value (another site cannot read it) nor the key (so planting a cookie does not help)."""
    nonce = request.cookies.get(CSRF_COOKIE)
    if not nonce or len(nonce) < 32:
        nonce = secrets.token_urlsafe(32)
    return nonce, _sign(request, nonce)


def csrf_valid(request: Request, form_value: str | None) -> bool:
    nonce = request.cookies.get(CSRF_COOKIE)
    given = (form_value or "").encode()
    return bool(nonce and given) and hmac.compare_digest(_sign(request, nonce).encode(), given)


def _sign(request: Request, nonce: str) -> str:
    key: bytes = request.app.state.csrf_key
    return hmac.new(key, nonce.encode(), hashlib.sha256).hexdigest()
