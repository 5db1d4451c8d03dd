"""The FastAPI application: the JSON API (documented at /docs) and the web pages (at /)."""

from __future__ import annotations

from fastapi import Depends, FastAPI

from api import errors
from api.deps import ReadAccess
from api.routers import documents, exports, facilities, obligations, reference
from api.ui import pages
from extractor import __version__
from extractor.settings import Settings
from extractor.store import open_db


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings.from_env()
    open_db(settings.database).close()  # create the schema up front, not on the first request
    app = FastAPI(
        title="regdocs",
        version=__version__,
        description="Environmental obligations extracted from ПЭК programmes, scoping conclusions, "
        "regulations and work plans (Kazakhstan, Vietnam): upload documents, query what a facility must do, export.",
    )
    app.state.settings = settings
    errors.install(app)
    for module in (documents, facilities, obligations, reference, exports):
        app.include_router(module.router, dependencies=[ReadAccess])
    app.include_router(pages.login_router)
    app.include_router(pages.router, dependencies=[Depends(pages.page_access)])
    app.add_exception_handler(pages.LoginRequired, pages.login_redirect)
    app.mount(pages.STATIC_PREFIX, pages.static_files, name="ui-static")
    return app
