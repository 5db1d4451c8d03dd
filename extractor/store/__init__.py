"""The store: documents, facilities and what they oblige, in one SQLite file (sqlite-utils).

db = open_db("data/regdocs.db")
result = ingest_file(db, "programme.pdf")
"""

from extractor.store.ingest import IngestResult, delete_document, ingest_bytes, ingest_file
from extractor.store.schema import open_db

__all__ = ["IngestResult", "delete_document", "ingest_bytes", "ingest_file", "open_db"]
