"""Documents: upload (ingest), list, the extraction of one, its original file, delete."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, File, Query, Response, UploadFile, status

from api import models
from api.deps import DB, Config, ItemId, Offset, OptionalId, WriteAccess
from extractor.errors import FileTooLarge
from extractor.store import delete_document, ingest_bytes
from extractor.store import queries as q

router = APIRouter(prefix="/documents", tags=["documents"])
ERRORS = {
    401: {"model": models.Error},
    404: {"model": models.Error},
    413: {"model": models.Error},
    415: {"model": models.Error},
    422: {"model": models.Error},
}


@router.post(
    "",
    response_model=models.IngestResult,
    status_code=status.HTTP_201_CREATED,
    responses=ERRORS,
    dependencies=[WriteAccess],
)
def upload(
    response: Response,
    db: DB,
    file: Annotated[UploadFile, File(description="a .pdf, .docx or .txt document")],
    settings: Config,
) -> models.IngestResult:
    """Extract a document and store what it obliges. The same file again returns the stored document (200)."""
    name = file.filename or "upload"
    data = file.file.read(settings.max_upload_bytes + 1)
    if len(data) > settings.max_upload_bytes:
        limit = settings.max_upload_bytes / (1024 * 1024)
        raise FileTooLarge(f"{name}: larger than the {limit:g} MB limit")
    result = ingest_bytes(db, data, name, settings)
    if not result.created:
        response.status_code = status.HTTP_200_OK
    return models.IngestResult(**result.__dict__)


@router.get("", response_model=models.DocumentPage)
def list_documents(
    db: DB,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Offset = 0,
    facility_id: OptionalId = None,
) -> models.DocumentPage:
    total, items = q.documents(db, limit=limit, offset=offset, facility_id=facility_id)
    return models.DocumentPage(total=total, items=[models.DocumentSummary(**i) for i in items])


@router.get("/{document_id}", responses=ERRORS)
def get_document(document_id: ItemId, db: DB) -> dict[str, Any]:
    """The document's extraction, in the shape of the extraction contract (schema version 1)."""
    return q.extraction(db, document_id)


@router.get("/{document_id}/file", responses={**ERRORS, 200: {"content": {"application/octet-stream": {}}}})
def get_file(document_id: ItemId, db: DB) -> Response:
    """The original file as uploaded."""
    filename, content_type, content = q.document_file(db, document_id)
    return Response(content, media_type=content_type, headers=_attachment(filename))


@router.delete(
    "/{document_id}", status_code=status.HTTP_204_NO_CONTENT, responses=ERRORS, dependencies=[WriteAccess]
)
def remove(document_id: ItemId, db: DB) -> Response:
    """Delete a document and everything extracted from it (corrections are kept for a re-upload)."""
    delete_document(db, document_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


def _attachment(filename: str) -> dict[str, str]:
    from urllib.parse import quote

    ascii_name = filename.encode("ascii", "replace").decode().replace("?", "_").replace('"', "")
    return {
        "Content-Disposition": f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}"
    }
