"""Dependencies shared by the routers: the settings, and one database connection per request."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

import sqlite_utils
from fastapi import Depends, Request

from extractor.settings import Settings
from extractor.store import open_db


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_db(request: Request) -> Iterator[sqlite_utils.Database]:
    """SQLite connections are per thread; a request gets its own and closes it."""
    db = open_db(request.app.state.settings.database)
    try:
        yield db
    finally:
        db.close()


DB = Annotated[sqlite_utils.Database, Depends(get_db)]
Config = Annotated[Settings, Depends(get_settings)]
