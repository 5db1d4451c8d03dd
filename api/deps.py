"""Dependencies shared by the routers: the settings, one database connection per request, and the
token checks (writes need `REGDOCS_TOKEN` when it is set; every read needs `REGDOCS_READ_TOKEN` when
that is set)."""

from __future__ import annotations

import hmac
from collections.abc import Iterator
from typing import Annotated

import sqlite_utils
from fastapi import Depends, Path, Query, Request

from extractor.errors import Unauthorized
from extractor.settings import Settings
from extractor.store import open_db

TOKEN_COOKIE = "regdocs_token"
"""Read access for the web pages (set by /ui/login); writes always need the header."""


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
