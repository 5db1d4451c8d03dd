"""A real `extractor serve` (uvicorn) on a free localhost port, for the tests that speak HTTP to it."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running_server(folder: Path, database: Path, env: dict[str, str] | None = None) -> Iterator[str]:
    """Start the server on `database`, wait until it answers, yield its base URL, stop it."""
    log_path = folder / "server.log"
    port = free_port()
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "extractor", "serve", "--db", str(database), "--port", str(port)],
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
        )
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{base}/openapi.json", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        else:
            proc.kill()
            pytest.fail(f"server did not start: {log_path.read_text()[-2000:]}")
        try:
            yield base
        finally:
            proc.terminate()
            proc.wait(timeout=10)
    print(log_path.read_text()[-5000:])



@contextmanager
def client_on_new_store(folder: Path) -> Iterator[tuple[httpx.Client, Path]]:
    """A server on a new store in `folder`, and an HTTP client bound to it."""
    database = folder / "store.db"
    with running_server(folder, database) as base, httpx.Client(base_url=base, timeout=120) as client:
        yield client, database
