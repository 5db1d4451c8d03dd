"""Service configuration: one settings object read from the environment.

Limits keep one bad upload from taking the service down: its size, its pages, the seconds
and the memory its parse may use (the parse runs in a worker process that is killed when
it goes over). Tokens guard writes (and, when set, reads).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

from extractor.errors import ConfigError

MB = 1024 * 1024


@dataclass(frozen=True)
class Settings:
    database: Path = Path("data/regdocs.db")
    """SQLite file (`REGDOCS_DB`)."""
    max_upload_bytes: int = 50 * MB
    """Largest file accepted (`REGDOCS_MAX_UPLOAD_MB`, in megabytes)."""
    max_pages: int = 2000
    """Longest PDF accepted (`REGDOCS_MAX_PAGES`)."""
    time_limit_s: float = 300.0
    """Seconds one document's parse and extraction may take in its worker process
    (`REGDOCS_TIME_LIMIT_S`); 0 runs it in the calling process, without a limit."""
    max_memory_mb: int = 2048
    """Address space of the worker process (`REGDOCS_MAX_MEMORY_MB`); 0 leaves it unbounded."""
    write_token: str | None = None
    """Required on upload, delete and correct (`REGDOCS_TOKEN`), as `Authorization: Bearer …`
    or `X-Regdocs-Token`; unset, writes are open (a single-user install on localhost)."""
    read_token: str | None = None
    """Required on every read when set (`REGDOCS_READ_TOKEN`); the write token also reads."""

    def __post_init__(self) -> None:
        checks = {
            "max_upload_bytes": self.max_upload_bytes > 0,
            "max_pages": self.max_pages > 0,
            "time_limit_s": self.time_limit_s >= 0,
            "max_memory_mb": self.max_memory_mb >= 0,
        }
        for name, ok in checks.items():
            if not ok:
                raise ConfigError(f"{name} must be positive, got {getattr(self, name)!r}")
        for name in ("write_token", "read_token"):
            token = getattr(self, name)
            if token is not None and len(token) < 16:
                variable = "REGDOCS_TOKEN" if name == "write_token" else "REGDOCS_READ_TOKEN"
                raise ConfigError(f"{variable} must be at least 16 characters long (got {len(token)})")

    @classmethod
    def from_env(cls) -> Settings:
        try:
            return cls._from_env(os.environ)
        except ValueError as exc:  # `REGDOCS_MAX_PAGES=many`
            raise ConfigError(f"a REGDOCS_ setting is not a number: {exc}") from None

    @classmethod
    def _from_env(cls, env) -> Settings:
        return cls(
            database=Path(env.get("REGDOCS_DB", str(cls.database))),
            max_upload_bytes=int(float(env.get("REGDOCS_MAX_UPLOAD_MB", "50")) * MB),
            max_pages=int(env.get("REGDOCS_MAX_PAGES", str(cls.max_pages))),
            time_limit_s=float(env.get("REGDOCS_TIME_LIMIT_S", str(cls.time_limit_s))),
            max_memory_mb=int(env.get("REGDOCS_MAX_MEMORY_MB", str(cls.max_memory_mb))),
            write_token=env.get("REGDOCS_TOKEN") or None,
            read_token=env.get("REGDOCS_READ_TOKEN") or None,
        )

    def with_database(self, database: str | Path) -> Settings:
        return replace(self, database=Path(database))
