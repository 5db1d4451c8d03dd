"""One document's parse and extraction in a worker process, stopped when it goes over its limits.

A malformed or hostile file must not hang or exhaust the service: the worker gets
`Settings.time_limit_s` seconds and `Settings.max_memory_mb` of address space, and is
killed when over. Workers are forked from a `forkserver` that has already imported the
extractor and built its reference indexes and spaCy pipelines (`extractor.warm`), so a
document pays for a fork, not for start-up. `extract` and `parse`, which read one file and exit,
fork their worker from themselves instead: the same limits, without the forkserver's warm-up.
"""

from __future__ import annotations

import errno
import multiprocessing as mp
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from extractor import contract as c
from extractor.errors import (
    ExtractorError,
    InputError,
    MemoryLimitExceeded,
    TimeLimitExceeded,
)
from extractor.settings import Settings

_lock = threading.Lock()
_context: mp.context.BaseContext | None = None


class WorkerFailed(InputError):
    """The worker died without an answer (a crash in a library on this file)."""

    status = 422
    code = "processing_failed"


def extract_bytes(data: bytes, filename: str, settings: Settings) -> tuple[c.Extraction, dict[str, Any]]:
    """The extraction of a file and its document model (as a dict), within the settings' limits."""
    return _isolated(_forkserver, _extract, (data, filename, settings), filename, settings)


def read_file(path: str | Path, settings: Settings, extract: bool) -> dict[str, Any]:
    """A file's extraction contract as JSON (`extract`) or its document model (`parse`), within the
    same limits as `extract_bytes`, for the commands that read one file and exit.

    Their worker is forked from the command itself rather than from the forkserver, which would first
    have to start and warm up every language (seconds) before this one document could begin."""
    return _isolated(_fork, _read_file, (str(path), settings, extract), Path(path).name, settings)


def _isolated(
    context: Callable[[], mp.context.BaseContext],
    task: Callable,
    args: tuple,
    filename: str,
    settings: Settings,
) -> Any:
    """`task(*args)` in a worker process under the settings' time and memory limits (in this process,
    without limits, when the time limit is 0)."""
    if settings.time_limit_s <= 0:
        return task(*args)
    ctx = context()
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_run, args=(child, task, args, settings), daemon=True)
    proc.start()
    child.close()
    try:
        if not parent.poll(settings.time_limit_s):
            raise TimeLimitExceeded(
                f"{filename}: processing took longer than the {settings.time_limit_s:g} s limit and was stopped"
            )
        try:
            status, payload = parent.recv()
        except EOFError:
            proc.join(5)
            raise WorkerFailed(
                f"{filename}: the document could not be processed (the worker stopped with exit code "
                f"{proc.exitcode})"
            ) from None
    finally:
        parent.close()
        if proc.is_alive():
            proc.kill()
        proc.join(5)
    if status == "ok":
        return payload
    if status == "memory":
        raise MemoryLimitExceeded(
            f"{filename}: processing needed more than the {settings.max_memory_mb} MB memory limit"
        )
    if isinstance(payload, ExtractorError):
        raise payload
    raise ExtractorError(f"{filename}: internal error while processing ({payload})")


def _extract(data: bytes, filename: str, settings: Settings) -> tuple[c.Extraction, dict[str, Any]]:
    from extractor.extraction import extract_document
    from extractor.model import to_dict
    from extractor.reading import parse_bytes

    doc = parse_bytes(data, filename, settings)
    return extract_document(doc), to_dict(doc)


def _read_file(path: str, settings: Settings, extract: bool) -> dict[str, Any]:
    from extractor.reading import parse_file

    doc = parse_file(path, settings)
    if extract:
        from extractor.extraction import extract_document

        return extract_document(doc).to_json()
    from extractor.model import to_dict

    return to_dict(doc)


def _run(conn: Connection, task: Callable, args: tuple, settings: Settings) -> None:
    """In the worker: bound the memory, run the task, send back the result or what went wrong."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the caller's to handle: it stops the worker
    if settings.max_memory_mb:
        import resource

        limit = settings.max_memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    try:
        result: tuple[str, Any] = ("ok", task(*args))
    except MemoryError:
        result = ("memory", None)
    except ExtractorError as exc:
        result = ("error", exc)
    except OSError as exc:  # `Cannot allocate memory` from a mapping is the memory limit, not a bug
        result = ("memory", None) if exc.errno == errno.ENOMEM else ("internal", f"{type(exc).__name__}: {exc}")
    except Exception as exc:  # a bug: reported as an internal error, never a hang
        result = ("internal", f"{type(exc).__name__}: {exc}")
    try:
        conn.send(result)
    except MemoryError:
        conn.send(("memory", None))
    finally:
        conn.close()


def prestart() -> None:
    """Start the forkserver and let it warm up in the background, so the first upload does not wait
    for it (the server calls this when it starts)."""

    def first_fork() -> None:
        proc = _forkserver().Process(target=int, daemon=True)
        proc.start()
        proc.join()

    threading.Thread(target=first_fork, name="worker-prestart", daemon=True).start()


def _fork() -> mp.context.BaseContext:
    """A plain fork of this process (a command with no threads, which runs one document and exits)."""
    return mp.get_context("fork")


def _forkserver() -> mp.context.BaseContext:
    """The forkserver context, its server preloaded with the warmed-up extractor (started on first use)."""
    global _context
    with _lock:
        if _context is None:
            ctx = mp.get_context("forkserver")
            ctx.set_forkserver_preload(["extractor.warm"])
            _context = ctx
        return _context
