"""HTML pages of the web interface: upload, facilities, one facility, one document.

The pages read the store through the same queries as the JSON API; what they change (uploads,
corrections) goes through the API itself from the browser, so there is one code path for writes.
Routes are left out of the OpenAPI schema, which stays the API's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import replace
from importlib import resources
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from jinja2 import Environment, PackageLoader, StrictUndefined
from starlette.staticfiles import StaticFiles

from api.deps import (
    CSRF_COOKIE,
    DB,
    SQLITE_MAX_INT,
    TOKEN_COOKIE,
    Config,
    can_read,
    csrf_token,
    csrf_valid,
    same_token,
)
from api.ui import data, i18n
from api.ui.agenda import add_months, agenda, month_start
from api.ui.docview import document_view
from api.ui.svgmap import source_map
from extractor.contract import FREQUENCIES, OBLIGATION_KINDS
from extractor.errors import InputError, NotFound
from extractor.store import queries as q

router = APIRouter(include_in_schema=False)
login_router = APIRouter(include_in_schema=False)
static_files = StaticFiles(packages=[("api.ui", "static")])
STATIC_PREFIX = "/ui/static"
PAGE_SIZE = 200
FILTER_KEYS = ("kind", "substance", "source", "frequency", "q", "superseded", "sort", "desc")
EXPORT_FORMATS = (
    ("xlsx", "XLSX"),
    ("csv", "CSV"),
    ("ics", "iCalendar"),
    ("geojson", "GeoJSON"),
    ("json", "JSON"),
)
SORTABLE = ("number", "kind", "frequency", "due_date", "document")
SECURITY_HEADERS = {
    # Everything the pages need is served by the app: no inline script, no other origin.
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}

TEMPLATES = Environment(
    loader=PackageLoader("api.ui", "templates"),
    autoescape=True,  # every template, whatever its name: document text is never trusted
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
i18n.register(TEMPLATES)  # num, date, day_month, date_time, coord: numbers and dates in the page's language


def _static_version() -> str:
    """A hash of the scripts and styles, so a browser never keeps an old copy after an upgrade."""
    digest = hashlib.sha256()
    folder = resources.files("api.ui") / "static"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.is_file():
            digest.update(entry.read_bytes())
    return digest.hexdigest()[:12]


STATIC_VERSION = _static_version()


def url(path: str, **params: Any) -> str:
    """`path?…` with the parameters that have a value."""
    query = {k: v for k, v in params.items() if v not in (None, "", False)}
    return f"{path}?{urlencode(query)}" if query else path


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    """A page in the visitor's language; `?lang=` is remembered in a cookie."""
    lang = i18n.choose(request)
    t = i18n.Translator(lang)

    def lang_url(code: str) -> str:
        return url(request.url.path, **{**request.query_params, "lang": code})

    page = TEMPLATES.get_template(name).render(
        request=request,
        t=t,
        lang=lang,
        languages=i18n.languages(),
        lang_url=lang_url,
        static=lambda file: f"{STATIC_PREFIX}/{file}?v={STATIC_VERSION}",
        url=url,
        js_messages=t.for_scripts(),
        token_required=bool(request.app.state.settings.write_token),
        kinds=OBLIGATION_KINDS,
        frequencies=FREQUENCIES,
        **context,
    )
    response = HTMLResponse(page, status_code=status, headers=SECURITY_HEADERS)
    response.headers["Vary"] = "Accept-Language, Cookie"  # the language depends on both
    if request.query_params.get("lang") == lang:
        response.set_cookie(i18n.COOKIE, lang, max_age=365 * 24 * 3600, samesite="lax")
    return response


def not_found(request: Request, message: str) -> HTMLResponse:
    return render(request, "error.html", status=404, message=message)


def _id(value: str) -> int | None:
    """A page's id from its URL; anything that is not a row id of SQLite is no id."""
    return int(value) if value.isascii() and value.isdigit() and int(value) <= SQLITE_MAX_INT else None


# ------------------------------------------------------------------ access


class LoginRequired(Exception):
    """A page was asked for without the read token; the visitor is sent to the login page."""

    def __init__(self, path: str) -> None:
        super().__init__(path)
        self.path = path


def page_access(request: Request, settings: Config) -> None:
    if not can_read(request, settings):
        raise LoginRequired(request.url.path)


def login_redirect(request: Request, exc: LoginRequired) -> RedirectResponse:
    return RedirectResponse(url("/ui/login", next=exc.path), status_code=303)


def _local(path: str) -> str:
    """Only a path of this site: never an open redirect to another host."""
    return path if path.startswith("/") and not path.startswith("//") and "\\" not in path else "/"


@login_router.get("/ui/login", response_class=HTMLResponse)
def login_page(request: Request) -> HTMLResponse:
    """The read token, asked for once and kept in a cookie for the pages (REGDOCS_READ_TOKEN)."""
    return _login_form(request, _local(request.query_params.get("next", "/")))


def _login_form(
    request: Request, next: str, status: int = 200, failed: bool = False, expired: bool = False
) -> HTMLResponse:
    """The login form with a fresh CSRF token: the form would set the session cookie, so another site must
    not be able to submit it (logging the user in with the forger's token)."""
    cookie, form_value = csrf_token(request)
    page = render(request, "login.html", status, next=next, failed=failed, expired=expired, csrf=form_value)
    page.set_cookie(CSRF_COOKIE, cookie, httponly=True, samesite="strict", path="/ui/login")
    return page


@login_router.post("/ui/login", response_class=HTMLResponse)
def login(
    request: Request, settings: Config, token: str = Form(""), next: str = Form("/"), csrf: str = Form("")
) -> HTMLResponse:
    if not csrf_valid(request, csrf):
        return _login_form(request, _local(next), status=403, expired=True)
    if not (same_token(token, settings.read_token) or same_token(token, settings.write_token)):
        return _login_form(request, _local(next), status=401, failed=True)
    response = RedirectResponse(_local(next), status_code=303)
    response.set_cookie(TOKEN_COOKIE, token, httponly=True, samesite="strict", max_age=30 * 24 * 3600)
    return response


# ------------------------------------------------------------------ pages


@router.get("/", response_class=HTMLResponse)
def home(request: Request, db: DB, settings: Config) -> HTMLResponse:
    """Upload documents; the latest ones stored."""
    return render(
        request,
        "home.html",
        documents=data.recent_documents(db),
        max_bytes=settings.max_upload_bytes,
        max_mb=round(settings.max_upload_bytes / (1024 * 1024), 2),
    )


@router.get("/ui", response_class=RedirectResponse)
def ui_root() -> RedirectResponse:
    return RedirectResponse("/", status_code=307)


@router.get("/ui/facilities", response_class=HTMLResponse)
def facilities_page(request: Request, db: DB) -> HTMLResponse:
    """Facilities found by part of the name, the operator or the BIN."""
    search = (request.query_params.get("q") or "").strip()
    total, items = q.facilities(db, q=search or None, limit=1000)
    return render(request, "facilities.html", search=search, total=total, facilities=items)


@router.get("/ui/documents", response_class=HTMLResponse)
def documents_page(request: Request, db: DB) -> HTMLResponse:
    return render(request, "documents.html", documents=data.all_documents(db))


@router.get("/ui/facilities/{facility_id}", response_class=HTMLResponse)
def facility_page(request: Request, facility_id: str, db: DB) -> HTMLResponse:
    """Everything about one facility: documents, obligations under filters, the months ahead, sources on a
    map, wastes and limits, exports of the current filter."""
    fid = _id(facility_id)
    try:
        facility = q.facility(db, fid if fid is not None else -1)
    except NotFound as e:
        return not_found(request, e.message)
    params = {k: (request.query_params.get(k) or "").strip() for k in FILTER_KEYS}
    if params["superseded"] not in ("all", "superseded"):
        params["superseded"] = ""
    if params["sort"] not in SORTABLE:
        params["sort"] = ""
    params["desc"] = "true" if params["desc"] in ("1", "true", "on") else ""
    offset = _id(request.query_params.get("offset", "")) or 0
    error = None
    try:
        f = _filter(fid, params, offset)
        total, obligations = q.obligations(db, f)
    except InputError as e:
        error = e.message
        params = dict.fromkeys(FILTER_KEYS, "")
        f = _filter(fid, params, 0)
        total, obligations = q.obligations(db, f)
    every = (
        obligations
        if total <= len(obligations) and not f.offset
        else q.obligations(db, replace(f, limit=10000, offset=0))[1]
    )
    documents = data.with_facility_names(db, q.documents(db, limit=1000, facility_id=fid)[1])
    years = dict(db.execute("select id, year from documents").fetchall())
    today = dt.date.today()
    start = month_start(request.query_params.get("from"), today)
    sources = q.rows(db, "sources", facility_id=fid)
    export_params = {k: v for k, v in params.items() if v}
    current = q.obligations(db, q.ObligationFilter(facility_id=fid, limit=10000))[1]
    doc_names = {**{d["id"]: d for d in documents}, **_document_names(db, obligations)}
    return render(
        request,
        "facility.html",
        facility=facility,
        params=params,
        error=error,
        total=total,
        offset=f.offset,
        page_size=PAGE_SIZE,
        obligations=obligations,
        documents=documents,
        doc_names=doc_names,
        doc_short_of=data.short_labels(doc_names),
        groups=data.document_groups(obligations),
        overview=data.overview(current, q.rows(db, "warnings", facility_id=fid), today),
        months=agenda(every, years, start),
        month_links={
            "prev": url(
                request.url.path, **{**request.query_params, "from": add_months(start, -12).strftime("%Y-%m")}
            ),
            "next": url(
                request.url.path, **{**request.query_params, "from": add_months(start, 12).strftime("%Y-%m")}
            ),
            "today": url(request.url.path, **{k: v for k, v in request.query_params.items() if k != "from"}),
        },
        unscheduled=[o for o in every if o.get("frequency") == "continuous"],
        sources=sources,
        map=source_map(sources + _discharge_points(db, fid)),
        wastes=q.rows(db, "wastes", facility_id=fid),
        limits=q.rows(db, "limits", facility_id=fid),
        emissions=q.rows(db, "emissions", facility_id=fid),
        exports=[
            (label, url("/export", format=fmt, facility_id=fid, **export_params))
            for fmt, label in EXPORT_FORMATS
        ],
        subscribe=f"/facilities/{fid}/calendar.ics",
        sort_url=lambda key: url(
            request.url.path,
            **{**params, "sort": key, "desc": "true" if params["sort"] == key and not params["desc"] else ""},
        ),
        page_url=lambda new_offset: url(request.url.path, **params, offset=new_offset),
    )


def _filter(fid: int, params: dict[str, str], offset: int) -> q.ObligationFilter:
    return q.ObligationFilter(
        facility_id=fid,
        kind=params["kind"] or None,
        substance=params["substance"] or None,
        source=params["source"] or None,
        frequency=params["frequency"] or None,
        q=params["q"] or None,
        superseded=params["superseded"] or "current",
        sort=params["sort"] or "id",
        descending=bool(params["desc"]),
        limit=PAGE_SIZE,
        offset=offset,
    )


def _document_names(db, obligations: list[dict[str, Any]]) -> dict[int, dict[str, Any]]:
    """The documents of the obligations shown, named once above their rows or by a short label."""
    ids = sorted({o["document_id"] for o in obligations})
    return {i: q.document(db, i) for i in ids}


@router.get("/ui/documents/{document_id}", response_class=HTMLResponse)
def document_page(request: Request, document_id: str, db: DB) -> HTMLResponse:
    """The items extracted from a document beside the document itself; each item leads to its source."""
    did = _id(document_id)
    try:
        doc = q.document(db, did if did is not None else -1)
    except NotFound as e:
        return not_found(request, e.message)
    doc.pop("extraction", None)
    doc.pop("model", None)
    view = document_view(data.document_model(db, did))

    def located(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [{**i, "anchor": data.anchor(i, view.ids)} for i in items]

    _, obligations = q.obligations(
        db, q.ObligationFilter(document_id=did, superseded="all", sort="id", limit=10000)
    )
    facility = q.facility(db, doc["facility_id"]) if doc["facility_id"] else None
    return render(
        request,
        "document.html",
        doc=doc,
        facility=facility,
        successor=q.document(db, doc["superseded_by"]) if doc["superseded_by"] else None,
        view=view,
        counts=data.item_counts(db, did),
        obligations=located(obligations),
        sources=located(q.rows(db, "sources", document_id=did)),
        wastes=located(q.rows(db, "wastes", document_id=did)),
        limits=located(q.rows(db, "limits", document_id=did)),
        emissions=located(q.rows(db, "emissions", document_id=did)),
        warnings=located(q.rows(db, "warnings", document_id=did)),
        doc_names={did: doc},
        doc_short_of=data.short_labels({did: doc}),
        groups=None,
    )


def _discharge_points(db, fid: int) -> list[dict]:
    """A permit's discharge points, drawn beside the emission sources (labelled by a short name)."""
    points = q.rows(db, "points", facility_id=fid)
    return [
        {
            "number": (p["name"] or "•")[:18],
            "name": f"{p['name'] or ''} ({p['crs'] or ''})",
            "lat": p["lat"],
            "lon": p["lon"],
        }
        for p in points
    ]
