"""Command line: each command parses its arguments, calls one library function,
and turns a known error into one line on stderr and a non-zero exit code."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence

from extractor import __version__
from extractor.errors import ExtractorError

EXIT_INPUT = 2
EXIT_INTERNAL = 3


def cmd_parse(args: argparse.Namespace) -> int:
    from extractor.model import to_dict
    from extractor.reading import parse_file

    doc = parse_file(args.file)
    _print_json(to_dict(doc), args.indent)
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    from extractor.extraction import extract_document
    from extractor.reading import parse_file

    extraction = extract_document(parse_file(args.file))
    _print_json(extraction.to_json(), args.indent)
    return 0


def _print_json(value: object, indent: int | None) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=indent))
    sys.stdout.write("\n")


COMMANDS: dict[str, tuple[Callable[[argparse.Namespace], int], str, str]] = {
    "parse": (
        cmd_parse,
        "print a file's document model (blocks, tables, language) as JSON",
        "example: extractor parse programme.pdf --indent 1",
    ),
    "extract": (
        cmd_extract,
        "print what a file obliges (sources, emissions, wastes, limits, obligations) as contract JSON",
        "example: extractor extract conclusion.pdf --indent 1",
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
