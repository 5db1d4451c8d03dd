"""Service configuration: one settings object read from the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Settings:
    database: Path = Path("data/regdocs.db")
    """SQLite file (`REGDOCS_DB`)."""
    max_upload_bytes: int = 50 * 1024 * 1024
    """Largest file accepted (`REGDOCS_MAX_UPLOAD_MB`, in megabytes)."""

    def __post_init__(self) -> None:
        if self.max_upload_bytes <= 0:
            raise ValueError(f"max_upload_bytes must be positive, got {self.max_upload_bytes}")

    @classmethod
    def from_env(cls) -> Settings:
        env = os.environ
        return cls(
            database=Path(env.get("REGDOCS_DB", str(cls.database))),
            max_upload_bytes=int(float(env.get("REGDOCS_MAX_UPLOAD_MB", "50")) * 1024 * 1024),
        )
