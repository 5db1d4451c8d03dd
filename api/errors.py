"""One handler turns every project error into a JSON answer with its status."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from extractor.errors import ExtractorError


def install(app: FastAPI) -> None:
    @app.exception_handler(ExtractorError)
    async def project_error(request: Request, exc: ExtractorError) -> JSONResponse:
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
        return JSONResponse(
            status_code=exc.status, content={"error": exc.code, "message": exc.message}, headers=headers
        )

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ()) if p != 'query')}: {e.get('msg')}"
            for e in exc.errors()
        )
        return JSONResponse(status_code=422, content={"error": "invalid_request", "message": problems})
