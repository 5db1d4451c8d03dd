"""Plain text: encodings, tab-separated tables, re-flowed hard-wrapped lines.

Text files in this field are dumps: Word saved as text (one paragraph per
line, tables as tab-separated lines) or PDF text (lines wrapped at the page
width, often with a blank line after every line, page numbers and stamps in
between). Both become the same blocks as the DOCX and PDF readers give.
"""

from __future__ import annotations

import re
from pathlib import PurePath

from extractor.errors import CorruptFile, UnsupportedFormat
from extractor.model import Block, BlockKind, Cell, Document, Format, Row, Table
from extractor.parsers.boilerplate import is_stamp_line
from extractor.parsers.sniff import utf16_without_bom
from extractor.parsers.structure import split_marker, structural_heading
from extractor.parsers.tables import grid_from_text_rows, is_caption, merge_tables, starts_anew
from extractor.parsers.text import clean, join_lines, mended_breaks

_PAGE_NUMBER = re.compile(r"^\s*(?:-\s*)?\d{1,4}(?:\s*-)?\s*$")
# Abbreviations after which a full stop does not end the sentence.
_ABBREVIATIONS = frozenset(
    [
        "ст",
        "п",
        "пп",
        "ч",
        "им",
        "т",
        "д",
        "г",
        "гг",
        "см",
        "и.о",
        "обл",
        "р",
        "пос",
        "с",
        "кл",
        "опасн",
        "тыс",
        "млн",
        "ул",
        "пр",
        "кв",
        "стр",
        "рис",
        "табл",
        "прил",
        "no",
        "№",
        "т.е",
    ]
)
_ENDS_SENTENCE = re.compile(r"[.!?:;]\s*$")


def decode(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 with or without BOM, else Windows-1251 if it reads as Cyrillic."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:65536] and (codec := utf16_without_bom(data)):
        return data[: len(data) // 2 * 2].decode(codec, errors="replace")  # UTF-16 saved without its BOM
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1251", errors="replace")
    letters = [ch for ch in text[:20000] if ch.isalpha()]
    cyrillic = sum("\u0400" <= ch <= "\u04ff" for ch in letters)
    if letters and "\ufffd" not in text and cyrillic >= 0.3 * len(letters):
        return text
    if not letters:
        raise CorruptFile(f"{name}: no readable text in the file")
    raise UnsupportedFormat(f"{name}: unknown text encoding (not UTF-8 or Windows-1251)")


def read(data: bytes, filename: str, max_pages: int | None = None) -> Document:
    name = PurePath(filename).name
    text = decode(data, name).replace("\r\n", "\n").replace("\r", "\n")
    pages = text.split("\f")
    blocks: list[Block] = []
    boilerplate: list[Block] = []
    for page_no, page_text in enumerate(pages, start=1):
        page = page_no if len(pages) > 1 else None
        page_blocks, page_stamps = _read_page(page_text.split("\n"), page)
        blocks.extend(page_blocks)
        boilerplate.extend(page_stamps)
    blocks = _join_across_pages(blocks) if len(pages) > 1 else blocks
    return Document(
        filename=name,
        format=Format.TXT,
        sha256="",
        blocks=tuple(blocks),
        pages=len(pages) if len(pages) > 1 else None,
        boilerplate=tuple(_unique(boilerplate)),
    )


def _read_page(lines: list[str], page: int | None) -> tuple[list[Block], list[Block]]:
    blocks: list[Block] = []
    stamps: list[Block] = []
    text_run: list[str] = []
    i = 0
    while i < len(lines):
        if "\t" in lines[i] and lines[i].strip():
            blocks.extend(_reflow(text_run, page, stamps))
            text_run = []
            fragments, i = _table_run(lines, i)
            blocks.extend(_table_blocks(fragments, page))
            continue
        text_run.append(lines[i])
        i += 1
    blocks.extend(_reflow(text_run, page, stamps))
    return blocks, stamps


def _table_run(lines: list[str], i: int) -> tuple[list[list[list[str] | str]], int]:
    """Tab-separated lines from `i` up to the first line without a tab that is no section row.

    Blank lines inside the run (the page breaks of the source) split it into
    fragments, joined later like the pieces of a page-split table. A row is a
    list of cells; a section row (a line without tabs, see `_section_rows`) is
    its text alone, a cell across the table.
    """
    fragments: list[list[list[str] | str]] = [[]]
    widths: set[int] = set()
    header: list[str] | None = None
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            j = i
            while j < len(lines) and not lines[j].strip():
                j += 1
            if j < len(lines) and ("\t" in lines[j] or _section_rows(lines, j, widths, header)):
                fragments.append([])
                i = j
                continue
            break
        if "\t" not in line:
            n = _section_rows(lines, i, widths, header)
            if not n:
                break
            fragments[-1].extend(clean(text) for text in lines[i : i + n])
            i += n
            continue
        cells = [mended_breaks(clean(cell)) for cell in line.split("\t")]
        widths.add(len(cells))
        header = cells if header is None else header
        fragments[-1].append(cells)
        i += 1
    return [f for f in fragments if f], i


_MAX_SECTION_ROWS = 3


def _section_rows(lines: list[str], j: int, widths: set[int], header: list[str] | None) -> int:
    """How many lines from `j` are section rows of the table above: 0 when they are not.

    Word saves a row merged across the whole table as its text without a tab
    (`1. Организационные мероприятия` between the rows of a plan). Such lines
    are rows when, with no blank line, a data row of the same table follows
    them: as many cells as a row above, an item number or a figure in it, and
    not the header again. A title over a new table is followed by that table's
    header instead; a caption or a sentence of running text is never a row.
    """
    k = j
    while k < len(lines) and k - j < _MAX_SECTION_ROWS and lines[k].strip() and "\t" not in lines[k]:
        if not _titles_section(clean(lines[k])):
            return 0
        k += 1
    if k == j or k >= len(lines) or "\t" not in lines[k]:
        return 0
    cells = [mended_breaks(clean(cell)) for cell in lines[k].split("\t")]
    if len(cells) not in widths or cells == header or not _data_row(cells):
        return 0
    return k - j


_ITEM_NUMBER = re.compile(r"(?:\d{1,3}(?:\.\d{1,3}){0,3}|[IVXLC]{1,5})[.)]?")
_FIGURE = re.compile(r"[-+<>≤≥]?\s*\d+(?:[.,]\d+)?(?:\s*[-–]\s*\d+(?:[.,]\d+)?)?")


def _data_row(cells: list[str]) -> bool:
    """A row of data, not of column names: an item number first, or a figure in a cell."""
    filled = [c for c in cells if c]
    if not filled:
        return False
    return bool(_ITEM_NUMBER.fullmatch(filled[0])) or any(_FIGURE.fullmatch(c) for c in filled)


_SENTENCE_BREAK = re.compile(r"[.!?]\s+[«\"(]?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІĐ]")


def _titles_section(text: str) -> bool:
    """Short, not a caption, and not running text (no sentence ends within it)."""
    marker = split_marker(text)
    rest = marker.rest if marker else text
    if not rest or len(text) > 160 or is_caption(text) or _SENTENCE_BREAK.search(rest):
        return False
    return not (rest.endswith((".", ":", ";")) and len(rest.split()) > 8)


def _table_blocks(fragments: list[list[list[str] | str]], page: int | None) -> list[Block]:
    """The run's fragments joined as the pieces of one table, save where a piece starts a table of its own."""
    out: list[Block] = []
    table: Table | None = None
    for frag in fragments:
        n_cols, grid = _grid(frag)
        piece = Table(n_cols=n_cols, rows=grid, page_start=page, page_end=page)
        if table is not None and starts_anew(table, piece):
            out.append(Block(BlockKind.TABLE, page=page, table=table))
            table = None
        table = piece if table is None else merge_tables(table, piece)
    assert table is not None
    return [*out, Block(BlockKind.TABLE, page=page, table=table)]


def _grid(rows: list[list[str] | str]) -> tuple[int, tuple[Row, ...]]:
    """The rows as a grid; a section row is one cell across every column."""
    cell_rows = [r for r in rows if isinstance(r, list)]
    n_cols, grid = grid_from_text_rows(_trim_empty_columns(cell_rows)) if cell_rows else (1, ())
    out: list[Row] = []
    k = 0
    for r in rows:
        if isinstance(r, str):
            out.append((Cell(r, col_span=n_cols),) + (None,) * (n_cols - 1))
        else:
            out.append(grid[k])
            k += 1
    return n_cols, tuple(out)


def _trim_empty_columns(rows: list[list[str]]) -> list[list[str]]:
    """Drop trailing cells that are empty in every row (tabs at line ends)."""
    width = max(len(r) for r in rows)
    while width > 1 and all(len(r) < width or not r[width - 1] for r in rows):
        width -= 1
    return [r[:width] for r in rows]


def _reflow(lines: list[str], page: int | None, stamps: list[Block]) -> list[Block]:
    """Paragraphs and list items from hard-wrapped lines."""
    entries = _strip_page_furniture(lines, stamps, page)
    if not entries:
        return []
    nonblank = [line for line in entries if line]
    widths = sorted(len(line) for line in nonblank)
    wrap_width = widths[int(len(widths) * 0.8)] if widths else 80
    if wrap_width > 160:
        # Not hard-wrapped (Word saved as text): every line is a paragraph.
        return [Block(BlockKind.PARAGRAPH, text=line, page=page) for line in nonblank]
    followed_by_blank = sum(1 for k, line in enumerate(entries[:-1]) if line and not entries[k + 1])
    double_spaced = len(nonblank) >= 4 and followed_by_blank >= 0.6 * len(nonblank)

    paragraphs: list[list[str]] = []
    blank_before = True
    for line in entries:
        if not line:
            blank_before = True
            continue
        prev = paragraphs[-1][-1] if paragraphs else None
        decisive = blank_before and not double_spaced and not _plainly_continues(prev, line)
        if prev is None or _starts_new(prev, line, decisive, wrap_width):
            paragraphs.append([line])
        else:
            paragraphs[-1].append(line)
        blank_before = False
    return [Block(BlockKind.PARAGRAPH, text=join_lines(p, in_cell=True), page=page) for p in paragraphs]


def _strip_page_furniture(lines: list[str], stamps: list[Block], page: int | None) -> list[str]:
    """Lines without page numbers and e-document stamps (those go to `stamps`)."""
    out: list[str] = []
    stamp: list[str] = []
    for k, raw in enumerate(lines):
        line = clean(raw)
        if is_stamp_line(line) or (stamp and line and _continues_stamp(stamp[-1], line)):
            stamp.append(line)
            continue
        if stamp:
            stamps.extend(_stamp_blocks(stamp, page))
            stamp = []
        if line and _PAGE_NUMBER.match(line) and _isolated(lines, k):
            continue
        out.append(line)
    if stamp:
        stamps.extend(_stamp_blocks(stamp, page))
    return out


def _continues_stamp(prev: str, line: str) -> bool:
    return not _ENDS_SENTENCE.search(prev) and line[:1].islower()


def _stamp_blocks(lines: list[str], page: int | None) -> list[Block]:
    paragraphs: list[list[str]] = []
    for line in lines:
        if paragraphs and not is_stamp_line(line, starts_only=True):
            paragraphs[-1].append(line)
        else:
            paragraphs.append([line])
    return [Block(BlockKind.PARAGRAPH, text=join_lines(p), page=page) for p in paragraphs]


def _isolated(lines: list[str], k: int) -> bool:
    before = k == 0 or not lines[k - 1].strip()
    after = k + 1 >= len(lines) or not lines[k + 1].strip()
    return before and after


def _starts_new(prev: str, line: str, blank_before: bool, wrap_width: int) -> bool:
    if blank_before:
        return True
    marker = split_marker(line)
    if (
        marker
        and marker.kind == "bullet"
        and not _ENDS_SENTENCE.search(prev)
        and len(prev) >= 0.6 * wrap_width
    ):
        return False  # "аммиак / – 0,12 мг/л": a dash that continues a wrapped sentence, not a bullet
    if marker or structural_heading(line) or is_caption(line):
        return True
    if structural_heading(prev) or is_caption(prev):
        return True
    first = line.lstrip('«"(')[:1]
    short = len(prev) < 0.6 * wrap_width
    if _ENDS_SENTENCE.search(prev) and not _ends_with_abbreviation(prev):
        return first.isupper() or first.isdigit() or short
    # A line well short of the wrap width ends its paragraph, unless the next one plainly continues it.
    return short and (first.isupper() or first.isdigit()) and not prev.rstrip().endswith((",", "-", "–", "("))


def _plainly_continues(prev: str | None, line: str) -> bool:
    """A lower-case line after one that stops mid-sentence continues it, blank line or not."""
    return bool(prev) and line[:1].islower() and not _ENDS_SENTENCE.search(prev) and not split_marker(line)


def _ends_with_abbreviation(text: str) -> bool:
    m = re.search(r"(\S+)\.\s*$", text)
    if not m:
        return False
    word = m.group(1).lower().lstrip('(«"')
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def _join_across_pages(blocks: list[Block]) -> list[Block]:
    """A paragraph cut by a page break continues on the next page in lower case."""
    out: list[Block] = []
    for block in blocks:
        if (
            out
            and block.kind == BlockKind.PARAGRAPH
            and out[-1].kind == BlockKind.PARAGRAPH
            and out[-1].page != block.page
            and block.text[:1].islower()
            and not _ENDS_SENTENCE.search(out[-1].text)
        ):
            prev = out.pop()
            out.append(Block(BlockKind.PARAGRAPH, text=join_lines([prev.text, block.text]), page=prev.page))
            continue
        if (
            out
            and block.kind == BlockKind.TABLE
            and out[-1].kind == BlockKind.TABLE
            and out[-1].page != block.page
        ):
            prev = out.pop()
            out.append(Block(BlockKind.TABLE, page=prev.page, table=merge_tables(prev.table, block.table)))
            continue
        out.append(block)
    return out


def _unique(blocks: list[Block]) -> list[Block]:
    seen: set[str] = set()
    out = []
    for b in blocks:
        if b.text not in seen:
            seen.add(b.text)
            out.append(b)
    return out
