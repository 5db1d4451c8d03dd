"""Command line: each command parses its arguments, calls one library function,
and turns a known error into one line on stderr and a non-zero exit code."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from extractor import __version__
from extractor.errors import ExtractorError, InputError

EXIT_INPUT = 2
EXIT_INTERNAL = 3
DOCUMENT_SUFFIXES = {".pdf", ".docx", ".txt"}


# ------------------------------------------------------------------ commands


def cmd_parse(args: argparse.Namespace) -> int:
    _print_json(_read(args.file, extract=False), args.indent)
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    _print_json(_read(args.file, extract=True), args.indent)
    return 0


def cmd_ingest(args: argparse.Namespace) -> int:
    from extractor.settings import Settings
    from extractor.store import ingest_file, open_db

    settings = Settings.from_env().with_database(_database(args))  # a bad setting stops before any file
    files = list(_documents(args.paths))
    if not files:
        raise InputError(f"no .pdf, .docx or .txt files in {', '.join(args.paths)}")
    db = open_db(settings.database)
    failed = 0
    width = len(str(len(files)))
    for k, path in enumerate(files, start=1):
        prefix = f"[{k:>{width}}/{len(files)}] {_bar(k, len(files))} {path}"
        try:
            r = ingest_file(db, path, settings)
        except ExtractorError as exc:
            failed += 1
            print(f"{prefix}: FAILED: {exc.message}", file=sys.stderr)
            continue
        state = "stored" if r.created else "already stored"
        where = f", facility {r.facility_id} {r.facility_name}" if r.facility_id else ""
        warn = f", {len(r.warnings)} warning(s)" if r.warnings else ""
        print(
            f"{prefix}: {state} as document {r.document_id} ({r.kind}{where}; "
            f"{r.counts['obligations']} obligations{warn})",
            file=sys.stderr,
        )
    print(
        f"{len(files) - failed} of {len(files)} file(s) ingested into {_database(args)}"
        + (f"; {failed} failed" if failed else ""),
        file=sys.stderr,
    )
    return EXIT_INPUT if failed else 0


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from api.app import create_app
    from extractor.settings import Settings

    settings = Settings.from_env().with_database(_database(args))
    if settings.time_limit_s > 0:
        from extractor.worker import prestart

        prestart()
    print(
        f"serving {settings.database} on http://{args.host}:{args.port}/ (API docs at /docs)", file=sys.stderr
    )
    uvicorn.run(create_app(settings), host=args.host, port=args.port, log_level="warning")
    return 0


def cmd_query(args: argparse.Namespace) -> int:
    from extractor.store import open_db
    from extractor.store import queries as q

    db = open_db(_database(args))
    facility_id = _facility_id(db, args.facility)
    f = q.ObligationFilter(
        facility_id=facility_id,
        kind=args.kind,
        substance=args.substance,
        source=args.source,
        frequency=args.frequency,
        q=args.text,
        superseded="all" if args.all else "current",
        limit=args.limit,
    )
    total, items = q.obligations(db, f)
    if args.json:
        _print_json({"total": total, "items": items}, 1)
        return 0
    print(_table(items))
    print(f"{len(items)} of {total} obligation(s)", file=sys.stderr)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from extractor.exports import export
    from extractor.store import open_db
    from extractor.store import queries as q

    db = open_db(_database(args))
    facility_id = _facility_id(db, args.facility) if args.facility else None
    f = q.ObligationFilter(
        facility_id=facility_id,
        kind=args.kind,
        substance=args.substance,
        limit=10000,
        superseded="all" if args.all else "current",
    )
    content, _, filename = export(db, args.format, f)
    out = Path(args.output or filename)
    out.write_bytes(content)
    print(f"wrote {out} ({len(content)} bytes)", file=sys.stderr)
    return 0


# ------------------------------------------------------------------ helpers


def _read(path: str, extract: bool) -> dict:
    """One file read in a worker under the same time and memory limits as `ingest` and the API, so
    that a hostile file gets the same one-line refusal here as there."""
    from extractor.settings import Settings
    from extractor.worker import read_file

    return read_file(path, Settings.from_env(), extract=extract)


def _database(args: argparse.Namespace) -> str:
    return args.db or os.environ.get("REGDOCS_DB") or "data/regdocs.db"


def _documents(paths: list[str]) -> Iterator[Path]:
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES
            )
        else:
            yield path


def _bar(done: int, total: int, width: int = 20) -> str:
    filled = round(width * done / total)
    return "█" * filled + "░" * (width - filled)


def _facility_id(db, ref: str) -> int:
    """A facility by id, BIN or part of its name."""
    from extractor.store import queries as q

    if ref.isdigit() and len(ref) < 12:
        return q.facility(db, int(ref))["id"]
    total, items = q.facilities(db, q=ref, limit=2)
    if total == 1:
        return items[0]["id"]
    if total == 0:
        raise InputError(f"no facility matches {ref!r}")
    raise InputError(f"{total} facilities match {ref!r}; give its id or BIN")


def _table(items: list[dict]) -> str:
    width = shutil.get_terminal_size((140, 20)).columns
    head = f"{'id':>5}  {'kind':<12} {'frequency':<10} {'due':<10} {'where':<14} {'substances':<24} text"
    lines = [head, "-" * min(width, len(head) + 40)]
    for o in items:
        where = ",".join(o["source_numbers"]) or (o["point"] or "")
        subs = ",".join(s["code"] or s["symbol"] or (s["name"] or "")[:10] for s in o["substances"])
        due = o["due_dates"][0] if o["due_dates"] else ""
        line = f"{o['id']:>5}  {o['kind']:<12} {o['frequency'] or '':<10} {due:<10} {where[:14]:<14} {subs[:24]:<24} "
        lines.append(line + " ".join(o["text"].split())[: max(20, width - len(line))])
    return "\n".join(lines)


def _print_json(value: object, indent: int | None) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=indent))
    sys.stdout.write("\n")


# ------------------------------------------------------------------ parser

COMMANDS: dict[str, tuple[Callable[[argparse.Namespace], int], str, str]] = {
    "parse": (
        cmd_parse,
        "print a file's document model (blocks, tables, language) as JSON",
        "example: extractor parse programme.pdf --indent 1",
    ),
    "extract": (
        cmd_extract,
        "print what a file obliges (sources, emissions, wastes, limits, obligations) as JSON",
        "example: extractor extract conclusion.pdf --indent 1",
    ),
    "ingest": (
        cmd_ingest,
        "store files and folders of documents in the database (the same file is stored once)",
        "example: extractor ingest corpus/samples ../inbox/*.pdf",
    ),
    "serve": (
        cmd_serve,
        "serve the API and web pages over the database",
        "example: extractor serve --port 8000",
    ),
    "query": (
        cmd_query,
        "list a facility's obligations in the terminal",
        "example: extractor query --facility 1 --substance 'диоксид азота'",
    ),
    "export": (
        cmd_export,
        "export obligations and their facilities as csv, xlsx, json, ndjson or geojson",
        "example: extractor export --format xlsx --facility 1 -o mine.xlsx",
    ),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="extractor",
        description="Environmental compliance documents (PDF, DOCX, text) → structured obligations.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, (_, help_text, example) in COMMANDS.items():
        p = sub.add_parser(name, help=help_text, description=help_text, epilog=example)
        if name in ("parse", "extract"):
            p.add_argument("file", help="a .pdf, .docx or .txt file")
            p.add_argument("--indent", type=int, default=None, help="pretty-print JSON with this indent")
            continue
        p.add_argument("--db", help="SQLite file (default: $REGDOCS_DB or data/regdocs.db)")
        if name == "ingest":
            p.add_argument("paths", nargs="+", help="files or folders (searched for .pdf, .docx, .txt)")
        elif name == "serve":
            p.add_argument("--host", default="127.0.0.1")
            p.add_argument("--port", type=int, default=8000)
        else:
            p.add_argument(
                "--facility", required=name == "query", help="facility id, BIN or part of its name"
            )
            p.add_argument("--kind", help="monitoring, reporting, inspection, requirement, waste, task …")
            p.add_argument("--substance", help="code, formula or name in any language")
            p.add_argument("--all", action="store_true", help="include superseded obligations")
            if name == "query":
                p.add_argument("--source", help="emission source number")
                p.add_argument("--frequency", help="quarterly, yearly, …")
                p.add_argument("--text", help="words in the obligation text")
                p.add_argument("--limit", type=int, default=200)
                p.add_argument("--json", action="store_true", help="print JSON instead of a table")
            else:
                p.add_argument(
                    "--format", default="xlsx", choices=["csv", "xlsx", "json", "ndjson", "geojson"]
                )
                p.add_argument("-o", "--output", help="file to write (default: a name from the format)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler = COMMANDS[args.command][0]
    try:
        return handler(args)
    except ExtractorError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return EXIT_INPUT if exc.status < 500 else EXIT_INTERNAL
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
