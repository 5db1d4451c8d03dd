"""The FastAPI application: the JSON API (documented at /docs) and the web pages (at /)."""

from __future__ import annotations

import secrets

from fastapi import Depends, FastAPI
from fastapi.responses import JSONResponse

from api import errors
from api.deps import ReadAccess, cross_site
from api.routers import documents, exports, facilities, obligations, reference
from api.ui import pages
from extractor import __version__
from extractor.errors import CrossSiteRequest
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
    app.state.csrf_key = secrets.token_bytes(32)  # signs the forms' CSRF tokens (api.deps.csrf_token)
    errors.install(app)
    for module in (documents, facilities, obligations, reference, exports):
        app.include_router(module.router, dependencies=[ReadAccess])
    app.include_router(pages.login_router)
    app.include_router(pages.router, dependencies=[Depends(pages.page_access)])
    app.add_exception_handler(pages.LoginRequired, pages.login_redirect)
    app.mount(pages.STATIC_PREFIX, pages.static_files, name="ui-static")
    app.middleware("http")(refuse_cross_site)
    app.middleware("http")(security_headers)  # added last, so outermost: the refusals carry the headers too
    return app


CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
    "base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)
"""The pages load their script and styles from the service itself and run no inline script."""
DOC_PAGES = ("/docs", "/redoc")
"""FastAPI's own API pages, whose inline script the policy would stop; they carry the other headers."""


async def security_headers(request, call_next):
    """Headers every answer carries: no content sniffing, no framing, no referrer to other sites, and
    the content security policy on the service's own pages."""
    response = await call_next(request)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    if not request.url.path.startswith(DOC_PAGES):
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    return response


async def refuse_cross_site(request, call_next):
    """A POST, PATCH or DELETE sent by another site's page (`api.deps.cross_site`) changes nothing: 403,
    before the request reaches any route."""
    why = cross_site(request)
    if why is None:
        return await call_next(request)
    exc = CrossSiteRequest(
        f"cross-site request refused: {why}; changes are accepted only from this service's own pages"
    )
    return JSONResponse(status_code=exc.status, content={"error": exc.code, "message": exc.message})
