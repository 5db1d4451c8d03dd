"""File → document model, whatever the format.

The pipeline reads as its stages: sniff the format, run that format's
reader, find structure in the text (headings, list items, captions), split
header rows from table bodies, take the registration number and date from the
stamps, and detect the language of every block and of the whole.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path, PurePath

from extractor.errors import FileTooLarge, InputError
from extractor.model import Block, BlockKind, Document, Format, Metadata
from extractor.nlp import language
from extractor.parsers import docx, pdf, txt
from extractor.parsers.boilerplate import stamp_number_and_date
from extractor.parsers.sniff import sniff
from extractor.parsers.structure import structure_blocks
from extractor.parsers.tables import is_empty_table, with_header
from extractor.settings import Settings

READERS: dict[Format, Callable[[bytes, str, int | None], Document]] = {
    # (bytes, file name, page limit) → document; formats without pages ignore the limit
    Format.PDF: pdf.read,
    Format.DOCX: docx.read,
    Format.TXT: txt.read,
}


def parse_file(path: str | Path, settings: Settings | None = None) -> Document:
    path = Path(path)
    settings = settings or Settings.from_env()
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    if path.is_dir():
        raise InputError(f"{path}: is a directory, not a file")
    _check_size(size, path.name, settings)
    return parse_bytes(path.read_bytes(), path.name, settings)


def parse_bytes(data: bytes, filename: str, settings: Settings | None = None) -> Document:
    settings = settings or Settings.from_env()
    _check_size(len(data), PurePath(filename).name, settings)
    fmt = sniff(data, filename)
    doc = READERS[fmt](data, filename, settings.max_pages)
    blocks = [b for b in doc.blocks if b.text.strip() or b.table is not None]
    blocks = structure_blocks(blocks)
    blocks = [_with_table_header(b) for b in blocks if not (b.table is not None and is_empty_table(b.table))]
    doc = replace(doc, blocks=tuple(blocks), sha256=hashlib.sha256(data).hexdigest())
    return detect_languages(with_stamp_metadata(doc))


def _check_size(size: int, name: str, settings: Settings) -> None:
    if size > settings.max_upload_bytes:
        limit = settings.max_upload_bytes / (1024 * 1024)
        raise FileTooLarge(f"{name}: {size / (1024 * 1024):.1f} MB is over the {limit:g} MB limit")


def _with_table_header(block: Block) -> Block:
    if block.table is None:
        return block
    return replace(block, table=with_header(block.table))


def with_stamp_metadata(doc: Document) -> Document:
    """Registration number and date from the e-document stamp (page headers, or the first page)."""
    texts = [b.text for b in doc.boilerplate] + [b.text for b in doc.blocks[:8] if b.kind != BlockKind.TABLE]
    number, date = stamp_number_and_date(texts)
    meta: Metadata = doc.metadata
    return replace(doc, metadata=replace(meta, number=meta.number or number, date=meta.date or date))


def detect_languages(doc: Document) -> Document:
    """Language of every block (tables by their cell text), the main one, and the shares."""
    lengths: list[tuple[str | None, int]] = []

    def tag(block: Block) -> Block:
        text = block.text if block.table is None else _table_text(block)
        lang = language.detect(text)
        lengths.append((lang, len(text)))
        return replace(block, language=lang)

    blocks = tuple(tag(b) for b in doc.blocks)
    boilerplate = tuple(replace(b, language=language.detect(b.text)) for b in doc.boilerplate)
    shares = language.shares(lengths)
    main = next(iter(shares), None)
    return replace(doc, blocks=blocks, boilerplate=boilerplate, language=main, languages=shares)


def _table_text(block: Block) -> str:
    table = block.table
    assert table is not None
    parts = [table.caption or ""]
    for row in table.header_rows + table.rows:
        parts.extend(c.text for c in row if c is not None)
    return " ".join(p for p in parts if p)
