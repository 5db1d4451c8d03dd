"""HTTP API and web pages (FastAPI) over the store."""
